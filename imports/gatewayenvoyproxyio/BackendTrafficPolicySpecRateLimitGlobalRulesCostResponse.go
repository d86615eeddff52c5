package gatewayenvoyproxyio


// Response specifies the number to reduce the rate limit counters after the response is sent back to the client or the request stream is closed.
//
// The cost is used to reduce the rate limit counters for the matching requests.
// Since the reduction happens after the request stream is complete, the rate limit
// won't be enforced for the current request, but for the subsequent matching requests.
//
// This is optional and if not specified, the rate limit counters are not reduced
// on the response path.
//
// Currently, this is only supported for HTTP Global Rate Limits.
type BackendTrafficPolicySpecRateLimitGlobalRulesCostResponse struct {
	// From specifies where to get the rate limit cost.
	//
	// Currently, only "Number" and "Metadata" are supported.
	From BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom `field:"required" json:"from" yaml:"from"`
	// Metadata specifies the per-request metadata to retrieve the usage number from.
	Metadata *BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	// Number specifies the fixed usage number to reduce the rate limit counters.
	//
	// Using zero can be used to only check the rate limit counters without reducing them.
	Number *float64 `field:"optional" json:"number" yaml:"number"`
}

