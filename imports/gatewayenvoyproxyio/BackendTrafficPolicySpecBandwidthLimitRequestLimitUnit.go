package gatewayenvoyproxyio


// Unit specifies the time unit for the bandwidth limit (e.g. Second, Minute, Hour).
type BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit string

const (
	// Second.
	BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit_SECOND BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit = "SECOND"
	// Minute.
	BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit_MINUTE BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit = "MINUTE"
	// Hour.
	BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit_HOUR BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit = "HOUR"
)

