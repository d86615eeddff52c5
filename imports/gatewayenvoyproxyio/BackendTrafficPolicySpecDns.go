package gatewayenvoyproxyio


// DNS includes dns resolution settings.
type BackendTrafficPolicySpecDns struct {
	// DNSRefreshRate specifies the rate at which DNS records should be refreshed.
	//
	// Defaults to 30 seconds.
	// Default: 30 seconds.
	//
	DnsRefreshRate *string `field:"optional" json:"dnsRefreshRate" yaml:"dnsRefreshRate"`
	// LookupFamily determines how Envoy would resolve DNS for Routes where the backend is specified as a fully qualified domain name (FQDN).
	//
	// If set, this configuration overrides other defaults.
	LookupFamily BackendTrafficPolicySpecDnsLookupFamily `field:"optional" json:"lookupFamily" yaml:"lookupFamily"`
	// RespectDNSTTL indicates whether the DNS Time-To-Live (TTL) should be respected.
	//
	// If the value is set to true, the DNS refresh rate will be set to the resource record’s TTL.
	// Defaults to true.
	// Default: true.
	//
	RespectDnsTtl *bool `field:"optional" json:"respectDnsTtl" yaml:"respectDnsTtl"`
}

