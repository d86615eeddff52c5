package gatewayenvoyproxyio


// RateLimit allows the user to limit the number of incoming requests to a predefined value based on attributes within the traffic flow.
type BackendTrafficPolicySpecRateLimit struct {
	// Global defines global rate limit configuration.
	Global *BackendTrafficPolicySpecRateLimitGlobal `field:"optional" json:"global" yaml:"global"`
	// Local defines local rate limit configuration.
	Local *BackendTrafficPolicySpecRateLimitLocal `field:"optional" json:"local" yaml:"local"`
	// Type decides the scope for the RateLimits. Valid RateLimitType values are "Global" or "Local".
	//
	// Deprecated: Use Global and/or Local fields directly instead. Both can be specified simultaneously for combined rate limiting.
	Type BackendTrafficPolicySpecRateLimitType `field:"optional" json:"type" yaml:"type"`
}

