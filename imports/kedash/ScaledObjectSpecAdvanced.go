package kedash


// AdvancedConfig specifies advance scaling options.
type ScaledObjectSpecAdvanced struct {
	// HorizontalPodAutoscalerConfig specifies horizontal scale config.
	HorizontalPodAutoscalerConfig *ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig `field:"optional" json:"horizontalPodAutoscalerConfig" yaml:"horizontalPodAutoscalerConfig"`
	RestoreToOriginalReplicaCount *bool `field:"optional" json:"restoreToOriginalReplicaCount" yaml:"restoreToOriginalReplicaCount"`
	// ScalingModifiers describes advanced scaling logic options like formula.
	ScalingModifiers *ScaledObjectSpecAdvancedScalingModifiers `field:"optional" json:"scalingModifiers" yaml:"scalingModifiers"`
}

