package gatewayenvoyproxyio


// ProxyProtocol configures the Proxy Protocol settings.
//
// When configured,
// the Proxy Protocol header will be interpreted and the Client Address
// will be added into the X-Forwarded-For header.
// If both EnableProxyProtocol and ProxyProtocol are set, ProxyProtocol takes precedence.
type ClientTrafficPolicySpecProxyProtocol struct {
	// Optional allows requests without a Proxy Protocol header to be proxied.
	//
	// If set to true, the listener will accept requests without a Proxy Protocol header.
	// If set to false, the listener will reject requests without a Proxy Protocol header.
	// If not set, the default behavior is to reject requests without a Proxy Protocol header.
	// Warning: Optional breaks conformance with the specification. Only enable if ALL traffic to the listener comes from a trusted source.
	// For more information on security implications, see haproxy.org/download/2.1/doc/proxy-protocol.txt
	Optional *bool `field:"optional" json:"optional" yaml:"optional"`
}

