package gatewayenvoyproxyio


// From specifies where to get the rate limit cost.
//
// Currently, only "Number" and "Metadata" are supported.
type BackendTrafficPolicySpecRateLimitLocalRulesCostResponseFrom string

const (
	// Number.
	BackendTrafficPolicySpecRateLimitLocalRulesCostResponseFrom_NUMBER BackendTrafficPolicySpecRateLimitLocalRulesCostResponseFrom = "NUMBER"
	// Metadata.
	BackendTrafficPolicySpecRateLimitLocalRulesCostResponseFrom_METADATA BackendTrafficPolicySpecRateLimitLocalRulesCostResponseFrom = "METADATA"
)

