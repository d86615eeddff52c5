package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// Every example synthesizes, covers its topology, and leaves no
// placeholder behind: the examples show what an operator must set.
func TestExamples_SynthesizeWithoutPlaceholders(t *testing.T) {
	files, err := filepath.Glob("examples/*.yaml")
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(string(data), "# yaml-language-server: $schema=../config.schema.json\n"), "points editors at the schema")
			out := t.TempDir()
			code, stdout, stderr := runCLI(t, "-config", f, "-out", out)
			require.Equal(t, 0, code, stderr)
			cfg, err := config.Parse(data)
			require.NoError(t, err)
			seen[cfg.Topology] = true
			assert.FileExists(t, filepath.Join(out, cfg.Topology+".k8s.yaml"))
			assert.NotContains(t, stdout, "placeholder", "the NOTES printed after synth still warn about a placeholder")
			assert.NotContains(t, stdout, "is `latest`")
		})
	}
	for _, name := range config.PresetNames() {
		assert.True(t, seen[name], "no example for topology %s", name)
	}
}
