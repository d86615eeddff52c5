package kedash


// AzureServicePrincipalCredential references credential data stored in a Kubernetes Secret.
type TriggerAuthenticationSpecAzureServicePrincipalClientSecret struct {
	ValueFrom *TriggerAuthenticationSpecAzureServicePrincipalClientSecretValueFrom `field:"required" json:"valueFrom" yaml:"valueFrom"`
}

