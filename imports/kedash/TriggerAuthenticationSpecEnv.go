package kedash


// AuthEnvironment is used to authenticate using environment variables in the destination ScaleTarget spec.
type TriggerAuthenticationSpecEnv struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Parameter *string `field:"required" json:"parameter" yaml:"parameter"`
	ContainerName *string `field:"optional" json:"containerName" yaml:"containerName"`
}

