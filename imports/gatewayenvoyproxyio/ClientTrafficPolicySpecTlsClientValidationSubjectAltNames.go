package gatewayenvoyproxyio


// An optional list of Subject Alternative name matchers.
//
// If specified, Envoy
// will verify that the Subject Alternative Name of the presented certificate
// matches one of the specified matchers.
type ClientTrafficPolicySpecTlsClientValidationSubjectAltNames struct {
	// DNS names matchers.
	DnsNames *[]*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesDnsNames `field:"optional" json:"dnsNames" yaml:"dnsNames"`
	// Email addresses matchers.
	EmailAddresses *[]*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesEmailAddresses `field:"optional" json:"emailAddresses" yaml:"emailAddresses"`
	// IP addresses matchers.
	IpAddresses *[]*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesIpAddresses `field:"optional" json:"ipAddresses" yaml:"ipAddresses"`
	// Other names matchers.
	OtherNames *[]*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNames `field:"optional" json:"otherNames" yaml:"otherNames"`
	// URIs matchers.
	Uris *[]*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesUris `field:"optional" json:"uris" yaml:"uris"`
}

