package gatewayenvoyproxyio


// SourceCIDR is the client IP Address range to match on.
type BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsSourceCidr struct {
	// Value is the IP CIDR that represents the range of Source IP Addresses of the client.
	//
	// These could also be the intermediate addresses through which the request has flown through and is part of the  `X-Forwarded-For` header.
	// For example, `192.168.0.1/32`, `192.168.0.0/24`, `001:db8::/64`.
	Value *string `field:"required" json:"value" yaml:"value"`
	// Invert specifies whether the source range match result will be inverted.
	//
	// When true, the rule matches when the client IP is not in the specified range(s).
	Invert *bool `field:"optional" json:"invert" yaml:"invert"`
	Type BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsSourceCidrType `field:"optional" json:"type" yaml:"type"`
}

