package gatewayenvoyproxyio


// Type specifies how to match against a string.
type ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType string

const (
	// Exact.
	ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType_EXACT ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType = "EXACT"
	// Prefix.
	ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType_PREFIX ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType = "PREFIX"
	// Suffix.
	ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType_SUFFIX ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType = "SUFFIX"
	// RegularExpression.
	ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType_REGULAR_EXPRESSION ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType = "REGULAR_EXPRESSION"
)

