package gatewayenvoyproxyio


// From specifies where to get the rate limit cost.
//
// Currently, only "Number" and "Metadata" are supported.
type BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom string

const (
	// Number.
	BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom_NUMBER BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom = "NUMBER"
	// Metadata.
	BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom_METADATA BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom = "METADATA"
)

