package gatewayenvoyproxyio


// XRateLimitHeaders controls whether X-RateLimit response headers are emitted for this rate limit rule.
//
// When set, this overrides the global DisableRateLimitHeaders setting in ClientTrafficPolicy for this rule.
// If not set, the rule inherits the listener-level setting (default behavior).
type BackendTrafficPolicySpecRateLimitGlobalRulesXRateLimitHeaders string

const (
	// Off.
	BackendTrafficPolicySpecRateLimitGlobalRulesXRateLimitHeaders_OFF BackendTrafficPolicySpecRateLimitGlobalRulesXRateLimitHeaders = "OFF"
	// DraftVersion03.
	BackendTrafficPolicySpecRateLimitGlobalRulesXRateLimitHeaders_DRAFT_VERSION03 BackendTrafficPolicySpecRateLimitGlobalRulesXRateLimitHeaders = "DRAFT_VERSION03"
)

