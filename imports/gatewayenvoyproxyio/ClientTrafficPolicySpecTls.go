package gatewayenvoyproxyio


// TLS settings configure TLS termination settings with the downstream client.
type ClientTrafficPolicySpecTls struct {
	// ALPNProtocols supplies the list of ALPN protocols that should be exposed by the listener or used by the proxy to connect to the backend.
	//
	// Defaults:
	// 1. HTTPS Routes: h2 and http/1.1 are enabled in listener context.
	// 2. Other Routes: ALPN is disabled.
	// 3. Backends: proxy uses the appropriate ALPN options for the backend protocol.
	// When an empty list is provided, the ALPN TLS extension is disabled.
	//
	// Defaults to [h2, http/1.1] if not specified.
	//
	// Typical Supported values are:
	// - http/1.0
	// - http/1.1
	// - h2.
	// Default: h2, http/1.1] if not specified.
	//
	AlpnProtocols *[]*string `field:"optional" json:"alpnProtocols" yaml:"alpnProtocols"`
	// Ciphers specifies the set of cipher suites supported when negotiating TLS 1.0 - 1.2. This setting has no effect for TLS 1.3. For Envoy TLS cipher suite configuration semantics and default cipher lists, see the Envoy documentation: https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/transport_sockets/tls/v3/common.proto#extensions-transport-sockets-tls-v3-tlsparameters Supported cipher suite names: - ECDHE-ECDSA-AES128-GCM-SHA256 - ECDHE-RSA-AES128-GCM-SHA256 - ECDHE-ECDSA-AES256-GCM-SHA384 - ECDHE-RSA-AES256-GCM-SHA384 - ECDHE-ECDSA-CHACHA20-POLY1305 - ECDHE-RSA-CHACHA20-POLY1305 - ECDHE-ECDSA-AES128-SHA - ECDHE-RSA-AES128-SHA - AES128-GCM-SHA256 - AES128-SHA - ECDHE-ECDSA-AES256-SHA - ECDHE-RSA-AES256-SHA - AES256-GCM-SHA384 - AES256-SHA Supported IANA/RFC aliases: - TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 - TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 - TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 - TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 - TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256 - TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA - TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA - TLS_RSA_WITH_AES_128_GCM_SHA256 - TLS_RSA_WITH_AES_128_CBC_SHA - TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA - TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA - TLS_RSA_WITH_AES_256_GCM_SHA384 - TLS_RSA_WITH_AES_256_CBC_SHA In non-FIPS Envoy Proxy builds the default cipher list is: - [ECDHE-ECDSA-AES128-GCM-SHA256|ECDHE-ECDSA-CHACHA20-POLY1305] - [ECDHE-RSA-AES128-GCM-SHA256|ECDHE-RSA-CHACHA20-POLY1305] - ECDHE-ECDSA-AES256-GCM-SHA384 - ECDHE-RSA-AES256-GCM-SHA384 In builds using BoringSSL FIPS the default cipher list is: - ECDHE-ECDSA-AES128-GCM-SHA256 - ECDHE-RSA-AES128-GCM-SHA256 - ECDHE-ECDSA-AES256-GCM-SHA384 - ECDHE-RSA-AES256-GCM-SHA384.
	Ciphers *[]*string `field:"optional" json:"ciphers" yaml:"ciphers"`
	// ClientValidation specifies the configuration to validate the client initiating the TLS connection to the Gateway listener.
	ClientValidation *ClientTrafficPolicySpecTlsClientValidation `field:"optional" json:"clientValidation" yaml:"clientValidation"`
	// ECDHCurves specifies the set of supported ECDH curves.
	//
	// In non-FIPS Envoy Proxy builds the default curves are:
	// - X25519
	// - P-256
	// In builds using BoringSSL FIPS the default curve is:
	// - P-256.
	EcdhCurves *[]*string `field:"optional" json:"ecdhCurves" yaml:"ecdhCurves"`
	// Fingerprints specifies TLS client fingerprinting.
	//
	// When specified, a JAX fingerprint derived from the client’s TLS handshake
	// is generated. The fingerprint can be logged in access logs or
	// forwarded to upstream services using request headers.
	//
	// Fingerprinting is disabled if not specified.
	//
	// Supported values are:
	// - JA3
	// - JA4.
	Fingerprints *[]ClientTrafficPolicySpecTlsFingerprints `field:"optional" json:"fingerprints" yaml:"fingerprints"`
	// Max specifies the maximal TLS protocol version to allow The default is TLS 1.3 if this is not specified.
	MaxVersion ClientTrafficPolicySpecTlsMaxVersion `field:"optional" json:"maxVersion" yaml:"maxVersion"`
	// Min specifies the minimal TLS protocol version to allow.
	//
	// The default is TLS 1.2 if this is not specified.
	MinVersion ClientTrafficPolicySpecTlsMinVersion `field:"optional" json:"minVersion" yaml:"minVersion"`
	// Session defines settings related to TLS session management.
	Session *ClientTrafficPolicySpecTlsSession `field:"optional" json:"session" yaml:"session"`
	// SignatureAlgorithms specifies which signature algorithms the listener should support.
	SignatureAlgorithms *[]*string `field:"optional" json:"signatureAlgorithms" yaml:"signatureAlgorithms"`
}

