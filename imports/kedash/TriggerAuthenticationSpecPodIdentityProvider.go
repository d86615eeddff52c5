package kedash


// PodIdentityProvider contains the list of providers.
type TriggerAuthenticationSpecPodIdentityProvider string

const (
	// azure-workload.
	TriggerAuthenticationSpecPodIdentityProvider_AZURE_HYPHEN_WORKLOAD TriggerAuthenticationSpecPodIdentityProvider = "AZURE_HYPHEN_WORKLOAD"
	// gcp.
	TriggerAuthenticationSpecPodIdentityProvider_GCP TriggerAuthenticationSpecPodIdentityProvider = "GCP"
	// aws.
	TriggerAuthenticationSpecPodIdentityProvider_AWS TriggerAuthenticationSpecPodIdentityProvider = "AWS"
	// aws-eks.
	TriggerAuthenticationSpecPodIdentityProvider_AWS_HYPHEN_EKS TriggerAuthenticationSpecPodIdentityProvider = "AWS_HYPHEN_EKS"
	// none.
	TriggerAuthenticationSpecPodIdentityProvider_NONE TriggerAuthenticationSpecPodIdentityProvider = "NONE"
)

