package gatewayenvoyproxyio


// ProxyProtocol enables the Proxy Protocol when communicating with the backend.
type BackendTrafficPolicySpecProxyProtocol struct {
	// Version of ProxyProtocol Valid ProxyProtocolVersion values are "V1" "V2".
	Version BackendTrafficPolicySpecProxyProtocolVersion `field:"required" json:"version" yaml:"version"`
}

