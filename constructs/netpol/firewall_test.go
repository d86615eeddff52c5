package netpol_test

import (
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/netpol"
)

func TestMain(m *testing.M) { testutil.Main(m) }

func shopSelector() map[string]string {
	return map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/instance": "shop"}
}

func component(c string) map[string]string {
	return map[string]string{"app.kubernetes.io/component": c}
}

func firewallProps() *netpol.FirewallProps {
	return &netpol.FirewallProps{
		Name:        "shop",
		PodSelector: shopSelector(),
		Labels:      map[string]string{"app.kubernetes.io/part-of": "shop"},
		Rules: []netpol.Rule{{
			Name:      "api-from-gateway",
			Direction: netpol.Ingress,
			Pods:      component("api"),
			Peers:     []netpol.Peer{netpol.Namespaces(map[string]string{netpol.NamespaceNameLabel: "gateways"})},
			Ports:     []netpol.Port{netpol.TCP(8000)},
		}},
		Flows: []netpol.Flow{{Name: "api-to-db", From: component("api"), To: component("db"), Ports: []netpol.Port{netpol.TCP(5432)}}},
	}
}

func synthFirewall(t *testing.T, p *netpol.FirewallProps) []map[string]any {
	t.Helper()
	return testutil.Synth(t, func(c constructs.Construct) { netpol.NewFirewall(c, "firewall", p) })
}

func selectorOf(extra map[string]string) map[string]any {
	out := map[string]any{}
	for k, v := range shopSelector() {
		out[k] = v
	}
	for k, v := range extra {
		out[k] = v
	}
	return out
}

func TestFirewall_DefaultDenyIsolatesEveryPodBothWays(t *testing.T) {
	objs := synthFirewall(t, firewallProps())
	deny := testutil.Find(t, objs, "NetworkPolicy", "shop-default-deny")
	assert.Equal(t, "networking.k8s.io/v1", deny["apiVersion"])
	assert.Equal(t, selectorOf(nil), testutil.Get(deny, "spec.podSelector.matchLabels"))
	assert.Equal(t, []any{"Ingress", "Egress"}, testutil.Get(deny, "spec.policyTypes"))
	assert.Nil(t, testutil.Get(deny, "spec.ingress"), "no rule: deny")
	assert.Nil(t, testutil.Get(deny, "spec.egress"), "no rule: deny")
	assert.Equal(t, "shop", testutil.Get(deny, "metadata.labels").(map[string]any)["app.kubernetes.io/part-of"], "labels reach every policy")
}

func TestFirewall_AllowsClusterDNSOverUDPAndTCP(t *testing.T) {
	dns := testutil.Find(t, synthFirewall(t, firewallProps()), "NetworkPolicy", "shop-allow-dns")
	assert.Equal(t, selectorOf(nil), testutil.Get(dns, "spec.podSelector.matchLabels"))
	assert.Equal(t, []any{"Egress"}, testutil.Get(dns, "spec.policyTypes"))
	assert.Equal(t, []any{map[string]any{
		"namespaceSelector": map[string]any{"matchLabels": map[string]any{"kubernetes.io/metadata.name": "kube-system"}},
		"podSelector":       map[string]any{"matchLabels": map[string]any{"k8s-app": "kube-dns"}},
	}}, testutil.Get(dns, "spec.egress.0.to"), "one peer: namespace AND pods")
	assert.Equal(t, []any{
		map[string]any{"port": 53.0, "protocol": "UDP"},
		map[string]any{"port": 53.0, "protocol": "TCP"},
	}, testutil.Get(dns, "spec.egress.0.ports"))
}

func TestFirewall_DNSPeersAndOptOut(t *testing.T) {
	p := firewallProps()
	p.DNSPeers = []netpol.Peer{netpol.CIDR("169.254.20.10/32")}
	dns := testutil.Find(t, synthFirewall(t, p), "NetworkPolicy", "shop-allow-dns")
	assert.Equal(t, []any{map[string]any{"ipBlock": map[string]any{"cidr": "169.254.20.10/32"}}}, testutil.Get(dns, "spec.egress.0.to"))

	p = firewallProps()
	p.DisableDNS = true
	objs := synthFirewall(t, p)
	assert.NotContains(t, testutil.Names(objs), "NetworkPolicy/shop-allow-dns")
	assert.Equal(t, 4, testutil.Kinds(objs, "NetworkPolicy"))
}

func TestFirewall_RuleNarrowsTheFirewallsPods(t *testing.T) {
	rule := testutil.Find(t, synthFirewall(t, firewallProps()), "NetworkPolicy", "shop-api-from-gateway")
	assert.Equal(t, selectorOf(component("api")), testutil.Get(rule, "spec.podSelector.matchLabels"))
	assert.Equal(t, []any{"Ingress"}, testutil.Get(rule, "spec.policyTypes"))
	assert.Nil(t, testutil.Get(rule, "spec.egress"))
	assert.Equal(t, []any{map[string]any{"namespaceSelector": map[string]any{"matchLabels": map[string]any{"kubernetes.io/metadata.name": "gateways"}}}},
		testutil.Get(rule, "spec.ingress.0.from"))
	assert.Equal(t, []any{map[string]any{"port": 8000.0, "protocol": "TCP"}}, testutil.Get(rule, "spec.ingress.0.ports"))
}

func TestFirewall_RendersEveryKindOfPeerAndPort(t *testing.T) {
	p := firewallProps()
	p.Rules = []netpol.Rule{{
		Name:      "relay-out",
		Direction: netpol.Egress,
		Pods:      component("relay"),
		Peers: []netpol.Peer{
			netpol.Anywhere(),
			netpol.CIDR("10.0.0.0/8", "10.9.0.0/16"),
			netpol.Pods(component("db")),
			netpol.PodsInNamespaces(map[string]string{"team": "ops"}, map[string]string{"app": "prom"}),
		},
		Ports: []netpol.Port{netpol.AllPortsOf(netpol.ProtocolUDP), netpol.UDPRange(49152, 49200), netpol.TCPRange(8000, 8010)},
	}}
	rule := testutil.Find(t, synthFirewall(t, p), "NetworkPolicy", "shop-relay-out")
	assert.Equal(t, []any{"Egress"}, testutil.Get(rule, "spec.policyTypes"))
	assert.Equal(t, []any{
		map[string]any{"ipBlock": map[string]any{"cidr": "0.0.0.0/0"}},
		map[string]any{"ipBlock": map[string]any{"cidr": "::/0"}},
		map[string]any{"ipBlock": map[string]any{"cidr": "10.0.0.0/8", "except": []any{"10.9.0.0/16"}}},
		map[string]any{"podSelector": map[string]any{"matchLabels": map[string]any{"app.kubernetes.io/component": "db"}}},
		map[string]any{
			"namespaceSelector": map[string]any{"matchLabels": map[string]any{"team": "ops"}},
			"podSelector":       map[string]any{"matchLabels": map[string]any{"app": "prom"}},
		},
	}, testutil.Get(rule, "spec.egress.0.to"), "a Pods peer is taken as given, not narrowed")
	assert.Equal(t, []any{
		map[string]any{"protocol": "UDP"},
		map[string]any{"port": 49152.0, "endPort": 49200.0, "protocol": "UDP"},
		map[string]any{"port": 8000.0, "endPort": 8010.0, "protocol": "TCP"},
	}, testutil.Get(rule, "spec.egress.0.ports"))
}

func TestFirewall_FlowRendersBothHalves(t *testing.T) {
	objs := synthFirewall(t, firewallProps())
	out := testutil.Find(t, objs, "NetworkPolicy", "shop-api-to-db-egress")
	assert.Equal(t, selectorOf(component("api")), testutil.Get(out, "spec.podSelector.matchLabels"))
	assert.Equal(t, []any{"Egress"}, testutil.Get(out, "spec.policyTypes"))
	assert.Equal(t, selectorOf(component("db")), testutil.Get(out, "spec.egress.0.to.0.podSelector.matchLabels"))
	assert.Equal(t, []any{map[string]any{"port": 5432.0, "protocol": "TCP"}}, testutil.Get(out, "spec.egress.0.ports"))

	in := testutil.Find(t, objs, "NetworkPolicy", "shop-api-to-db-ingress")
	assert.Equal(t, selectorOf(component("db")), testutil.Get(in, "spec.podSelector.matchLabels"))
	assert.Equal(t, []any{"Ingress"}, testutil.Get(in, "spec.policyTypes"))
	assert.Equal(t, selectorOf(component("api")), testutil.Get(in, "spec.ingress.0.from.0.podSelector.matchLabels"))
	assert.Equal(t, []any{map[string]any{"port": 5432.0, "protocol": "TCP"}}, testutil.Get(in, "spec.ingress.0.ports"))
}

func TestFirewall_PoliciesInOutputOrder(t *testing.T) {
	var fw netpol.Firewall
	objs := testutil.Synth(t, func(c constructs.Construct) { fw = netpol.NewFirewall(c, "firewall", firewallProps()) })
	assert.Equal(t, []string{
		"NetworkPolicy/shop-default-deny",
		"NetworkPolicy/shop-allow-dns",
		"NetworkPolicy/shop-api-from-gateway",
		"NetworkPolicy/shop-api-to-db-egress",
		"NetworkPolicy/shop-api-to-db-ingress",
	}, testutil.Names(objs))
	require.Len(t, fw.Policies(), 5)
	assert.Equal(t, "shop-default-deny", *fw.DefaultDeny().Name())
	assert.Equal(t, "Resource", *fw.DefaultDeny().Node().Id())
	assert.Equal(t, "shop-api-to-db-ingress", *fw.Policies()[4].Name())
}

func TestFirewall_DoesNotMutateProps(t *testing.T) {
	p := firewallProps()
	before := firewallProps()
	synthFirewall(t, p)
	assert.Equal(t, before, p)
	assert.Nil(t, p.DNSPeers, "the default is applied to a copy")
}

func TestNewFirewall_PanicsWithIDAndMessage(t *testing.T) {
	p := firewallProps()
	p.PodSelector = nil
	assert.PanicsWithError(t, "firewall: invalid FirewallProps:\npodSelector: Required value: set the labels every pod of the application carries, e.g. app.kubernetes.io/name and app.kubernetes.io/instance", func() {
		synthFirewall(t, p)
	})
}

func TestFirewall_RuleAndFlowLabelsJoinTheFirewallLabels(t *testing.T) {
	objs := testutil.Synth(t, func(c constructs.Construct) {
		netpol.NewFirewall(c, "fw", &netpol.FirewallProps{
			Name:        "shop",
			PodSelector: map[string]string{"app.kubernetes.io/name": "shop"},
			Labels:      map[string]string{"team": "payments"},
			Rules: []netpol.Rule{{
				Name: "web-in", Direction: netpol.Ingress, Pods: map[string]string{"component": "web"},
				Peers: []netpol.Peer{netpol.Anywhere()}, Ports: []netpol.Port{netpol.TCP(8080)},
				Labels: map[string]string{"component": "web", "team": "ignored"},
			}},
			Flows: []netpol.Flow{{
				Name: "web-to-db", From: map[string]string{"component": "web"}, To: map[string]string{"component": "db"},
				Ports: []netpol.Port{netpol.TCP(5432)}, Labels: map[string]string{"component": "db"},
			}},
		})
	})
	assert.Equal(t, map[string]any{"team": "payments", "component": "web"}, testutil.Get(testutil.Find(t, objs, "NetworkPolicy", "shop-web-in"), "metadata.labels"))
	assert.Equal(t, map[string]any{"team": "payments", "component": "db"}, testutil.Get(testutil.Find(t, objs, "NetworkPolicy", "shop-web-to-db-egress"), "metadata.labels"))
	assert.Equal(t, map[string]any{"team": "payments"}, testutil.Get(testutil.Find(t, objs, "NetworkPolicy", "shop-default-deny"), "metadata.labels"))
}
