package gatewayenvoyproxyio


// RateLimitUnit specifies the intervals for setting rate limits.
//
// Valid RateLimitUnit values are "Second", "Minute", "Hour", "Day", "Week", "Month" and "Year".
type BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit string

const (
	// Second.
	BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_SECOND BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit = "SECOND"
	// Minute.
	BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_MINUTE BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit = "MINUTE"
	// Hour.
	BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_HOUR BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit = "HOUR"
	// Day.
	BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_DAY BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit = "DAY"
	// Week.
	BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_WEEK BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit = "WEEK"
	// Month.
	BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_MONTH BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit = "MONTH"
	// Year.
	BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_YEAR BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit = "YEAR"
)

