package gatewayenvoyproxyio


// From indicates how namespaces are selected for this target selector.
//
// All means all namespaces watched by Envoy Gateway.
// Selector means namespaces watched by Envoy Gateway that match Selector.
type ClientTrafficPolicySpecTargetSelectorsNamespacesFrom string

const (
	// Same.
	ClientTrafficPolicySpecTargetSelectorsNamespacesFrom_SAME ClientTrafficPolicySpecTargetSelectorsNamespacesFrom = "SAME"
	// All.
	ClientTrafficPolicySpecTargetSelectorsNamespacesFrom_ALL ClientTrafficPolicySpecTargetSelectorsNamespacesFrom = "ALL"
	// Selector.
	ClientTrafficPolicySpecTargetSelectorsNamespacesFrom_SELECTOR ClientTrafficPolicySpecTargetSelectorsNamespacesFrom = "SELECTOR"
)

