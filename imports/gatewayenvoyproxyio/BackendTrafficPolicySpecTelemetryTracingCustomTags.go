package gatewayenvoyproxyio


type BackendTrafficPolicySpecTelemetryTracingCustomTags struct {
	// Type defines the type of custom tag.
	Type BackendTrafficPolicySpecTelemetryTracingCustomTagsType `field:"required" json:"type" yaml:"type"`
	// Environment adds value from environment variable to each span.
	//
	// It's required when the type is "Environment".
	Environment *BackendTrafficPolicySpecTelemetryTracingCustomTagsEnvironment `field:"optional" json:"environment" yaml:"environment"`
	// Literal adds hard-coded value to each span.
	//
	// It's required when the type is "Literal".
	Literal *BackendTrafficPolicySpecTelemetryTracingCustomTagsLiteral `field:"optional" json:"literal" yaml:"literal"`
	// RequestHeader adds value from request header to each span.
	//
	// It's required when the type is "RequestHeader".
	RequestHeader *BackendTrafficPolicySpecTelemetryTracingCustomTagsRequestHeader `field:"optional" json:"requestHeader" yaml:"requestHeader"`
}

