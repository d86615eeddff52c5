package gatewayenvoyproxyio


// GRPC provides gRPC configuration on the listener.
type ClientTrafficPolicySpecGrpc struct {
	// EnableWeb configures the gRPC-web filter on the listener.
	//
	// The gRPC-web filter allows clients (typically browsers) to make gRPC calls
	// using HTTP/1.1 or HTTP/2.
	//
	// This is enabled by default for GRPCRoute and opt-in for HTTPRoute.
	// In general, gRPC traffic should be handled via GRPCRoute, but there are cases where
	// users want to route gRPC using HTTPRoute for its richer matching capabilities.
	// Therefore, we enable this behavior only when it is explicitly opted in.
	EnableWeb *bool `field:"optional" json:"enableWeb" yaml:"enableWeb"`
}

