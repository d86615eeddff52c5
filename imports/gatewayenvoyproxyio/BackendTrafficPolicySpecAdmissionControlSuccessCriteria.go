package gatewayenvoyproxyio


// SuccessCriteria defines what constitutes a successful request for both HTTP and gRPC.
type BackendTrafficPolicySpecAdmissionControlSuccessCriteria struct {
	// GRPC defines success criteria for gRPC requests.
	Grpc *BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpc `field:"optional" json:"grpc" yaml:"grpc"`
	// HTTP defines success criteria for HTTP requests.
	Http *BackendTrafficPolicySpecAdmissionControlSuccessCriteriaHttp `field:"optional" json:"http" yaml:"http"`
}

