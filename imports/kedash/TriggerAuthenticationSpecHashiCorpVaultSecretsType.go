package kedash


// VaultSecretType defines the type of vault secret.
type TriggerAuthenticationSpecHashiCorpVaultSecretsType string

const (
	// secretV2.
	TriggerAuthenticationSpecHashiCorpVaultSecretsType_SECRET_V2 TriggerAuthenticationSpecHashiCorpVaultSecretsType = "SECRET_V2"
	// secret.
	TriggerAuthenticationSpecHashiCorpVaultSecretsType_SECRET TriggerAuthenticationSpecHashiCorpVaultSecretsType = "SECRET"
	// pki.
	TriggerAuthenticationSpecHashiCorpVaultSecretsType_PKI TriggerAuthenticationSpecHashiCorpVaultSecretsType = "PKI"
)

