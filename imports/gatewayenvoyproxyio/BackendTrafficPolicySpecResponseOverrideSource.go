package gatewayenvoyproxyio


// Source specifies which responses this rule applies to.
//
// Local overrides only Envoy-generated responses (e.g. auth failures).
// Backend overrides only upstream responses.
// All (default) overrides both.
type BackendTrafficPolicySpecResponseOverrideSource string

const (
	// All.
	BackendTrafficPolicySpecResponseOverrideSource_ALL BackendTrafficPolicySpecResponseOverrideSource = "ALL"
	// Local.
	BackendTrafficPolicySpecResponseOverrideSource_LOCAL BackendTrafficPolicySpecResponseOverrideSource = "LOCAL"
	// Backend.
	BackendTrafficPolicySpecResponseOverrideSource_BACKEND BackendTrafficPolicySpecResponseOverrideSource = "BACKEND"
)

