package gatewayenvoyproxyio


// Cookie configures the cookie hash policy when the consistent hash type is set to Cookie.
type BackendTrafficPolicySpecLoadBalancerConsistentHashCookie struct {
	// Name of the cookie to hash.
	//
	// If this cookie does not exist in the request, Envoy will generate a cookie and set
	// the TTL on the response back to the client based on Layer 4
	// attributes of the backend endpoint, to ensure that these future requests
	// go to the same backend endpoint. Make sure to set the TTL field for this case.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Additional Attributes to set for the generated cookie.
	Attributes *map[string]*string `field:"optional" json:"attributes" yaml:"attributes"`
	// TTL of the generated cookie if the cookie is not present.
	//
	// This value sets the
	// Max-Age attribute value.
	Ttl *string `field:"optional" json:"ttl" yaml:"ttl"`
}

