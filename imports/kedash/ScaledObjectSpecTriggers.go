package kedash


// ScaleTriggers reference the scaler that will be used.
type ScaledObjectSpecTriggers struct {
	Metadata *map[string]*string `field:"required" json:"metadata" yaml:"metadata"`
	Type *string `field:"required" json:"type" yaml:"type"`
	// AuthenticationRef points to the TriggerAuthentication or ClusterTriggerAuthentication object that is used to authenticate the scaler with the environment.
	AuthenticationRef *ScaledObjectSpecTriggersAuthenticationRef `field:"optional" json:"authenticationRef" yaml:"authenticationRef"`
	// MetricTargetType specifies the type of metric being targeted, and should be either "Value", "AverageValue", or "Utilization".
	MetricType *string `field:"optional" json:"metricType" yaml:"metricType"`
	Name *string `field:"optional" json:"name" yaml:"name"`
	UseCachedMetrics *bool `field:"optional" json:"useCachedMetrics" yaml:"useCachedMetrics"`
}

