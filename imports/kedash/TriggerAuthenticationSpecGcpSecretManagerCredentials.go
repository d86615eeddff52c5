package kedash


type TriggerAuthenticationSpecGcpSecretManagerCredentials struct {
	ClientSecret *TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret `field:"required" json:"clientSecret" yaml:"clientSecret"`
}

