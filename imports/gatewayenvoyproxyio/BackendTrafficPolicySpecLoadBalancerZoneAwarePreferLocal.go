package gatewayenvoyproxyio


// PreferLocalZone configures zone-aware routing to prefer sending traffic to the local locality zone.
type BackendTrafficPolicySpecLoadBalancerZoneAwarePreferLocal struct {
	// ForceLocalZone defines override configuration for forcing all traffic to stay within the local zone instead of the default behavior which maintains equal distribution among upstream endpoints while sending as much traffic as possible locally.
	Force *BackendTrafficPolicySpecLoadBalancerZoneAwarePreferLocalForce `field:"optional" json:"force" yaml:"force"`
	// MinEndpointsThreshold is the minimum number of total upstream endpoints across all zones required to enable zone-aware routing.
	MinEndpointsThreshold *float64 `field:"optional" json:"minEndpointsThreshold" yaml:"minEndpointsThreshold"`
	// Configures percentage of requests that will be considered for zone aware routing if zone aware routing is configured.
	//
	// If not specified, Envoy defaults to 100%.
	PercentageEnabled *float64 `field:"optional" json:"percentageEnabled" yaml:"percentageEnabled"`
}

