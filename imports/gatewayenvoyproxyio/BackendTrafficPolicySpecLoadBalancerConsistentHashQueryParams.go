package gatewayenvoyproxyio


// QueryParam defines the query parameter name hashing configuration for consistent hash based load balancing.
type BackendTrafficPolicySpecLoadBalancerConsistentHashQueryParams struct {
	// Name of the query param to hash.
	Name *string `field:"required" json:"name" yaml:"name"`
}

