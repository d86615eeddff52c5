package kedash


// ScaledObjectSpec is the spec for a ScaledObject resource.
type ScaledObjectSpec struct {
	// ScaleTarget holds the reference to the scale target Object.
	ScaleTargetRef *ScaledObjectSpecScaleTargetRef `field:"required" json:"scaleTargetRef" yaml:"scaleTargetRef"`
	Triggers *[]*ScaledObjectSpecTriggers `field:"required" json:"triggers" yaml:"triggers"`
	// AdvancedConfig specifies advance scaling options.
	Advanced *ScaledObjectSpecAdvanced `field:"optional" json:"advanced" yaml:"advanced"`
	CooldownPeriod *float64 `field:"optional" json:"cooldownPeriod" yaml:"cooldownPeriod"`
	// Fallback is the spec for fallback options.
	Fallback *ScaledObjectSpecFallback `field:"optional" json:"fallback" yaml:"fallback"`
	IdleReplicaCount *float64 `field:"optional" json:"idleReplicaCount" yaml:"idleReplicaCount"`
	InitialCooldownPeriod *float64 `field:"optional" json:"initialCooldownPeriod" yaml:"initialCooldownPeriod"`
	MaxReplicaCount *float64 `field:"optional" json:"maxReplicaCount" yaml:"maxReplicaCount"`
	MinReplicaCount *float64 `field:"optional" json:"minReplicaCount" yaml:"minReplicaCount"`
	PollingInterval *float64 `field:"optional" json:"pollingInterval" yaml:"pollingInterval"`
}

