package gatewayenvoyproxyio


// Timeout settings for the backend connections.
type BackendTrafficPolicySpecTimeout struct {
	// Timeout settings for HTTP.
	Http *BackendTrafficPolicySpecTimeoutHttp `field:"optional" json:"http" yaml:"http"`
	// Timeout settings for TCP.
	Tcp *BackendTrafficPolicySpecTimeoutTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

