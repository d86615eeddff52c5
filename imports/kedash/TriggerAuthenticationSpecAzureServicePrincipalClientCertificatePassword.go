package kedash


// AzureServicePrincipalCredential references credential data stored in a Kubernetes Secret.
type TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePassword struct {
	ValueFrom *TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePasswordValueFrom `field:"required" json:"valueFrom" yaml:"valueFrom"`
}

