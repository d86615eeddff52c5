package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/aws/jsii-runtime-go"
)

// The jsii runtime runs the cdk8s libraries in a Node child. Two things it
// prints are not the program's to say, and are kept out of the terminal.

// exitRace is what jsii-runtime-go prints, without a newline, when the
// goroutine waiting for its Node child loses the race with jsii.Close's
// own wait (internal/kernel/process/process.go: both call cmd.Wait, and the
// second waitid finds no child). The child exited cleanly.
const exitRace = "Runtime process exited abnormally: waitid: no child processes"

// closeRuntime stops the Node child, with the exit race filtered out of
// stderr and everything else passed through.
func closeRuntime() {
	r, w, err := os.Pipe()
	if err != nil {
		jsii.Close()
		return
	}
	real := os.Stderr
	done := make(chan struct{})
	go func() {
		defer close(done)
		filterExitRace(r, real)
	}()
	os.Stderr = w
	jsii.Close()
	// A write the losing goroutine makes after this fails silently.
	w.Close()
	<-done
	os.Stderr = real
}

// filterExitRace copies r to w without the exit-race message.
func filterExitRace(r io.Reader, w io.Writer) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		text := sc.Text()
		line := strings.ReplaceAll(text, exitRace, "")
		if line == "" && text != "" {
			continue
		}
		fmt.Fprintln(w, line)
	}
}

// minNodeMajor is the oldest Node line still supported upstream; the jsii
// runtime prints a 12-line banner for older ones.
const minNodeMajor = 22

// useSupportedNode makes the jsii runtime use a supported Node. The runtime
// reads the environment when the cdk8s packages register their types,
// before main runs, so a change takes a re-exec of this program (the Node
// child has not started yet; only its scratch folder exists, and
// jsii.Close removes it). If the Node on PATH is too old, it re-runs with
// the Node that `npm ci` installs into node_modules/.bin (package.json pins
// Node 24), found from the working directory or the executable's; without
// one, it says how to get one in one line and silences the banner.
func useSupportedNode(stderr io.Writer) {
	if os.Getenv("JSII_NODE") != "" || os.Getenv(silenceEOL) != "" {
		return // chosen by the caller, or this is the re-run
	}
	major := nodeMajor("node")
	if major == 0 || major >= minNodeMajor {
		return // fine, or no node at all, which the runtime reports itself
	}
	var dirs []string
	if wd, err := os.Getwd(); err == nil {
		dirs = append(dirs, wd)
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	// .cache/bin/dograh-cdk8s in a checkout.
	dirs = append(dirs, filepath.Dir(exe), filepath.Join(filepath.Dir(exe), "..", ".."))
	env := os.Environ()
	found := false
	for _, d := range dirs {
		node := filepath.Join(d, "node_modules", ".bin", "node")
		if nodeMajor(node) >= minNodeMajor {
			env, found = append(env, "JSII_NODE="+node), true
			break
		}
	}
	if !found {
		fmt.Fprintf(stderr, "note: Node %d is past end of life; run `npm ci` in the checkout for Node 24, or set JSII_NODE to a newer node\n", major)
		env = append(env, silenceEOL+"="+strconv.Itoa(major))
	}
	jsii.Close()
	err = syscall.Exec(exe, os.Args, env)
	fmt.Fprintf(stderr, "note: could not re-run with a supported Node: %v\n", err)
}

// silenceEOL is the jsii runtime's switch for its end-of-life banner.
const silenceEOL = "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"

// nodeMajor is the major version of the node binary, or 0.
func nodeMajor(node string) int {
	out, err := exec.Command(node, "--version").Output()
	if err != nil {
		return 0
	}
	v := strings.TrimPrefix(strings.TrimSpace(string(out)), "v")
	major, _ := strconv.Atoi(strings.SplitN(v, ".", 2)[0])
	return major
}
