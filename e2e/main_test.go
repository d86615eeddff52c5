package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/aws/jsii-runtime-go"
)

// env is what every test shares: paths, and the tools it found or built.
var env struct {
	root    string // repository root
	binDir  string // .cache/bin
	scratch string // this run's own files: the CLI build, the dist/ snapshot
	kubectl string
	// kubectlVersion is what the summary reports, since the machine's
	// kubectl may be a version dispatcher.
	kubectlVersion string

	once sync.Once
	err  error
}

func TestMain(m *testing.M) {
	code := runMain(m)
	// The app's packages start the jsii runtime when they load; os.Exit
	// skips defers, so close it here or a Node scratch folder is left.
	jsii.Close()
	os.Exit(code)
}

func runMain(m *testing.M) int {
	root, err := filepath.Abs("..")
	if err == nil {
		_, err = os.Stat(filepath.Join(root, "go.mod"))
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: cannot find the repository root above %s: %v\n", mustGetwd(), err)
		return 1
	}
	env.root = root
	env.binDir = filepath.Join(root, ".cache", "bin")

	removeStaleRunDirs()
	if env.scratch, err = os.MkdirTemp("", runDirPrefix+"run-"); err == nil {
		err = os.WriteFile(filepath.Join(env.scratch, "pid"), []byte(strconv.Itoa(os.Getpid())), 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: %v\n", err)
		return 1
	}
	defer os.RemoveAll(env.scratch)

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		s := <-sigs
		fmt.Fprintf(os.Stderr, "\ne2e: %v: stopping every control plane this run started\n", s)
		stopAllClusters(true)
		os.RemoveAll(env.scratch)
		os.Exit(130)
	}()

	code := m.Run()
	stopAllClusters(false)
	printSummary(os.Stdout)
	return code
}

// requireTools builds or finds everything a cluster needs, once per process.
// Nothing is skipped: a missing tool is built, or the test fails.
func requireTools(t *testing.T) {
	t.Helper()
	env.once.Do(func() {
		if env.err = ensureBinaries(env.root, env.binDir); env.err != nil {
			return
		}
		// The kubectl built with the control plane, of its very version,
		// unless KUBECTL names another.
		env.kubectl = os.Getenv("KUBECTL")
		if env.kubectl == "" {
			env.kubectl = filepath.Join(env.binDir, "kubectl")
		}
		out, err := exec.Command(env.kubectl, "version", "--client", "-o", "json").Output()
		var v struct {
			ClientVersion struct{ GitVersion string } `json:"clientVersion"`
		}
		if err == nil && json.Unmarshal(out, &v) == nil {
			env.kubectlVersion = v.ClientVersion.GitVersion
		}
	})
	if env.err != nil {
		t.Fatalf("e2e tools: %v", env.err)
	}
}

// removeStaleRunDirs deletes the folders of earlier runs whose process is
// gone (a run killed with SIGKILL cannot clean up after itself).
func removeStaleRunDirs() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), runDirPrefix+"*"))
	for _, d := range dirs {
		data, err := os.ReadFile(filepath.Join(d, "pid"))
		if err != nil {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
		if err != nil {
			continue
		}
		if err := syscall.Kill(pid, 0); err == nil || err == syscall.EPERM {
			continue // still running
		}
		os.RemoveAll(d)
	}
}

func mustGetwd() string {
	wd, _ := os.Getwd()
	return wd
}
