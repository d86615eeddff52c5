package kedash


// HashiCorpVault is used to authenticate using Hashicorp Vault.
type TriggerAuthenticationSpecHashiCorpVault struct {
	Address *string `field:"required" json:"address" yaml:"address"`
	// VaultAuthentication contains the list of Hashicorp Vault authentication methods.
	Authentication TriggerAuthenticationSpecHashiCorpVaultAuthentication `field:"required" json:"authentication" yaml:"authentication"`
	Secrets *[]*TriggerAuthenticationSpecHashiCorpVaultSecrets `field:"required" json:"secrets" yaml:"secrets"`
	// Credential defines the Hashicorp Vault credentials depending on the authentication method.
	Credential *TriggerAuthenticationSpecHashiCorpVaultCredential `field:"optional" json:"credential" yaml:"credential"`
	Mount *string `field:"optional" json:"mount" yaml:"mount"`
	Namespace *string `field:"optional" json:"namespace" yaml:"namespace"`
	Role *string `field:"optional" json:"role" yaml:"role"`
}

