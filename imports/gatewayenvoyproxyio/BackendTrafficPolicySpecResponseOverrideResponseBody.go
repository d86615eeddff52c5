package gatewayenvoyproxyio


// Body of the Custom Response Supports Envoy command operators for dynamic content (see https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#command-operators).
type BackendTrafficPolicySpecResponseOverrideResponseBody struct {
	// Type is the type of method to use to read the body value.
	//
	// Valid values are Inline and ValueRef, default is Inline.
	Type *string `field:"required" json:"type" yaml:"type"`
	// Inline contains the value as an inline string.
	Inline *string `field:"optional" json:"inline" yaml:"inline"`
	// ValueRef contains the contents of the body specified as a local object reference. Only a reference to ConfigMap is supported.
	//
	// The value of key `response.body` in the ConfigMap will be used as the response body.
	// If the key is not found, the first value in the ConfigMap will be used.
	ValueRef *BackendTrafficPolicySpecResponseOverrideResponseBodyValueRef `field:"optional" json:"valueRef" yaml:"valueRef"`
}

