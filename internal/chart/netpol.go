package chart

import (
	"net"
	"strings"

	"github.com/dograh-hq/dograh-cdk8s/constructs/netpol"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// httpsPort is what the app uses to reach LLM, speech and storage APIs.
const httpsPort = 443

// Component label of the migration Job's pods.
const componentMigrate = "migrate"

// networkPolicy isolates every pod of the release and allows exactly the
// flows the app needs. Each allowed flow within the release renders both
// halves (egress at the source, ingress at the destination).
func (b *builder) networkPolicy() {
	np := b.cfg.NetworkPolicy
	if !np.Enabled {
		return
	}
	cfg := b.cfg
	// A component's label selects its pods, and also marks the policies
	// that exist for it, so listing or pruning a component includes them.
	pods := func(component string) map[string]string {
		return map[string]string{"app.kubernetes.io/component": component}
	}
	of := pods
	var rules []netpol.Rule
	var flows []netpol.Flow

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
			rules = append(rules, netpol.Rule{Name: e.name + "-from-gateway", Direction: netpol.Ingress, Pods: pods(e.name), Peers: gateway, Ports: []netpol.Port{netpol.TCP(e.port)}, Labels: of(e.name)})
		}
	}
	if cfg.Web.Enabled && cfg.Web.KEDA.Enabled {
		rules = append(rules, netpol.Rule{Name: "web-from-keda", Direction: netpol.Ingress, Pods: pods(componentWeb), Peers: []netpol.Peer{peerOf(np.KEDAFrom)}, Ports: []netpol.Port{netpol.TCP(webPort)}, Labels: of(componentWeb)})
	}
	if cfg.UI.Enabled && cfg.Web.Enabled {
		flows = append(flows, netpol.Flow{Name: "ui-to-web", From: pods(componentUI), To: pods(componentWeb), Ports: []netpol.Port{netpol.TCP(webPort)}, Labels: of(componentUI)})
	}

	// Every process of the API image, the migration Job included, talks to
	// the datastores: in the release, or at the configured ranges. One
	// policy pair per datastore covers them all through their role label.
	clients := map[string]string{datastoreClientLabel: "true"}
	stores := []struct {
		internal  bool
		component string
		port      int
		external  config.Destination
		extPort   int
	}{
		{cfg.Database.Mode == config.DatabaseInternal, componentPostgres, postgresPort, np.ExternalDatabase, np.ExternalDatabase.Port},
		{cfg.Redis.Mode == config.RedisInternal, componentRedis, redisPort, np.ExternalRedis, np.ExternalRedis.Port},
		{cfg.Storage.Mode == config.StorageInternalMinio, componentMinio, minioPort, np.ExternalStorage, b.externalStoragePort()},
	}
	for _, s := range stores {
		if s.internal {
			flows = append(flows, netpol.Flow{Name: "clients-to-" + s.component, From: clients, To: pods(s.component), Ports: []netpol.Port{netpol.TCP(s.port)}, Labels: of(s.component)})
		} else if len(s.external.CIDRs) > 0 && s.extPort > 0 {
			rules = append(rules, netpol.Rule{Name: "clients-to-external-" + s.component, Direction: netpol.Egress, Pods: clients, Peers: cidrs(s.external.CIDRs), Ports: []netpol.Port{netpol.TCP(s.extPort)}, Labels: of(s.component)})
		}
	}
	if np.InternetEgress {
		var ports []netpol.Port
		for _, p := range internetEgressPorts(np) {
			ports = append(ports, netpol.TCP(p))
		}
		// A role, not a component: no component label on the policy.
		rules = append(rules, netpol.Rule{Name: "to-internet", Direction: netpol.Egress, Pods: map[string]string{internetEgressLabel: "true"}, Peers: []netpol.Peer{netpol.Anywhere()}, Ports: ports})
	}
	if len(np.Asterisk.CIDRs) > 0 && (cfg.AriManager.Enabled || cfg.Web.Enabled) {
		rules = append(rules, netpol.Rule{Name: "to-asterisk", Direction: netpol.Egress, Pods: map[string]string{asteriskClientLabel: "true"}, Peers: cidrs(np.Asterisk.CIDRs), Ports: []netpol.Port{netpol.TCP(np.Asterisk.Port)}})
	}
	if cfg.Web.Enabled {
		rules = append(rules, b.webMediaRules(of)...)
	}

	// coturn relays media between browsers and public peers, and to the
	// app's pods where coturn.podCidrs allows it; never to other private
	// or reserved ranges (the same ranges turnserver.conf denies).
	if cfg.Coturn.Enabled {
		c := cfg.Coturn
		listen := []netpol.Port{netpol.UDP(turnPort), netpol.TCP(turnPort), netpol.UDPRange(c.MinRelayPort, c.MaxRelayPort)}
		if c.TLS.Enabled {
			listen = append(listen, netpol.TCP(turn.DefaultTLSPort))
		}
		rules = append(rules,
			netpol.Rule{Name: "coturn-from-anywhere", Direction: netpol.Ingress, Pods: pods(componentCoturn), Peers: []netpol.Peer{netpol.Anywhere()}, Ports: listen, Labels: of(componentCoturn)},
			netpol.Rule{Name: "coturn-to-public", Direction: netpol.Egress, Pods: pods(componentCoturn), Peers: publicPeers(),
				Ports: []netpol.Port{netpol.AllPortsOf(netpol.ProtocolUDP)}, Labels: of(componentCoturn)},
		)
		if len(c.PodCIDRs) > 0 && cfg.Web.Enabled {
			flows = append(flows, netpol.Flow{Name: "coturn-to-web-media", From: pods(componentCoturn), To: pods(componentWeb), Ports: []netpol.Port{netpol.AllPortsOf(netpol.ProtocolUDP)}, Labels: of(componentCoturn)})
		}
		if c.Metrics.Enabled {
			rules = append(rules, netpol.Rule{Name: "coturn-from-monitoring", Direction: netpol.Ingress, Pods: pods(componentCoturn), Peers: []netpol.Peer{peerOf(np.MonitoringFrom)}, Ports: []netpol.Port{netpol.TCP(turn.DefaultMetricsPort)}, Labels: of(componentCoturn)})
		}
		if discovers(cfg) {
			api := []netpol.Peer{netpol.Anywhere()}
			if len(np.APIServer) > 0 {
				api = cidrs(np.APIServer)
			}
			rules = append(rules, netpol.Rule{Name: "coturn-to-apiserver", Direction: netpol.Egress, Pods: pods(componentCoturn), Peers: api, Ports: []netpol.Port{netpol.TCP(443), netpol.TCP(6443)}, Labels: of(componentCoturn)})
		}
	}

	netpol.NewFirewall(b.chart, "network-policy", &netpol.FirewallProps{
		Name: b.n.full,
		PodSelector: map[string]string{
			"app.kubernetes.io/name":     "dograh",
			"app.kubernetes.io/instance": cfg.Release,
		},
		Labels: commonLabels(cfg),
		// NodeLocal DNSCache answers on a link-local address on each node.
		DNSPeers: append(netpol.DefaultDNSPeers(), netpol.CIDR(nodeLocalDNSCIDR)),
		Rules:    rules,
		Flows:    flows,
	})
}

// nodeLocalDNSCIDR is NodeLocal DNSCache's default listen address
// (kubernetes/dns, cmd/node-cache: 169.254.20.10).
const nodeLocalDNSCIDR = "169.254.20.10/32"

// stunPort is the port of the STUN server the app names,
// stun:stun.l.google.com:19302 (api/routes/webrtc_signaling.py).
const stunPort = 19302

// webMediaRules let web, a WebRTC peer (aiortc in the web process), gather
// and use ICE candidates: TURN on the relay's ports wherever its address
// is (a load balancer, or a node in host-network mode), and UDP to public
// addresses for STUN and direct media with browsers.
func (b *builder) webMediaRules(of func(string) map[string]string) []netpol.Rule {
	c := b.cfg.Coturn
	var rules []netpol.Rule
	if c.Enabled {
		ports := []netpol.Port{netpol.UDP(turnPort), netpol.TCP(turnPort), netpol.UDPRange(c.MinRelayPort, c.MaxRelayPort)}
		if c.TLS.Enabled {
			ports = append(ports, netpol.TCP(turn.DefaultTLSPort))
		}
		rules = append(rules, netpol.Rule{Name: "web-to-turn", Direction: netpol.Egress, Pods: map[string]string{"app.kubernetes.io/component": componentWeb}, Peers: []netpol.Peer{netpol.Anywhere()}, Ports: ports, Labels: of(componentWeb)})
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
