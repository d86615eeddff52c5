package gatewayenvoyproxyio


// Crl specifies the crl configuration that can be used to validate the client initiating the TLS connection.
type ClientTrafficPolicySpecTlsClientValidationCrl struct {
	// Refs contains one or more references to a Kubernetes ConfigMap or a Kubernetes Secret, containing the certificate revocation list in PEM format Expects the content in a key named `ca.crl`.
	//
	// References to a resource in different namespace are invalid UNLESS there
	// is a ReferenceGrant in the target namespace that allows the crl
	// to be attached.
	Refs *[]*ClientTrafficPolicySpecTlsClientValidationCrlRefs `field:"required" json:"refs" yaml:"refs"`
	// If this option is set to true,  Envoy will only verify the certificate at the end of the certificate chain against the CRL.
	//
	// Defaults to false, which will verify the entire certificate chain against the CRL.
	// Default: false, which will verify the entire certificate chain against the CRL.
	//
	OnlyVerifyLeafCertificate *bool `field:"optional" json:"onlyVerifyLeafCertificate" yaml:"onlyVerifyLeafCertificate"`
}

