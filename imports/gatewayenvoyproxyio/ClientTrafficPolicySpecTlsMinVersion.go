package gatewayenvoyproxyio


// Min specifies the minimal TLS protocol version to allow.
//
// The default is TLS 1.2 if this is not specified.
type ClientTrafficPolicySpecTlsMinVersion string

const (
	// Auto.
	ClientTrafficPolicySpecTlsMinVersion_AUTO ClientTrafficPolicySpecTlsMinVersion = "AUTO"
	// 1.0.
	ClientTrafficPolicySpecTlsMinVersion_VALUE_1_0 ClientTrafficPolicySpecTlsMinVersion = "VALUE_1_0"
	// 1.1.
	ClientTrafficPolicySpecTlsMinVersion_VALUE_1_1 ClientTrafficPolicySpecTlsMinVersion = "VALUE_1_1"
	// 1.2.
	ClientTrafficPolicySpecTlsMinVersion_VALUE_1_2 ClientTrafficPolicySpecTlsMinVersion = "VALUE_1_2"
	// 1.3.
	ClientTrafficPolicySpecTlsMinVersion_VALUE_1_3 ClientTrafficPolicySpecTlsMinVersion = "VALUE_1_3"
)

