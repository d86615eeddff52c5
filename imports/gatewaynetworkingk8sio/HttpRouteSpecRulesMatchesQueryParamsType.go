package gatewaynetworkingk8sio


// Type specifies how to match against the value of the query parameter.
//
// Support: Extended (Exact)
//
// Support: Implementation-specific (RegularExpression)
//
// Since RegularExpression QueryParamMatchType has Implementation-specific
// conformance, implementations can support POSIX, PCRE or any other
// dialects of regular expressions. Please read the implementation's
// documentation to determine the supported dialect.
type HttpRouteSpecRulesMatchesQueryParamsType string

const (
	// Exact.
	HttpRouteSpecRulesMatchesQueryParamsType_EXACT HttpRouteSpecRulesMatchesQueryParamsType = "EXACT"
	// RegularExpression.
	HttpRouteSpecRulesMatchesQueryParamsType_REGULAR_EXPRESSION HttpRouteSpecRulesMatchesQueryParamsType = "REGULAR_EXPRESSION"
)

