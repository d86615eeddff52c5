package gatewayenvoyproxyio


// ForceLocalZone defines override configuration for forcing all traffic to stay within the local zone instead of the default behavior which maintains equal distribution among upstream endpoints while sending as much traffic as possible locally.
type BackendTrafficPolicySpecLoadBalancerZoneAwarePreferLocalForce struct {
	// MinEndpointsInZoneThreshold is the minimum number of upstream endpoints in the local zone required to honor the forceLocalZone override.
	//
	// This is useful for protecting zones with fewer endpoints.
	MinEndpointsInZoneThreshold *float64 `field:"optional" json:"minEndpointsInZoneThreshold" yaml:"minEndpointsInZoneThreshold"`
}

