package kedash


// ScalingModifiers describes advanced scaling logic options like formula.
type ScaledObjectSpecAdvancedScalingModifiers struct {
	ActivationTarget *string `field:"optional" json:"activationTarget" yaml:"activationTarget"`
	Formula *string `field:"optional" json:"formula" yaml:"formula"`
	// MetricTargetType specifies the type of metric being targeted, and should be either "Value", "AverageValue", or "Utilization".
	MetricType ScaledObjectSpecAdvancedScalingModifiersMetricType `field:"optional" json:"metricType" yaml:"metricType"`
	Target *string `field:"optional" json:"target" yaml:"target"`
}

