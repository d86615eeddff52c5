package gatewayenvoyproxyio


// Request configures bandwidth limits for traffic sent to the backend.
type BackendTrafficPolicySpecBandwidthLimitRequest struct {
	// Limit specifies the bandwidth limit as a bytes-per-unit throughput rate.
	Limit *BackendTrafficPolicySpecBandwidthLimitRequestLimit `field:"required" json:"limit" yaml:"limit"`
}

