package gatewayenvoyproxyio


// SamplingFraction represents the fraction of requests that should be selected for tracing if no prior sampling decision has been made.
type BackendTrafficPolicySpecTelemetryTracingSamplingFraction struct {
	Numerator *float64 `field:"required" json:"numerator" yaml:"numerator"`
	Denominator *float64 `field:"optional" json:"denominator" yaml:"denominator"`
}

