package gatewayenvoyproxyio


// StringMatch defines how to match any strings.
//
// This is a general purpose match condition that can be used by other EG APIs
// that need to match against a string.
type ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatch struct {
	// Value specifies the string value that the match must have.
	Value *string `field:"required" json:"value" yaml:"value"`
	// Type specifies how to match against a string.
	Type ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatchType `field:"optional" json:"type" yaml:"type"`
}

