package gatewayenvoyproxyio


// Redirect configuration.
type BackendTrafficPolicySpecResponseOverrideRedirect struct {
	// Hostname is the hostname to be used in the value of the `Location` header in the response.
	//
	// When empty, the hostname in the `Host` header of the request is used.
	Hostname *string `field:"optional" json:"hostname" yaml:"hostname"`
	// Path defines parameters used to modify the path of the incoming request.
	//
	// The modified path is then used to construct the `Location` header. When
	// empty, the request path is used as-is.
	// Only ReplaceFullPath path modifier is supported currently.
	Path *BackendTrafficPolicySpecResponseOverrideRedirectPath `field:"optional" json:"path" yaml:"path"`
	// Port is the port to be used in the value of the `Location` header in the response.
	//
	// If redirect scheme is not-empty, the well-known port associated with the redirect scheme will be used.
	// Specifically "http" to port 80 and "https" to port 443. If the redirect scheme does not have a
	// well-known port or redirect scheme is empty, the listener port of the Gateway will be used.
	//
	// Port will not be added in the 'Location' header if scheme is HTTP and port is 80
	// or scheme is HTTPS and port is 443.
	Port *float64 `field:"optional" json:"port" yaml:"port"`
	// Scheme is the scheme to be used in the value of the `Location` header in the response.
	//
	// When empty, the scheme of the request is used.
	Scheme BackendTrafficPolicySpecResponseOverrideRedirectScheme `field:"optional" json:"scheme" yaml:"scheme"`
	// StatusCode is the HTTP status code to be used in response.
	StatusCode BackendTrafficPolicySpecResponseOverrideRedirectStatusCode `field:"optional" json:"statusCode" yaml:"statusCode"`
}

