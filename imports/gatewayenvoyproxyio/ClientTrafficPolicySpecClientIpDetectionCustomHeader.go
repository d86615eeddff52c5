package gatewayenvoyproxyio


// CustomHeader provides configuration for determining the client IP address for a request based on a trusted custom HTTP header.
//
// This uses the custom_header original IP detection extension.
// Refer to https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/http/original_ip_detection/custom_header/v3/custom_header.proto
// for more details.
type ClientTrafficPolicySpecClientIpDetectionCustomHeader struct {
	// Name of the header containing the original downstream remote address, if present.
	Name *string `field:"required" json:"name" yaml:"name"`
	// FailClosed is a switch used to control the flow of traffic when client IP detection fails.
	//
	// If set to true, the listener will respond with 403 Forbidden when the client
	// IP address cannot be determined.
	FailClosed *bool `field:"optional" json:"failClosed" yaml:"failClosed"`
}

