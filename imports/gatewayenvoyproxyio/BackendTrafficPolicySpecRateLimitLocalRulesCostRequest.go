package gatewayenvoyproxyio


// Request specifies the number to reduce the rate limit counters on the request path.
//
// If this is not specified, the default behavior
// is to reduce the rate limit counters by 1.
//
// When Envoy receives a request that matches the rule, it tries to reduce the
// rate limit counters by the specified number. If the counter doesn't have
// enough capacity, the request is rate limited.
type BackendTrafficPolicySpecRateLimitLocalRulesCostRequest struct {
	// From specifies where to get the rate limit cost.
	//
	// Currently, only "Number" and "Metadata" are supported.
	From BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom `field:"required" json:"from" yaml:"from"`
	// Metadata specifies the per-request metadata to retrieve the usage number from.
	Metadata *BackendTrafficPolicySpecRateLimitLocalRulesCostRequestMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	// Number specifies the fixed usage number to reduce the rate limit counters.
	//
	// Using zero can be used to only check the rate limit counters without reducing them.
	Number *float64 `field:"optional" json:"number" yaml:"number"`
}

