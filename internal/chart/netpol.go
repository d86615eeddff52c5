package chart

import (
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
		rules = append(rules, netpol.Rule{Name: "to-internet", Direction: netpol.Egress, Pods: map[string]string{internetEgressLabel: "true"}, Peers: []netpol.Peer{netpol.Anywhere()}, Ports: []netpol.Port{netpol.TCP(httpsPort)}, Labels: of(componentUI)})
	}
	if cfg.AriManager.Enabled && len(np.Asterisk.CIDRs) > 0 {
		rules = append(rules, netpol.Rule{Name: "ari-manager-to-asterisk", Direction: netpol.Egress, Pods: pods(componentAriManager), Peers: cidrs(np.Asterisk.CIDRs), Ports: []netpol.Port{netpol.TCP(np.Asterisk.Port)}, Labels: of(componentAriManager)})
	}

	// coturn relays media between browsers and peers anywhere.
	if cfg.Coturn.Enabled {
		c := cfg.Coturn
		listen := []netpol.Port{netpol.UDP(turnPort), netpol.TCP(turnPort), netpol.UDPRange(c.MinRelayPort, c.MaxRelayPort)}
		if c.TLS.Enabled {
			listen = append(listen, netpol.TCP(turn.DefaultTLSPort))
		}
		rules = append(rules,
			netpol.Rule{Name: "coturn-from-anywhere", Direction: netpol.Ingress, Pods: pods(componentCoturn), Peers: []netpol.Peer{netpol.Anywhere()}, Ports: listen, Labels: of(componentCoturn)},
			netpol.Rule{Name: "coturn-to-anywhere", Direction: netpol.Egress, Pods: pods(componentCoturn), Peers: []netpol.Peer{netpol.Anywhere()},
				Ports: []netpol.Port{netpol.AllPortsOf(netpol.ProtocolUDP)}, Labels: of(componentCoturn)},
		)
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
		Rules:  rules,
		Flows:  flows,
	})
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
