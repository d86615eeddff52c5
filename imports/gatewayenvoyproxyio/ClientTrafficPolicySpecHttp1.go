package gatewayenvoyproxyio


// HTTP1 provides HTTP/1 configuration on the listener.
type ClientTrafficPolicySpecHttp1 struct {
	// DisableSafeMaxConnectionDuration controls the close behavior for HTTP/1 connections.
	//
	// By default, connection closure is delayed until the next request arrives after maxConnectionDuration is exceeded.
	// It then adds a Connection: close header and gracefully closes the connection after the response completes.
	// When set to true (disabled), Envoy uses its default drain behavior, closing the connection shortly after maxConnectionDuration elapses.
	// Has no effect unless maxConnectionDuration is set.
	DisableSafeMaxConnectionDuration *bool `field:"optional" json:"disableSafeMaxConnectionDuration" yaml:"disableSafeMaxConnectionDuration"`
	// EnableTrailers defines if HTTP/1 trailers should be proxied by Envoy.
	EnableTrailers *bool `field:"optional" json:"enableTrailers" yaml:"enableTrailers"`
	// HTTP10 turns on support for HTTP/1.0 and HTTP/0.9 requests.
	Http10 *ClientTrafficPolicySpecHttp1Http10 `field:"optional" json:"http10" yaml:"http10"`
	// IgnoredUpgradeTypes specifies a list of upgrade types for which HTTP/1.1 Upgrade requests should be ignored by Envoy instead of being rejected with a 403 response. When a client sends an HTTP/1.1 request with Connection: Upgrade and an Upgrade header matching one of these matchers, Envoy will strip the upgrade headers and process the request as a normal HTTP/1.1 request.
	//
	// Example: To ignore TLS upgrade requests (RFC 2817), use a Prefix match with value "TLS/".
	IgnoredUpgradeTypes *[]*ClientTrafficPolicySpecHttp1IgnoredUpgradeTypes `field:"optional" json:"ignoredUpgradeTypes" yaml:"ignoredUpgradeTypes"`
	// PreserveHeaderCase defines if Envoy should preserve the letter case of headers.
	//
	// By default, Envoy will lowercase all the headers.
	PreserveHeaderCase *bool `field:"optional" json:"preserveHeaderCase" yaml:"preserveHeaderCase"`
}

