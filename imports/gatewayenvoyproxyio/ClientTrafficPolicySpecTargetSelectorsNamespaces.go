package gatewayenvoyproxyio


// Namespaces determines which namespaces are considered for target selection.
//
// If unspecified, only targets in the same namespace as this policy are considered.
//
// When specified, the effective set of namespaces is always constrained to the
// namespaces watched by Envoy Gateway.
//
// Selecting targets across namespaces requires a ReferenceGrant in the target
// namespace that allows this policy kind to reference the selected target kind.
// Cross-namespace targets without a matching ReferenceGrant are ignored.
type ClientTrafficPolicySpecTargetSelectorsNamespaces struct {
	// From indicates how namespaces are selected for this target selector.
	//
	// All means all namespaces watched by Envoy Gateway.
	// Selector means namespaces watched by Envoy Gateway that match Selector.
	From ClientTrafficPolicySpecTargetSelectorsNamespacesFrom `field:"required" json:"from" yaml:"from"`
	// Selector selects namespaces when From is set to Selector.
	Selector *ClientTrafficPolicySpecTargetSelectorsNamespacesSelector `field:"optional" json:"selector" yaml:"selector"`
}

