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
	"github.com/dograh-hq/dograh-cdk8s/internal/check"
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

// publicRelay switches cfg's relay to the public profile: one replica, a
// relay range that fits the load balancer's 50 listeners, and the few
// calls that range carries.
func publicRelay(cfg *config.Config) *config.Config {
	cfg.Coturn.Profile = config.CoturnPublic
	cfg.Coturn.Replicas = 1
	cfg.Coturn.MaxRelayPort = 49200
	if cfg.Coturn.TLS.Enabled {
		cfg.Coturn.MaxRelayPort = 49199
	}
	cfg.Coturn.ConcurrentCalls = 8
	return cfg
}

// servicePorts lists the Service's port numbers, one per entry.
func servicePorts(t *testing.T, svc map[string]any) []any {
	t.Helper()
	var ports []any
	for _, p := range testutil.Get(svc, "spec.ports").([]any) {
		ports = append(ports, testutil.Get(p, "port"))
	}
	return ports
}

func TestCoturn_InternalIsTheDefaultWhereverALoadBalancerServesIt(t *testing.T) {
	for _, name := range []string{"default", "managed", "aws"} {
		cfg := config.Presets[name]()
		assert.Equal(t, config.CoturnInternal, cfg.Coturn.Profile, name)
		objs := synth(t, cfg)
		ports := servicePorts(t, testutil.Find(t, objs, "Service", "dograh-coturn"))
		want := []any{3478.0, 3478.0}
		if cfg.Coturn.TLS.Enabled {
			want = append(want, 5349.0)
		}
		assert.Equal(t, want, ports, "%s: only the listeners, one load-balancer listener per number", name)

		d := testutil.Find(t, objs, "Deployment", "dograh-coturn")
		assert.GreaterOrEqual(t, testutil.Get(d, "spec.replicas"), 2.0, name)
		assert.Equal(t, "RollingUpdate", testutil.Get(d, "spec.strategy.type"), name)
		testutil.Find(t, objs, "PodDisruptionBudget", "dograh-coturn")
		assert.NotContains(t, containerNames(t, d, "initContainers"), "discover-address", "%s: the pods' own addresses need no discovery", name)
		assert.Zero(t, testutil.Kinds(objs, "Role"), name)
		assert.Equal(t, 1320.0, testutil.Get(d, "spec.template.spec.terminationGracePeriodSeconds"), "%s: web's 1260 s and a minute", name)

		conf := fmt.Sprint(testutil.Get(testutil.Find(t, objs, "ConfigMap", "dograh-coturn"), "data"))
		assert.NotContains(t, conf, "external-ip", name)
		assert.Contains(t, conf, "min-port=49152\nmax-port=65535\n", name)
		assert.Contains(t, conf, "\ndenied-peer-ip=0.0.0.0-255.255.255.255\n", name)
		for _, c := range cfg.Coturn.PodCIDRs {
			assert.Contains(t, conf, "allowed-peer-ip="+strings.Split(c, "/")[0], name)
		}
		web := testutil.Find(t, objs, "Deployment", "dograh-web")
		assert.Contains(t, fmt.Sprint(testutil.Get(web, "spec.template.spec.containers.0.env")), "SERVER_IP", "%s: web keeps its pod-address candidates", name)
	}

	single := config.SingleNode()
	assert.Equal(t, config.CoturnPublic, single.Coturn.Profile, "single-node keeps the host network")
	objs := synth(t, single)
	assert.Equal(t, 1.0, testutil.Get(testutil.Find(t, objs, "Deployment", "dograh-coturn"), "spec.replicas"))
	assert.Zero(t, testutil.Kinds(objs, "PodDisruptionBudget"), "one replica of everything")
}

func TestCoturn_InternalNeedsThePodNetwork(t *testing.T) {
	cfg := config.Default()
	cfg.Coturn.PodCIDRs = nil
	testutil.AssertErrors(t, check.Join(chart.Validate(cfg)), []string{
		`coturn.podCidrs: Required value: profile "internal" relays only to peers in the cluster: list the pod network's CIDRs, where the media peers run, e.g. "10.244.0.0/16"; find them with kubectl cluster-info dump | grep -m1 -e --cluster-cidr`,
	})

	cfg = config.Default()
	cfg.Coturn.ExternalIP = "203.0.113.10"
	testutil.AssertErrors(t, check.Join(chart.Validate(cfg)), []string{
		`coturn.externalIp: Invalid value: "203.0.113.10": must be empty with profile "internal"`,
	})

	cfg = config.Default()
	cfg.Coturn.HostNetwork = true
	testutil.AssertErrors(t, check.Join(chart.Validate(cfg)), []string{
		`coturn.profile: Invalid value: "internal": needs a LoadBalancer Service, which hostNetwork does not render`,
	})
}

func TestCoturn_PreviousSecretIsReadWhenPresentAndNeverPrinted(t *testing.T) {
	cfg := config.Default()
	var previous chart.SecretKey
	for _, k := range chart.Secrets(cfg)[0].Keys {
		if k.Key == "TURN_SECRET_PREVIOUS" {
			previous = k
		}
	}
	assert.True(t, previous.Transient, "listed, as the pods read it, and transient")
	out, err := chart.RenderSecrets(cfg, strings.NewReader(strings.Repeat("x", 4096)))
	require.NoError(t, err)
	assert.Contains(t, string(out), "TURN_SECRET:")
	assert.NotContains(t, string(out), "TURN_SECRET_PREVIOUS", "a random previous secret would be one more valid secret nobody knows")

	d := testutil.Find(t, synth(t, cfg), "Deployment", "dograh-coturn")
	var vol any
	for _, v := range testutil.Get(d, "spec.template.spec.volumes").([]any) {
		if testutil.Get(v, "name") == "turn-previous-auth-secret" {
			vol = v
		}
	}
	assert.Equal(t, true, testutil.Get(vol, "secret.optional"))
	assert.Equal(t, "TURN_SECRET_PREVIOUS", testutil.Get(vol, "secret.items.0.key"))

	cfg.Coturn.PreviousSecretKey = "TURN_SECRET"
	testutil.AssertErrors(t, check.Join(chart.Validate(cfg)), []string{
		`coturn.previousSecretKey: Invalid value: "TURN_SECRET": must differ from TURN_SECRET, which holds the current value`,
	})
}

func TestCoturn_GracePeriodCoversWebsDrain(t *testing.T) {
	cfg := config.Default()
	cfg.Web.TerminationGracePeriodSeconds = 600
	cfg.Web.Drain.MaxWaitSeconds = 540
	d := testutil.Find(t, synth(t, cfg), "Deployment", "dograh-coturn")
	assert.Equal(t, 660.0, testutil.Get(d, "spec.template.spec.terminationGracePeriodSeconds"))
	preStop := fmt.Sprint(testutil.Get(d, "spec.template.spec.containers.0.lifecycle.preStop.exec.command"))
	assert.Contains(t, preStop, "kill -USR1 1")
	assert.Contains(t, preStop, `-lt 650 ]`, "bounded by the grace period, less the slack")
}

func TestCoturn_PublicProfileDiscoversItsAddress(t *testing.T) {
	cfg := publicRelay(config.Default())
	require.Empty(t, chart.Validate(cfg))
	objs := synth(t, cfg)
	d := testutil.Find(t, objs, "Deployment", "dograh-coturn")
	assert.Contains(t, containerNames(t, d, "initContainers"), "discover-address")
	assert.Equal(t, "dograh-coturn", testutil.Get(d, "spec.template.spec.serviceAccountName"), "its own account, not the app's")
	role := testutil.Find(t, objs, "Role", "dograh-coturn")
	assert.Equal(t, []any{"dograh-coturn"}, testutil.Get(role, "rules.0.resourceNames"))
	// kubectl wait lists and watches the one Service (a metadata.name
	// field selector, which resourceNames still restricts).
	assert.Equal(t, []any{"get", "list", "watch"}, testutil.Get(role, "rules.0.verbs"))

	static := publicRelay(config.Default())
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
	assert.Len(t, dedupe(ports), 2, "two listeners: 3478 and 5349")
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
		"browser turns": {browser, coturn, netpol.TCP(5349)},
	})
	assertFlows(t, e, false, map[string]flow{
		"browser to metrics":                     {browser, coturn, netpol.TCP(9641)},
		"coturn to apiserver, without discovery": {coturn, apiserver, netpol.TCP(6443)},
	})
	e2, err := netpol.NewEvaluator(policiesOf(t, cfg), map[string]map[string]string{"monitoring": {"kubernetes.io/metadata.name": "monitoring"}})
	require.NoError(t, err)
	assertFlows(t, e2, true, map[string]flow{"prometheus scrapes coturn": {prometheus, coturn, netpol.TCP(9641)}})

	public := publicRelay(config.Managed())
	assertFlows(t, evaluator(t, public), true, map[string]flow{
		"coturn to apiserver, discovering its address": {podOf(public, "coturn", "10.244.3.1"), apiserver, netpol.TCP(6443)},
	})
}

// An internal relay takes clients on its listeners only, and its relay
// ports see only the app's pods: web's, and its own replicas'.
func TestNetworkPolicy_InternalRelayReachesOnlyTheAppsPods(t *testing.T) {
	cfg := config.Default()
	e := evaluator(t, cfg)
	web, ui := podOf(cfg, "web", "10.244.1.1"), podOf(cfg, "ui", "10.244.1.2")
	coturn, other := podOf(cfg, "coturn", "10.244.3.1"), podOf(cfg, "coturn", "10.244.4.1")
	browser, lb := netpol.ExternalEndpoint("93.184.216.34"), netpol.ExternalEndpoint("34.120.1.2")
	assertFlows(t, e, true, map[string]flow{
		"browser to the listener over udp":                {browser, coturn, netpol.UDP(3478)},
		"browser to the listener over tcp":                {browser, coturn, netpol.TCP(3478)},
		"web to the load balancer":                        {web, lb, netpol.UDP(3478)},
		"web to a relay pod's listener, after kube-proxy": {web, coturn, netpol.UDP(3478)},
		"web's host candidate to a browser's relay port":  {web, coturn, netpol.UDP(60123)},
		"a browser's allocation to web's host candidate":  {coturn, web, netpol.UDP(40000)},
		"relay to relay, between replicas":                {coturn, other, netpol.UDP(55000)},
	})
	assertFlows(t, e, false, map[string]flow{
		"browser to a relay port":        {browser, coturn, netpol.UDP(49170)},
		"coturn to a public peer":        {coturn, browser, netpol.UDP(40000)},
		"coturn to a node":               {coturn, netpol.ExternalEndpoint("10.0.0.5"), netpol.UDP(40000)},
		"coturn to cloud metadata":       {coturn, netpol.ExternalEndpoint("169.254.169.254"), netpol.UDP(80)},
		"coturn to ui":                   {coturn, ui, netpol.UDP(40000)},
		"ui to a relay port":             {ui, coturn, netpol.UDP(49170)},
		"coturn to web over tcp":         {coturn, web, netpol.TCP(8000)},
		"relay to relay below the range": {coturn, other, netpol.UDP(3000)},
	})
}

// A public relay publishes its relay ports and relays to public peers, and
// to the app's pods only where coturn.podCidrs names them.
func TestNetworkPolicy_PublicRelayReachesPublicPeers(t *testing.T) {
	cfg := publicRelay(config.Default())
	cfg.Coturn.PodCIDRs = nil
	e := evaluator(t, cfg)
	web, coturn := podOf(cfg, "web", "10.244.1.1"), podOf(cfg, "coturn", "10.244.3.1")
	browser, lb := netpol.ExternalEndpoint("93.184.216.34"), netpol.ExternalEndpoint("34.120.1.2")
	assertFlows(t, e, true, map[string]flow{
		"browser to a relay port":   {browser, coturn, netpol.UDP(49170)},
		"coturn to a public peer":   {coturn, browser, netpol.UDP(40000)},
		"web to the load balancer":  {web, lb, netpol.UDP(3478)},
		"web to a relay port at it": {web, lb, netpol.UDP(49170)},
	})
	assertFlows(t, e, false, map[string]flow{
		"coturn relays into the cluster": {coturn, web, netpol.UDP(40000)},
		"coturn to a node":               {coturn, netpol.ExternalEndpoint("10.0.0.5"), netpol.UDP(40000)},
		"coturn to cloud metadata":       {coturn, netpol.ExternalEndpoint("169.254.169.254"), netpol.UDP(80)},
	})
}

// With the pod network named, a public relay may relay to the app's pods,
// web keeps its pod-address candidates, and NetworkPolicy lets the media
// through; without it, none of the three.
func TestCoturn_PodCIDRsOpenTheInClusterMediaPath(t *testing.T) {
	for _, podCIDRs := range [][]string{nil, {"10.244.0.0/16"}} {
		cfg := publicRelay(config.Default())
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
