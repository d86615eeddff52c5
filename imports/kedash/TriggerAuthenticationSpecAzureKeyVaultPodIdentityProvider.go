package kedash


// PodIdentityProvider contains the list of providers.
type TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider string

const (
	// azure-workload.
	TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_AZURE_HYPHEN_WORKLOAD TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = "AZURE_HYPHEN_WORKLOAD"
	// gcp.
	TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_GCP TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = "GCP"
	// aws.
	TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_AWS TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = "AWS"
	// aws-eks.
	TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_AWS_HYPHEN_EKS TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = "AWS_HYPHEN_EKS"
	// none.
	TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_NONE TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = "NONE"
)

