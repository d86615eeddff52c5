package gatewayenvoyproxyio


// TLSFingerprintType specifies the TLS client fingerprinting mode.
type ClientTrafficPolicySpecTlsFingerprints string

const (
	// JA3.
	ClientTrafficPolicySpecTlsFingerprints_JA3 ClientTrafficPolicySpecTlsFingerprints = "JA3"
	// JA4.
	ClientTrafficPolicySpecTlsFingerprints_JA4 ClientTrafficPolicySpecTlsFingerprints = "JA4"
)

