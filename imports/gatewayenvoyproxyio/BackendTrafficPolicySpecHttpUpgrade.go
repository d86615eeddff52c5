package gatewayenvoyproxyio


// ProtocolUpgradeConfig specifies the configuration for protocol upgrades.
type BackendTrafficPolicySpecHttpUpgrade struct {
	// Type is the case-insensitive type of protocol upgrade.
	//
	// e.g. `websocket`, `CONNECT`, `spdy/3.1` etc.
	Type *string `field:"required" json:"type" yaml:"type"`
	// Connect specifies the configuration for the CONNECT config.
	//
	// This is allowed only when type is CONNECT.
	Connect *BackendTrafficPolicySpecHttpUpgradeConnect `field:"optional" json:"connect" yaml:"connect"`
}

