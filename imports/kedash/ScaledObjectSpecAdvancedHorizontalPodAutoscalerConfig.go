package kedash


// HorizontalPodAutoscalerConfig specifies horizontal scale config.
type ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig struct {
	// HorizontalPodAutoscalerBehavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively).
	Behavior *ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior `field:"optional" json:"behavior" yaml:"behavior"`
	Name *string `field:"optional" json:"name" yaml:"name"`
}

