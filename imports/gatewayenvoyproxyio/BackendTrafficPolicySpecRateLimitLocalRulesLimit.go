package gatewayenvoyproxyio


// Limit holds the rate limit values.
//
// This limit is applied for traffic flows when the selectors
// compute to True, causing the request to be counted towards the limit.
// The limit is enforced and the request is ratelimited, i.e. a response with
// 429 HTTP status code is sent back to the client when
// the selected requests have reached the limit.
type BackendTrafficPolicySpecRateLimitLocalRulesLimit struct {
	// Requests is the number of requests (or cost units, when used with cost-based rate limiting) allowed per Unit.
	Requests *float64 `field:"required" json:"requests" yaml:"requests"`
	// RateLimitUnit specifies the intervals for setting rate limits.
	//
	// Valid RateLimitUnit values are "Second", "Minute", "Hour", "Day", "Week", "Month" and "Year".
	Unit BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit `field:"required" json:"unit" yaml:"unit"`
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
	FromMetadata *BackendTrafficPolicySpecRateLimitLocalRulesLimitFromMetadata `field:"optional" json:"fromMetadata" yaml:"fromMetadata"`
}

