package gatewayenvoyproxyio


// AdmissionControl defines the admission control policy to be applied.
//
// This configuration
// probabilistically rejects requests based on the success rate of previous requests in a
// configurable sliding time window.
type BackendTrafficPolicySpecAdmissionControl struct {
	// MaxRejectionPercent represents the upper limit of the rejection probability, expressed as a percentage in the range [0, 100].
	//
	// Defaults to 80 if not specified.
	// Default: 80 if not specified.
	//
	MaxRejectionPercent *float64 `field:"optional" json:"maxRejectionPercent" yaml:"maxRejectionPercent"`
	// MinRequestRate defines the minimum requests per second below which requests will pass through the filter without rejection.
	//
	// Defaults to 0 if not specified.
	// Default: 0 if not specified.
	//
	MinRequestRate *float64 `field:"optional" json:"minRequestRate" yaml:"minRequestRate"`
	// MinSuccessRate is the lowest request success rate, as a percentage in the range [1, 100], at which the filter will not reject requests.
	//
	// Defaults to 95 if
	// not specified. Envoy rejects values below 1%, so values lower than 1 are not allowed.
	// Default: 95 if.
	//
	MinSuccessRate *float64 `field:"optional" json:"minSuccessRate" yaml:"minSuccessRate"`
	// RejectionAggression controls how steeply the rejection probability rises as the observed success rate falls below MinSuccessRate.
	//
	// A value of 1
	// produces a linear curve; higher values reject more aggressively for a
	// given drop in success rate. Must be greater than 0; values below 1 are
	// clamped to 1. Defaults to 1.
	// Default: 1.
	//
	RejectionAggression *float64 `field:"optional" json:"rejectionAggression" yaml:"rejectionAggression"`
	// SamplingWindow defines the time window over which request success rates are calculated.
	//
	// Must be at least 1s; Envoy truncates the window to whole seconds and uses it as the
	// denominator in RPS calculations, so sub-second values would produce a zero denominator.
	// Defaults to 30s if not specified.
	// Default: 30s if not specified.
	//
	SamplingWindow *string `field:"optional" json:"samplingWindow" yaml:"samplingWindow"`
	// SuccessCriteria defines what constitutes a successful request for both HTTP and gRPC.
	SuccessCriteria *BackendTrafficPolicySpecAdmissionControlSuccessCriteria `field:"optional" json:"successCriteria" yaml:"successCriteria"`
}

