package gatewayenvoyproxyio


// Circuit Breaker settings for the upstream connections and requests.
//
// If not set, circuit breakers will be enabled with the default thresholds.
type BackendTrafficPolicySpecCircuitBreaker struct {
	// The maximum number of connections that Envoy will establish to the referenced backend defined within a xRoute rule.
	MaxConnections *float64 `field:"optional" json:"maxConnections" yaml:"maxConnections"`
	// The maximum number of parallel requests that Envoy will make to the referenced backend defined within a xRoute rule.
	MaxParallelRequests *float64 `field:"optional" json:"maxParallelRequests" yaml:"maxParallelRequests"`
	// The maximum number of parallel retries that Envoy will make to the referenced backend defined within a xRoute rule.
	MaxParallelRetries *float64 `field:"optional" json:"maxParallelRetries" yaml:"maxParallelRetries"`
	// The maximum number of pending requests that Envoy will queue to the referenced backend defined within a xRoute rule.
	MaxPendingRequests *float64 `field:"optional" json:"maxPendingRequests" yaml:"maxPendingRequests"`
	// The maximum number of requests that Envoy will make over a single connection to the referenced backend defined within a xRoute rule.
	//
	// Default: unlimited.
	MaxRequestsPerConnection *float64 `field:"optional" json:"maxRequestsPerConnection" yaml:"maxRequestsPerConnection"`
	// PerEndpoint defines Circuit Breakers that will apply per-endpoint for an upstream cluster.
	PerEndpoint *BackendTrafficPolicySpecCircuitBreakerPerEndpoint `field:"optional" json:"perEndpoint" yaml:"perEndpoint"`
	// RetryBudget provides settings for retry budget, which limits the number of retries in a given percentage.
	//
	// RetryBudget take precedence over maxParallelRetries.
	RetryBudget *BackendTrafficPolicySpecCircuitBreakerRetryBudget `field:"optional" json:"retryBudget" yaml:"retryBudget"`
}

