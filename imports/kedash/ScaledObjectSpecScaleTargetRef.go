package kedash


// ScaleTarget holds the reference to the scale target Object.
type ScaledObjectSpecScaleTargetRef struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	EnvSourceContainerName *string `field:"optional" json:"envSourceContainerName" yaml:"envSourceContainerName"`
	Kind *string `field:"optional" json:"kind" yaml:"kind"`
}

