package gatewayenvoyproxyio


// Cost specifies the cost of requests and responses for the rule.
//
// This is optional and if not specified, the default behavior is to reduce the rate limit counters by 1 on
// the request path and do not reduce the rate limit counters on the response path.
type BackendTrafficPolicySpecRateLimitGlobalRulesCost struct {
	// Request specifies the number to reduce the rate limit counters on the request path.
	//
	// If this is not specified, the default behavior
	// is to reduce the rate limit counters by 1.
	//
	// When Envoy receives a request that matches the rule, it tries to reduce the
	// rate limit counters by the specified number. If the counter doesn't have
	// enough capacity, the request is rate limited.
	Request *BackendTrafficPolicySpecRateLimitGlobalRulesCostRequest `field:"optional" json:"request" yaml:"request"`
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
	Response *BackendTrafficPolicySpecRateLimitGlobalRulesCostResponse `field:"optional" json:"response" yaml:"response"`
}

