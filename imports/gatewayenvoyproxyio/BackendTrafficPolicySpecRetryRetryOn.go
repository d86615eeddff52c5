package gatewayenvoyproxyio


// RetryOn specifies the retry trigger condition.
//
// If not specified, the default is to retry on connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes(503).
type BackendTrafficPolicySpecRetryRetryOn struct {
	// HttpStatusCodes specifies the http status codes to be retried.
	//
	// The retriable-status-codes trigger must also be configured for these status codes to trigger a retry.
	HttpStatusCodes *[]*float64 `field:"optional" json:"httpStatusCodes" yaml:"httpStatusCodes"`
	// Triggers specifies the retry trigger condition(Http/Grpc).
	Triggers *[]BackendTrafficPolicySpecRetryRetryOnTriggers `field:"optional" json:"triggers" yaml:"triggers"`
}

