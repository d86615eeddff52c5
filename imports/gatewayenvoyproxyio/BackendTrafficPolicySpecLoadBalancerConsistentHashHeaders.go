package gatewayenvoyproxyio


// Header defines the header hashing configuration for consistent hash based load balancing.
type BackendTrafficPolicySpecLoadBalancerConsistentHashHeaders struct {
	// Name of the header to hash.
	Name *string `field:"required" json:"name" yaml:"name"`
}

