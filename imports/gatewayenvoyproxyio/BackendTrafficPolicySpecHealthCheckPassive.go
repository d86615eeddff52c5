package gatewayenvoyproxyio


// Passive passive check configuration.
type BackendTrafficPolicySpecHealthCheckPassive struct {
	// AlwaysEjectOneEndpoint defines whether at least one host should be ejected, regardless of MaxEjectionPercent.
	AlwaysEjectOneEndpoint *bool `field:"optional" json:"alwaysEjectOneEndpoint" yaml:"alwaysEjectOneEndpoint"`
	// BaseEjectionTime defines the base duration for which a host will be ejected on consecutive failures.
	BaseEjectionTime *string `field:"optional" json:"baseEjectionTime" yaml:"baseEjectionTime"`
	// Consecutive5xxErrors sets the number of consecutive 5xx errors triggering ejection.
	Consecutive5XxErrors *float64 `field:"optional" json:"consecutive5XxErrors" yaml:"consecutive5XxErrors"`
	// ConsecutiveGatewayErrors sets the number of consecutive gateway errors triggering ejection.
	ConsecutiveGatewayErrors *float64 `field:"optional" json:"consecutiveGatewayErrors" yaml:"consecutiveGatewayErrors"`
	// ConsecutiveLocalOriginFailures sets the number of consecutive local origin failures triggering ejection.
	//
	// Parameter takes effect only when split_external_local_origin_errors is set to true.
	ConsecutiveLocalOriginFailures *float64 `field:"optional" json:"consecutiveLocalOriginFailures" yaml:"consecutiveLocalOriginFailures"`
	// FailurePercentageThreshold sets the failure percentage threshold for outlier detection.
	//
	// If the failure percentage of a given host is greater than or equal to this value, it will be ejected.
	// Defaults to 85.
	// Default: 85.
	//
	FailurePercentageThreshold *float64 `field:"optional" json:"failurePercentageThreshold" yaml:"failurePercentageThreshold"`
	// Interval defines the time between passive health checks.
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// MaxEjectionPercent sets the maximum percentage of hosts in a cluster that can be ejected.
	MaxEjectionPercent *float64 `field:"optional" json:"maxEjectionPercent" yaml:"maxEjectionPercent"`
	// SplitExternalLocalOriginErrors enables splitting of errors between external and local origin.
	SplitExternalLocalOriginErrors *bool `field:"optional" json:"splitExternalLocalOriginErrors" yaml:"splitExternalLocalOriginErrors"`
}

