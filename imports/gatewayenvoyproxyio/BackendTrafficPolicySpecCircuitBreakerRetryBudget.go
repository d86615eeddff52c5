package gatewayenvoyproxyio


// RetryBudget provides settings for retry budget, which limits the number of retries in a given percentage.
//
// RetryBudget take precedence over maxParallelRetries.
type BackendTrafficPolicySpecCircuitBreakerRetryBudget struct {
	// Percent specifies the limit on concurrent retries as a percentage [0, 100] of the sum of active requests and active pending requests.
	Percent *BackendTrafficPolicySpecCircuitBreakerRetryBudgetPercent `field:"required" json:"percent" yaml:"percent"`
	// MinRetryConcurrency specifies the minimum retry concurrency allowed for the retry budget.
	//
	// For example, a budget of 20% with a minimum retry concurrency of 3
	// will allow 5 active retries while there are 25 active requests.
	// If there are 2 active requests, there are still 3 active retries
	// allowed because of the minimum retry concurrency.
	// Defaults to 3.
	// Default: 3.
	//
	MinRetryConcurrency *float64 `field:"optional" json:"minRetryConcurrency" yaml:"minRetryConcurrency"`
}

