package gatewayenvoyproxyio


// HeaderMatch defines the match attributes within the HTTP Headers of the request.
type BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsHeaders struct {
	// Name of the HTTP header.
	//
	// The header name is case-insensitive unless PreserveHeaderCase is set to true.
	// For example, "Foo" and "foo" are considered the same header.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Invert specifies whether the value match result will be inverted.
	//
	// Do not set this field when Type="Distinct", implying matching on any/all unique
	// values within the header.
	Invert *bool `field:"optional" json:"invert" yaml:"invert"`
	// Type specifies how to match against the value of the header.
	Type BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsHeadersType `field:"optional" json:"type" yaml:"type"`
	// Value within the HTTP header.
	//
	// Do not set this field when Type="Distinct", implying matching on any/all unique
	// values within the header.
	Value *string `field:"optional" json:"value" yaml:"value"`
}

