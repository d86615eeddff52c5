package turn_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

func TestTurnRelay_MetricsEnablesTheExporterOnAContainerPortOnly(t *testing.T) {
	p := relayProps()
	p.Metrics = &turn.MetricsProps{}
	require.Empty(t, p.Validate(), "the exporter does not count against the listener budget the defaults fill")
	objs := synth(t, p)

	assert.Contains(t, configText(t, objs), "\nprometheus\nprometheus-port=9641\n")

	ports, _ := mainContainer(t, objs)["ports"].([]any)
	require.Len(t, ports, 2+49+1)
	assert.Equal(t, map[string]any{"name": "metrics", "containerPort": float64(9641), "protocol": "TCP"}, ports[len(ports)-1])

	svcPorts, _ := testutil.Get(testutil.Find(t, objs, "Service", name), "spec.ports").([]any)
	assert.Len(t, svcPorts, 2+49, "the Service never exposes the exporter")
	for _, pt := range svcPorts {
		assert.NotEqual(t, float64(9641), testutil.Get(pt, "port"))
	}
	assert.Zero(t, testutil.Kinds(objs, "PodMonitor"), "no PodMonitor unless asked for")
}

func TestTurnRelay_MetricsCustomPort(t *testing.T) {
	p := relayProps()
	p.Metrics = &turn.MetricsProps{Port: 9100}
	objs := synth(t, p)
	assert.Contains(t, configText(t, objs), "\nprometheus-port=9100\n")
	ports, _ := mainContainer(t, objs)["ports"].([]any)
	assert.Equal(t, float64(9100), testutil.Get(ports[len(ports)-1], "containerPort"))
}

func TestTurnRelay_WithoutMetricsNoExporter(t *testing.T) {
	conf := configText(t, synth(t, relayProps()))
	assert.NotContains(t, conf, "prometheus")
}

func TestTurnRelay_MetricsPodMonitorSelectsTheRelayPod(t *testing.T) {
	p := relayProps()
	p.Metrics = &turn.MetricsProps{PodMonitor: true, PodMonitorLabels: map[string]string{"release": "kube-prometheus-stack"}}
	objs := synth(t, p)

	pm := testutil.Find(t, objs, "PodMonitor", name)
	assert.Equal(t, "monitoring.coreos.com/v1", pm["apiVersion"])
	assert.Equal(t, map[string]any{
		"app.kubernetes.io/name":      "media",
		"app.kubernetes.io/component": "turn",
		"app.kubernetes.io/part-of":   "media",
		"release":                     "kube-prometheus-stack",
	}, testutil.Get(pm, "metadata.labels"))
	assert.Equal(t, testutil.Get(deployment(t, objs), "spec.selector.matchLabels"), testutil.Get(pm, "spec.selector.matchLabels"))
	assert.Equal(t, []any{map[string]any{"port": "metrics", "path": "/metrics"}}, testutil.Get(pm, "spec.podMetricsEndpoints"))

	podLabels, _ := testutil.Get(deployment(t, objs), "spec.template.metadata.labels").(map[string]any)
	assert.NotContains(t, podLabels, "release", "PodMonitor labels stay on the PodMonitor")
}

func TestTurnRelay_MetricsInHostNetworkIsAHostPort(t *testing.T) {
	p := relayProps()
	p.HostNetwork = true
	p.Metrics = &turn.MetricsProps{}
	ports, _ := mainContainer(t, synth(t, p))["ports"].([]any)
	last := ports[len(ports)-1]
	assert.Equal(t, "metrics", testutil.Get(last, "name"))
	assert.Equal(t, float64(9641), testutil.Get(last, "hostPort"))
}
