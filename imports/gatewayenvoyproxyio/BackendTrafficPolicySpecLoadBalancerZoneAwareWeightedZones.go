package gatewayenvoyproxyio


// WeightedZoneConfig defines the weight for a specific locality zone.
type BackendTrafficPolicySpecLoadBalancerZoneAwareWeightedZones struct {
	// Weight defines the weight for this locality.
	//
	// Higher values receive more traffic. The actual traffic distribution
	// is proportional to this value relative to other localities.
	Weight *float64 `field:"required" json:"weight" yaml:"weight"`
	// Zone specifies the topology zone this weight applies to.
	//
	// The value should match the topology.kubernetes.io/zone label
	// of the nodes where endpoints are running.
	// Zones not listed in the configuration receive a default weight of 1.
	Zone *string `field:"required" json:"zone" yaml:"zone"`
}

