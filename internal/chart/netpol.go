package chart

import (
	"fmt"
	"net"
	"slices"
	"strings"

	"github.com/dograh-hq/dograh-cdk8s/constructs/netpol"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// httpsPort is what the app uses to reach LLM, speech and storage APIs.
const httpsPort = 443

// Component label of the migration Job's pods.
const componentMigrate = "migrate"

// firewall collects the rules and flows of the release's NetworkPolicies,
// and which config keys each peer and port comes from.
type firewall struct {
	rules []netpol.Rule
	flows []netpol.Flow
	paths paths
}

// source says where a rule's peers or ports come from in the config: one
// key for all of them, or a list whose items map one to one; peers says
// the items are config Peers (labels or a range), not plain values.
type source struct {
	key   string
	list  bool
	peers bool
}

// rule adds r; peers and ports name the config keys its peers and ports
// come from, or are zero for the chart's own.
func (f *firewall) rule(r netpol.Rule, peers, ports source) {
	at := fmt.Sprintf("rules[%d]", len(f.rules))
	f.paths.whole(at, "networkPolicy")
	f.items(at+".peers", peers, len(r.Peers))
	f.items(at+".ports", ports, len(r.Ports))
	f.rules = append(f.rules, r)
}

// items maps a rule's list at to src: as a whole, or item by item.
func (f *firewall) items(at string, src source, n int) {
	if src.key == "" {
		return
	}
	f.paths.whole(at, src.key)
	if !src.list {
		return
	}
	for i := range n {
		item, to := fmt.Sprintf("%s[%d]", at, i), fmt.Sprintf("%s[%d]", src.key, i)
		f.paths.whole(item, to)
		if src.peers {
			f.peer(item, to)
		}
	}
}

// peer maps a netpol peer built from the config Peer at to (peerOf).
func (f *firewall) peer(at, to string) {
	f.paths.add(at+".namespaces", to+".namespaceLabels")
	f.paths.add(at+".pods", to+".podLabels")
	f.paths.whole(at+".cidr", to+".cidr")
}

func (f *firewall) flow(fl netpol.Flow) {
	f.paths.whole(fmt.Sprintf("flows[%d]", len(f.flows)), "networkPolicy")
	f.flows = append(f.flows, fl)
}

// firewallProps isolate every pod of the release and allow exactly the
// flows the app needs. Each allowed flow within the release renders both
// halves (egress at the source, ingress at the destination).
func (b *builder) firewallProps() (*netpol.FirewallProps, paths) {
	np := b.cfg.NetworkPolicy
	cfg := b.cfg
	// A component's label selects its pods, and also marks the policies
	// that exist for it, so listing or pruning a component includes them.
	pods := func(component string) map[string]string {
		return map[string]string{"app.kubernetes.io/component": component}
	}
	of := pods
	f := &firewall{paths: paths{root: "networkPolicy"}}
	for _, derived := range []string{"name", "podSelector", "labels"} {
		f.paths.whole(derived, "release")
	}

	// The gateway or ingress controller reaches web, ui and MinIO.
	var gateway []netpol.Peer
	for _, p := range np.IngressFrom {
		gateway = append(gateway, peerOf(p))
	}
	exposed := []struct {
		on   bool
		name string
		port int
	}{
		{cfg.Web.Enabled, componentWeb, webPort},
		{cfg.UI.Enabled, componentUI, uiPort},
		{cfg.Storage.Mode == config.StorageInternalMinio, componentMinio, minioPort},
	}
	for _, e := range exposed {
		if e.on && len(gateway) > 0 {
			f.rule(netpol.Rule{Name: e.name + "-from-gateway", Direction: netpol.Ingress, Pods: pods(e.name), Peers: gateway, Ports: []netpol.Port{netpol.TCP(e.port)}, Labels: of(e.name)},
				source{"networkPolicy.ingressFrom", true, true}, source{})
		}
	}
	if cfg.Web.Enabled && cfg.Web.KEDA.Enabled {
		f.rule(netpol.Rule{Name: "web-from-keda", Direction: netpol.Ingress, Pods: pods(componentWeb), Peers: []netpol.Peer{peerOf(np.KEDAFrom)}, Ports: []netpol.Port{netpol.TCP(webPort)}, Labels: of(componentWeb)},
			source{key: "networkPolicy.kedaFrom"}, source{})
		f.peer(fmt.Sprintf("rules[%d].peers[0]", len(f.rules)-1), "networkPolicy.kedaFrom")
	}
	if cfg.UI.Enabled && cfg.Web.Enabled {
		f.flow(netpol.Flow{Name: "ui-to-web", From: pods(componentUI), To: pods(componentWeb), Ports: []netpol.Port{netpol.TCP(webPort)}, Labels: of(componentUI)})
	}

	// Every process of the API image, the migration Job included, talks to
	// the datastores: in the release, or at the configured ranges. One
	// policy pair per datastore covers them all through their role label.
	clients := map[string]string{datastoreClientLabel: "true"}
	stores := []struct {
		internal  bool
		component string
		port      int
		key       string
		external  config.Destination
		extPort   int
	}{
		{cfg.Database.Mode == config.DatabaseInternal, componentPostgres, postgresPort, "networkPolicy.externalDatabase", np.ExternalDatabase, np.ExternalDatabase.Port},
		{cfg.Redis.Mode == config.RedisInternal, componentRedis, redisPort, "networkPolicy.externalRedis", np.ExternalRedis, np.ExternalRedis.Port},
		{cfg.Storage.Mode == config.StorageInternalMinio, componentMinio, minioPort, "networkPolicy.externalStorage", np.ExternalStorage, b.externalStoragePort()},
	}
	for _, s := range stores {
		if s.internal {
			f.flow(netpol.Flow{Name: "clients-to-" + s.component, From: clients, To: pods(s.component), Ports: []netpol.Port{netpol.TCP(s.port)}, Labels: of(s.component)})
		} else if len(s.external.CIDRs) > 0 && s.extPort > 0 {
			f.rule(netpol.Rule{Name: "clients-to-external-" + s.component, Direction: netpol.Egress, Pods: clients, Peers: cidrs(s.external.CIDRs), Ports: []netpol.Port{netpol.TCP(s.extPort)}, Labels: of(s.component)},
				source{key: s.key + ".cidrs", list: true}, source{key: s.key + ".port"})
		}
	}
	if np.InternetEgress {
		var ports []netpol.Port
		for _, p := range internetEgressPorts(np) {
			ports = append(ports, netpol.TCP(p))
		}
		// A role, not a component: no component label on the policy.
		f.rule(netpol.Rule{Name: "to-internet", Direction: netpol.Egress, Pods: map[string]string{internetEgressLabel: "true"}, Peers: []netpol.Peer{netpol.Anywhere()}, Ports: ports},
			source{}, source{key: "networkPolicy.internetEgressPorts", list: true})
	}
	if len(np.Asterisk.CIDRs) > 0 && (cfg.AriManager.Enabled || cfg.Web.Enabled) {
		f.rule(netpol.Rule{Name: "to-asterisk", Direction: netpol.Egress, Pods: map[string]string{asteriskClientLabel: "true"}, Peers: cidrs(np.Asterisk.CIDRs), Ports: []netpol.Port{netpol.TCP(np.Asterisk.Port)}},
			source{key: "networkPolicy.asterisk.cidrs", list: true}, source{key: "networkPolicy.asterisk.port"})
	}
	if cfg.Web.Enabled {
		for _, r := range b.webMediaRules(of) {
			f.rule(r, source{}, source{key: "coturn"})
		}
	}

	// coturn relays media between browsers and web's pods where
	// coturn.podCidrs names them; a public relay also between browsers and
	// public peers, never to other private or reserved ranges (the same
	// ranges turnserver.conf denies). An internal relay publishes only its
	// listeners, and its relay ports see only the app's pods: web's
	// (web's host candidates and the browsers' relayed ones pair up) and
	// the other relay pods' (a call whose two peers both relay, on two
	// replicas, as with FORCE_TURN_RELAY).
	if cfg.Coturn.Enabled {
		c := cfg.Coturn
		internal := internalRelay(cfg)
		relays := netpol.UDPRange(c.MinRelayPort, c.MaxRelayPort)
		listen := turnListenerPorts(cfg)
		fromAnywhere := listen
		if !internal {
			fromAnywhere = append(slices.Clone(listen), relays)
		}
		f.rule(netpol.Rule{Name: "coturn-from-anywhere", Direction: netpol.Ingress, Pods: pods(componentCoturn), Peers: []netpol.Peer{netpol.Anywhere()}, Ports: fromAnywhere, Labels: of(componentCoturn)},
			source{}, source{key: "coturn"})
		if !internal {
			f.rule(netpol.Rule{Name: "coturn-to-public", Direction: netpol.Egress, Pods: pods(componentCoturn), Peers: publicPeers(),
				Ports: []netpol.Port{netpol.AllPortsOf(netpol.ProtocolUDP)}, Labels: of(componentCoturn)}, source{}, source{})
		}
		if len(c.PodCIDRs) > 0 && cfg.Web.Enabled {
			f.flow(netpol.Flow{Name: "coturn-to-web-media", From: pods(componentCoturn), To: pods(componentWeb), Ports: []netpol.Port{netpol.AllPortsOf(netpol.ProtocolUDP)}, Labels: of(componentCoturn)})
		}
		if internal {
			if cfg.Web.Enabled {
				// web reaches the relay's Service, which kube-proxy turns
				// into a pod address, and its pods' relay addresses.
				f.flow(netpol.Flow{Name: "web-to-coturn", From: pods(componentWeb), To: pods(componentCoturn), Ports: append(slices.Clone(listen), relays), Labels: of(componentCoturn)})
			}
			f.flow(netpol.Flow{Name: "coturn-to-coturn-relay", From: pods(componentCoturn), To: pods(componentCoturn), Ports: []netpol.Port{relays}, Labels: of(componentCoturn)})
		}
		if c.Metrics.Enabled {
			f.rule(netpol.Rule{Name: "coturn-from-monitoring", Direction: netpol.Ingress, Pods: pods(componentCoturn), Peers: []netpol.Peer{peerOf(np.MonitoringFrom)}, Ports: []netpol.Port{netpol.TCP(turn.DefaultMetricsPort)}, Labels: of(componentCoturn)},
				source{key: "networkPolicy.monitoringFrom"}, source{})
			f.peer(fmt.Sprintf("rules[%d].peers[0]", len(f.rules)-1), "networkPolicy.monitoringFrom")
		}
		if discovers(cfg) {
			api, from := []netpol.Peer{netpol.Anywhere()}, source{}
			if len(np.APIServer) > 0 {
				api, from = cidrs(np.APIServer), source{key: "networkPolicy.apiServerCidrs", list: true}
			}
			f.rule(netpol.Rule{Name: "coturn-to-apiserver", Direction: netpol.Egress, Pods: pods(componentCoturn), Peers: api, Ports: []netpol.Port{netpol.TCP(443), netpol.TCP(6443)}, Labels: of(componentCoturn)},
				from, source{})
		}
	}

	return &netpol.FirewallProps{
		Name: b.n.full,
		PodSelector: map[string]string{
			"app.kubernetes.io/name":     "dograh",
			"app.kubernetes.io/instance": cfg.Release,
		},
		Labels: commonLabels(cfg),
		// NodeLocal DNSCache answers on a link-local address on each node.
		DNSPeers: append(netpol.DefaultDNSPeers(), netpol.CIDR(nodeLocalDNSCIDR)),
		Rules:    f.rules,
		Flows:    f.flows,
	}, f.paths
}

func (b *builder) networkPolicy() {
	if !b.cfg.NetworkPolicy.Enabled {
		return
	}
	p, _ := b.firewallProps()
	netpol.NewFirewall(b.chart, "network-policy", p)
}

// nodeLocalDNSCIDR is NodeLocal DNSCache's default listen address
// (kubernetes/dns, cmd/node-cache: 169.254.20.10).
const nodeLocalDNSCIDR = "169.254.20.10/32"

// stunPort is the port of the STUN server the app names,
// stun:stun.l.google.com:19302 (api/routes/webrtc_signaling.py).
const stunPort = 19302

// turnListenerPorts are the ports coturn listens on for clients.
func turnListenerPorts(cfg *config.Config) []netpol.Port {
	ports := []netpol.Port{netpol.UDP(turnPort), netpol.TCP(turnPort)}
	if cfg.Coturn.TLS.Enabled {
		ports = append(ports, netpol.TCP(turn.DefaultTLSPort))
	}
	return ports
}

// webMediaRules let web, a WebRTC peer (aiortc in the web process), gather
// and use ICE candidates: TURN on the relay's ports wherever its address
// is (a load balancer, or a node in host-network mode; an internal relay's
// relay ports are its pods', reached through the web-to-coturn flow), and
// UDP to public addresses for STUN and direct media with browsers.
func (b *builder) webMediaRules(of func(string) map[string]string) []netpol.Rule {
	c := b.cfg.Coturn
	var rules []netpol.Rule
	if c.Enabled {
		ports := turnListenerPorts(b.cfg)
		if !internalRelay(b.cfg) {
			ports = append(ports, netpol.UDPRange(c.MinRelayPort, c.MaxRelayPort))
		}
		rules = append(rules, netpol.Rule{Name: "web-to-turn", Direction: netpol.Egress, Pods: map[string]string{"app.kubernetes.io/component": componentWeb}, Peers: []netpol.Peer{netpol.Anywhere()}, Ports: ports, Labels: of(componentCoturn)}) // exists for coturn: pruned with it
	}
	rules = append(rules, netpol.Rule{Name: "web-to-public-media", Direction: netpol.Egress, Pods: map[string]string{"app.kubernetes.io/component": componentWeb}, Peers: publicPeers(), Ports: []netpol.Port{netpol.AllPortsOf(netpol.ProtocolUDP)}, Labels: of(componentWeb)})
	return rules
}

// publicPeers are the public unicast addresses: everything but the
// private and reserved ranges the relay denies (turn.DeniedPeerCIDRs), so
// policy and turnserver.conf agree. IPv6 is global unicast (2000::/3) less
// the reserved ranges inside it.
func publicPeers() []netpol.Peer {
	var v4, v6 []string
	_, global6, _ := net.ParseCIDR("2000::/3")
	for _, c := range turn.DeniedPeerCIDRs() {
		ip, _, err := net.ParseCIDR(c)
		switch {
		case err != nil:
			continue
		case ip.To4() != nil && !strings.Contains(c, ":"):
			v4 = append(v4, c)
		case global6.Contains(ip):
			v6 = append(v6, c)
		}
	}
	return []netpol.Peer{netpol.CIDR("0.0.0.0/0", v4...), netpol.CIDR("2000::/3", v6...)}
}

// internetEgressPorts are the TCP ports of networkPolicy.internetEgress.
func internetEgressPorts(np config.NetworkPolicy) []int {
	if len(np.InternetEgressPorts) == 0 {
		return []int{httpsPort}
	}
	return np.InternetEgressPorts
}

// externalStoragePort is the port of an external MinIO: the configured one,
// else the endpoint's own.
func (b *builder) externalStoragePort() int {
	if p := b.cfg.NetworkPolicy.ExternalStorage.Port; p != 0 {
		return p
	}
	if b.cfg.Storage.Mode != config.StorageExternalMinio {
		return 0
	}
	_, port := externalMinioHostPort(b.cfg)
	return port
}

func cidrs(list []string) []netpol.Peer {
	var out []netpol.Peer
	for _, c := range list {
		out = append(out, netpol.CIDR(c))
	}
	return out
}

func peerOf(p config.Peer) netpol.Peer {
	switch {
	case p.CIDR != "":
		return netpol.CIDR(p.CIDR)
	case len(p.PodLabels) > 0:
		return netpol.PodsInNamespaces(p.NamespaceLabels, p.PodLabels)
	default:
		return netpol.Namespaces(p.NamespaceLabels)
	}
}
