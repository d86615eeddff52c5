package chart_test

import (
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/configgen"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

// Over generated configs and the corpus: a config that validates
// synthesizes without a panic, and a config that does not is refused with
// errors at keys of the config's schema. The real-control-plane version,
// which also dry-runs the output on an API server, is
// e2e/property_test.go.
func TestProperty_ValidConfigsSynthesizeAndErrorsNameConfigKeys(t *testing.T) {
	raw, err := os.ReadFile("../../config.schema.json")
	require.NoError(t, err)
	var schema map[string]any
	require.NoError(t, json.Unmarshal(raw, &schema))
	corpus, err := configgen.Corpus("../..")
	require.NoError(t, err)
	cases := append(corpus, configgen.Generate(1, 300)...)

	synthesized, refused := 0, 0
	for _, c := range cases {
		cfg, err := config.Parse(c.YAML)
		if err == nil {
			err = check.Join(chart.Validate(cfg))
		}
		if err != nil {
			refused++
			for _, e := range check.Leaves(err) {
				var fe *field.Error
				if errors.As(e, &fe) {
					assert.True(t, configgen.HasPath(schema, fe.Field), "%s: %q is not a key of the config:\n%s\n%s", c.Name, fe.Field, e, c.YAML)
				}
			}
			continue
		}
		// Synthesis costs a jsii round trip per object; a sample is enough
		// here, the e2e test covers more.
		if synthesized >= 25 {
			continue
		}
		synthesized++
		app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(t.TempDir())})
		require.NotPanics(t, func() { chart.New(app, cfg) }, "%s:\n%s", c.Name, c.YAML)
		objs := testutil.Parse(t, *app.SynthYaml())
		assert.NotEmpty(t, objs, c.Name)
	}
	t.Logf("%d configs: %d refused, %d of the valid ones synthesized", len(cases), refused, synthesized)
	assert.Positive(t, refused, "the generator makes mistakes too")
	assert.Equal(t, 25, synthesized, "the generator makes enough valid configs")
}
