package chart_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	networkingv1 "k8s.io/api/networking/v1"

	"github.com/dograh-hq/dograh-cdk8s/constructs/netpol"
	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

// policiesOf renders cfg and returns its NetworkPolicies.
func policiesOf(t *testing.T, cfg *config.Config) []networkingv1.NetworkPolicy {
	t.Helper()
	policies, err := netpol.PoliciesFromObjects(synth(t, cfg), cfg.Namespace)
	require.NoError(t, err)
	require.NotEmpty(t, policies)
	return policies
}

// evaluator renders cfg and compiles its NetworkPolicies.
func evaluator(t *testing.T, cfg *config.Config) *netpol.Evaluator {
	t.Helper()
	e, err := netpol.NewEvaluator(policiesOf(t, cfg), map[string]map[string]string{
		"kube-system":          {"kubernetes.io/metadata.name": "kube-system"},
		"envoy-gateway-system": {"kubernetes.io/metadata.name": "envoy-gateway-system"},
		"elsewhere":            {"kubernetes.io/metadata.name": "elsewhere"},
		"keda":                 {"kubernetes.io/metadata.name": "keda"},
	})
	require.NoError(t, err)
	return e
}

// podOf is a pod of one component, with the labels the chart gives it.
func podOf(cfg *config.Config, component string, ip string) netpol.Endpoint {
	return netpol.PodEndpoint(cfg.Namespace, chart.PodLabels(cfg, component)).WithIP(ip)
}

type flow struct {
	from, to netpol.Endpoint
	port     netpol.Port
}

func assertFlows(t *testing.T, e *netpol.Evaluator, want bool, flows map[string]flow) {
	t.Helper()
	for name, f := range flows {
		v, err := e.Check(f.from, f.to, f.port)
		require.NoError(t, err, name)
		assert.Equalf(t, want, v.Allowed, "%s: %s", name, v)
	}
}

func TestNetworkPolicy_AllowsWhatTheAppNeeds(t *testing.T) {
	cfg := config.Default()
	e := evaluator(t, cfg)
	gateway := netpol.PodEndpoint("envoy-gateway-system", map[string]string{"app": "envoy"}).WithIP("10.244.9.9")
	dns := netpol.PodEndpoint("kube-system", map[string]string{"k8s-app": "kube-dns"}).WithIP("10.244.0.10")
	web, ui := podOf(cfg, "web", "10.244.1.1"), podOf(cfg, "ui", "10.244.1.2")
	worker, ari := podOf(cfg, "arq-worker", "10.244.1.3"), podOf(cfg, "ari-manager", "10.244.1.4")
	orch, migrate := podOf(cfg, "campaign-orchestrator", "10.244.1.5"), podOf(cfg, "migrate", "10.244.1.6")
	pg, redis, minio := podOf(cfg, "postgresql", "10.244.2.1"), podOf(cfg, "redis", "10.244.2.2"), podOf(cfg, "minio", "10.244.2.3")
	coturn := podOf(cfg, "coturn", "10.244.3.1")
	// Public addresses: the documentation ranges are denied to media. The
	// relay's own flows, per profile, are in coturn_test.go.
	browser, llm := netpol.ExternalEndpoint("93.184.216.34"), netpol.ExternalEndpoint("203.0.113.80")
	relay, stun := netpol.ExternalEndpoint("34.120.1.2"), netpol.ExternalEndpoint("74.125.250.129")

	needed := map[string]flow{
		"gateway to web":          {gateway, web, netpol.TCP(8000)},
		"gateway to ui":           {gateway, ui, netpol.TCP(3010)},
		"gateway to minio":        {gateway, minio, netpol.TCP(9000)},
		"ui to web":               {ui, web, netpol.TCP(8000)},
		"web dns udp":             {web, dns, netpol.UDP(53)},
		"coturn dns tcp":          {coturn, dns, netpol.TCP(53)},
		"browser to coturn udp":   {browser, coturn, netpol.UDP(3478)},
		"browser to coturn tcp":   {browser, coturn, netpol.TCP(3478)},
		"web to llm":              {web, llm, netpol.TCP(443)},
		"worker to llm":           {worker, llm, netpol.TCP(443)},
		"orchestrator to llm":     {orch, llm, netpol.TCP(443)},
		"ari-manager to internet": {ari, llm, netpol.TCP(443)},
		"web to turn udp":         {web, relay, netpol.UDP(3478)},
		"web to turn tcp":         {web, relay, netpol.TCP(3478)},
		"web to stun":             {web, stun, netpol.UDP(19302)},
		"web media to a browser":  {web, browser, netpol.UDP(50000)},
	}
	for _, app := range map[string]netpol.Endpoint{"web": web, "worker": worker, "ari": ari, "orch": orch, "migrate": migrate} {
		for store, dst := range map[string]flow{
			"postgresql": {app, pg, netpol.TCP(5432)},
			"redis":      {app, redis, netpol.TCP(6379)},
			"minio":      {app, minio, netpol.TCP(9000)},
		} {
			needed[app.String()+" to "+store] = dst
		}
	}
	assertFlows(t, e, true, needed)

	assertFlows(t, e, false, map[string]flow{
		"ui to postgresql":               {ui, pg, netpol.TCP(5432)},
		"coturn to postgresql":           {coturn, pg, netpol.TCP(5432)},
		"coturn to redis":                {coturn, redis, netpol.TCP(6379)},
		"gateway to web debug port":      {gateway, web, netpol.TCP(8001)},
		"ui to web other port":           {ui, web, netpol.TCP(9000)},
		"browser to web directly":        {browser, web, netpol.TCP(8000)},
		"other namespace to web":         {netpol.PodEndpoint("elsewhere", map[string]string{"app": "x"}), web, netpol.TCP(8000)},
		"gateway to postgresql":          {gateway, pg, netpol.TCP(5432)},
		"web to internet over http":      {web, llm, netpol.TCP(80)},
		"ui to internet (telemetry off)": {ui, llm, netpol.TCP(443)},
		"migrate to internet":            {migrate, llm, netpol.TCP(443)},
		"postgres to internet":           {pg, llm, netpol.TCP(443)},
		"coturn to web over tcp":         {coturn, web, netpol.TCP(8000)},
		"browser to coturn metrics":      {browser, coturn, netpol.TCP(9641)},
		"coturn relays to a node":        {coturn, netpol.ExternalEndpoint("10.0.0.5"), netpol.UDP(40000)},
		"coturn relays to metadata":      {coturn, netpol.ExternalEndpoint("169.254.169.254"), netpol.UDP(80)},
		"web media to private ranges":    {web, netpol.ExternalEndpoint("192.168.1.10"), netpol.UDP(50000)},
		"worker media":                   {worker, browser, netpol.UDP(50000)},
	})
}

func TestNetworkPolicy_ExternalDatastoresAndAsterisk(t *testing.T) {
	cfg := variants()["external-minio"]
	cfg.NetworkPolicy.Asterisk = config.Destination{CIDRs: []string{"192.0.2.10/32"}, Port: 8088}
	e := evaluator(t, cfg)
	web, ari, ui := podOf(cfg, "web", "10.244.1.1"), podOf(cfg, "ari-manager", "10.244.1.4"), podOf(cfg, "ui", "10.244.1.2")
	assertFlows(t, e, true, map[string]flow{
		"web to external postgres": {web, netpol.ExternalEndpoint("10.20.3.4"), netpol.TCP(5432)},
		"web to external redis":    {web, netpol.ExternalEndpoint("10.21.3.4"), netpol.TCP(6379)},
		"web to external minio":    {web, netpol.ExternalEndpoint("10.22.3.4"), netpol.TCP(9000)},
		"ari-manager to asterisk":  {ari, netpol.ExternalEndpoint("192.0.2.10"), netpol.TCP(8088)},
		// web places and transfers calls through ARI too (CONTRACT.md net-ari-callers).
		"web to asterisk": {web, netpol.ExternalEndpoint("192.0.2.10"), netpol.TCP(8088)},
	})
	assertFlows(t, e, false, map[string]flow{
		"ui to external postgres":    {ui, netpol.ExternalEndpoint("10.20.3.4"), netpol.TCP(5432)},
		"ui to asterisk":             {ui, netpol.ExternalEndpoint("192.0.2.10"), netpol.TCP(8088)},
		"web to postgres other port": {web, netpol.ExternalEndpoint("10.20.3.4"), netpol.TCP(5433)},
	})
}

func TestNetworkPolicy_CanBeSwitchedOff(t *testing.T) {
	cfg := config.Default()
	cfg.NetworkPolicy.Enabled = false
	assert.Zero(t, testutil.Kinds(synth(t, cfg), "NetworkPolicy"))
}

func TestNetworkPolicy_LetsKEDAPollWebOnlyWhenEnabled(t *testing.T) {
	kedaPod := netpol.PodEndpoint("keda", map[string]string{"app": "keda-operator"})
	cfg := config.Default()
	web := podOf(cfg, "web", "10.244.1.1")
	assertFlows(t, evaluator(t, cfg), false, map[string]flow{"keda to web (off)": {kedaPod, web, netpol.TCP(8000)}})
	cfg.Web.KEDA.Enabled = true
	assertFlows(t, evaluator(t, cfg), true, map[string]flow{"keda to web": {kedaPod, web, netpol.TCP(8000)}})
}

// The pods the tests model carry exactly the labels the chart renders.
func TestPodLabels_MatchTheRenderedPods(t *testing.T) {
	cfg := config.Default()
	pods := 0
	for _, o := range synth(t, cfg) {
		if o["kind"] != "Deployment" && o["kind"] != "StatefulSet" && o["kind"] != "Job" {
			continue
		}
		pods++
		labels := testutil.Get(o, "spec.template.metadata.labels").(map[string]any)
		want := map[string]any{}
		for k, v := range chart.PodLabels(cfg, labels["app.kubernetes.io/component"].(string)) {
			want[k] = v
		}
		assert.Equal(t, want, labels, "%v %v", o["kind"], testutil.Get(o, "metadata.name"))
	}
	assert.Greater(t, pods, 5, "the default topology renders its workloads")
}
