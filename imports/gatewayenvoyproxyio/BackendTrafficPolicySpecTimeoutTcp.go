package gatewayenvoyproxyio


// Timeout settings for TCP.
type BackendTrafficPolicySpecTimeoutTcp struct {
	// The timeout for network connection establishment, including TCP and TLS handshakes.
	//
	// Default: 10 seconds.
	ConnectTimeout *string `field:"optional" json:"connectTimeout" yaml:"connectTimeout"`
}

