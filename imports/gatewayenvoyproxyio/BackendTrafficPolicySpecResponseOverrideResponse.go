package gatewayenvoyproxyio


// Response configuration.
type BackendTrafficPolicySpecResponseOverrideResponse struct {
	// Body of the Custom Response Supports Envoy command operators for dynamic content (see https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#command-operators).
	Body *BackendTrafficPolicySpecResponseOverrideResponseBody `field:"optional" json:"body" yaml:"body"`
	// Content Type of the response.
	//
	// This will be set in the Content-Type header.
	ContentType *string `field:"optional" json:"contentType" yaml:"contentType"`
	// Header defines headers to add, set or remove from the response.
	//
	// This allows the response policy to append, add or override headers
	// of the final response before it is sent to a downstream client.
	// Note: Header removal is not supported for responseOverride.
	Header *BackendTrafficPolicySpecResponseOverrideResponseHeader `field:"optional" json:"header" yaml:"header"`
	// Status Code of the Custom Response If unset, does not override the status of response.
	StatusCode *float64 `field:"optional" json:"statusCode" yaml:"statusCode"`
}

