package gatewayenvoyproxyio


// Backoff is the backoff policy to be applied per retry attempt.
//
// gateway uses a fully jittered exponential
// back-off algorithm for retries. For additional details,
// see https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/router_filter#config-http-filters-router-x-envoy-max-retries
type BackendTrafficPolicySpecRetryPerRetryBackOff struct {
	// BaseInterval is the base interval between retries.
	BaseInterval *string `field:"optional" json:"baseInterval" yaml:"baseInterval"`
	// MaxInterval is the maximum interval between retries.
	//
	// This parameter is optional, but must be greater than or equal to the base_interval if set.
	// The default is 10 times the base_interval.
	MaxInterval *string `field:"optional" json:"maxInterval" yaml:"maxInterval"`
}

