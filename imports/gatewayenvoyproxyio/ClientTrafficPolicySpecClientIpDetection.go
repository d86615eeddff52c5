package gatewayenvoyproxyio


// ClientIPDetectionSettings provides configuration for determining the original client IP address for requests.
type ClientTrafficPolicySpecClientIpDetection struct {
	// CustomHeader provides configuration for determining the client IP address for a request based on a trusted custom HTTP header.
	//
	// This uses the custom_header original IP detection extension.
	// Refer to https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/http/original_ip_detection/custom_header/v3/custom_header.proto
	// for more details.
	CustomHeader *ClientTrafficPolicySpecClientIpDetectionCustomHeader `field:"optional" json:"customHeader" yaml:"customHeader"`
	// DirectSourceIP configures the geoip filter to use the downstream connection source address (the TCP peer of the connection terminated by Envoy) as the client IP.
	//
	// Use this in L4-transparent topologies where a load balancer preserves the original
	// client source IP at TCP level and does not populate XFF or a custom header — for
	// example, AWS NLB with target-type=instance + externalTrafficPolicy=Local, or
	// Azure Standard Load Balancer.
	//
	// Mutually exclusive with XForwardedFor and CustomHeader.
	DirectSourceIp interface{} `field:"optional" json:"directSourceIp" yaml:"directSourceIp"`
	// XForwardedForSettings provides configuration for using X-Forwarded-For headers for determining the client IP address.
	XForwardedFor *ClientTrafficPolicySpecClientIpDetectionXForwardedFor `field:"optional" json:"xForwardedFor" yaml:"xForwardedFor"`
}

