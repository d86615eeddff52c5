package kedash


// VaultAuthentication contains the list of Hashicorp Vault authentication methods.
type TriggerAuthenticationSpecHashiCorpVaultAuthentication string

const (
	// token.
	TriggerAuthenticationSpecHashiCorpVaultAuthentication_TOKEN TriggerAuthenticationSpecHashiCorpVaultAuthentication = "TOKEN"
	// kubernetes.
	TriggerAuthenticationSpecHashiCorpVaultAuthentication_KUBERNETES TriggerAuthenticationSpecHashiCorpVaultAuthentication = "KUBERNETES"
)

