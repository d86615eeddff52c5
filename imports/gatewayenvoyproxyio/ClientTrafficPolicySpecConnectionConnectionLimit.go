package gatewayenvoyproxyio


// ConnectionLimit defines limits related to connections.
type ClientTrafficPolicySpecConnectionConnectionLimit struct {
	// CloseDelay defines the delay to use before closing connections that are rejected once the limit value is reached.
	//
	// Default: none.
	CloseDelay *string `field:"optional" json:"closeDelay" yaml:"closeDelay"`
	// MaxConnectionDuration is the maximum amount of time a connection can remain established (usually via TCP/HTTP Keepalive packets) before being drained and/or closed.
	//
	// If not specified, there is no limit.
	MaxConnectionDuration *string `field:"optional" json:"maxConnectionDuration" yaml:"maxConnectionDuration"`
	// MaxRequestsPerConnection defines the maximum number of requests allowed over a single connection.
	//
	// If not specified, there is no limit. Setting this parameter to 1 will effectively disable keep alive.
	MaxRequestsPerConnection *float64 `field:"optional" json:"maxRequestsPerConnection" yaml:"maxRequestsPerConnection"`
	// MaxStreamDuration is the maximum amount of time to keep alive an http stream.
	//
	// When the limit is reached
	// the stream will be reset independent of any other timeouts. If not specified, no value is set.
	MaxStreamDuration *string `field:"optional" json:"maxStreamDuration" yaml:"maxStreamDuration"`
	// Value of the maximum concurrent connections limit.
	//
	// When the limit is reached, incoming connections will be closed after the CloseDelay duration.
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

