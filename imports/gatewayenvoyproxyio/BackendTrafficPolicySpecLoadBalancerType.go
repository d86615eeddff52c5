package gatewayenvoyproxyio


// Type decides the type of Load Balancer policy.
//
// Valid LoadBalancerType values are
// "ConsistentHash",
// "LeastRequest",
// "Random",
// "RoundRobin",
// "BackendUtilization",
// "DynamicModule".
type BackendTrafficPolicySpecLoadBalancerType string

const (
	// ConsistentHash.
	BackendTrafficPolicySpecLoadBalancerType_CONSISTENT_HASH BackendTrafficPolicySpecLoadBalancerType = "CONSISTENT_HASH"
	// LeastRequest.
	BackendTrafficPolicySpecLoadBalancerType_LEAST_REQUEST BackendTrafficPolicySpecLoadBalancerType = "LEAST_REQUEST"
	// Random.
	BackendTrafficPolicySpecLoadBalancerType_RANDOM BackendTrafficPolicySpecLoadBalancerType = "RANDOM"
	// RoundRobin.
	BackendTrafficPolicySpecLoadBalancerType_ROUND_ROBIN BackendTrafficPolicySpecLoadBalancerType = "ROUND_ROBIN"
	// BackendUtilization.
	BackendTrafficPolicySpecLoadBalancerType_BACKEND_UTILIZATION BackendTrafficPolicySpecLoadBalancerType = "BACKEND_UTILIZATION"
	// DynamicModule.
	BackendTrafficPolicySpecLoadBalancerType_DYNAMIC_MODULE BackendTrafficPolicySpecLoadBalancerType = "DYNAMIC_MODULE"
)

