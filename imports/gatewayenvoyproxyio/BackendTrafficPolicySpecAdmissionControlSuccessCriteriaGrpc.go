package gatewayenvoyproxyio


// GRPC defines success criteria for gRPC requests.
type BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpc struct {
	// StatusCodes defines gRPC status codes that are considered successful.
	//
	// Status codes are defined in https://github.com/grpc/grpc/blob/master/doc/statuscodes.md#status-codes-and-their-use-in-grpc.
	StatusCodes *[]BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes `field:"optional" json:"statusCodes" yaml:"statusCodes"`
}

