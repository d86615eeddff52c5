package gatewayenvoyproxyio


// ExpectedResponse defines a list of HTTP expected responses to match.
type BackendTrafficPolicySpecHealthCheckActiveHttpExpectedResponse struct {
	// Type defines the type of the payload.
	Type *string `field:"required" json:"type" yaml:"type"`
	// Binary payload base64 encoded.
	Binary *string `field:"optional" json:"binary" yaml:"binary"`
	// Text payload in plain text.
	Text *string `field:"optional" json:"text" yaml:"text"`
}

