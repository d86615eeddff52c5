package kedash


// IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload.
//
// Mutually exclusive with roleArn.
type TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner string

const (
	// keda.
	TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner_KEDA TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = "KEDA"
	// workload.
	TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner_WORKLOAD TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = "WORKLOAD"
)

