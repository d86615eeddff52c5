package kedash


type TriggerAuthenticationSpecAzureKeyVaultCloud struct {
	Type *string `field:"required" json:"type" yaml:"type"`
	ActiveDirectoryEndpoint *string `field:"optional" json:"activeDirectoryEndpoint" yaml:"activeDirectoryEndpoint"`
	KeyVaultResourceUrl *string `field:"optional" json:"keyVaultResourceUrl" yaml:"keyVaultResourceUrl"`
}

