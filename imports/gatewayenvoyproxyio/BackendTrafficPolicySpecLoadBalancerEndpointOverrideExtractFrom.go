package gatewayenvoyproxyio


// EndpointOverrideExtractFrom defines a source to extract endpoint override information from.
type BackendTrafficPolicySpecLoadBalancerEndpointOverrideExtractFrom struct {
	// Header defines the header to get the override endpoint addresses.
	//
	// The header value must specify at least one endpoint in `IP:Port` format or multiple endpoints in `IP:Port,IP:Port,...` format.
	// For example `10.0.0.5:8080` or `[2600:4040:5204::1574:24ae]:80`.
	// The IPv6 address is enclosed in square brackets.
	Header *string `field:"optional" json:"header" yaml:"header"`
}

