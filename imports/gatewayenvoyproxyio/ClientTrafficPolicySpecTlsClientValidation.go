package gatewayenvoyproxyio


// ClientValidation specifies the configuration to validate the client initiating the TLS connection to the Gateway listener.
type ClientTrafficPolicySpecTlsClientValidation struct {
	// AllowExpiredCertificate permits client certificates that have expired but are otherwise valid (CA chain, signature).
	//
	// When true, Envoy skips
	// the NotAfter check during client certificate validation.
	// Defaults to false.
	// Default: false.
	//
	AllowExpiredCertificate *bool `field:"optional" json:"allowExpiredCertificate" yaml:"allowExpiredCertificate"`
	// CACertificateRefs contains one or more references to Kubernetes objects that contain TLS certificates of the Certificate Authorities that can be used as a trust anchor to validate the certificates presented by the client.
	//
	// A single reference to a Kubernetes ConfigMap or a Kubernetes Secret,
	// with the CA certificate in a key named `ca.crt` is currently supported.
	//
	// References to a resource in different namespace are invalid UNLESS there
	// is a ReferenceGrant in the target namespace that allows the certificate
	// to be attached.
	CaCertificateRefs *[]*ClientTrafficPolicySpecTlsClientValidationCaCertificateRefs `field:"optional" json:"caCertificateRefs" yaml:"caCertificateRefs"`
	// An optional list of hex-encoded SHA-256 hashes.
	//
	// If specified, Envoy will
	// verify that the SHA-256 of the DER-encoded presented certificate matches
	// one of the specified values.
	CertificateHashes *[]*string `field:"optional" json:"certificateHashes" yaml:"certificateHashes"`
	// Crl specifies the crl configuration that can be used to validate the client initiating the TLS connection.
	Crl *ClientTrafficPolicySpecTlsClientValidationCrl `field:"optional" json:"crl" yaml:"crl"`
	// Mode defines how the Gateway or Listener validates client certificates.
	//
	// If not specified, defaults to RequireAndVerify.
	Mode ClientTrafficPolicySpecTlsClientValidationMode `field:"optional" json:"mode" yaml:"mode"`
	// Optional set to true accepts connections even when a client doesn't present a certificate.
	//
	// Defaults to false, which rejects connections without a valid client certificate.
	//
	// Deprecated: Use Mode instead.
	// Default: false, which rejects connections without a valid client certificate.
	//
	Optional *bool `field:"optional" json:"optional" yaml:"optional"`
	// An optional list of base64-encoded SHA-256 hashes.
	//
	// If specified, Envoy will
	// verify that the SHA-256 of the DER-encoded Subject Public Key Information
	// (SPKI) of the presented certificate matches one of the specified values.
	SpkiHashes *[]*string `field:"optional" json:"spkiHashes" yaml:"spkiHashes"`
	// An optional list of Subject Alternative name matchers.
	//
	// If specified, Envoy
	// will verify that the Subject Alternative Name of the presented certificate
	// matches one of the specified matchers.
	SubjectAltNames *ClientTrafficPolicySpecTlsClientValidationSubjectAltNames `field:"optional" json:"subjectAltNames" yaml:"subjectAltNames"`
}

