package kedash


// Fallback is the spec for fallback options.
type ScaledObjectSpecFallback struct {
	FailureThreshold *float64 `field:"required" json:"failureThreshold" yaml:"failureThreshold"`
	Replicas *float64 `field:"required" json:"replicas" yaml:"replicas"`
	Behavior ScaledObjectSpecFallbackBehavior `field:"optional" json:"behavior" yaml:"behavior"`
}

