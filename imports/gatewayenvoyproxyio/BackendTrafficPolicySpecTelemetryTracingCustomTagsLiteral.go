package gatewayenvoyproxyio


// Literal adds hard-coded value to each span.
//
// It's required when the type is "Literal".
type BackendTrafficPolicySpecTelemetryTracingCustomTagsLiteral struct {
	// Value defines the hard-coded value to add to each span.
	Value *string `field:"required" json:"value" yaml:"value"`
}

