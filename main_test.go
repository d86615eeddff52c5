package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func TestMain(m *testing.M) { testutil.Main(m) }

// runCLI runs the command in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func TestRun_SynthesizesEveryReferenceTopology(t *testing.T) {
	out := t.TempDir()
	writeFile(t, out, "retired.k8s.yaml", "stale")
	writeFile(t, out, "README.md", "not ours")
	code, stdout, stderr := runCLI(t, "-out", out)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, filepath.Join(out, "default.k8s.yaml"))
	assert.FileExists(t, filepath.Join(out, "default.k8s.yaml"))
	assert.NoFileExists(t, filepath.Join(out, "retired.k8s.yaml"), "a topology that no longer exists is removed")
	assert.FileExists(t, filepath.Join(out, "README.md"), "files that are not manifests are left alone")
}

func TestRun_ConfigFileSynthesizesOneSite(t *testing.T) {
	dir := t.TempDir()
	cfg := writeFile(t, dir, "site.yaml", "topology: default\nrelease: acme\nnamespace: voice\n")
	out := filepath.Join(dir, "out")
	code, _, stderr := runCLI(t, "-config", cfg, "-out", out)
	require.Equal(t, 0, code, stderr)
	data, err := os.ReadFile(filepath.Join(out, "default.k8s.yaml"))
	require.NoError(t, err)
	assert.Contains(t, string(data), "name: acme-dograh-web")
	assert.Contains(t, string(data), "namespace: voice")
}

func TestRun_InvalidConfigExits2AndLeavesOutputUntouched(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	require.NoError(t, os.MkdirAll(out, 0o755))
	existing := writeFile(t, out, "default.k8s.yaml", "previous manifests\n")
	for name, content := range map[string]string{
		"unknown key":   "topology: default\nreplicaz: 3\n",
		"bad value":     "topology: default\nweb:\n  replicas: -1\n",
		"no topology":   "release: dograh\n",
		"not yaml":      "topology: [\n",
		"invalid class": "topology: default\nexposure:\n  gatewayApi:\n    gatewayClassName: \"\"\n",
	} {
		t.Run(name, func(t *testing.T) {
			cfg := writeFile(t, dir, "site.yaml", content)
			code, _, stderr := runCLI(t, "-config", cfg, "-out", out)
			assert.Equal(t, 2, code)
			assert.NotEmpty(t, stderr)
			data, err := os.ReadFile(existing)
			require.NoError(t, err)
			assert.Equal(t, "previous manifests\n", string(data))
			entries, _ := os.ReadDir(out)
			assert.Len(t, entries, 1, "nothing else is written")
		})
	}
}

func TestRun_ReportsEveryProblemWithItsPath(t *testing.T) {
	dir := t.TempDir()
	cfg := writeFile(t, dir, "site.yaml", strings.Join([]string{
		"topology: default",
		"web:",
		"  replicas: 0",
		"exposure:",
		"  gatewayApi:",
		"    gatewayClassName: \"\"",
	}, "\n"))
	code, _, stderr := runCLI(t, "-config", cfg, "-out", filepath.Join(dir, "out"))
	assert.Equal(t, 2, code)
	// One problem a line, each at its config path: a rule of the config
	// and one of a construct, mapped to the key its props come from.
	assert.Contains(t, stderr, "\n  web.replicas: Invalid value: 0: must be at least 1; to run none, set enabled: false\n")
	assert.Contains(t, stderr, "\n  exposure.gatewayApi.gatewayClassName: Required value: set the GatewayClass your controller installs")
	assert.NoDirExists(t, filepath.Join(dir, "out"))
}

func TestRun_RejectsStrayArguments(t *testing.T) {
	code, _, stderr := runCLI(t, "-out", t.TempDir(), "extra")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unexpected argument "extra"`)
}

// A footgun that a cluster could make right is a warning: on stderr, in the
// NOTES, and the manifests are written.
func TestRun_WarnsOnStderrAndStillWrites(t *testing.T) {
	dir := t.TempDir()
	cfg := writeFile(t, dir, "site.yaml", "topology: default\nui:\n  autoscaling: {enabled: true, minReplicas: 3, maxReplicas: 3}\n")
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCLI(t, "-config", cfg, "-out", out)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "warning: ui.autoscaling.maxReplicas: equals minReplicas (3)")
	assert.Contains(t, stdout, "`ui.autoscaling.maxReplicas`: equals minReplicas (3)", "the NOTES list it too")
	assert.FileExists(t, filepath.Join(out, "default.k8s.yaml"))
}
