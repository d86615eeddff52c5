package gatewayenvoyproxyio


// Connect specifies the configuration for the CONNECT config.
//
// This is allowed only when type is CONNECT.
type BackendTrafficPolicySpecHttpUpgradeConnect struct {
	// Terminate the CONNECT request, and forwards the payload as raw TCP data.
	Terminate *bool `field:"optional" json:"terminate" yaml:"terminate"`
}

