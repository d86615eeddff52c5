package gatewayenvoyproxyio


// If specified, the request will be aborted if it meets the configuration criteria.
type BackendTrafficPolicySpecFaultInjectionAbort struct {
	// GrpcStatus specifies the GRPC status code to be returned.
	GrpcStatus *float64 `field:"optional" json:"grpcStatus" yaml:"grpcStatus"`
	// StatusCode specifies the HTTP status code to be returned.
	HttpStatus *float64 `field:"optional" json:"httpStatus" yaml:"httpStatus"`
	// Percentage specifies the percentage of requests to be aborted.
	//
	// Default 100%, if set 0, no requests will be aborted. Accuracy to 0.0001%.
	Percentage *float64 `field:"optional" json:"percentage" yaml:"percentage"`
}

