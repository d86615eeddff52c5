package gatewayenvoyproxyio


// Percent specifies the limit on concurrent retries as a percentage [0, 100] of the sum of active requests and active pending requests.
type BackendTrafficPolicySpecCircuitBreakerRetryBudgetPercent struct {
	Numerator *float64 `field:"required" json:"numerator" yaml:"numerator"`
	Denominator *float64 `field:"optional" json:"denominator" yaml:"denominator"`
}

