package gatewayenvoyproxyio


// Telemetry configures the telemetry settings for the policy target (Gateway or xRoute).
//
// This will override the telemetry settings in the EnvoyProxy resource.
type BackendTrafficPolicySpecTelemetry struct {
	// Metrics defines metrics configuration for the backend or Route.
	Metrics *BackendTrafficPolicySpecTelemetryMetrics `field:"optional" json:"metrics" yaml:"metrics"`
	// Tracing configures the tracing settings for the backend or HTTPRoute.
	//
	// This takes precedence over EnvoyProxy tracing when set.
	Tracing *BackendTrafficPolicySpecTelemetryTracing `field:"optional" json:"tracing" yaml:"tracing"`
}

