package gatewayenvoyproxyio


// LookupFamily determines how Envoy would resolve DNS for Routes where the backend is specified as a fully qualified domain name (FQDN).
//
// If set, this configuration overrides other defaults.
type BackendTrafficPolicySpecDnsLookupFamily string

const (
	// IPv4.
	BackendTrafficPolicySpecDnsLookupFamily_I_PV4 BackendTrafficPolicySpecDnsLookupFamily = "I_PV4"
	// IPv6.
	BackendTrafficPolicySpecDnsLookupFamily_I_PV6 BackendTrafficPolicySpecDnsLookupFamily = "I_PV6"
	// IPv4Preferred.
	BackendTrafficPolicySpecDnsLookupFamily_I_PV4_PREFERRED BackendTrafficPolicySpecDnsLookupFamily = "I_PV4_PREFERRED"
	// IPv6Preferred.
	BackendTrafficPolicySpecDnsLookupFamily_I_PV6_PREFERRED BackendTrafficPolicySpecDnsLookupFamily = "I_PV6_PREFERRED"
	// IPv4AndIPv6.
	BackendTrafficPolicySpecDnsLookupFamily_I_PV4_AND_I_PV6 BackendTrafficPolicySpecDnsLookupFamily = "I_PV4_AND_I_PV6"
)

