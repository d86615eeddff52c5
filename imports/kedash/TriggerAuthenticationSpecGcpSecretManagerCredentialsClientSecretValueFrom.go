package kedash


type TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom struct {
	SecretKeyRef *TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef `field:"required" json:"secretKeyRef" yaml:"secretKeyRef"`
}

