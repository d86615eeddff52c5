package gatewayenvoyproxyio


// ClientSamplingFraction represents the fraction of requests that should be selected for tracing when requested by the client.
//
// If unspecified, client-forced tracing is disabled by default and users must
// set this field to opt in.
type BackendTrafficPolicySpecTelemetryTracingClientSamplingFraction struct {
	Numerator *float64 `field:"required" json:"numerator" yaml:"numerator"`
	Denominator *float64 `field:"optional" json:"denominator" yaml:"denominator"`
}

