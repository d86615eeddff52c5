package gatewayenvoyproxyio


// From indicates how namespaces are selected for this target selector.
//
// All means all namespaces watched by Envoy Gateway.
// Selector means namespaces watched by Envoy Gateway that match Selector.
type BackendTrafficPolicySpecTargetSelectorsNamespacesFrom string

const (
	// Same.
	BackendTrafficPolicySpecTargetSelectorsNamespacesFrom_SAME BackendTrafficPolicySpecTargetSelectorsNamespacesFrom = "SAME"
	// All.
	BackendTrafficPolicySpecTargetSelectorsNamespacesFrom_ALL BackendTrafficPolicySpecTargetSelectorsNamespacesFrom = "ALL"
	// Selector.
	BackendTrafficPolicySpecTargetSelectorsNamespacesFrom_SELECTOR BackendTrafficPolicySpecTargetSelectorsNamespacesFrom = "SELECTOR"
)

