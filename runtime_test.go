package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFilterExitRace_DropsOnlyTheRaceMessage(t *testing.T) {
	in := "first\n" + exitRace + "\n" + exitRace + "error: real\nlast"
	var out bytes.Buffer
	filterExitRace(strings.NewReader(in), &out)
	assert.Equal(t, "first\nerror: real\nlast\n", out.String())
}

func buildProgram(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "dograh-cdk8s")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())
	return bin
}

// A run prints only what the program means to say: the files it wrote and
// the NOTES. jsii-runtime-go's exit race showed up in about one run in
// three, glued to the next line.
func TestSynth_50RunsPrintNothingUnexpected(t *testing.T) {
	dir := t.TempDir()
	bin := buildProgram(t, dir)
	site, err := filepath.Abs("examples/single-node.yaml")
	require.NoError(t, err)
	var want string
	for i := range 50 {
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bin, "-config", site, "-out", filepath.Join(dir, "out"))
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		require.NoError(t, cmd.Run(), "run %d: %s", i, stderr.String())
		require.Empty(t, stderr.String(), "run %d", i)
		if i == 0 {
			want = stdout.String()
			require.True(t, strings.HasPrefix(want, "wrote "), want)
		}
		require.Equal(t, want, stdout.String(), "run %d", i)
	}
}

// On a machine whose default Node is past end of life, the program uses
// the Node that npm installed into the checkout, or says in one line how to
// get one, instead of the runtime's 12-line banner.
func TestOldNode_OneLineAtMost(t *testing.T) {
	// The machine's own node: make test puts npm's first on PATH.
	var sys string
	for _, d := range filepath.SplitList(os.Getenv("PATH")) {
		if p := filepath.Join(d, "node"); !strings.Contains(d, "node_modules") && nodeMajor(p) > 0 {
			sys = p
			break
		}
	}
	if sys == "" {
		t.Skip("no node on this machine's PATH")
	}
	nodeDir := t.TempDir()
	require.NoError(t, os.Symlink(sys, filepath.Join(nodeDir, "node")))
	if major := nodeMajor(sys); major >= minNodeMajor || major == 0 {
		t.Skipf("the machine's node is %d, not past end of life", major)
	}
	dir := t.TempDir()
	bin := buildProgram(t, dir)
	env := []string{"PATH=" + nodeDir + ":/usr/bin:/bin", "HOME=" + dir, "TMPDIR=" + dir}
	checkout, err := os.Getwd()
	require.NoError(t, err)
	for name, tc := range map[string]struct{ cwd, want string }{
		"in the checkout, with npm's Node": {checkout, ""},
		"elsewhere":                        {dir, "note: Node "},
	} {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(bin, "secrets")
			cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = tc.cwd, env, &stdout, &stderr
			require.NoError(t, cmd.Run(), stderr.String())
			if tc.want == "" {
				assert.Empty(t, stderr.String())
			} else {
				assert.True(t, strings.HasPrefix(stderr.String(), tc.want), stderr.String())
				assert.Equal(t, 1, strings.Count(stderr.String(), "\n"), "one line: %s", stderr.String())
			}
			assert.Contains(t, stdout.String(), "kind: Secret")
		})
	}
}
