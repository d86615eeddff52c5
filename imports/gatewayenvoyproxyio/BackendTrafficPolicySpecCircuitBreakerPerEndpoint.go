package gatewayenvoyproxyio


// PerEndpoint defines Circuit Breakers that will apply per-endpoint for an upstream cluster.
type BackendTrafficPolicySpecCircuitBreakerPerEndpoint struct {
	// MaxConnections configures the maximum number of connections that Envoy will establish per-endpoint to the referenced backend defined within a xRoute rule.
	MaxConnections *float64 `field:"optional" json:"maxConnections" yaml:"maxConnections"`
}

