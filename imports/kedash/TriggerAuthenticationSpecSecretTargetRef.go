package kedash


// AuthSecretTargetRef is used to authenticate using a reference to a secret.
type TriggerAuthenticationSpecSecretTargetRef struct {
	Key *string `field:"required" json:"key" yaml:"key"`
	Name *string `field:"required" json:"name" yaml:"name"`
	Parameter *string `field:"required" json:"parameter" yaml:"parameter"`
}

