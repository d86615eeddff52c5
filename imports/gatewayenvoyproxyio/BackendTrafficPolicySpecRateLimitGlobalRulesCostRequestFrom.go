package gatewayenvoyproxyio


// From specifies where to get the rate limit cost.
//
// Currently, only "Number" and "Metadata" are supported.
type BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom string

const (
	// Number.
	BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom_NUMBER BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom = "NUMBER"
	// Metadata.
	BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom_METADATA BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom = "METADATA"
)

