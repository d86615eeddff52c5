package gatewayenvoyproxyio


// ResponseOverrideHeaderMatch defines the configuration for matching a response header.
type BackendTrafficPolicySpecResponseOverrideMatchResponseHeaders struct {
	// Name of the HTTP header.
	//
	// The header name is case-insensitive.
	// For example, "Foo" and "foo" are considered the same header.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Value within the HTTP header to match against.
	Value *BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValue `field:"required" json:"value" yaml:"value"`
}

