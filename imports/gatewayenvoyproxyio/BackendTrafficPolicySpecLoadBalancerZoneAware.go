package gatewayenvoyproxyio


// ZoneAware defines the configuration related to the distribution of requests between locality zones.
type BackendTrafficPolicySpecLoadBalancerZoneAware struct {
	// PreferLocalZone configures zone-aware routing to prefer sending traffic to the local locality zone.
	PreferLocal *BackendTrafficPolicySpecLoadBalancerZoneAwarePreferLocal `field:"optional" json:"preferLocal" yaml:"preferLocal"`
	// WeightedZones configures weight-based traffic distribution across locality zones.
	//
	// Traffic is distributed proportionally based on the sum of all zone weights.
	WeightedZones *[]*BackendTrafficPolicySpecLoadBalancerZoneAwareWeightedZones `field:"optional" json:"weightedZones" yaml:"weightedZones"`
}

