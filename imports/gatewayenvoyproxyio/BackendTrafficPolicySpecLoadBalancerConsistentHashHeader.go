package gatewayenvoyproxyio


// Header configures the header hash policy when the consistent hash type is set to Header.
//
// Deprecated: use Headers instead.
type BackendTrafficPolicySpecLoadBalancerConsistentHashHeader struct {
	// Name of the header to hash.
	Name *string `field:"required" json:"name" yaml:"name"`
}

