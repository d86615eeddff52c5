package gatewayenvoyproxyio


// Retry provides more advanced usage, allowing users to customize the number of retries, retry fallback strategy, and retry triggering conditions.
//
// If not set, retry will be disabled.
type BackendTrafficPolicySpecRetry struct {
	// NumAttemptsPerPriority defines the number of requests (initial attempt + retries) that should be sent to the same priority before switching to a different one.
	//
	// If not specified or set to 0, all requests are sent to the highest priority that is healthy.
	NumAttemptsPerPriority *float64 `field:"optional" json:"numAttemptsPerPriority" yaml:"numAttemptsPerPriority"`
	// NumRetries is the number of retries to be attempted.
	//
	// Defaults to 2.
	// Default: 2.
	//
	NumRetries *float64 `field:"optional" json:"numRetries" yaml:"numRetries"`
	// PerRetry is the retry policy to be applied per retry attempt.
	PerRetry *BackendTrafficPolicySpecRetryPerRetry `field:"optional" json:"perRetry" yaml:"perRetry"`
	// RetryOn specifies the retry trigger condition.
	//
	// If not specified, the default is to retry on connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes(503).
	RetryOn *BackendTrafficPolicySpecRetryRetryOn `field:"optional" json:"retryOn" yaml:"retryOn"`
}

