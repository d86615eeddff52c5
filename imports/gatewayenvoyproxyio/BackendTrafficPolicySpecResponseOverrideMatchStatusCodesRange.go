package gatewayenvoyproxyio


// Range contains the range of status codes.
type BackendTrafficPolicySpecResponseOverrideMatchStatusCodesRange struct {
	// End of the range, including the end value.
	End *float64 `field:"required" json:"end" yaml:"end"`
	// Start of the range, including the start value.
	Start *float64 `field:"required" json:"start" yaml:"start"`
}

