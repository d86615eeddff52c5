package kedash


type ScaledObjectSpecFallbackBehavior string

const (
	// static.
	ScaledObjectSpecFallbackBehavior_STATIC ScaledObjectSpecFallbackBehavior = "STATIC"
	// currentReplicas.
	ScaledObjectSpecFallbackBehavior_CURRENT_REPLICAS ScaledObjectSpecFallbackBehavior = "CURRENT_REPLICAS"
	// currentReplicasIfHigher.
	ScaledObjectSpecFallbackBehavior_CURRENT_REPLICAS_IF_HIGHER ScaledObjectSpecFallbackBehavior = "CURRENT_REPLICAS_IF_HIGHER"
	// currentReplicasIfLower.
	ScaledObjectSpecFallbackBehavior_CURRENT_REPLICAS_IF_LOWER ScaledObjectSpecFallbackBehavior = "CURRENT_REPLICAS_IF_LOWER"
	// scalingModifiers.
	ScaledObjectSpecFallbackBehavior_SCALING_MODIFIERS ScaledObjectSpecFallbackBehavior = "SCALING_MODIFIERS"
)

