package gatewayenvoyproxyio


// HealthCheck allows gateway to perform active health checking on backends.
type BackendTrafficPolicySpecHealthCheck struct {
	// Active health check configuration.
	Active *BackendTrafficPolicySpecHealthCheckActive `field:"optional" json:"active" yaml:"active"`
	// When number of unhealthy endpoints for a backend reaches this threshold Envoy will disregard health status and balance across all endpoints.
	//
	// It's designed to prevent a situation in which host failures cascade throughout the cluster
	// as load increases. If not set, the default value is 50%. To disable panic mode, set value to `0`.
	PanicThreshold *float64 `field:"optional" json:"panicThreshold" yaml:"panicThreshold"`
	// Passive passive check configuration.
	Passive *BackendTrafficPolicySpecHealthCheckPassive `field:"optional" json:"passive" yaml:"passive"`
}

