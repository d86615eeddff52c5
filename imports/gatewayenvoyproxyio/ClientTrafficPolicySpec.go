package gatewayenvoyproxyio


// Spec defines the desired state of ClientTrafficPolicy.
type ClientTrafficPolicySpec struct {
	// ClientIPDetectionSettings provides configuration for determining the original client IP address for requests.
	ClientIpDetection *ClientTrafficPolicySpecClientIpDetection `field:"optional" json:"clientIpDetection" yaml:"clientIpDetection"`
	// Connection includes client connection settings.
	Connection *ClientTrafficPolicySpecConnection `field:"optional" json:"connection" yaml:"connection"`
	// EnableProxyProtocol interprets the ProxyProtocol header and adds the Client Address into the X-Forwarded-For header.
	//
	// Note Proxy Protocol must be present when this field is set, else the connection
	// is closed.
	//
	// Deprecated: Use ProxyProtocol instead.
	EnableProxyProtocol *bool `field:"optional" json:"enableProxyProtocol" yaml:"enableProxyProtocol"`
	// GRPC provides gRPC configuration on the listener.
	Grpc *ClientTrafficPolicySpecGrpc `field:"optional" json:"grpc" yaml:"grpc"`
	// HeaderSettings provides configuration for header management.
	Headers *ClientTrafficPolicySpecHeaders `field:"optional" json:"headers" yaml:"headers"`
	// HealthCheck provides configuration for determining whether the HTTP/HTTPS listener is healthy.
	HealthCheck *ClientTrafficPolicySpecHealthCheck `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	// HTTP1 provides HTTP/1 configuration on the listener.
	Http1 *ClientTrafficPolicySpecHttp1 `field:"optional" json:"http1" yaml:"http1"`
	// HTTP2 provides HTTP/2 configuration on the listener.
	Http2 *ClientTrafficPolicySpecHttp2 `field:"optional" json:"http2" yaml:"http2"`
	// HTTP3 provides HTTP/3 configuration on the listener.
	Http3 interface{} `field:"optional" json:"http3" yaml:"http3"`
	// Path enables managing how the incoming path set by clients can be normalized.
	Path *ClientTrafficPolicySpecPath `field:"optional" json:"path" yaml:"path"`
	// ProxyProtocol configures the Proxy Protocol settings.
	//
	// When configured,
	// the Proxy Protocol header will be interpreted and the Client Address
	// will be added into the X-Forwarded-For header.
	// If both EnableProxyProtocol and ProxyProtocol are set, ProxyProtocol takes precedence.
	ProxyProtocol *ClientTrafficPolicySpecProxyProtocol `field:"optional" json:"proxyProtocol" yaml:"proxyProtocol"`
	// Scheme configures how the :scheme pseudo-header is set for requests forwarded to backends.
	//
	// - Preserve (default): Preserves the :scheme from the original client request.
	// Use this when backends need to know the original client scheme for URL generation or redirects.
	//
	// - MatchBackend: Sets the :scheme to match the backend transport protocol.
	// If the backend uses TLS, the scheme is "https", otherwise "http".
	// Use this when backends require the scheme to match the actual transport protocol,
	// such as strictly HTTPS services that validate the :scheme header.
	Scheme ClientTrafficPolicySpecScheme `field:"optional" json:"scheme" yaml:"scheme"`
	// TargetRef is the name of the resource this policy is being attached to.
	//
	// This policy and the TargetRef MUST be in the same namespace for this
	// Policy to have effect
	//
	// Deprecated: use targetRefs/targetSelectors instead.
	TargetRef *ClientTrafficPolicySpecTargetRef `field:"optional" json:"targetRef" yaml:"targetRef"`
	// TargetRefs are the names of the Gateway resources this policy is being attached to.
	TargetRefs *[]*ClientTrafficPolicySpecTargetRefs `field:"optional" json:"targetRefs" yaml:"targetRefs"`
	// TargetSelectors allow targeting resources for this policy based on labels.
	TargetSelectors *[]*ClientTrafficPolicySpecTargetSelectors `field:"optional" json:"targetSelectors" yaml:"targetSelectors"`
	// TcpKeepalive settings associated with the downstream client connection.
	//
	// If defined, sets SO_KEEPALIVE on the listener socket to enable TCP Keepalives.
	// Disabled by default.
	TcpKeepalive *ClientTrafficPolicySpecTcpKeepalive `field:"optional" json:"tcpKeepalive" yaml:"tcpKeepalive"`
	// Timeout settings for the client connections.
	Timeout *ClientTrafficPolicySpecTimeout `field:"optional" json:"timeout" yaml:"timeout"`
	// TLS settings configure TLS termination settings with the downstream client.
	Tls *ClientTrafficPolicySpecTls `field:"optional" json:"tls" yaml:"tls"`
}

