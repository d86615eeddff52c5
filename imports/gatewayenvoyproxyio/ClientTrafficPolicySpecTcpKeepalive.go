package gatewayenvoyproxyio


// TcpKeepalive settings associated with the downstream client connection.
//
// If defined, sets SO_KEEPALIVE on the listener socket to enable TCP Keepalives.
// Disabled by default.
type ClientTrafficPolicySpecTcpKeepalive struct {
	// The duration a connection needs to be idle before keep-alive probes start being sent.
	//
	// The duration format is
	// Defaults to `7200s`.
	// Default: 7200s`.
	//
	IdleTime *string `field:"optional" json:"idleTime" yaml:"idleTime"`
	// The duration between keep-alive probes.
	//
	// Defaults to `75s`.
	// Default: 75s`.
	//
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// The total number of unacknowledged probes to send before deciding the connection is dead.
	//
	// Defaults to 9.
	// Default: 9.
	//
	Probes *float64 `field:"optional" json:"probes" yaml:"probes"`
}

