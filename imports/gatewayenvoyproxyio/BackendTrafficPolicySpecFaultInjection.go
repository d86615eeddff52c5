package gatewayenvoyproxyio


// FaultInjection defines the fault injection policy to be applied.
//
// This configuration can be used to
// inject delays and abort requests to mimic failure scenarios such as service failures and overloads.
type BackendTrafficPolicySpecFaultInjection struct {
	// If specified, the request will be aborted if it meets the configuration criteria.
	Abort *BackendTrafficPolicySpecFaultInjectionAbort `field:"optional" json:"abort" yaml:"abort"`
	// If specified, a delay will be injected into the request.
	Delay *BackendTrafficPolicySpecFaultInjectionDelay `field:"optional" json:"delay" yaml:"delay"`
}

