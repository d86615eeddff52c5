package synth_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/synth"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

// The committed dist/ is the golden snapshot of every reference topology:
// operators review it as a YAML diff, so it must be exactly what synth
// produces. Run `go test ./internal/synth -update` and review the diff.
var update = flag.Bool("update", false, "rewrite dist/ from the current code")

const distDir = "../../dist"

func TestMain(m *testing.M) { testutil.Main(m) }

var rendered map[string][]byte

// render synthesizes the reference topologies once per test binary.
func render(t *testing.T) map[string][]byte {
	t.Helper()
	if rendered == nil {
		var cfgs []*config.Config
		for _, name := range config.PresetNames() {
			cfgs = append(cfgs, config.Presets[name]())
		}
		files, err := synth.Render(cfgs, t.TempDir(), "dist")
		require.NoError(t, err)
		rendered = files
	}
	return rendered
}

func TestDist_MatchesSynthesis(t *testing.T) {
	files := render(t)
	if *update {
		require.NoError(t, synth.Publish(distDir, files, func(n string) bool {
			return strings.HasSuffix(n, synth.ManifestSuffix) || strings.HasSuffix(n, chart.NotesSuffix)
		}))
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(distDir, name))
		require.NoError(t, err, "dist/%s is missing: run `make synth`", name)
		if !bytes.Equal(got, want) {
			t.Errorf("dist/%s differs from what synth produces; run `make synth` (or go test ./internal/synth -update) and review the diff:\n%s",
				name, firstDiff(string(got), string(want)))
		}
	}
	entries, err := os.ReadDir(distDir)
	require.NoError(t, err)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), synth.ManifestSuffix) || strings.HasSuffix(e.Name(), chart.NotesSuffix) {
			assert.Contains(t, files, e.Name(), "dist/%s belongs to no topology", e.Name())
		}
	}
}

func TestRender_IsDeterministic(t *testing.T) {
	first := render(t)
	var cfgs []*config.Config
	for _, name := range config.PresetNames() {
		cfgs = append(cfgs, config.Presets[name]())
	}
	second, err := synth.Render(cfgs, t.TempDir(), "dist")
	require.NoError(t, err)
	assert.Equal(t, first, second)
}

// firstDiff shows the first differing line with a little context.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n  dist/:  " + gl + "\n  synth:  " + wl
		}
	}
	return "(no line differs)"
}
