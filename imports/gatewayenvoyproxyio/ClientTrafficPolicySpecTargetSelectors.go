package gatewayenvoyproxyio


type ClientTrafficPolicySpecTargetSelectors struct {
	// Kind is the resource kind that this selector targets.
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Group is the group that this selector targets.
	//
	// Defaults to gateway.networking.k8s.io
	// Default: gateway.networking.k8s.io
	//
	Group *string `field:"optional" json:"group" yaml:"group"`
	// MatchExpressions is a list of label selector requirements.
	//
	// The requirements are ANDed.
	MatchExpressions *[]*ClientTrafficPolicySpecTargetSelectorsMatchExpressions `field:"optional" json:"matchExpressions" yaml:"matchExpressions"`
	// MatchLabels are the set of label selectors for identifying the targeted resource.
	MatchLabels *map[string]*string `field:"optional" json:"matchLabels" yaml:"matchLabels"`
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
	Namespaces *ClientTrafficPolicySpecTargetSelectorsNamespaces `field:"optional" json:"namespaces" yaml:"namespaces"`
}

