package gatewayenvoyproxyio


// Session defines settings related to TLS session management.
type ClientTrafficPolicySpecTlsSession struct {
	// Resumption determines the proxy's supported TLS session resumption option.
	//
	// By default, Envoy Gateway does not enable session resumption. Use sessionResumption to
	// enable stateful and stateless session resumption. Users should consider security impacts
	// of different resumption methods. Performance gains from resumption are diminished when
	// Envoy proxy is deployed with more than one replica.
	Resumption *ClientTrafficPolicySpecTlsSessionResumption `field:"optional" json:"resumption" yaml:"resumption"`
}

