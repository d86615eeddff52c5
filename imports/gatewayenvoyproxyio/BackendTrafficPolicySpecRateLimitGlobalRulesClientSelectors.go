package gatewayenvoyproxyio


// RateLimitSelectCondition specifies the attributes within the traffic flow that can be used to select a subset of clients to be ratelimited.
//
// All the individual conditions must hold True for the overall condition to hold True.
// And, at least one of headers or methods or path or sourceCIDR or queryParams condition must be specified.
type BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectors struct {
	// Headers is a list of request headers to match.
	//
	// Multiple header values are ANDed together,
	// meaning, a request MUST match all the specified headers.
	Headers *[]*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Methods is a list of request methods to match.
	//
	// Multiple method values are ORed together,
	// meaning, a request can match any one of the specified methods. If not specified, it matches all methods.
	Methods *[]*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethods `field:"optional" json:"methods" yaml:"methods"`
	// Path is the request path to match.
	//
	// Support Exact, PathPrefix and RegularExpression match types.
	Path *BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsPath `field:"optional" json:"path" yaml:"path"`
	// QueryParams is a list of query parameters to match.
	//
	// Multiple query parameter values are ANDed together,
	// meaning, a request MUST match all the specified query parameters.
	QueryParams *[]*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParams `field:"optional" json:"queryParams" yaml:"queryParams"`
	// SourceCIDR is the client IP Address range to match on.
	SourceCidr *BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsSourceCidr `field:"optional" json:"sourceCidr" yaml:"sourceCidr"`
}

