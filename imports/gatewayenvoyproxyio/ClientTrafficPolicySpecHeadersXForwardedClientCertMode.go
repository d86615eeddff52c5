package gatewayenvoyproxyio


// Mode defines how XFCC header is handled by Envoy Proxy.
//
// If not set, the default mode is `Sanitize`.
type ClientTrafficPolicySpecHeadersXForwardedClientCertMode string

const (
	// Sanitize.
	ClientTrafficPolicySpecHeadersXForwardedClientCertMode_SANITIZE ClientTrafficPolicySpecHeadersXForwardedClientCertMode = "SANITIZE"
	// ForwardOnly.
	ClientTrafficPolicySpecHeadersXForwardedClientCertMode_FORWARD_ONLY ClientTrafficPolicySpecHeadersXForwardedClientCertMode = "FORWARD_ONLY"
	// AppendForward.
	ClientTrafficPolicySpecHeadersXForwardedClientCertMode_APPEND_FORWARD ClientTrafficPolicySpecHeadersXForwardedClientCertMode = "APPEND_FORWARD"
	// SanitizeSet.
	ClientTrafficPolicySpecHeadersXForwardedClientCertMode_SANITIZE_SET ClientTrafficPolicySpecHeadersXForwardedClientCertMode = "SANITIZE_SET"
	// AlwaysForwardOnly.
	ClientTrafficPolicySpecHeadersXForwardedClientCertMode_ALWAYS_FORWARD_ONLY ClientTrafficPolicySpecHeadersXForwardedClientCertMode = "ALWAYS_FORWARD_ONLY"
)

