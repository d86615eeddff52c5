package kedash


// MetricTargetType specifies the type of metric being targeted, and should be either "Value", "AverageValue", or "Utilization".
type ScaledObjectSpecAdvancedScalingModifiersMetricType string

const (
	// AverageValue.
	ScaledObjectSpecAdvancedScalingModifiersMetricType_AVERAGE_VALUE ScaledObjectSpecAdvancedScalingModifiersMetricType = "AVERAGE_VALUE"
	// Value.
	ScaledObjectSpecAdvancedScalingModifiersMetricType_VALUE ScaledObjectSpecAdvancedScalingModifiersMetricType = "VALUE"
)

