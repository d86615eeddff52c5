package kedash


type TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef struct {
	Key *string `field:"required" json:"key" yaml:"key"`
	Name *string `field:"required" json:"name" yaml:"name"`
}

