package netpol_test

import (
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/netpol"
)

// Two applications in two namespaces, each behind its own firewall:
//
//   - shop: ui and api behind an ingress controller, api → db, api → the
//     internet on 443, api → billing's api, and a media relay open to the
//     internet on 3478 and a UDP relay range, sending UDP anywhere;
//   - billing: an api that only shop's api may call.
func twoApps(t *testing.T) *netpol.Evaluator {
	t.Helper()
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(t.TempDir())})
	ingressNamespace := map[string]string{netpol.NamespaceNameLabel: "ingress"}

	shop := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})
	netpol.NewFirewall(shop, "firewall", &netpol.FirewallProps{
		Name:        "shop",
		PodSelector: shopSelector(),
		Rules: []netpol.Rule{
			{Name: "ui-from-ingress", Direction: netpol.Ingress, Pods: component("ui"),
				Peers: []netpol.Peer{netpol.Namespaces(ingressNamespace)}, Ports: []netpol.Port{netpol.TCP(3000)}},
			{Name: "api-from-ingress", Direction: netpol.Ingress, Pods: component("api"),
				Peers: []netpol.Peer{netpol.Namespaces(ingressNamespace)}, Ports: []netpol.Port{netpol.TCP(8000)}},
			{Name: "api-to-internet", Direction: netpol.Egress, Pods: component("api"),
				Peers: []netpol.Peer{netpol.Anywhere()}, Ports: []netpol.Port{netpol.TCP(443)}},
			{Name: "api-to-billing", Direction: netpol.Egress, Pods: component("api"),
				Peers: []netpol.Peer{netpol.PodsInNamespaces(
					map[string]string{netpol.NamespaceNameLabel: "billing"},
					map[string]string{"app.kubernetes.io/name": "billing", "app.kubernetes.io/component": "api"})},
				Ports: []netpol.Port{netpol.TCP(9000)}},
			{Name: "relay-from-anywhere", Direction: netpol.Ingress, Pods: component("relay"),
				Peers: []netpol.Peer{netpol.Anywhere()},
				Ports: []netpol.Port{netpol.UDP(3478), netpol.TCP(3478), netpol.UDPRange(49152, 49200)}},
			{Name: "relay-to-anywhere", Direction: netpol.Egress, Pods: component("relay"),
				Peers: []netpol.Peer{netpol.Anywhere()}, Ports: []netpol.Port{netpol.AllPortsOf(netpol.ProtocolUDP)}},
		},
		Flows: []netpol.Flow{
			{Name: "ui-to-api", From: component("ui"), To: component("api"), Ports: []netpol.Port{netpol.TCP(8000)}},
			{Name: "api-to-db", From: component("api"), To: component("db"), Ports: []netpol.Port{netpol.TCP(5432)}},
		},
	})

	billing := cdk8s.NewChart(app, jsii.String("billing"), &cdk8s.ChartProps{Namespace: jsii.String("billing")})
	netpol.NewFirewall(billing, "firewall", &netpol.FirewallProps{
		Name:        "billing",
		PodSelector: map[string]string{"app.kubernetes.io/name": "billing"},
		Rules: []netpol.Rule{{
			Name: "api-from-shop", Direction: netpol.Ingress, Pods: component("api"),
			Peers: []netpol.Peer{netpol.PodsInNamespaces(
				map[string]string{netpol.NamespaceNameLabel: "shop"},
				map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "api"})},
			Ports: []netpol.Port{netpol.TCP(9000)},
		}},
	})

	policies, err := netpol.PoliciesFromObjects(testutil.Parse(t, *app.SynthYaml()), "")
	require.NoError(t, err)
	require.Len(t, policies, 15)
	e, err := netpol.NewEvaluator(policies, nil)
	require.NoError(t, err)
	return e
}

func shopPod(c string) netpol.Endpoint {
	return netpol.PodEndpoint("shop", map[string]string{
		"app.kubernetes.io/name": "shop", "app.kubernetes.io/instance": "shop", "app.kubernetes.io/component": c,
		"pod-template-hash": "5d4f8",
	})
}

func TestFirewall_TwoAppsAllowExactlyTheDeclaredFlows(t *testing.T) {
	e := twoApps(t)
	ui, api, db, relay := shopPod("ui"), shopPod("api"), shopPod("db"), shopPod("relay")
	billingAPI := netpol.PodEndpoint("billing", map[string]string{"app.kubernetes.io/name": "billing", "app.kubernetes.io/component": "api"})
	billingJob := netpol.PodEndpoint("billing", map[string]string{"app.kubernetes.io/name": "billing", "app.kubernetes.io/component": "job"})
	controller := netpol.PodEndpoint("ingress", map[string]string{"app": "controller"})
	dns := netpol.PodEndpoint("kube-system", map[string]string{"k8s-app": "kube-dns"})
	stranger := netpol.PodEndpoint("shop", map[string]string{"app": "debug"}) // in the namespace, not of the app
	internet := netpol.ExternalEndpoint("203.0.113.50")

	for _, tc := range []struct {
		name     string
		from, to netpol.Endpoint
		port     netpol.Port
		want     bool
	}{
		{"controller to ui", controller, ui, netpol.TCP(3000), true},
		{"controller to api", controller, api, netpol.TCP(8000), true},
		{"controller to api on another port", controller, api, netpol.TCP(8080), false},
		{"controller to db", controller, db, netpol.TCP(5432), false},
		{"internet straight to api", internet, api, netpol.TCP(8000), false},
		{"ui to api", ui, api, netpol.TCP(8000), true},
		{"ui to db", ui, db, netpol.TCP(5432), false},
		{"api to db", api, db, netpol.TCP(5432), true},
		{"api to db on another port", api, db, netpol.TCP(5433), false},
		{"db to api", db, api, netpol.TCP(8000), false},
		{"api to ui", api, ui, netpol.TCP(3000), false},
		{"every pod resolves names over UDP", db, dns, netpol.UDP(53), true},
		{"every pod resolves names over TCP", relay, dns, netpol.TCP(53), true},
		{"no other port to DNS", ui, dns, netpol.TCP(80), false},
		{"api to the internet on 443", api, internet, netpol.TCP(443), true},
		{"api to the internet on 80", api, internet, netpol.TCP(80), false},
		{"ui to the internet", ui, internet, netpol.TCP(443), false},
		{"api to billing", api, billingAPI, netpol.TCP(9000), true},
		{"api to another billing pod", api, billingJob, netpol.TCP(9000), false},
		{"ui to billing", ui, billingAPI, netpol.TCP(9000), false},
		{"billing to shop", billingAPI, api, netpol.TCP(8000), false},
		{"internet to relay UDP", internet, relay, netpol.UDP(3478), true},
		{"internet to relay TCP", internet, relay, netpol.TCP(3478), true},
		{"internet to relay range start", internet, relay, netpol.UDP(49152), true},
		{"internet to relay range end", internet, relay, netpol.UDP(49200), true},
		{"internet past the relay range", internet, relay, netpol.UDP(49201), false},
		{"internet to relay range over TCP", internet, relay, netpol.TCP(49160), false},
		{"relay to a peer over UDP", relay, internet, netpol.UDP(61000), true},
		{"relay to the internet over TCP", relay, internet, netpol.TCP(443), false},
		{"relay to db", relay, db, netpol.TCP(5432), false},
		{"relay with addresses to db", relay.WithIP("10.0.0.4"), db.WithIP("10.0.0.5"), netpol.TCP(5432), false},
		{"relay with addresses to db over UDP", relay.WithIP("10.0.0.4"), db.WithIP("10.0.0.5"), netpol.UDP(5432), false},
		{"a pod outside the app is not isolated", stranger, internet, netpol.TCP(22), true},
		{"but cannot reach the app", stranger, db, netpol.TCP(5432), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := check(t, e, tc.from, tc.to, tc.port)
			assert.Equal(t, tc.want, v.Allowed, v.String())
		})
	}
}
