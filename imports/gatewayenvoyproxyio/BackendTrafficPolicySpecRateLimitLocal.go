package gatewayenvoyproxyio


// Local defines local rate limit configuration.
type BackendTrafficPolicySpecRateLimitLocal struct {
	// Rules are a list of RateLimit selectors and limits.
	//
	// If a request matches
	// multiple rules, the strictest limit is applied. For example, if a request
	// matches two rules, one with 10rps and one with 20rps, the final limit will
	// be based on the rule with 10rps.
	Rules *[]*BackendTrafficPolicySpecRateLimitLocalRules `field:"optional" json:"rules" yaml:"rules"`
}

