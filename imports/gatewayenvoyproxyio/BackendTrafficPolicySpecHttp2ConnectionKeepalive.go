package gatewayenvoyproxyio


// ConnectionKeepalive configures HTTP/2 connection keepalive using PING frames.
type BackendTrafficPolicySpecHttp2ConnectionKeepalive struct {
	// IdleInterval specifies how long a connection must be idle before a PING is sent.
	IdleInterval *string `field:"optional" json:"idleInterval" yaml:"idleInterval"`
	// Interval specifies how often to send HTTP/2 PING frames to keep the connection alive.
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// IntervalJitter specifies a random jitter percentage added to each interval.
	//
	// Defaults to 15% if not specified.
	// Default: 15% if not specified.
	//
	IntervalJitter *float64 `field:"optional" json:"intervalJitter" yaml:"intervalJitter"`
	// Timeout specifies how long to wait for a PING response before considering the connection dead.
	Timeout *string `field:"optional" json:"timeout" yaml:"timeout"`
}

