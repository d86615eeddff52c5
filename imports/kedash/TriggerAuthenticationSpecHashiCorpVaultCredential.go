package kedash


// Credential defines the Hashicorp Vault credentials depending on the authentication method.
type TriggerAuthenticationSpecHashiCorpVaultCredential struct {
	ServiceAccount *string `field:"optional" json:"serviceAccount" yaml:"serviceAccount"`
	ServiceAccountName *string `field:"optional" json:"serviceAccountName" yaml:"serviceAccountName"`
	Token *string `field:"optional" json:"token" yaml:"token"`
}

