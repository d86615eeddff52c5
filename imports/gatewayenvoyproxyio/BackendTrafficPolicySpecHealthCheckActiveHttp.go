package gatewayenvoyproxyio


// HTTP defines the configuration of http health checker.
//
// It's required while the health checker type is HTTP.
type BackendTrafficPolicySpecHealthCheckActiveHttp struct {
	// Path defines the HTTP path that will be requested during health checking.
	Path *string `field:"required" json:"path" yaml:"path"`
	// ExpectedResponse defines a list of HTTP expected responses to match.
	ExpectedResponse *BackendTrafficPolicySpecHealthCheckActiveHttpExpectedResponse `field:"optional" json:"expectedResponse" yaml:"expectedResponse"`
	// ExpectedStatuses defines a list of HTTP response statuses considered healthy.
	//
	// Defaults to 200 only.
	// Default: 200 only.
	//
	ExpectedStatuses *[]*float64 `field:"optional" json:"expectedStatuses" yaml:"expectedStatuses"`
	// Hostname defines the HTTP Host header used for active HTTP health checks.
	//
	// Host selection uses this order: this field, the associated Backend endpoint
	// hostname if available, then the effective Route hostname.
	Hostname *string `field:"optional" json:"hostname" yaml:"hostname"`
	// Method defines the HTTP method used for health checking.
	//
	// Defaults to GET.
	// Default: GET.
	//
	Method *string `field:"optional" json:"method" yaml:"method"`
	// RequestBody defines the HTTP request body payload sent during health checking.
	RequestBody *BackendTrafficPolicySpecHealthCheckActiveHttpRequestBody `field:"optional" json:"requestBody" yaml:"requestBody"`
	// RetriableStatuses defines a list of HTTP response statuses considered retriable.
	//
	// Responses matching these statuses count towards the unhealthy threshold but
	// do not result in the host being considered immediately unhealthy.
	// The expected statuses take precedence for any range overlaps with this field.
	RetriableStatuses *[]*float64 `field:"optional" json:"retriableStatuses" yaml:"retriableStatuses"`
}

