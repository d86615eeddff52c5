package gatewayenvoyproxyio


// Timeout settings for HTTP.
type ClientTrafficPolicySpecTimeoutHttp struct {
	// IdleTimeout for an HTTP connection.
	//
	// Idle time is defined as a period in which there are no active requests in the connection.
	// Default: 1 hour.
	IdleTimeout *string `field:"optional" json:"idleTimeout" yaml:"idleTimeout"`
	// RequestHeadersReceivedTimeout is the duration envoy waits for the request headers to arrive.
	//
	// The timer is activated when the first byte of the headers is received,
	// and is disarmed when the last byte of the headers has been received.
	// If not specified or set to 0, this timeout is disabled.
	RequestHeadersReceivedTimeout *string `field:"optional" json:"requestHeadersReceivedTimeout" yaml:"requestHeadersReceivedTimeout"`
	// RequestReceivedTimeout is the duration envoy waits for the complete request reception.
	//
	// This timer starts upon request
	// initiation and stops when either the last byte of the request is sent upstream or when the response begins.
	RequestReceivedTimeout *string `field:"optional" json:"requestReceivedTimeout" yaml:"requestReceivedTimeout"`
	// The stream idle timeout defines the amount of time a stream can exist without any upstream or downstream activity.
	//
	// Default: 5 minutes.
	StreamIdleTimeout *string `field:"optional" json:"streamIdleTimeout" yaml:"streamIdleTimeout"`
}

