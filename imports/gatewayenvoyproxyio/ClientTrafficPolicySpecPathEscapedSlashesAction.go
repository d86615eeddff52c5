package gatewayenvoyproxyio


// EscapedSlashesAction determines how %2f, %2F, %5c, or %5C sequences in the path URI should be handled.
//
// The default is UnescapeAndRedirect.
type ClientTrafficPolicySpecPathEscapedSlashesAction string

const (
	// KeepUnchanged.
	ClientTrafficPolicySpecPathEscapedSlashesAction_KEEP_UNCHANGED ClientTrafficPolicySpecPathEscapedSlashesAction = "KEEP_UNCHANGED"
	// RejectRequest.
	ClientTrafficPolicySpecPathEscapedSlashesAction_REJECT_REQUEST ClientTrafficPolicySpecPathEscapedSlashesAction = "REJECT_REQUEST"
	// UnescapeAndForward.
	ClientTrafficPolicySpecPathEscapedSlashesAction_UNESCAPE_AND_FORWARD ClientTrafficPolicySpecPathEscapedSlashesAction = "UNESCAPE_AND_FORWARD"
	// UnescapeAndRedirect.
	ClientTrafficPolicySpecPathEscapedSlashesAction_UNESCAPE_AND_REDIRECT ClientTrafficPolicySpecPathEscapedSlashesAction = "UNESCAPE_AND_REDIRECT"
)

