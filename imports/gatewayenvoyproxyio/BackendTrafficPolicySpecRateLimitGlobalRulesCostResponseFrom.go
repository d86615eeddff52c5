package gatewayenvoyproxyio


// From specifies where to get the rate limit cost.
//
// Currently, only "Number" and "Metadata" are supported.
type BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom string

const (
	// Number.
	BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom_NUMBER BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom = "NUMBER"
	// Metadata.
	BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom_METADATA BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom = "METADATA"
)

