package gatewayenvoyproxyio


// EndpointOverride defines the configuration for endpoint override.
//
// When specified, the load balancer will attempt to route requests to endpoints
// based on the override information extracted from request headers or metadata.
// If the override endpoints are not available, the configured load balancer policy will be used as fallback.
type BackendTrafficPolicySpecLoadBalancerEndpointOverride struct {
	// ExtractFrom defines the sources to extract endpoint override information from.
	ExtractFrom *[]*BackendTrafficPolicySpecLoadBalancerEndpointOverrideExtractFrom `field:"required" json:"extractFrom" yaml:"extractFrom"`
}

