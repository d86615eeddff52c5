package gatewayenvoyproxyio


// Match configuration.
type BackendTrafficPolicySpecResponseOverrideMatch struct {
	// Response headers to match on.
	//
	// The match evaluates to true if all matches are successful.
	ResponseHeaders *[]*BackendTrafficPolicySpecResponseOverrideMatchResponseHeaders `field:"optional" json:"responseHeaders" yaml:"responseHeaders"`
	// Status code to match on.
	//
	// The match evaluates to true if any of the matches are successful.
	StatusCodes *[]*BackendTrafficPolicySpecResponseOverrideMatchStatusCodes `field:"optional" json:"statusCodes" yaml:"statusCodes"`
}

