package kedash


// AzureServicePrincipalCredential references credential data stored in a Kubernetes Secret.
type TriggerAuthenticationSpecAzureServicePrincipalClientCertificate struct {
	ValueFrom *TriggerAuthenticationSpecAzureServicePrincipalClientCertificateValueFrom `field:"required" json:"valueFrom" yaml:"valueFrom"`
}

