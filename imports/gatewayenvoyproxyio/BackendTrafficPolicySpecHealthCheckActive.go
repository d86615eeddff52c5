package gatewayenvoyproxyio


// Active health check configuration.
type BackendTrafficPolicySpecHealthCheckActive struct {
	// Type defines the type of health checker.
	Type *string `field:"required" json:"type" yaml:"type"`
	// GRPC defines the configuration of the GRPC health checker.
	//
	// It's optional, and can only be used if the specified type is GRPC.
	Grpc *BackendTrafficPolicySpecHealthCheckActiveGrpc `field:"optional" json:"grpc" yaml:"grpc"`
	// HealthCheckLog defines health check event logging configuration for this cluster.
	//
	// When set, HC probe outcomes are logged to the configured sinks.
	// Takes precedence over the gateway-level EnvoyProxy.spec.telemetry.healthCheckLog.
	HealthCheckLog *BackendTrafficPolicySpecHealthCheckActiveHealthCheckLog `field:"optional" json:"healthCheckLog" yaml:"healthCheckLog"`
	// HealthyThreshold defines the number of healthy health checks required before a backend host is marked healthy.
	HealthyThreshold *float64 `field:"optional" json:"healthyThreshold" yaml:"healthyThreshold"`
	// HTTP defines the configuration of http health checker.
	//
	// It's required while the health checker type is HTTP.
	Http *BackendTrafficPolicySpecHealthCheckActiveHttp `field:"optional" json:"http" yaml:"http"`
	// InitialJitter defines the maximum time Envoy will wait before the first health check.
	//
	// Envoy will randomly select a value between 0 and the initial jitter value.
	InitialJitter *string `field:"optional" json:"initialJitter" yaml:"initialJitter"`
	// Interval defines the time between active health checks.
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// Overrides defines the configuration of the overriding health check settings for all endpoints in the backend cluster.
	//
	// This allows customization of port and other settings that may differ
	// from the main service configuration.
	Overrides *BackendTrafficPolicySpecHealthCheckActiveOverrides `field:"optional" json:"overrides" yaml:"overrides"`
	// TCP defines the configuration of tcp health checker.
	//
	// It's required while the health checker type is TCP.
	Tcp *BackendTrafficPolicySpecHealthCheckActiveTcp `field:"optional" json:"tcp" yaml:"tcp"`
	// Timeout defines the time to wait for a health check response.
	Timeout *string `field:"optional" json:"timeout" yaml:"timeout"`
	// UnhealthyThreshold defines the number of unhealthy health checks required before a backend host is marked unhealthy.
	//
	// Without RetriableStatuses configured, any health check failure results in the host being immediately
	// considered unhealthy. When RetriableStatuses is set, health checks returning those statuses are retried
	// up to this threshold before the host is marked unhealthy.
	UnhealthyThreshold *float64 `field:"optional" json:"unhealthyThreshold" yaml:"unhealthyThreshold"`
}

