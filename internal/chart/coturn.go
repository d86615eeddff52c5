package chart

import (
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// coturnProps are the TURN relay's props, and where their fields come from.
// Its shared secret is the app's TURN_SECRET, one key read by both, so the
// credentials web issues always verify.
func (b *builder) coturnProps() (*turn.TurnRelayProps, paths) {
	c := b.cfg.Coturn
	spec := b.podSpec("coturn", c.Component, b.cfg.Images.Coturn)
	props := &turn.TurnRelayProps{
		Name:           b.n.coturn,
		SelectorLabels: selector(b.cfg, componentCoturn),
		Labels:         commonLabels(b.cfg),
		Container: pod.Container{
			Name:      componentCoturn,
			Image:     b.image(c.Component, b.cfg.Images.Coturn),
			Resources: resources(c.Resources),
		},
		Pod:                      spec,
		AuthSecretName:           b.n.appSecret,
		AuthSecretKey:            "TURN_SECRET",
		PreviousAuthSecretKey:    c.PreviousSecretKey,
		Realm:                    c.Realm,
		ExternalIP:               c.ExternalIP,
		MinRelayPort:             c.MinRelayPort,
		MaxRelayPort:             c.MaxRelayPort,
		MaxLoadBalancerListeners: c.MaxLoadBalancerListeners,
		ServiceAnnotations:       c.ServiceAnnotations,
		Profile:                  turn.Profile(c.Profile),
		Replicas:                 c.Replicas,
		HostNetwork:              c.HostNetwork,
		// Every private range is denied (with the internal profile, every
		// address); the app's pods are allowed when the operator names the
		// pod network.
		AllowedPeerCIDRs: c.PodCIDRs,
		// A relay pod keeps its calls as long as a web pod does, plus the
		// time clients take to release their allocations.
		TerminationGracePeriodSeconds: coturnGracePeriodSeconds(b.cfg),
	}
	if c.UserQuota != 0 {
		props.UserQuota = &c.UserQuota
	}
	if c.TotalQuota != 0 {
		props.TotalQuota = &c.TotalQuota
	}
	if discovers(b.cfg) {
		// The relay gets a ServiceAccount of its own, allowed to read its
		// own Service and nothing else.
		props.Pod.ServiceAccountName = ""
		props.AddressDiscovery = &turn.AddressDiscoveryProps{Image: b.cfg.Images.Kubectl.Ref()}
	}
	if c.Metrics.Enabled {
		props.Metrics = &turn.MetricsProps{PodMonitor: c.Metrics.PodMonitor, PodMonitorLabels: c.Metrics.PodMonitorLabels}
	}
	if c.TLS.Enabled {
		props.TLS = &turn.TLSProps{SecretName: b.n.coturnTLSSecret}
		if cm := c.TLS.CertManager; cm.IssuerName != "" {
			props.TLS.CertManager = &turn.CertManagerProps{IssuerName: cm.IssuerName, IssuerKind: turn.IssuerKind(cm.IssuerKind)}
			if c.Host != "" {
				// The certificate is issued for the name browsers use.
				props.TLS.CertManager.DNSNames = []string{c.Host}
			}
		}
	}

	m := componentPaths("coturn", c.Component, "images.coturn")
	m.whole("authSecretName", secretKey(b.cfg.Secrets.App, "secrets.app"))
	m.whole("authSecretKey", "release")
	m.whole("previousAuthSecretKey", "coturn.previousSecretKey")
	m.whole("externalIP", "coturn.externalIp")
	m.add("allowedPeerCIDRs", "coturn.podCidrs")
	for _, f := range []string{"realm", "minRelayPort", "maxRelayPort", "maxLoadBalancerListeners", "serviceAnnotations", "profile", "replicas", "hostNetwork", "userQuota", "totalQuota"} {
		m.add(f, "coturn."+f)
	}
	m.whole("terminationGracePeriodSeconds", "web.terminationGracePeriodSeconds")
	m.whole("listeningPort", "coturn")
	m.whole("metrics", "coturn.metrics")
	m.add("metrics.podMonitorLabels", "coturn.metrics.podMonitorLabels")
	m.whole("tls", "coturn.tls")
	m.whole("tls.secretName", secretKey(c.TLS.SecretName, "coturn.tls.secretName"))
	m.add("tls.certManager.issuerName", "coturn.tls.certManager.issuerName")
	m.add("tls.certManager.issuerKind", "coturn.tls.certManager.issuerKind")
	m.whole("tls.certManager.dnsNames", "coturn.host")
	m.whole("addressDiscovery", "coturn.discoverAddress")
	m.whole("addressDiscovery.image", "images.kubectl")
	return props, m
}

func (b *builder) coturn() {
	if !b.cfg.Coturn.Enabled {
		return
	}
	p, _ := b.coturnProps()
	turn.NewTurnRelay(b.chart, componentCoturn, p)
}

// discovers reports whether coturn learns its address from its Service.
// An internal relay advertises its pods' own addresses.
func discovers(cfg *config.Config) bool {
	c := cfg.Coturn
	return c.Enabled && c.DiscoverAddress && !c.HostNetwork && c.ExternalIP == "" && !internalRelay(cfg)
}

// internalRelay reports whether coturn runs with the internal profile.
func internalRelay(cfg *config.Config) bool {
	return cfg.Coturn.Enabled && cfg.Coturn.Profile == config.CoturnInternal
}

// coturnGraceSlackSeconds is what a relay pod's grace period adds to web's:
// a call ends on web's side first, and its peers then release their
// allocations (aiortc and browsers send a Refresh with lifetime 0 as they
// close).
const coturnGraceSlackSeconds = 60

// coturnGracePeriodSeconds covers the longest call: web's drain budget
// (web.terminationGracePeriodSeconds, 1260 s in the presets) plus slack.
func coturnGracePeriodSeconds(cfg *config.Config) int {
	return cfg.Web.TerminationGracePeriodSeconds + coturnGraceSlackSeconds
}
