package gatewayenvoyproxyio


// HTTP2 provides HTTP/2 configuration for backend connections.
type BackendTrafficPolicySpecHttp2 struct {
	// ConnectionKeepalive configures HTTP/2 connection keepalive using PING frames.
	ConnectionKeepalive *BackendTrafficPolicySpecHttp2ConnectionKeepalive `field:"optional" json:"connectionKeepalive" yaml:"connectionKeepalive"`
	// InitialConnectionWindowSize sets the initial window size for HTTP/2 connections.
	//
	// If not set, the default value is 1 MiB.
	InitialConnectionWindowSize BackendTrafficPolicySpecHttp2InitialConnectionWindowSize `field:"optional" json:"initialConnectionWindowSize" yaml:"initialConnectionWindowSize"`
	// InitialStreamWindowSize sets the initial window size for HTTP/2 streams.
	//
	// If not set, the default value is 64 KiB(64*1024).
	InitialStreamWindowSize BackendTrafficPolicySpecHttp2InitialStreamWindowSize `field:"optional" json:"initialStreamWindowSize" yaml:"initialStreamWindowSize"`
	// MaxConcurrentStreams sets the maximum number of concurrent streams allowed per connection.
	//
	// If not set, the default value is 100.
	MaxConcurrentStreams *float64 `field:"optional" json:"maxConcurrentStreams" yaml:"maxConcurrentStreams"`
	// OnInvalidMessage determines if Envoy will terminate the connection or just the offending stream in the event of HTTP messaging error It's recommended for L2 Envoy deployments to set this value to TerminateStream.
	//
	// https://www.envoyproxy.io/docs/envoy/latest/configuration/best_practices/level_two
	// Default: TerminateConnection.
	OnInvalidMessage *string `field:"optional" json:"onInvalidMessage" yaml:"onInvalidMessage"`
}

