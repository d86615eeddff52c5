package gatewayenvoyproxyio


// Timeout settings for the client connections.
type ClientTrafficPolicySpecTimeout struct {
	// Timeout settings for HTTP.
	Http *ClientTrafficPolicySpecTimeoutHttp `field:"optional" json:"http" yaml:"http"`
	// Timeout settings for TCP.
	Tcp *ClientTrafficPolicySpecTimeoutTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

