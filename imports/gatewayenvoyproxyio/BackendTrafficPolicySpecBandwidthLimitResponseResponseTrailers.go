package gatewayenvoyproxyio


// ResponseTrailers configures the trailer headers appended to responses when bandwidth limiting introduces delays.
type BackendTrafficPolicySpecBandwidthLimitResponseResponseTrailers struct {
	// Prefix is prepended to each trailer header name.
	//
	// If not set, no prefix is added and the trailers are named as-is.
	// For example, setting "x-eg" produces trailers such as "x-eg-bandwidth-request-delay-ms",
	// while leaving it unset produces "bandwidth-request-delay-ms".
	//
	// The following four trailers can be added:
	// "bandwidth-request-delay-ms" is delay time in milliseconds it took for the request stream transfer
	// including request body transfer time and the time added by the filter.
	// "bandwidth-response-delay-ms" is delay time in milliseconds it took for the response stream transfer
	// including response body transfer time and the time added by the filter.
	// "bandwidth-request-filter-delay-ms" is delay time in milliseconds in request stream transfer added by the filter.
	// "bandwidth-response-filter-delay-ms" is delay time in milliseconds that added by the filter.
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
}

