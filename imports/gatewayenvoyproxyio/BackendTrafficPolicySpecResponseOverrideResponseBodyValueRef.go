package gatewayenvoyproxyio


// ValueRef contains the contents of the body specified as a local object reference. Only a reference to ConfigMap is supported.
//
// The value of key `response.body` in the ConfigMap will be used as the response body.
// If the key is not found, the first value in the ConfigMap will be used.
type BackendTrafficPolicySpecResponseOverrideResponseBodyValueRef struct {
	// Group is the group of the referent.
	//
	// For example, "gateway.networking.k8s.io".
	// When unspecified or empty string, core API group is inferred.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is kind of the referent.
	//
	// For example "HTTPRoute" or "Service".
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Name is the name of the referent.
	Name *string `field:"required" json:"name" yaml:"name"`
}

