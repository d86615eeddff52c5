package certmanagerio


// `renewal` allows configuration of how your certificate is renewed.
//
// If the policy mentioned is
// `RenewBefore` then the controller respects `renewBefore` and `renewBeforePercentage`.
type CertificateSpecRenewal struct {
	// `policy` must be one of `Disabled`, `RenewBefore`.
	Policy CertificateSpecRenewalPolicy `field:"optional" json:"policy" yaml:"policy"`
	// `windows` mentions the behavior of when the renewal must happen.
	Windows *[]*CertificateSpecRenewalWindows `field:"optional" json:"windows" yaml:"windows"`
}

