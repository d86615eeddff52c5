package kedash


// VaultSecret defines the mapping between the path of the secret in Vault to the parameter.
type TriggerAuthenticationSpecHashiCorpVaultSecrets struct {
	Key *string `field:"required" json:"key" yaml:"key"`
	Parameter *string `field:"required" json:"parameter" yaml:"parameter"`
	Path *string `field:"required" json:"path" yaml:"path"`
	PkiData *TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData `field:"optional" json:"pkiData" yaml:"pkiData"`
	// VaultSecretType defines the type of vault secret.
	Type TriggerAuthenticationSpecHashiCorpVaultSecretsType `field:"optional" json:"type" yaml:"type"`
}

