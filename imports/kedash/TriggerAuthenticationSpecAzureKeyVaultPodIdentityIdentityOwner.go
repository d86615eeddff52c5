package kedash


// IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload.
//
// Mutually exclusive with roleArn.
type TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner string

const (
	// keda.
	TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner_KEDA TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = "KEDA"
	// workload.
	TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner_WORKLOAD TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = "WORKLOAD"
)

