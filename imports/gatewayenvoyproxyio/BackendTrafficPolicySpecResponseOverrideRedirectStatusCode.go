package gatewayenvoyproxyio


// StatusCode is the HTTP status code to be used in response.
type BackendTrafficPolicySpecResponseOverrideRedirectStatusCode string

const (
	// 301.
	BackendTrafficPolicySpecResponseOverrideRedirectStatusCode_VALUE_301 BackendTrafficPolicySpecResponseOverrideRedirectStatusCode = "VALUE_301"
	// 302.
	BackendTrafficPolicySpecResponseOverrideRedirectStatusCode_VALUE_302 BackendTrafficPolicySpecResponseOverrideRedirectStatusCode = "VALUE_302"
)

