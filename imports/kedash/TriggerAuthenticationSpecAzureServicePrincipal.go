package kedash


// AzureServicePrincipal defines Microsoft Entra service principal credentials that can be shared by Azure scalers.
type TriggerAuthenticationSpecAzureServicePrincipal struct {
	ClientId *string `field:"required" json:"clientId" yaml:"clientId"`
	TenantId *string `field:"required" json:"tenantId" yaml:"tenantId"`
	// ActiveDirectoryEndpoint is required when cloud is set to Private.
	ActiveDirectoryEndpoint *string `field:"optional" json:"activeDirectoryEndpoint" yaml:"activeDirectoryEndpoint"`
	// AzureServicePrincipalCredential references credential data stored in a Kubernetes Secret.
	ClientCertificate *TriggerAuthenticationSpecAzureServicePrincipalClientCertificate `field:"optional" json:"clientCertificate" yaml:"clientCertificate"`
	// AzureServicePrincipalCredential references credential data stored in a Kubernetes Secret.
	ClientCertificatePassword *TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePassword `field:"optional" json:"clientCertificatePassword" yaml:"clientCertificatePassword"`
	// AzureServicePrincipalCredential references credential data stored in a Kubernetes Secret.
	ClientSecret *TriggerAuthenticationSpecAzureServicePrincipalClientSecret `field:"optional" json:"clientSecret" yaml:"clientSecret"`
	// Cloud specifies the Azure cloud environment.
	//
	// Defaults to AzurePublicCloud.
	// Default: AzurePublicCloud.
	//
	Cloud *string `field:"optional" json:"cloud" yaml:"cloud"`
}

