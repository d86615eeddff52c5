package gatewayenvoyproxyio


// Value within the HTTP header to match against.
type BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValue struct {
	// Value specifies the string value that the match must have.
	Value *string `field:"required" json:"value" yaml:"value"`
	// Type specifies how to match against a string.
	Type BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValueType `field:"optional" json:"type" yaml:"type"`
}

