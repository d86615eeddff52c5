package kedash


// IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload.
//
// Mutually exclusive with roleArn.
type TriggerAuthenticationSpecPodIdentityIdentityOwner string

const (
	// keda.
	TriggerAuthenticationSpecPodIdentityIdentityOwner_KEDA TriggerAuthenticationSpecPodIdentityIdentityOwner = "KEDA"
	// workload.
	TriggerAuthenticationSpecPodIdentityIdentityOwner_WORKLOAD TriggerAuthenticationSpecPodIdentityIdentityOwner = "WORKLOAD"
)

