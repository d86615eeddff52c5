package gatewayenvoyproxyio


// Version of ProxyProtocol Valid ProxyProtocolVersion values are "V1" "V2".
type BackendTrafficPolicySpecProxyProtocolVersion string

const (
	// V1.
	BackendTrafficPolicySpecProxyProtocolVersion_V1 BackendTrafficPolicySpecProxyProtocolVersion = "V1"
	// V2.
	BackendTrafficPolicySpecProxyProtocolVersion_V2 BackendTrafficPolicySpecProxyProtocolVersion = "V2"
)

