package gatewayenvoyproxyio


// BandwidthLimit allows the user to limit the bandwidth of traffic sent to and received from the backend.
type BackendTrafficPolicySpecBandwidthLimit struct {
	// Request configures bandwidth limits for traffic sent to the backend.
	Request *BackendTrafficPolicySpecBandwidthLimitRequest `field:"optional" json:"request" yaml:"request"`
	// Response configures bandwidth limits for traffic sent from the backend.
	Response *BackendTrafficPolicySpecBandwidthLimitResponse `field:"optional" json:"response" yaml:"response"`
}

