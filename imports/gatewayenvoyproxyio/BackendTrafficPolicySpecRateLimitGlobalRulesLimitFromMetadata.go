package gatewayenvoyproxyio


// FromMetadata sources the limit value from per-request dynamic metadata.
//
// When the referenced metadata value is present, it overrides Requests/Unit for that
// request; otherwise Requests/Unit are used as the default.
//
// The referenced metadata value must be a struct containing an integer "requests_per_unit"
// property and a "unit" property with a value parseable to a RateLimitUnit. An upstream
// filter (e.g. ext_proc) is responsible for writing this struct into dynamic metadata.
//
// Only supported for Global Rate Limits.
type BackendTrafficPolicySpecRateLimitGlobalRulesLimitFromMetadata struct {
	// Key is the key to retrieve the limit value from within the namespaced filter metadata.
	Key *string `field:"required" json:"key" yaml:"key"`
	// Namespace is the namespace of the dynamic metadata.
	Namespace *string `field:"required" json:"namespace" yaml:"namespace"`
}

