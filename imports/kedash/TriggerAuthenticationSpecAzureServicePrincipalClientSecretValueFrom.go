package kedash


type TriggerAuthenticationSpecAzureServicePrincipalClientSecretValueFrom struct {
	SecretKeyRef *TriggerAuthenticationSpecAzureServicePrincipalClientSecretValueFromSecretKeyRef `field:"required" json:"secretKeyRef" yaml:"secretKeyRef"`
}

