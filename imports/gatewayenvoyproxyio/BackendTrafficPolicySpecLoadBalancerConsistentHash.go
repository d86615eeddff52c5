package gatewayenvoyproxyio


// ConsistentHash defines the configuration when the load balancer type is set to ConsistentHash.
type BackendTrafficPolicySpecLoadBalancerConsistentHash struct {
	// ConsistentHashType defines the type of input to hash on.
	//
	// Valid Type values are
	// "SourceIP",
	// "Header",
	// "Headers",
	// "Cookie".
	// "QueryParams".
	Type BackendTrafficPolicySpecLoadBalancerConsistentHashType `field:"required" json:"type" yaml:"type"`
	// Cookie configures the cookie hash policy when the consistent hash type is set to Cookie.
	Cookie *BackendTrafficPolicySpecLoadBalancerConsistentHashCookie `field:"optional" json:"cookie" yaml:"cookie"`
	// Header configures the header hash policy when the consistent hash type is set to Header.
	//
	// Deprecated: use Headers instead.
	Header *BackendTrafficPolicySpecLoadBalancerConsistentHashHeader `field:"optional" json:"header" yaml:"header"`
	// Headers configures the header hash policy for each header, when the consistent hash type is set to Headers.
	Headers *[]*BackendTrafficPolicySpecLoadBalancerConsistentHashHeaders `field:"optional" json:"headers" yaml:"headers"`
	// QueryParams configures the query parameter hash policy when the consistent hash type is set to QueryParams.
	QueryParams *[]*BackendTrafficPolicySpecLoadBalancerConsistentHashQueryParams `field:"optional" json:"queryParams" yaml:"queryParams"`
	// The table size for consistent hashing, must be prime number limited to 5000011.
	TableSize *float64 `field:"optional" json:"tableSize" yaml:"tableSize"`
}

