package gatewayenvoyproxyio


// Resumption determines the proxy's supported TLS session resumption option.
//
// By default, Envoy Gateway does not enable session resumption. Use sessionResumption to
// enable stateful and stateless session resumption. Users should consider security impacts
// of different resumption methods. Performance gains from resumption are diminished when
// Envoy proxy is deployed with more than one replica.
type ClientTrafficPolicySpecTlsSessionResumption struct {
	// Stateful defines setting for stateful (session-id based) session resumption.
	Stateful interface{} `field:"optional" json:"stateful" yaml:"stateful"`
	// Stateless defines setting for stateless (session-ticket based) session resumption.
	Stateless interface{} `field:"optional" json:"stateless" yaml:"stateless"`
}

