package kedash


type TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret struct {
	ValueFrom *TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom `field:"required" json:"valueFrom" yaml:"valueFrom"`
}

