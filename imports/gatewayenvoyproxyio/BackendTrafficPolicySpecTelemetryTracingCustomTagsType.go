package gatewayenvoyproxyio


// Type defines the type of custom tag.
type BackendTrafficPolicySpecTelemetryTracingCustomTagsType string

const (
	// Literal.
	BackendTrafficPolicySpecTelemetryTracingCustomTagsType_LITERAL BackendTrafficPolicySpecTelemetryTracingCustomTagsType = "LITERAL"
	// Environment.
	BackendTrafficPolicySpecTelemetryTracingCustomTagsType_ENVIRONMENT BackendTrafficPolicySpecTelemetryTracingCustomTagsType = "ENVIRONMENT"
	// RequestHeader.
	BackendTrafficPolicySpecTelemetryTracingCustomTagsType_REQUEST_HEADER BackendTrafficPolicySpecTelemetryTracingCustomTagsType = "REQUEST_HEADER"
)

