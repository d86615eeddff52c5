package kedash


// AuthenticationRef points to the TriggerAuthentication or ClusterTriggerAuthentication object that is used to authenticate the scaler with the environment.
type ScaledObjectSpecTriggersAuthenticationRef struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	// Kind of the resource being referred to.
	//
	// Defaults to TriggerAuthentication.
	// Default: TriggerAuthentication.
	//
	Kind ScaledObjectSpecTriggersAuthenticationRefKind `field:"optional" json:"kind" yaml:"kind"`
}

