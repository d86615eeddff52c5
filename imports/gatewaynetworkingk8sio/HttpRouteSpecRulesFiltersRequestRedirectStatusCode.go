package gatewaynetworkingk8sio


// StatusCode is the HTTP status code to be used in response.
//
// Note that values may be added to this enum, implementations
// must ensure that unknown values will not cause a crash.
//
// Unknown values here must result in the implementation setting the
// Accepted Condition for the Route to `status: False`, with a
// Reason of `UnsupportedValue`.
//
// Support: Core.
type HttpRouteSpecRulesFiltersRequestRedirectStatusCode string

const (
	// 301.
	HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_301 HttpRouteSpecRulesFiltersRequestRedirectStatusCode = "VALUE_301"
	// 302.
	HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_302 HttpRouteSpecRulesFiltersRequestRedirectStatusCode = "VALUE_302"
)

