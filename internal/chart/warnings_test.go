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
		{"an NLB that cuts a draining relay's calls", func(c *config.Config) {
			c.Coturn.ServiceAnnotations = map[string]string{"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip"}
		}, []string{"coturn.serviceAnnotations: the NLB's deregistration delay (300 s) ends before a draining relay pod's grace period (1320 s), and UDP target groups then cut its calls' flows; set deregistration_delay.timeout_seconds=1320"}},
		{"an NLB whose delay is shorter than the grace period", func(c *config.Config) {
			c.Coturn.ServiceAnnotations = map[string]string{
				"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type":         "ip",
				"service.beta.kubernetes.io/aws-load-balancer-target-group-attributes": "proxy_protocol_v2.enabled=false,deregistration_delay.timeout_seconds=600",
			}
		}, []string{"coturn.serviceAnnotations[service.beta.kubernetes.io/aws-load-balancer-target-group-attributes]: the NLB's deregistration delay (600 s) ends before"}},
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
