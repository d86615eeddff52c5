package gatewayenvoyproxyio


// Metadata specifies the per-request metadata to retrieve the usage number from.
type BackendTrafficPolicySpecRateLimitLocalRulesCostRequestMetadata struct {
	// Key is the key to retrieve the usage number from the filter metadata.
	Key *string `field:"required" json:"key" yaml:"key"`
	// Namespace is the namespace of the dynamic metadata.
	Namespace *string `field:"required" json:"namespace" yaml:"namespace"`
}

