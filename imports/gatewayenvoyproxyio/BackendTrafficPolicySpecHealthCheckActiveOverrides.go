package gatewayenvoyproxyio


// Overrides defines the configuration of the overriding health check settings for all endpoints in the backend cluster.
//
// This allows customization of port and other settings that may differ
// from the main service configuration.
type BackendTrafficPolicySpecHealthCheckActiveOverrides struct {
	// Port overrides the health check port.
	//
	// If not set, the endpoint's serving port is used for health checks.
	// This is useful when health checks are served on a different port than
	// the main service port (e.g., port 443 for service, port 9090 for health checks).
	Port *float64 `field:"optional" json:"port" yaml:"port"`
}

