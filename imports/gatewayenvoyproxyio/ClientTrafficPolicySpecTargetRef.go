package gatewayenvoyproxyio


// TargetRef is the name of the resource this policy is being attached to.
//
// This policy and the TargetRef MUST be in the same namespace for this
// Policy to have effect
//
// Deprecated: use targetRefs/targetSelectors instead.
type ClientTrafficPolicySpecTargetRef struct {
	// Group is the group of the target resource.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is kind of the target resource.
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Name is the name of the target resource.
	Name *string `field:"required" json:"name" yaml:"name"`
	// SectionName is the name of a section within the target resource.
	//
	// When
	// unspecified, this targetRef targets the entire resource. In the following
	// resources, SectionName is interpreted as the following:
	//
	// * Gateway: Listener name
	// * HTTPRoute: HTTPRouteRule name
	// * Service: Port name
	//
	// If a SectionName is specified, but does not exist on the targeted object,
	// the Policy must fail to attach, and the policy implementation should record
	// a `ResolvedRefs` or similar Condition in the Policy's status.
	SectionName *string `field:"optional" json:"sectionName" yaml:"sectionName"`
}

