package kedash


type TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePasswordValueFrom struct {
	SecretKeyRef *TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePasswordValueFromSecretKeyRef `field:"required" json:"secretKeyRef" yaml:"secretKeyRef"`
}

