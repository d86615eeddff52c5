package gatewaynetworkingk8sio


// From indicates where Routes will be selected for this Gateway. Possible values are:.
//
// * All: Routes in all namespaces may be used by this Gateway.
// * Selector: Routes in namespaces selected by the selector may be used by
// this Gateway.
// * Same: Only Routes in the same namespace may be used by this Gateway.
//
// Support: Core.
type GatewaySpecListenersAllowedRoutesNamespacesFrom string

const (
	// All.
	GatewaySpecListenersAllowedRoutesNamespacesFrom_ALL GatewaySpecListenersAllowedRoutesNamespacesFrom = "ALL"
	// Selector.
	GatewaySpecListenersAllowedRoutesNamespacesFrom_SELECTOR GatewaySpecListenersAllowedRoutesNamespacesFrom = "SELECTOR"
	// Same.
	GatewaySpecListenersAllowedRoutesNamespacesFrom_SAME GatewaySpecListenersAllowedRoutesNamespacesFrom = "SAME"
)

