package gatewayenvoyproxyio


// LoadBalancer policy to apply when routing traffic from the gateway to the backend endpoints.
//
// Defaults to `LeastRequest`.
// Default: LeastRequest`.
//
type BackendTrafficPolicySpecLoadBalancer struct {
	// Type decides the type of Load Balancer policy.
	//
	// Valid LoadBalancerType values are
	// "ConsistentHash",
	// "LeastRequest",
	// "Random",
	// "RoundRobin",
	// "BackendUtilization",
	// "DynamicModule".
	Type BackendTrafficPolicySpecLoadBalancerType `field:"required" json:"type" yaml:"type"`
	// BackendUtilization defines the configuration when the load balancer type is set to BackendUtilization.
	BackendUtilization *BackendTrafficPolicySpecLoadBalancerBackendUtilization `field:"optional" json:"backendUtilization" yaml:"backendUtilization"`
	// ConsistentHash defines the configuration when the load balancer type is set to ConsistentHash.
	ConsistentHash *BackendTrafficPolicySpecLoadBalancerConsistentHash `field:"optional" json:"consistentHash" yaml:"consistentHash"`
	// DynamicModule defines the configuration when the load balancer type is set to DynamicModule.
	//
	// The referenced module must be registered in the
	// EnvoyProxy resource's dynamicModules allowlist.
	DynamicModule *BackendTrafficPolicySpecLoadBalancerDynamicModule `field:"optional" json:"dynamicModule" yaml:"dynamicModule"`
	// EndpointOverride defines the configuration for endpoint override.
	//
	// When specified, the load balancer will attempt to route requests to endpoints
	// based on the override information extracted from request headers or metadata.
	// If the override endpoints are not available, the configured load balancer policy will be used as fallback.
	EndpointOverride *BackendTrafficPolicySpecLoadBalancerEndpointOverride `field:"optional" json:"endpointOverride" yaml:"endpointOverride"`
	// SlowStart defines the configuration related to the slow start load balancer policy.
	//
	// If set, during slow start window, traffic sent to the newly added hosts will gradually increase.
	// Supported for RoundRobin, LeastRequest, and BackendUtilization load balancers.
	SlowStart *BackendTrafficPolicySpecLoadBalancerSlowStart `field:"optional" json:"slowStart" yaml:"slowStart"`
	// ZoneAware defines the configuration related to the distribution of requests between locality zones.
	ZoneAware *BackendTrafficPolicySpecLoadBalancerZoneAware `field:"optional" json:"zoneAware" yaml:"zoneAware"`
}

