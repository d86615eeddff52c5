package gatewayenvoyproxyio


// Unit specifies the time unit for the bandwidth limit (e.g. Second, Minute, Hour).
type BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit string

const (
	// Second.
	BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit_SECOND BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit = "SECOND"
	// Minute.
	BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit_MINUTE BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit = "MINUTE"
	// Hour.
	BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit_HOUR BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit = "HOUR"
)

