package gatewayenvoyproxyio


// OverallSamplingFraction represents the fraction of requests that should be selected for tracing after all other sampling checks have been applied.
type BackendTrafficPolicySpecTelemetryTracingOverallSamplingFraction struct {
	Numerator *float64 `field:"required" json:"numerator" yaml:"numerator"`
	Denominator *float64 `field:"optional" json:"denominator" yaml:"denominator"`
}

