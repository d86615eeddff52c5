package chart

import (
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

// coturn is the TURN relay. Its shared secret is the app's TURN_SECRET, one
// key read by both, so the credentials web issues always verify.
func (b *builder) coturn() {
	c := b.cfg.Coturn
	if !c.Enabled {
		return
	}
	turn.NewTurnRelay(b.chart, componentCoturn, &turn.TurnRelayProps{
		Name:           b.n.coturn,
		SelectorLabels: selector(b.cfg, componentCoturn),
		Labels:         commonLabels(b.cfg),
		Container: pod.Container{
			Name:      componentCoturn,
			Image:     b.image(c.Component, b.cfg.Images.Coturn),
			Resources: resources(c.Resources),
		},
		Pod:                      b.podSpec(c.Component, coturnUID),
		AuthSecretName:           b.n.appSecret,
		AuthSecretKey:            "TURN_SECRET",
		Realm:                    c.Realm,
		ExternalIP:               c.ExternalIP,
		MinRelayPort:             c.MinRelayPort,
		MaxRelayPort:             c.MaxRelayPort,
		MaxLoadBalancerListeners: c.MaxLoadBalancerListeners,
		ServiceAnnotations:       c.ServiceAnnotations,
		HostNetwork:              c.HostNetwork,
	})
}
