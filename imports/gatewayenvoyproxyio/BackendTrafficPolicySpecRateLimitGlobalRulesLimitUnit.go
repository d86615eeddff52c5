package gatewayenvoyproxyio


// RateLimitUnit specifies the intervals for setting rate limits.
//
// Valid RateLimitUnit values are "Second", "Minute", "Hour", "Day", "Week", "Month" and "Year".
type BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit string

const (
	// Second.
	BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_SECOND BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit = "SECOND"
	// Minute.
	BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_MINUTE BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit = "MINUTE"
	// Hour.
	BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_HOUR BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit = "HOUR"
	// Day.
	BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_DAY BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit = "DAY"
	// Week.
	BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_WEEK BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit = "WEEK"
	// Month.
	BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_MONTH BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit = "MONTH"
	// Year.
	BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_YEAR BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit = "YEAR"
)

