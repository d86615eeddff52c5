package gatewayenvoyproxyio


// WithUnderscoresAction configures the action to take when an HTTP header with underscores is encountered.
//
// The default action is to reject the request.
type ClientTrafficPolicySpecHeadersWithUnderscoresAction string

const (
	// Allow.
	ClientTrafficPolicySpecHeadersWithUnderscoresAction_ALLOW ClientTrafficPolicySpecHeadersWithUnderscoresAction = "ALLOW"
	// RejectRequest.
	ClientTrafficPolicySpecHeadersWithUnderscoresAction_REJECT_REQUEST ClientTrafficPolicySpecHeadersWithUnderscoresAction = "REJECT_REQUEST"
	// DropHeader.
	ClientTrafficPolicySpecHeadersWithUnderscoresAction_DROP_HEADER ClientTrafficPolicySpecHeadersWithUnderscoresAction = "DROP_HEADER"
)

