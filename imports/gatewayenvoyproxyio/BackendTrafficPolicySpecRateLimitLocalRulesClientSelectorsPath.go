package gatewayenvoyproxyio


// Path is the request path to match.
//
// Support Exact, PathPrefix and RegularExpression match types.
type BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsPath struct {
	// Value specifies the HTTP path.
	Value *string `field:"required" json:"value" yaml:"value"`
	// Invert specifies whether the value match result will be inverted.
	Invert *bool `field:"optional" json:"invert" yaml:"invert"`
	// Type specifies how to match against the value of the path.
	Type BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsPathType `field:"optional" json:"type" yaml:"type"`
}

