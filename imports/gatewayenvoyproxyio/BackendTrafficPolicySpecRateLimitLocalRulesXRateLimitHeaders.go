package gatewayenvoyproxyio


// XRateLimitHeaders controls whether X-RateLimit response headers are emitted for this rate limit rule.
//
// When set, this overrides the global DisableRateLimitHeaders setting in ClientTrafficPolicy for this rule.
// If not set, the rule inherits the listener-level setting (default behavior).
type BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders string

const (
	// Off.
	BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders_OFF BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders = "OFF"
	// DraftVersion03.
	BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders_DRAFT_VERSION03 BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders = "DRAFT_VERSION03"
)

