package gatewayenvoyproxyio


// ConsistentHashType defines the type of input to hash on.
//
// Valid Type values are
// "SourceIP",
// "Header",
// "Headers",
// "Cookie".
// "QueryParams".
type BackendTrafficPolicySpecLoadBalancerConsistentHashType string

const (
	// SourceIP.
	BackendTrafficPolicySpecLoadBalancerConsistentHashType_SOURCE_IP BackendTrafficPolicySpecLoadBalancerConsistentHashType = "SOURCE_IP"
	// Header.
	BackendTrafficPolicySpecLoadBalancerConsistentHashType_HEADER BackendTrafficPolicySpecLoadBalancerConsistentHashType = "HEADER"
	// Headers.
	BackendTrafficPolicySpecLoadBalancerConsistentHashType_HEADERS BackendTrafficPolicySpecLoadBalancerConsistentHashType = "HEADERS"
	// Cookie.
	BackendTrafficPolicySpecLoadBalancerConsistentHashType_COOKIE BackendTrafficPolicySpecLoadBalancerConsistentHashType = "COOKIE"
	// QueryParams.
	BackendTrafficPolicySpecLoadBalancerConsistentHashType_QUERY_PARAMS BackendTrafficPolicySpecLoadBalancerConsistentHashType = "QUERY_PARAMS"
)

