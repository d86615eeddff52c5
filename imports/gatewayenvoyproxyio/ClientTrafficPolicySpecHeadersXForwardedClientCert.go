package gatewayenvoyproxyio


// XForwardedClientCert configures how Envoy Proxy handle the x-forwarded-client-cert (XFCC) HTTP header.
//
// x-forwarded-client-cert (XFCC) is an HTTP header used to forward the certificate
// information of part or all of the clients or proxies that a request has flowed through,
// on its way from the client to the server.
//
// Envoy proxy may choose to sanitize/append/forward the XFCC header before proxying the request.
//
// If not set, the default behavior is sanitizing the XFCC header.
type ClientTrafficPolicySpecHeadersXForwardedClientCert struct {
	// CertDetailsToAdd specifies the fields in the client certificate to be forwarded in the XFCC header.
	//
	// Hash(the SHA 256 digest of the current client certificate) and By(the Subject Alternative Name)
	// are always included if the client certificate is forwarded.
	//
	// This field is only applicable when the mode is set to `AppendForward` or
	// `SanitizeSet` and the client connection is mTLS.
	CertDetailsToAdd *[]ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd `field:"optional" json:"certDetailsToAdd" yaml:"certDetailsToAdd"`
	// Mode defines how XFCC header is handled by Envoy Proxy.
	//
	// If not set, the default mode is `Sanitize`.
	Mode ClientTrafficPolicySpecHeadersXForwardedClientCertMode `field:"optional" json:"mode" yaml:"mode"`
}

