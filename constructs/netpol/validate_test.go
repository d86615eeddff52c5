package netpol_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/netpol"
)

func TestFirewallProps_Validate(t *testing.T) {
	rule := func(mutate func(r *netpol.Rule)) func(p *netpol.FirewallProps) {
		return func(p *netpol.FirewallProps) { mutate(&p.Rules[0]) }
	}
	flow := func(mutate func(f *netpol.Flow)) func(p *netpol.FirewallProps) {
		return func(p *netpol.FirewallProps) { mutate(&p.Flows[0]) }
	}
	for _, tc := range []struct {
		name   string
		mutate func(p *netpol.FirewallProps)
		want   []string
	}{
		{"valid", func(*netpol.FirewallProps) {}, nil},
		{"rule for every pod of the firewall", rule(func(r *netpol.Rule) { r.Pods = nil }), nil},
		{"rule repeating a selector label", rule(func(r *netpol.Rule) { r.Pods = map[string]string{"app.kubernetes.io/name": "shop"} }), nil},
		{"missing name", func(p *netpol.FirewallProps) { p.Name = "" }, []string{
			`name: Required value: set a lowercase name such as "my-app"`,
		}},
		{"bad name", func(p *netpol.FirewallProps) { p.Name = "Shop" }, []string{
			`name: Invalid value: "Shop": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
		}},
		{"no pod selector", func(p *netpol.FirewallProps) { p.PodSelector = map[string]string{} }, []string{
			"podSelector: Required value: set the labels every pod of the application carries, e.g. app.kubernetes.io/name and app.kubernetes.io/instance",
		}},
		{"bad label syntax", func(p *netpol.FirewallProps) { p.Labels = map[string]string{"part of": "shop", "tier": "a b"} }, []string{
			`labels[part of]: Invalid value: "part of": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
			`labels[tier]: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
		}},
		{"dns peers while disabled", func(p *netpol.FirewallProps) {
			p.DisableDNS = true
			p.DNSPeers = []netpol.Peer{netpol.CIDR("169.254.20.10/32")}
		}, []string{
			`dnsPeers: Invalid value: "[169.254.20.10/32]": are unused while disableDns is true; remove them or keep DNS enabled`,
		}},
		{"zero peer", func(p *netpol.FirewallProps) { p.DNSPeers = []netpol.Peer{{}} }, []string{
			"dnsPeers[0]: Required value: build the peer with netpol.Pods, netpol.Namespaces, netpol.PodsInNamespaces, netpol.CIDR or netpol.Anywhere",
		}},
		{"rule name", rule(func(r *netpol.Rule) { r.Name = "api_from_gateway" }), []string{
			`rules[0].name: Invalid value: "api_from_gateway": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
		}},
		{"rule direction missing", rule(func(r *netpol.Rule) { r.Direction = "" }), []string{
			"rules[0].direction: Required value: set netpol.Ingress (peers connect to the pods) or netpol.Egress (the pods connect to the peers)",
		}},
		{"rule direction wrong", rule(func(r *netpol.Rule) { r.Direction = "ingress" }), []string{
			`rules[0].direction: Unsupported value: "ingress": supported values: "Ingress", "Egress"`,
		}},
		{"rule pods contradict the selector", rule(func(r *netpol.Rule) { r.Pods = map[string]string{"app.kubernetes.io/name": "billing"} }), []string{
			`rules[0].pods[app.kubernetes.io/name]: Invalid value: "billing": contradicts podSelector app.kubernetes.io/name=shop: the labels narrow the firewall's pods, so these would select none`,
		}},
		{"rule without peers", rule(func(r *netpol.Rule) { r.Peers = nil }), []string{
			`rules[0].peers: Required value: list who may connect, e.g. netpol.Pods(labels), netpol.CIDR("10.0.0.0/16") or netpol.Anywhere()`,
		}},
		{"rule without ports", rule(func(r *netpol.Rule) { r.Ports = nil }), []string{
			"rules[0].ports: Required value: list the allowed ports, e.g. netpol.TCP(8080) or netpol.UDPRange(49152, 49200); no rule opens every port by omission",
		}},
		{"peers without labels", rule(func(r *netpol.Rule) {
			r.Peers = []netpol.Peer{netpol.Pods(nil), netpol.Namespaces(nil), netpol.PodsInNamespaces(map[string]string{"team": "ops"}, nil)}
		}), []string{
			"rules[0].peers[0].pods: Required value: set the labels of the peer pods; no labels would match every pod",
			`rules[0].peers[1].namespaces: Required value: set the labels of the peer namespaces, e.g. {"kubernetes.io/metadata.name": "ingress-nginx"}; no labels would match every namespace`,
			"rules[0].peers[2].pods: Required value: set the labels of the peer pods",
		}},
		{"bad CIDRs", rule(func(r *netpol.Rule) {
			r.Peers = []netpol.Peer{
				netpol.CIDR("10.0.0.0"),
				netpol.CIDR("10.0.0.1/8"),
				netpol.CIDR("10.0.0.0/8", "10.0.0.0/8", "192.168.0.0/16", "2001:db8::/32", "10.1.0.1/16"),
			}
		}), []string{
			`rules[0].peers[0].cidr: Invalid value: "10.0.0.0": must be an IPv4 or IPv6 CIDR, e.g. "10.0.0.0/16" or "2001:db8::/32"`,
			`rules[0].peers[1].cidr: Invalid value: "10.0.0.1/8": has host bits set; write "10.0.0.0/8"`,
			`rules[0].peers[2].except[0]: Invalid value: "10.0.0.0/8": must lie strictly inside cidr "10.0.0.0/8"`,
			`rules[0].peers[2].except[1]: Invalid value: "192.168.0.0/16": must lie strictly inside cidr "10.0.0.0/8"`,
			`rules[0].peers[2].except[2]: Invalid value: "2001:db8::/32": must lie strictly inside cidr "10.0.0.0/8"`,
			`rules[0].peers[2].except[3]: Invalid value: "10.1.0.1/16": has host bits set; write "10.1.0.0/16"`,
		}},
		{"bad ports", rule(func(r *netpol.Rule) {
			r.Ports = []netpol.Port{{Port: 80}, {Protocol: "SCTP", Port: 9}, netpol.TCP(70000), netpol.UDPRange(49200, 49152), {Protocol: netpol.ProtocolUDP, EndPort: 10}}
		}), []string{
			"rules[0].ports[0].protocol: Required value: set TCP or UDP, e.g. netpol.TCP(8080) or netpol.UDP(3478)",
			`rules[0].ports[1].protocol: Unsupported value: "SCTP": supported values: "TCP", "UDP"`,
			"rules[0].ports[2].port: Invalid value: 70000: must be between 1 and 65535, inclusive",
			"rules[0].ports[3].endPort: Invalid value: 49152: must be between port (49200) and 65535",
			"rules[0].ports[4].endPort: Invalid value: 10: needs port, the first port of the range; use netpol.TCPRange or netpol.UDPRange",
		}},
		{"flow problems", flow(func(f *netpol.Flow) {
			f.Name = ""
			f.To = map[string]string{"app.kubernetes.io/instance": "other"}
			f.Ports = nil
		}), []string{
			`flows[0].name: Required value: name the flow, e.g. "web-to-db"`,
			`flows[0].to[app.kubernetes.io/instance]: Invalid value: "other": contradicts podSelector app.kubernetes.io/instance=shop: the labels narrow the firewall's pods, so these would select none`,
			"flows[0].ports: Required value: list the allowed ports",
		}},
		{"rule named like a built-in policy", rule(func(r *netpol.Rule) { r.Name = "allow-dns" }), []string{
			`rules[0].name: Duplicate value: "allow-dns": renders NetworkPolicy "shop-allow-dns", as the DNS policy does; rename one`,
		}},
		{"built-in name free without DNS", func(p *netpol.FirewallProps) {
			p.DisableDNS = true
			p.Rules[0].Name = "allow-dns"
		}, nil},
		{"duplicate rule", func(p *netpol.FirewallProps) { p.Rules = append(p.Rules, p.Rules[0]) }, []string{
			`rules[1].name: Duplicate value: "api-from-gateway": renders NetworkPolicy "shop-api-from-gateway", as rules[0] does; rename one`,
		}},
		{"rule named like a flow half", func(p *netpol.FirewallProps) { p.Rules[0].Name = "api-to-db-egress" }, []string{
			`flows[0].name: Duplicate value: "api-to-db": renders NetworkPolicy "shop-api-to-db-egress", as rules[0] does; rename one`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := firewallProps()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}

func TestFirewallProps_ValidateIsPure(t *testing.T) {
	p := firewallProps()
	require.Empty(t, p.Validate())
	assert.Equal(t, firewallProps(), p, "Validate must not apply defaults to the caller's props")
}

func TestPeer_String(t *testing.T) {
	for want, p := range map[string]netpol.Peer{
		"pods {a=1,b=2}":                   netpol.Pods(map[string]string{"b": "2", "a": "1"}),
		"namespaces {team=ops}":            netpol.Namespaces(map[string]string{"team": "ops"}),
		"pods {app=x} in namespaces {t=o}": netpol.PodsInNamespaces(map[string]string{"t": "o"}, map[string]string{"app": "x"}),
		"10.0.0.0/8 except 10.9.0.0/16":    netpol.CIDR("10.0.0.0/8", "10.9.0.0/16"),
		"anywhere":                         netpol.Anywhere(),
		"unset peer":                       {},
	} {
		assert.Equal(t, want, p.String())
	}
}

func TestPort_String(t *testing.T) {
	assert.Equal(t, "5432/TCP", netpol.TCP(5432).String())
	assert.Equal(t, "49152-49200/UDP", netpol.UDPRange(49152, 49200).String())
	assert.Equal(t, "all/UDP", netpol.AllPortsOf(netpol.ProtocolUDP).String())
}

func TestFactories_CopyTheirArguments(t *testing.T) {
	labels := map[string]string{"app": "web"}
	except := []string{"10.9.0.0/16"}
	pods, cidr := netpol.Pods(labels), netpol.CIDR("10.0.0.0/8", except...)
	labels["app"] = "db"
	except[0] = "10.8.0.0/16"
	assert.Equal(t, "pods {app=web}", pods.String())
	assert.Equal(t, "10.0.0.0/8 except 10.9.0.0/16", cidr.String())
}
