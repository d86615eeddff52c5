package kedash


type TriggerAuthenticationSpecAzureServicePrincipalClientCertificateValueFrom struct {
	SecretKeyRef *TriggerAuthenticationSpecAzureServicePrincipalClientCertificateValueFromSecretKeyRef `field:"required" json:"secretKeyRef" yaml:"secretKeyRef"`
}

