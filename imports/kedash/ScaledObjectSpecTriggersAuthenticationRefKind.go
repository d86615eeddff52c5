package kedash


// Kind of the resource being referred to.
//
// Defaults to TriggerAuthentication.
// Default: TriggerAuthentication.
//
type ScaledObjectSpecTriggersAuthenticationRefKind string

const (
	// TriggerAuthentication.
	ScaledObjectSpecTriggersAuthenticationRefKind_TRIGGER_AUTHENTICATION ScaledObjectSpecTriggersAuthenticationRefKind = "TRIGGER_AUTHENTICATION"
	// ClusterTriggerAuthentication.
	ScaledObjectSpecTriggersAuthenticationRefKind_CLUSTER_TRIGGER_AUTHENTICATION ScaledObjectSpecTriggersAuthenticationRefKind = "CLUSTER_TRIGGER_AUTHENTICATION"
)

