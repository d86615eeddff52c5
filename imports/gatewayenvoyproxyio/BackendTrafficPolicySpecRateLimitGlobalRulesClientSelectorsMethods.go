package gatewayenvoyproxyio


// MethodMatch defines the matching criteria for the HTTP method of a request.
type BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethods struct {
	// Value specifies the HTTP method.
	Value BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue `field:"required" json:"value" yaml:"value"`
	// Invert specifies whether the value match result will be inverted.
	Invert *bool `field:"optional" json:"invert" yaml:"invert"`
}

