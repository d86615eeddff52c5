package gatewayenvoyproxyio


// StatusCodeMatch defines the configuration for matching a status code.
type BackendTrafficPolicySpecResponseOverrideMatchStatusCodes struct {
	// Type is the type of value.
	//
	// Valid values are Value and Range, default is Value.
	Type *string `field:"required" json:"type" yaml:"type"`
	// Range contains the range of status codes.
	Range *BackendTrafficPolicySpecResponseOverrideMatchStatusCodesRange `field:"optional" json:"range" yaml:"range"`
	// Value contains the value of the status code.
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

