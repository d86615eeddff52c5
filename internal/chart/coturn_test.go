package chart_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/netpol"
	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func containerNames(t *testing.T, d map[string]any, key string) []string {
	t.Helper()
	var names []string
	list, _ := testutil.Get(d, "spec.template.spec."+key).([]any)
	for _, c := range list {
		names = append(names, testutil.Get(c, "name").(string))
	}
	return names
}

func TestCoturn_DiscoversItsAddressByDefault(t *testing.T) {
	objs := synth(t, config.Default())
	d := testutil.Find(t, objs, "Deployment", "dograh-coturn")
	assert.Contains(t, containerNames(t, d, "initContainers"), "discover-address")
	assert.Equal(t, "dograh-coturn", testutil.Get(d, "spec.template.spec.serviceAccountName"), "its own account, not the app's")
	role := testutil.Find(t, objs, "Role", "dograh-coturn")
	assert.Equal(t, []any{"dograh-coturn"}, testutil.Get(role, "rules.0.resourceNames"))
	// kubectl wait lists and watches the one Service (a metadata.name
	// field selector, which resourceNames still restricts).
	assert.Equal(t, []any{"get", "list", "watch"}, testutil.Get(role, "rules.0.verbs"))

	static := config.Default()
	static.Coturn.ExternalIP = "203.0.113.10"
	objs = synth(t, static)
	assert.NotContains(t, containerNames(t, testutil.Find(t, objs, "Deployment", "dograh-coturn"), "initContainers"), "discover-address")
	assert.Zero(t, testutil.Kinds(objs, "Role"))
	assert.Equal(t, "203.0.113.10", testutil.Get(testutil.Find(t, objs, "ConfigMap", "dograh-config"), "data.TURN_HOST"))
}

func TestCoturn_ManagedServesTLSAndMetrics(t *testing.T) {
	objs := synth(t, config.Managed())
	svc := testutil.Find(t, objs, "Service", "dograh-coturn")
	var ports []any
	for _, p := range testutil.Get(svc, "spec.ports").([]any) {
		ports = append(ports, testutil.Get(p, "port"))
	}
	assert.Contains(t, ports, 5349.0, "turns:// is on the load balancer")
	assert.NotContains(t, ports, 9641.0, "metrics stay off the load balancer")
	assert.LessOrEqual(t, len(dedupe(ports)), 50, "within the NLB's listener limit")
	cert := testutil.Find(t, objs, "Certificate", "dograh-coturn")
	assert.Equal(t, []any{"turn.example.com"}, testutil.Get(cert, "spec.dnsNames"))
	assert.Equal(t, "letsencrypt-dns01", testutil.Get(cert, "spec.issuerRef.name"))
	testutil.Find(t, objs, "PodMonitor", "dograh-coturn")
	assert.Equal(t, "turn.example.com", testutil.Get(testutil.Find(t, objs, "ConfigMap", "dograh-config"), "data.TURN_HOST"))

	aws := synth(t, config.AWS())
	testutil.Find(t, aws, "PodMonitor", "dograh-coturn")
	assert.Zero(t, testutil.Kinds(aws, "Certificate"))
	assert.Zero(t, testutil.Kinds(synth(t, config.Default()), "PodMonitor"), "metrics are off by default")
}

func dedupe(xs []any) map[any]bool {
	out := map[any]bool{}
	for _, x := range xs {
		out[x] = true
	}
	return out
}

func TestCoturn_NotesPrintTheCommandThatSetsTheTURNHost(t *testing.T) {
	cfg := config.Default()
	notes := chart.Notes(cfg, "dist/default.k8s.yaml")
	assert.Contains(t, notes, `kubectl -n dograh patch configmap dograh-config --type merge -p "{\"data\":{\"TURN_HOST\":\"$(kubectl -n dograh get service dograh-coturn -o jsonpath='{.status.loadBalancer.ingress[0].ip}{.status.loadBalancer.ingress[0].hostname}')\"}}" && kubectl -n dograh rollout restart deployment/dograh-web`)
	cfg.Coturn.Host = "turn.voice.example.org"
	notes = chart.Notes(cfg, "dist/default.k8s.yaml")
	assert.NotContains(t, notes, "patch configmap")
	assert.True(t, strings.Contains(notes, "Point that DNS name at the relay's address"), notes)
}

func TestNetworkPolicy_CoversTURNDiscoveryTLSAndMetrics(t *testing.T) {
	cfg := config.Managed()
	e := evaluator(t, cfg)
	coturn := podOf(cfg, "coturn", "10.244.3.1")
	prometheus := netpol.PodEndpoint("monitoring", map[string]string{"app": "prometheus"})
	apiserver := netpol.ExternalEndpoint("172.18.0.2")
	browser := netpol.ExternalEndpoint("198.51.100.23")
	assertFlows(t, e, true, map[string]flow{
		"coturn to apiserver": {coturn, apiserver, netpol.TCP(6443)},
		"browser turns":       {browser, coturn, netpol.TCP(5349)},
	})
	assertFlows(t, e, false, map[string]flow{
		"browser to metrics": {browser, coturn, netpol.TCP(9641)},
	})
	e2, err := netpol.NewEvaluator(policiesOf(t, cfg), map[string]map[string]string{"monitoring": {"kubernetes.io/metadata.name": "monitoring"}})
	require.NoError(t, err)
	assertFlows(t, e2, true, map[string]flow{"prometheus scrapes coturn": {prometheus, coturn, netpol.TCP(9641)}})
}

// With the pod network named, coturn may relay to the app's pods, web keeps
// its pod-address candidates, and NetworkPolicy lets the media through;
// without it, none of the three.
func TestCoturn_PodCIDRsOpenTheInClusterMediaPath(t *testing.T) {
	for _, podCIDRs := range [][]string{nil, {"10.244.0.0/16"}} {
		cfg := config.Default()
		cfg.Coturn.PodCIDRs = podCIDRs
		objs := synth(t, cfg)
		data, _ := testutil.Get(testutil.Find(t, objs, "ConfigMap", "dograh-coturn"), "data").(map[string]any)
		conf := data["turnserver.conf"]
		require.NotEmpty(t, conf)
		web := testutil.Find(t, objs, "Deployment", "dograh-web")
		env := fmt.Sprint(testutil.Get(web, "spec.template.spec.containers.0.env"))
		on := podCIDRs != nil
		assert.Equal(t, on, strings.Contains(fmt.Sprint(conf), "allowed-peer-ip=10.244.0.0-10.244.255.255"), "allowed-peer-ip, podCidrs %v", podCIDRs)
		assert.Equal(t, on, strings.Contains(env, "SERVER_IP"), "SERVER_IP, podCidrs %v", podCIDRs)
		assert.Equal(t, on, slices.Contains(testutil.Names(objs), "NetworkPolicy/dograh-coturn-to-web-media-egress"), "policy, podCidrs %v", podCIDRs)
	}
}
