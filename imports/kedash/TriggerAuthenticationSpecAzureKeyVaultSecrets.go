package kedash


type TriggerAuthenticationSpecAzureKeyVaultSecrets struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Parameter *string `field:"required" json:"parameter" yaml:"parameter"`
	Version *string `field:"optional" json:"version" yaml:"version"`
}

