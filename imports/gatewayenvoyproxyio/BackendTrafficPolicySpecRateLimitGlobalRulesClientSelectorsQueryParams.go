package gatewayenvoyproxyio


// QueryParamMatch defines the match attributes within the query parameters of the request.
type BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParams struct {
	// Name of the query parameter.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Invert specifies whether the value match result will be inverted.
	//
	// Do not set this field when Type="Distinct", implying matching on any/all unique
	// values within the query parameter.
	Invert *bool `field:"optional" json:"invert" yaml:"invert"`
	// Type specifies how to match against the value of the query parameter.
	Type BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParamsType `field:"optional" json:"type" yaml:"type"`
	// Value of the query parameter.
	//
	// Do not set this field when Type="Distinct", implying matching on any/all unique
	// values within the query parameter.
	Value *string `field:"optional" json:"value" yaml:"value"`
}

