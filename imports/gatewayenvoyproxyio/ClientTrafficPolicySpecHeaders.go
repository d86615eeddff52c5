package gatewayenvoyproxyio


// HeaderSettings provides configuration for header management.
type ClientTrafficPolicySpecHeaders struct {
	// DisableRateLimitHeaders configures Envoy Proxy to omit the "X-RateLimit-" response headers when rate limiting is enabled.
	DisableRateLimitHeaders *bool `field:"optional" json:"disableRateLimitHeaders" yaml:"disableRateLimitHeaders"`
	// EarlyRequestHeaders defines settings for early request header modification, before envoy performs routing, tracing and built-in header manipulation.
	EarlyRequestHeaders *ClientTrafficPolicySpecHeadersEarlyRequestHeaders `field:"optional" json:"earlyRequestHeaders" yaml:"earlyRequestHeaders"`
	// EnableEnvoyHeaders configures Envoy Proxy to add the "X-Envoy-" headers to requests and responses.
	EnableEnvoyHeaders *bool `field:"optional" json:"enableEnvoyHeaders" yaml:"enableEnvoyHeaders"`
	// Host enables managing how the Host/Authority header set by clients can be normalized.
	Host *ClientTrafficPolicySpecHeadersHost `field:"optional" json:"host" yaml:"host"`
	// LateResponseHeaders defines settings for global response header modification.
	LateResponseHeaders *ClientTrafficPolicySpecHeadersLateResponseHeaders `field:"optional" json:"lateResponseHeaders" yaml:"lateResponseHeaders"`
	// PreserveXRequestID configures Envoy to keep the X-Request-ID header if passed for a request that is edge (Edge request is the request from external clients to front Envoy) and not reset it, which is the current Envoy behaviour.
	//
	// Defaults to false and cannot be combined with RequestID.
	//
	// Deprecated: use RequestID=PreserveOrGenerate instead.
	// Default: false and cannot be combined with RequestID.
	//
	PreserveXRequestId *bool `field:"optional" json:"preserveXRequestId" yaml:"preserveXRequestId"`
	// RequestID configures Envoy's behavior for handling the `X-Request-ID` header.
	//
	// When omitted default behavior is `Generate` which builds the `X-Request-ID` for every request
	// and ignores pre-existing values from the edge.
	// (An "edge request" refers to a request from an external client to the Envoy entrypoint.)
	RequestId ClientTrafficPolicySpecHeadersRequestId `field:"optional" json:"requestId" yaml:"requestId"`
	// WithUnderscoresAction configures the action to take when an HTTP header with underscores is encountered.
	//
	// The default action is to reject the request.
	WithUnderscoresAction ClientTrafficPolicySpecHeadersWithUnderscoresAction `field:"optional" json:"withUnderscoresAction" yaml:"withUnderscoresAction"`
	// XForwardedClientCert configures how Envoy Proxy handle the x-forwarded-client-cert (XFCC) HTTP header.
	//
	// x-forwarded-client-cert (XFCC) is an HTTP header used to forward the certificate
	// information of part or all of the clients or proxies that a request has flowed through,
	// on its way from the client to the server.
	//
	// Envoy proxy may choose to sanitize/append/forward the XFCC header before proxying the request.
	//
	// If not set, the default behavior is sanitizing the XFCC header.
	XForwardedClientCert *ClientTrafficPolicySpecHeadersXForwardedClientCert `field:"optional" json:"xForwardedClientCert" yaml:"xForwardedClientCert"`
}

