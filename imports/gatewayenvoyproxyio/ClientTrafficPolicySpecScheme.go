package gatewayenvoyproxyio


// Scheme configures how the :scheme pseudo-header is set for requests forwarded to backends.
//
// - Preserve (default): Preserves the :scheme from the original client request.
// Use this when backends need to know the original client scheme for URL generation or redirects.
//
// - MatchBackend: Sets the :scheme to match the backend transport protocol.
// If the backend uses TLS, the scheme is "https", otherwise "http".
// Use this when backends require the scheme to match the actual transport protocol,
// such as strictly HTTPS services that validate the :scheme header.
type ClientTrafficPolicySpecScheme string

const (
	// Preserve.
	ClientTrafficPolicySpecScheme_PRESERVE ClientTrafficPolicySpecScheme = "PRESERVE"
	// MatchBackend.
	ClientTrafficPolicySpecScheme_MATCH_BACKEND ClientTrafficPolicySpecScheme = "MATCH_BACKEND"
)

