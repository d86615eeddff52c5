package kedash


// AzureKeyVault is used to authenticate using Azure Key Vault.
type TriggerAuthenticationSpecAzureKeyVault struct {
	Secrets *[]*TriggerAuthenticationSpecAzureKeyVaultSecrets `field:"required" json:"secrets" yaml:"secrets"`
	VaultUri *string `field:"required" json:"vaultUri" yaml:"vaultUri"`
	Cloud *TriggerAuthenticationSpecAzureKeyVaultCloud `field:"optional" json:"cloud" yaml:"cloud"`
	Credentials *TriggerAuthenticationSpecAzureKeyVaultCredentials `field:"optional" json:"credentials" yaml:"credentials"`
	// AuthPodIdentity allows users to select the platform native identity mechanism.
	PodIdentity *TriggerAuthenticationSpecAzureKeyVaultPodIdentity `field:"optional" json:"podIdentity" yaml:"podIdentity"`
}

