package gatewayenvoyproxyio


// Timeout settings for HTTP.
type BackendTrafficPolicySpecTimeoutHttp struct {
	// The idle timeout for an HTTP connection.
	//
	// Idle time is defined as a period in which there are no active requests in the connection.
	// Default: 1 hour.
	ConnectionIdleTimeout *string `field:"optional" json:"connectionIdleTimeout" yaml:"connectionIdleTimeout"`
	// The maximum duration of an HTTP connection.
	//
	// Default: unlimited.
	MaxConnectionDuration *string `field:"optional" json:"maxConnectionDuration" yaml:"maxConnectionDuration"`
	// MaxStreamDuration is the maximum duration for a stream to complete.
	//
	// This timeout measures the time
	// from when the request is sent until the response stream is fully consumed and does not apply to
	// non-streaming requests.
	// When set to "0s", no max duration is applied and streams can run indefinitely.
	MaxStreamDuration *string `field:"optional" json:"maxStreamDuration" yaml:"maxStreamDuration"`
	// RequestTimeout is the time until which entire response is received from the upstream.
	RequestTimeout *string `field:"optional" json:"requestTimeout" yaml:"requestTimeout"`
	// The stream idle timeout defines the amount of time a stream can exist without any upstream or downstream activity.
	//
	// If not specified, StreamIdleTimeout is inherited from the listener-level setting, which can be configured via ClientTrafficPolicy.
	StreamIdleTimeout *string `field:"optional" json:"streamIdleTimeout" yaml:"streamIdleTimeout"`
}

