package gatewayenvoyproxyio


// RateLimitRule defines the semantics for matching attributes from the incoming requests, and setting limits for them.
type BackendTrafficPolicySpecRateLimitLocalRules struct {
	// Limit holds the rate limit values.
	//
	// This limit is applied for traffic flows when the selectors
	// compute to True, causing the request to be counted towards the limit.
	// The limit is enforced and the request is ratelimited, i.e. a response with
	// 429 HTTP status code is sent back to the client when
	// the selected requests have reached the limit.
	Limit *BackendTrafficPolicySpecRateLimitLocalRulesLimit `field:"required" json:"limit" yaml:"limit"`
	// ClientSelectors holds the list of select conditions to select specific clients using attributes from the traffic flow.
	//
	// All individual select conditions must hold True for this rule
	// and its limit to be applied.
	//
	// If no client selectors are specified, the rule applies to all traffic of
	// the targeted Route.
	//
	// If the policy targets a Gateway, the rule applies to each Route of the Gateway.
	// Please note that each Route has its own rate limit counters. For example,
	// if a Gateway has two Routes, and the policy has a rule with limit 10rps,
	// each Route will have its own 10rps limit.
	ClientSelectors *[]*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectors `field:"optional" json:"clientSelectors" yaml:"clientSelectors"`
	// Cost specifies the cost of requests and responses for the rule.
	//
	// This is optional and if not specified, the default behavior is to reduce the rate limit counters by 1 on
	// the request path and do not reduce the rate limit counters on the response path.
	Cost *BackendTrafficPolicySpecRateLimitLocalRulesCost `field:"optional" json:"cost" yaml:"cost"`
	// ShadowMode indicates whether this rate-limit rule runs in shadow mode.
	//
	// When enabled, all rate-limiting operations are performed (cache lookups,
	// counter updates, telemetry generation), but the outcome is never enforced.
	// The request always succeeds, even if the configured limit is exceeded.
	//
	// Only supported for Global Rate Limits.
	ShadowMode *bool `field:"optional" json:"shadowMode" yaml:"shadowMode"`
	// Shared determines whether this rate limit rule applies across all the policy targets.
	//
	// If set to true, the rule is treated as a common bucket and is shared across all policy targets (xRoutes).
	// Default: false.
	Shared *bool `field:"optional" json:"shared" yaml:"shared"`
	// XRateLimitHeaders controls whether X-RateLimit response headers are emitted for this rate limit rule.
	//
	// When set, this overrides the global DisableRateLimitHeaders setting in ClientTrafficPolicy for this rule.
	// If not set, the rule inherits the listener-level setting (default behavior).
	XRateLimitHeaders BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders `field:"optional" json:"xRateLimitHeaders" yaml:"xRateLimitHeaders"`
}

