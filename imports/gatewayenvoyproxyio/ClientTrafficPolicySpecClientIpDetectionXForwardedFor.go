package gatewayenvoyproxyio


// XForwardedForSettings provides configuration for using X-Forwarded-For headers for determining the client IP address.
type ClientTrafficPolicySpecClientIpDetectionXForwardedFor struct {
	// DisableXForwardedForAppend configures Envoy Proxy to stop appending the downstream address to the X-Forwarded-For header.
	//
	// This only disables the automatic append behavior. It does not remove or sanitize
	// an incoming X-Forwarded-For header.
	DisableXForwardedForAppend *bool `field:"optional" json:"disableXForwardedForAppend" yaml:"disableXForwardedForAppend"`
	// NumTrustedHops specifies how many trusted hops to count from the rightmost side of the X-Forwarded-For (XFF) header when determining the original client’s IP address.
	//
	// If NumTrustedHops is set to N, the client IP is taken from the Nth address from the
	// right end of the XFF header.
	//
	// Example:
	// XFF = "203.0.113.128, 203.0.113.10, 203.0.113.1"
	// NumTrustedHops = 2
	// → Trusted client address = 203.0.113.10
	//
	// Only one of NumTrustedHops or TrustedCIDRs should be configured.
	NumTrustedHops *float64 `field:"optional" json:"numTrustedHops" yaml:"numTrustedHops"`
	// TrustedCIDRs is a list of CIDR ranges to trust when evaluating the remote IP address to determine the original client’s IP address.
	//
	// When the remote IP address matches a trusted CIDR and the x-forwarded-for header was sent,
	// each entry in the x-forwarded-for header is evaluated from right to left
	// and the first public non-trusted address is used as the original client address.
	// If all addresses in x-forwarded-for are within the trusted list, the first (leftmost) entry is used.
	// Only one of NumTrustedHops and TrustedCIDRs must be set.
	TrustedCidRs *[]*string `field:"optional" json:"trustedCidRs" yaml:"trustedCidRs"`
}

