package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The built program, run as operators run it, leaves neither a Node
// process nor a /tmp/jsii-runtime.* folder behind: main closes the jsii
// runtime before it exits, also when synthesis fails.
func TestBuiltProgram_LeavesNoNodeProcessOrRuntimeFolder(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "dograh-cdk8s")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())
	tmp := filepath.Join(dir, "tmp")
	require.NoError(t, os.MkdirAll(tmp, 0o755))
	bad := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("topology: default\nweb: {replicas: 0}\n"), 0o644))

	for name, args := range map[string][]string{
		"synth":        {"-out", filepath.Join(dir, "out")},
		"invalid":      {"-config", bad, "-out", filepath.Join(dir, "out2")},
		"secrets only": {"secrets"},
	} {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(bin, args...)
			// The runtime extracts itself under TMPDIR; a private one shows
			// exactly what this run left.
			cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
			_ = cmd.Run()
			entries, err := os.ReadDir(tmp)
			require.NoError(t, err)
			for _, e := range entries {
				assert.False(t, strings.HasPrefix(e.Name(), "jsii-runtime."), "left %s behind", e.Name())
			}
			out, _ := exec.Command("pgrep", "-f", tmp).Output()
			assert.Empty(t, strings.TrimSpace(string(out)), "a process still runs from %s", tmp)
		})
	}
}
