package chart_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

func TestWarnings_FlagFootgunsAtTheirKeys(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(c *config.Config)
		want   []string
	}{
		{"the reference topology", func(*config.Config) {}, nil},
		{"an autoscaler that cannot scale", func(c *config.Config) {
			c.UI.Autoscaling = config.Autoscaling{Enabled: true, MinReplicas: 3, MaxReplicas: 3}
		}, []string{"ui.autoscaling.maxReplicas: equals minReplicas (3), so the autoscaler never scales"}},
		{"TURN on an HTTP hostname", func(c *config.Config) { c.Coturn.Host = c.Exposure.Hostnames[0] },
			[]string{`coturn.host: "dograh.example.com" is also exposure.hostnames[0]`}},
		{"TURN on an HTTP hostname in host-network mode, one address", func(c *config.Config) {
			c.Coturn.Host, c.Coturn.HostNetwork = c.Exposure.Hostnames[0], true
			c.Coturn.Profile, c.Coturn.Replicas, c.Coturn.MaxRelayPort, c.Coturn.ConcurrentCalls = config.CoturnPublic, 1, 49200, 10
		}, nil},
		{"web pods that repel each other", func(c *config.Config) {
			c.Web.Affinity = map[string]any{"podAntiAffinity": map[string]any{"requiredDuringSchedulingIgnoredDuringExecution": []any{
				map[string]any{"topologyKey": "kubernetes.io/hostname", "labelSelector": map[string]any{"matchLabels": map[string]any{"app.kubernetes.io/component": "web"}}},
			}}}
		}, []string{"web.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]: keeps web's own pods apart per kubernetes.io/hostname"}},
		{"repelling another component's pods", func(c *config.Config) {
			c.Web.Affinity = map[string]any{"podAntiAffinity": map[string]any{"requiredDuringSchedulingIgnoredDuringExecution": []any{
				map[string]any{"topologyKey": "kubernetes.io/hostname", "labelSelector": map[string]any{"matchLabels": map[string]any{"app.kubernetes.io/component": "coturn"}}},
			}}}
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := config.Default()
			tc.mutate(cfg)
			assert.Empty(t, chart.Validate(cfg), "a warning is for a valid config")
			got := chart.Warnings(cfg)
			if assert.Len(t, got, len(tc.want), "%v", got) {
				for i, w := range tc.want {
					assert.Contains(t, got[i].String(), w)
				}
			}
		})
	}
}

// Warnings reach the NOTES, so they survive the terminal.
func TestNotes_ListTheWarnings(t *testing.T) {
	cfg := config.Default()
	cfg.UI.Autoscaling = config.Autoscaling{Enabled: true, MinReplicas: 3, MaxReplicas: 3}
	assert.Contains(t, chart.Notes(cfg, "dist/default.k8s.yaml"), "- `ui.autoscaling.maxReplicas`: equals minReplicas (3)")
}
