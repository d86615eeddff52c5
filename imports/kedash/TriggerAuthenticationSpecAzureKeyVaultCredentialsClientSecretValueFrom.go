package kedash


type TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom struct {
	SecretKeyRef *TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef `field:"required" json:"secretKeyRef" yaml:"secretKeyRef"`
}

