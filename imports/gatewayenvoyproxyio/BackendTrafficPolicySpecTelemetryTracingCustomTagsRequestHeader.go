package gatewayenvoyproxyio


// RequestHeader adds value from request header to each span.
//
// It's required when the type is "RequestHeader".
type BackendTrafficPolicySpecTelemetryTracingCustomTagsRequestHeader struct {
	// Name defines the name of the request header which to extract the value from.
	Name *string `field:"required" json:"name" yaml:"name"`
	// DefaultValue defines the default value to use if the request header is not set.
	DefaultValue *string `field:"optional" json:"defaultValue" yaml:"defaultValue"`
}

