package gatewayenvoyproxyio


// HTTP defines success criteria for HTTP requests.
type BackendTrafficPolicySpecAdmissionControlSuccessCriteriaHttp struct {
	// StatusCodes defines HTTP status codes that are considered successful.
	StatusCodes *[]*float64 `field:"optional" json:"statusCodes" yaml:"statusCodes"`
}

