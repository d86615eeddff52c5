package kedash


// IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload.
//
// Mutually exclusive with roleArn.
type TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner string

const (
	// keda.
	TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner_KEDA TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = "KEDA"
	// workload.
	TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner_WORKLOAD TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = "WORKLOAD"
)

