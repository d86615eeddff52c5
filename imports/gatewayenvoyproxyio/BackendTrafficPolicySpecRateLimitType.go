package gatewayenvoyproxyio


// Type decides the scope for the RateLimits. Valid RateLimitType values are "Global" or "Local".
//
// Deprecated: Use Global and/or Local fields directly instead. Both can be specified simultaneously for combined rate limiting.
type BackendTrafficPolicySpecRateLimitType string

const (
	// Global.
	BackendTrafficPolicySpecRateLimitType_GLOBAL BackendTrafficPolicySpecRateLimitType = "GLOBAL"
	// Local.
	BackendTrafficPolicySpecRateLimitType_LOCAL BackendTrafficPolicySpecRateLimitType = "LOCAL"
)

