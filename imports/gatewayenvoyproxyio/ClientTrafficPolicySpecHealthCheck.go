package gatewayenvoyproxyio


// HealthCheck provides configuration for determining whether the HTTP/HTTPS listener is healthy.
type ClientTrafficPolicySpecHealthCheck struct {
	// Path specifies the HTTP path to match on for health check requests.
	Path *string `field:"required" json:"path" yaml:"path"`
}

