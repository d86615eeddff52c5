package certmanagerio


// `policy` must be one of `Disabled`, `RenewBefore`.
type CertificateSpecRenewalPolicy string

const (
	// RenewBefore.
	CertificateSpecRenewalPolicy_RENEW_BEFORE CertificateSpecRenewalPolicy = "RENEW_BEFORE"
	// Disabled.
	CertificateSpecRenewalPolicy_DISABLED CertificateSpecRenewalPolicy = "DISABLED"
)

