package gatewayenvoyproxyio


// HealthCheckLog defines health check event logging configuration for this cluster.
//
// When set, HC probe outcomes are logged to the configured sinks.
// Takes precedence over the gateway-level EnvoyProxy.spec.telemetry.healthCheckLog.
type BackendTrafficPolicySpecHealthCheckActiveHealthCheckLog struct {
	// Matches defines which health check probe outcomes produce a log entry. When omitted or empty, all events are logged.
	//
	// Each value must be unique. Multiple values are ORed. If any failure type is
	// specified then a success type must also be specified, and vice versa.
	Matches *[]BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogMatches `field:"optional" json:"matches" yaml:"matches"`
	// Sinks defines where health check events are written.
	//
	// When omitted, events are written to /dev/stdout.
	Sinks *[]*BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinks `field:"optional" json:"sinks" yaml:"sinks"`
}

