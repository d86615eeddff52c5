package certmanagerio


// CertificateRenewalWindows is the definition for renewal windows.
type CertificateSpecRenewalWindows struct {
	// `cron` is a cron compliant string to allow when the renewal should be allowed.
	//
	// Format is as shown below:
	// * * * * *
	// | | | | |
	// | | | | day of the week (0–6) (Sunday to Saturday;
	// | | | month (1–12)             7 is also Sunday on some systems)
	// | | day of the month (1–31)
	// | hour (0–23)
	// minute (0–59).
	Cron *string `field:"required" json:"cron" yaml:"cron"`
	// `windowDuration` is how long the cron definition is active for.
	//
	// Value must be in units accepted by Go time.ParseDuration https://golang.org/pkg/time/#ParseDuration.
	WindowDuration *string `field:"required" json:"windowDuration" yaml:"windowDuration"`
	// `timezone` is IANA compliant timezone.
	//
	// For example America/Denver.
	// If this field is not set, timezone is treated as UTC.
	Timezone *string `field:"optional" json:"timezone" yaml:"timezone"`
}

