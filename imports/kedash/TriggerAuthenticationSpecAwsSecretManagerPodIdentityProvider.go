package kedash


// PodIdentityProvider contains the list of providers.
type TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider string

const (
	// azure-workload.
	TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_AZURE_HYPHEN_WORKLOAD TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = "AZURE_HYPHEN_WORKLOAD"
	// gcp.
	TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_GCP TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = "GCP"
	// aws.
	TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_AWS TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = "AWS"
	// aws-eks.
	TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_AWS_HYPHEN_EKS TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = "AWS_HYPHEN_EKS"
	// none.
	TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_NONE TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = "NONE"
)

