package kedash


type TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef struct {
	Key *string `field:"required" json:"key" yaml:"key"`
	Name *string `field:"required" json:"name" yaml:"name"`
}

