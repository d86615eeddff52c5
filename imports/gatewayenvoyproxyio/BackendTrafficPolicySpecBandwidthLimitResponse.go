package gatewayenvoyproxyio


// Response configures bandwidth limits for traffic sent from the backend.
type BackendTrafficPolicySpecBandwidthLimitResponse struct {
	// Limit specifies the bandwidth limit as a bytes-per-unit throughput rate.
	Limit *BackendTrafficPolicySpecBandwidthLimitResponseLimit `field:"required" json:"limit" yaml:"limit"`
	// ResponseTrailers configures the trailer headers appended to responses when bandwidth limiting introduces delays.
	ResponseTrailers *BackendTrafficPolicySpecBandwidthLimitResponseResponseTrailers `field:"optional" json:"responseTrailers" yaml:"responseTrailers"`
}

