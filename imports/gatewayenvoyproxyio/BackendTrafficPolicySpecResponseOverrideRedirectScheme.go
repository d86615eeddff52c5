package gatewayenvoyproxyio


// Scheme is the scheme to be used in the value of the `Location` header in the response.
//
// When empty, the scheme of the request is used.
type BackendTrafficPolicySpecResponseOverrideRedirectScheme string

const (
	// http.
	BackendTrafficPolicySpecResponseOverrideRedirectScheme_HTTP BackendTrafficPolicySpecResponseOverrideRedirectScheme = "HTTP"
	// https.
	BackendTrafficPolicySpecResponseOverrideRedirectScheme_HTTPS BackendTrafficPolicySpecResponseOverrideRedirectScheme = "HTTPS"
)

