package gatewayenvoyproxyio


// PerRetry is the retry policy to be applied per retry attempt.
type BackendTrafficPolicySpecRetryPerRetry struct {
	// Backoff is the backoff policy to be applied per retry attempt.
	//
	// gateway uses a fully jittered exponential
	// back-off algorithm for retries. For additional details,
	// see https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/router_filter#config-http-filters-router-x-envoy-max-retries
	BackOff *BackendTrafficPolicySpecRetryPerRetryBackOff `field:"optional" json:"backOff" yaml:"backOff"`
	// Timeout is the timeout per retry attempt.
	Timeout *string `field:"optional" json:"timeout" yaml:"timeout"`
}

