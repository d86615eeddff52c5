package gatewayenvoyproxyio


// ResponseOverride defines the configuration to override specific responses with a custom one.
type BackendTrafficPolicySpecResponseOverride struct {
	// Match configuration.
	Match *BackendTrafficPolicySpecResponseOverrideMatch `field:"required" json:"match" yaml:"match"`
	// Redirect configuration.
	Redirect *BackendTrafficPolicySpecResponseOverrideRedirect `field:"optional" json:"redirect" yaml:"redirect"`
	// Response configuration.
	Response *BackendTrafficPolicySpecResponseOverrideResponse `field:"optional" json:"response" yaml:"response"`
	// Source specifies which responses this rule applies to.
	//
	// Local overrides only Envoy-generated responses (e.g. auth failures).
	// Backend overrides only upstream responses.
	// All (default) overrides both.
	Source BackendTrafficPolicySpecResponseOverrideSource `field:"optional" json:"source" yaml:"source"`
}

