package gatewayenvoyproxyio


// Limit specifies the bandwidth limit as a bytes-per-unit throughput rate.
type BackendTrafficPolicySpecBandwidthLimitRequestLimit struct {
	// Unit specifies the time unit for the bandwidth limit (e.g. Second, Minute, Hour).
	Unit BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit `field:"required" json:"unit" yaml:"unit"`
	// Value specifies the bandwidth limit.
	Value BackendTrafficPolicySpecBandwidthLimitRequestLimitValue `field:"required" json:"value" yaml:"value"`
}

