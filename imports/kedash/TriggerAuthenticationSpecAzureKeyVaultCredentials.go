package kedash


type TriggerAuthenticationSpecAzureKeyVaultCredentials struct {
	ClientId *string `field:"required" json:"clientId" yaml:"clientId"`
	ClientSecret *TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret `field:"required" json:"clientSecret" yaml:"clientSecret"`
	TenantId *string `field:"required" json:"tenantId" yaml:"tenantId"`
}

