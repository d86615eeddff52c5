package gatewayenvoyproxyio


// RequestBuffer allows the gateway to buffer and fully receive each request from a client before continuing to send the request upstream to the backends.
//
// This can be helpful to shield your backend servers from slow clients, and also to enforce a maximum size per request
// as any requests larger than the buffer size will be rejected.
//
// This can have a negative performance impact so should only be enabled when necessary.
//
// When enabling this option, you should also configure your connection buffer size to account for these request buffers. There will also be an
// increase in memory usage for Envoy that should be accounted for in your deployment settings.
//
// Request buffering is incompatible with streaming APIs and protocol upgrades such as gRPC streaming and WebSocket. Do not enable this option
// on routes that need those protocols, because requests can hang instead of being forwarded upstream.
type BackendTrafficPolicySpecRequestBuffer struct {
	// Limit specifies the maximum allowed size in bytes for each incoming request buffer.
	//
	// If exceeded, the request will be rejected with HTTP 413 Content Too Large.
	//
	// Accepts values in resource.Quantity format (e.g., "10Mi", "500Ki").
	Limit BackendTrafficPolicySpecRequestBufferLimit `field:"optional" json:"limit" yaml:"limit"`
}

