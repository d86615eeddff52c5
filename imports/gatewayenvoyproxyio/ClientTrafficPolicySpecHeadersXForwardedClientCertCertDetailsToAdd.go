package gatewayenvoyproxyio


// XFCCCertData specifies the fields in the client certificate to be forwarded in the XFCC header.
type ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd string

const (
	// Subject.
	ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_SUBJECT ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd = "SUBJECT"
	// Cert.
	ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_CERT ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd = "CERT"
	// Chain.
	ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_CHAIN ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd = "CHAIN"
	// DNS.
	ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_DNS ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd = "DNS"
	// URI.
	ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_URI ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd = "URI"
)

