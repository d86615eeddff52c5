package gatewayenvoyproxyio


// If specified, a delay will be injected into the request.
type BackendTrafficPolicySpecFaultInjectionDelay struct {
	// FixedDelay specifies the fixed delay duration.
	FixedDelay *string `field:"required" json:"fixedDelay" yaml:"fixedDelay"`
	// Percentage specifies the percentage of requests to be delayed.
	//
	// Default 100%, if set 0, no requests will be delayed. Accuracy to 0.0001%.
	Percentage *float64 `field:"optional" json:"percentage" yaml:"percentage"`
}

