package gatewayenvoyproxyio


// Max specifies the maximal TLS protocol version to allow The default is TLS 1.3 if this is not specified.
type ClientTrafficPolicySpecTlsMaxVersion string

const (
	// Auto.
	ClientTrafficPolicySpecTlsMaxVersion_AUTO ClientTrafficPolicySpecTlsMaxVersion = "AUTO"
	// 1.0.
	ClientTrafficPolicySpecTlsMaxVersion_VALUE_1_0 ClientTrafficPolicySpecTlsMaxVersion = "VALUE_1_0"
	// 1.1.
	ClientTrafficPolicySpecTlsMaxVersion_VALUE_1_1 ClientTrafficPolicySpecTlsMaxVersion = "VALUE_1_1"
	// 1.2.
	ClientTrafficPolicySpecTlsMaxVersion_VALUE_1_2 ClientTrafficPolicySpecTlsMaxVersion = "VALUE_1_2"
	// 1.3.
	ClientTrafficPolicySpecTlsMaxVersion_VALUE_1_3 ClientTrafficPolicySpecTlsMaxVersion = "VALUE_1_3"
)

