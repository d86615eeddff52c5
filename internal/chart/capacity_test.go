package chart_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

// allocationsFile is what the call test measured per topology
// (e2e/runtime TestCall_ConnectsThroughRenderedRelay).
var allocationsFile = filepath.Join("..", "..", "e2e", "runtime", "testdata", "allocations-per-call.json")

type measuredCall struct {
	Profile            string `json:"profile"`
	TURNURIs           int    `json:"turnUris"`
	BrowserAllocations int    `json:"browserAllocations"`
	ServerAllocations  int    `json:"serverAllocations"`
	AllocationsPerCall int    `json:"allocationsPerCall"`
}

// The capacity figures use the allocations the call test measured: the
// chart's per-call count equals the file's for every topology in it, and
// every topology with a relay has been measured.
func TestRelayCapacity_UsesTheMeasuredAllocationsPerCall(t *testing.T) {
	data, err := os.ReadFile(allocationsFile)
	require.NoError(t, err, "the call test writes it: go test ./e2e/runtime -run TestCall -update-allocations")
	var file struct {
		Topologies map[string]measuredCall `json:"topologies"`
	}
	require.NoError(t, json.Unmarshal(data, &file))
	for _, name := range config.PresetNames() {
		cfg := config.Presets[name]()
		m, measured := file.Topologies[name]
		if !cfg.Coturn.Enabled {
			assert.False(t, measured, "%s renders no relay, yet the file measures one", name)
			continue
		}
		if !assert.True(t, measured, "%s renders a relay the call test has not measured; run it with -update-allocations", name) {
			continue
		}
		c := chart.RelayCapacity(cfg)
		assert.Equal(t, m.TURNURIs, c.TURNURIs, "%s: TURN URIs handed to browsers", name)
		assert.Equal(t, m.AllocationsPerCall, c.AllocationsPerCall, "%s: allocations per call", name)
		assert.Equal(t, m.BrowserAllocations+m.ServerAllocations, c.AllocationsPerCall, name)
		rendered := string(cfg.Coturn.Profile)
		if cfg.Coturn.HostNetwork {
			rendered = "host-network"
		}
		if m.Profile != rendered {
			t.Logf("%s: measured with profile %q, rendered as %q; the count per call does not depend on it, but re-measure", name, m.Profile, rendered)
		}
	}
}

func TestRelayCapacity_OfEachTopology(t *testing.T) {
	for name, want := range map[string]chart.TURNCapacity{
		// 16384 relay ports on each of 2 pods, 3 allocations per call.
		"default": {TURNURIs: 2, AllocationsPerCall: 3, RelayPortsPerReplica: 16384, AllocationsPerReplica: 16384, Replicas: 2, Calls: 10922},
		"aws":     {TURNURIs: 2, AllocationsPerCall: 3, RelayPortsPerReplica: 16384, AllocationsPerReplica: 16384, Replicas: 2, Calls: 10922},
		// TLS adds two turns: URIs the browser allocates on.
		"managed": {TURNURIs: 4, AllocationsPerCall: 5, RelayPortsPerReplica: 16384, AllocationsPerReplica: 16384, Replicas: 2, Calls: 6553},
		// 100 ports on the node.
		"single-node": {TURNURIs: 2, AllocationsPerCall: 3, RelayPortsPerReplica: 100, AllocationsPerReplica: 100, Replicas: 1, Calls: 33},
	} {
		cfg := config.Presets[name]()
		assert.Equal(t, want, chart.RelayCapacity(cfg), name)
		assert.GreaterOrEqual(t, want.Calls, cfg.Coturn.ConcurrentCalls, "%s carries its own target", name)
	}

	quota := config.Default()
	quota.Coturn.TotalQuota = 300
	c := chart.RelayCapacity(quota)
	assert.Equal(t, 200, c.Calls, "total-quota bounds each pod: 300 × 2 ÷ 3")
	assert.Equal(t, "coturn.totalQuota 300 per replica × 2 replicas ÷ 3 allocations per call (the browser's 2 over 2 TURN URIs and web's 1, measured by the call test)", c.String())
}

// A relay that cannot carry coturn.concurrentCalls is refused with the fix
// that fits its profile.
func TestRelayCapacity_RefusesATargetTheRelayCannotCarry(t *testing.T) {
	for name, tc := range map[string]struct {
		mutate func(*config.Config)
		want   string
	}{
		"internal": {func(c *config.Config) {
			c.Coturn.MaxRelayPort = 49251 // 100 ports
			c.Coturn.ConcurrentCalls = 100
		}, "coturn.concurrentCalls: Invalid value: 100: the relay carries at most 66 concurrent calls: 100 relay ports per replica × 2 replicas ÷ 3 allocations per call (the browser's 2 over 2 TURN URIs and web's 1, measured by the call test); add replicas (coturn.replicas 3 carries them with this range) or widen the relay range (coturn.minRelayPort, coturn.maxRelayPort)"},
		"internal, bounded by the quota": {func(c *config.Config) {
			c.Coturn.TotalQuota = 30
			c.Coturn.ConcurrentCalls = 21
		}, "coturn.concurrentCalls: Invalid value: 21: the relay carries at most 20 concurrent calls: coturn.totalQuota 30 per replica × 2 replicas ÷ 3 allocations per call (the browser's 2 over 2 TURN URIs and web's 1, measured by the call test); add replicas (coturn.replicas 3 carries them with this range) or widen the relay range (coturn.minRelayPort, coturn.maxRelayPort), or raise coturn.totalQuota"},
		"public": {func(c *config.Config) {
			publicRelay(c)
			c.Coturn.ConcurrentCalls = 40
		}, "coturn.concurrentCalls: Invalid value: 40: the relay carries at most 16 concurrent calls: 49 relay ports per replica × 1 replica ÷ 3 allocations per call (the browser's 2 over 2 TURN URIs and web's 1, measured by the call test); set coturn.profile internal, whose relay ports are not published, so its range holds thousands of ports on each of several replicas; the public profile publishes each relay port as a load-balancer listener, so widen its range only if your balancer allows 121 listeners (coturn.maxLoadBalancerListeners, now 50)"},
		"host network": {func(c *config.Config) {
			*c = *config.SingleNode()
			c.Coturn.ConcurrentCalls = 50
		}, "coturn.concurrentCalls: Invalid value: 50: the relay carries at most 33 concurrent calls: 100 relay ports per replica × 1 replica ÷ 3 allocations per call (the browser's 2 over 2 TURN URIs and web's 1, measured by the call test); widen the relay range to 150 ports (coturn.minRelayPort, coturn.maxRelayPort; at most 1000, opened on the node's firewall), or run coturn behind a LoadBalancer with coturn.profile internal"},
	} {
		cfg := config.Default()
		tc.mutate(cfg)
		testutil.AssertErrors(t, check.Join(chart.Validate(cfg)), []string{tc.want})
		assert.NotEmpty(t, name)
	}

	none := config.Default()
	none.Coturn.ConcurrentCalls = 0
	none.Coturn.MaxRelayPort = 49153
	assert.Empty(t, chart.Validate(none), "0: no target")
}

func TestNotes_StateTheRelaysCapacityAndOperations(t *testing.T) {
	for name, want := range map[string][]string{
		"default": {
			"TURN runs with profile internal: 2 coturn pods behind the `dograh-coturn` LoadBalancer, which publishes only UDP and TCP 3478.",
			"the relay carries up to 10922 concurrent calls: 16384 relay ports per replica × 2 replicas ÷ 3 allocations per call",
			"`coturn.podCidrs` (10.244.0.0/16)", "**Confirm the pod network is yours**",
			"keeps its calls for up to 1320 s (web's 1260 s grace period plus 60)",
			"healthCheckNodePort, which answers 200 only on nodes with a ready relay pod",
			"put the new value in `TURN_SECRET` and the old one in `TURN_SECRET_PREVIOUS`",
		},
		"managed": {"publishes only UDP and TCP 3478 and TCP 5349", "up to 6553 concurrent calls", "`coturn.podCidrs` (10.0.0.0/8)"},
		"aws": {
			"up to 10922 concurrent calls", "`coturn.podCidrs` (10.0.0.0/8)",
			"over TCP on 3478 (the controller's default", "Cross-zone balancing (`load_balancing.cross_zone.enabled=true`) lets every zonal address of TURN_HOST reach every relay pod",
			"deregistration delay (`deregistration_delay.timeout_seconds=1320`)",
		},
		"single-node": {
			"profile public", "Open UDP and TCP 3478 and UDP 49152-49251", "up to 33 concurrent calls",
			"With one pod and Recreate, a rollout waits for that drain",
		},
	} {
		notes := chart.Notes(config.Presets[name](), "dist/"+name+".k8s.yaml")
		for _, w := range want {
			assert.Contains(t, notes, w, name)
		}
	}
	notes := chart.Notes(config.SingleNode(), "dist/single-node.k8s.yaml")
	assert.NotContains(t, notes, "healthCheckNodePort", "no load balancer on the host network")
}
