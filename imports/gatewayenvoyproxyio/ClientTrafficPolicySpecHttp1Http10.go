package gatewayenvoyproxyio


// HTTP10 turns on support for HTTP/1.0 and HTTP/0.9 requests.
type ClientTrafficPolicySpecHttp1Http10 struct {
	// UseDefaultHost specifies whether a default Host header should be injected into HTTP/1.0 requests that do not include one.
	//
	// When set to true, Envoy Gateway injects the hostname associated with the
	// listener or route into the request, in the following order:
	//
	// 1. If the targeted listener has a non-wildcard hostname, use that hostname.
	// 2. If there is exactly one HTTPRoute with a non-wildcard hostname under
	// the targeted listener, use that hostname.
	//
	// Note: Setting this field to true without a non-wildcard hostname makes the
	// ClientTrafficPolicy invalid.
	UseDefaultHost *bool `field:"optional" json:"useDefaultHost" yaml:"useDefaultHost"`
}

