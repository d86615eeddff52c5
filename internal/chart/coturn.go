package chart

import (
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// coturn is the TURN relay. Its shared secret is the app's TURN_SECRET, one
// key read by both, so the credentials web issues always verify.
func (b *builder) coturn() {
	c := b.cfg.Coturn
	if !c.Enabled {
		return
	}
	spec := b.podSpec(c.Component, b.cfg.Images.Coturn)
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
			kind := turn.IssuerKindClusterIssuer
			if cm.IssuerKind == "Issuer" {
				kind = turn.IssuerKindIssuer
			}
			props.TLS.CertManager = &turn.CertManagerProps{IssuerName: cm.IssuerName, IssuerKind: kind, DNSNames: []string{c.Host}}
		}
	}
	turn.NewTurnRelay(b.chart, componentCoturn, props)
}

// discovers reports whether coturn learns its address from its Service.
func discovers(cfg *config.Config) bool {
	c := cfg.Coturn
	return c.Enabled && c.DiscoverAddress && !c.HostNetwork && c.ExternalIP == ""
}
