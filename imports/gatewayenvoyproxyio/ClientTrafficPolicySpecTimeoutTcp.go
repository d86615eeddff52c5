package gatewayenvoyproxyio


// Timeout settings for TCP.
type ClientTrafficPolicySpecTimeoutTcp struct {
	// ConnectionInspectionTimeout is the maximum time to wait for initial inspection (TLS / SNI and protocol detection, or HTTP protocol parsing) of an incoming connection on the listener socket.
	//
	// If exceeded, the connection is dropped.
	// Default: 15 seconds.
	ConnectionInspectionTimeout *string `field:"optional" json:"connectionInspectionTimeout" yaml:"connectionInspectionTimeout"`
	// IdleTimeout for a TCP connection.
	//
	// Idle time is defined as a period in which there are no
	// bytes sent or received on either the upstream or downstream connection.
	// Default: 1 hour.
	IdleTimeout *string `field:"optional" json:"idleTimeout" yaml:"idleTimeout"`
	// TLSHandshakeTimeout for a TCP connection.
	//
	// The maximum time to complete transport level connection negotiation
	// (e.g. the TLS handshake) after a connection is accepted.
	// If this expires before the transport reports connection establishment, the connection is summarily closed.
	TlsHandshakeTimeout *string `field:"optional" json:"tlsHandshakeTimeout" yaml:"tlsHandshakeTimeout"`
}

