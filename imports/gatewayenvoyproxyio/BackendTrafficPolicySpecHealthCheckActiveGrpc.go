package gatewayenvoyproxyio


// GRPC defines the configuration of the GRPC health checker.
//
// It's optional, and can only be used if the specified type is GRPC.
type BackendTrafficPolicySpecHealthCheckActiveGrpc struct {
	// Service to send in the health check request.
	//
	// If this is not specified, then the health check request applies to the entire
	// server and not to a specific service.
	Service *string `field:"optional" json:"service" yaml:"service"`
}

