package kedash


// PodIdentityProvider contains the list of providers.
type TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider string

const (
	// azure-workload.
	TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_AZURE_HYPHEN_WORKLOAD TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = "AZURE_HYPHEN_WORKLOAD"
	// gcp.
	TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_GCP TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = "GCP"
	// aws.
	TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_AWS TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = "AWS"
	// aws-eks.
	TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_AWS_HYPHEN_EKS TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = "AWS_HYPHEN_EKS"
	// none.
	TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_NONE TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = "NONE"
)

