package gatewaynetworkingk8sio


// Type specifies how to match against the path Value.
//
// Support: Core (Exact, PathPrefix)
//
// Support: Implementation-specific (RegularExpression).
type HttpRouteSpecRulesMatchesPathType string

const (
	// Exact.
	HttpRouteSpecRulesMatchesPathType_EXACT HttpRouteSpecRulesMatchesPathType = "EXACT"
	// PathPrefix.
	HttpRouteSpecRulesMatchesPathType_PATH_PREFIX HttpRouteSpecRulesMatchesPathType = "PATH_PREFIX"
	// RegularExpression.
	HttpRouteSpecRulesMatchesPathType_REGULAR_EXPRESSION HttpRouteSpecRulesMatchesPathType = "REGULAR_EXPRESSION"
)

