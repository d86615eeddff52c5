package gatewayenvoyproxyio


// TCP defines the configuration of tcp health checker.
//
// It's required while the health checker type is TCP.
type BackendTrafficPolicySpecHealthCheckActiveTcp struct {
	// Receive defines the expected response payload.
	Receive *BackendTrafficPolicySpecHealthCheckActiveTcpReceive `field:"optional" json:"receive" yaml:"receive"`
	// Send defines the request payload.
	Send *BackendTrafficPolicySpecHealthCheckActiveTcpSend `field:"optional" json:"send" yaml:"send"`
}

