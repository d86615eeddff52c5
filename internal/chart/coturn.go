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
		Realm:                    c.Realm,
		ExternalIP:               c.ExternalIP,
		MinRelayPort:             c.MinRelayPort,
		MaxRelayPort:             c.MaxRelayPort,
		MaxLoadBalancerListeners: c.MaxLoadBalancerListeners,
		ServiceAnnotations:       c.ServiceAnnotations,
		HostNetwork:              c.HostNetwork,
		// Every private range is denied; the app's pods are allowed only
		// when the operator names the pod network.
		AllowedPeerCIDRs: c.PodCIDRs,
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
	m.whole("externalIP", "coturn.externalIp")
	m.add("allowedPeerCIDRs", "coturn.podCidrs")
	for _, f := range []string{"realm", "minRelayPort", "maxRelayPort", "maxLoadBalancerListeners", "serviceAnnotations", "hostNetwork", "userQuota", "totalQuota"} {
		m.add(f, "coturn."+f)
	}
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
func discovers(cfg *config.Config) bool {
	c := cfg.Coturn
	return c.Enabled && c.DiscoverAddress && !c.HostNetwork && c.ExternalIP == ""
}
