package gatewayenvoyproxyio


// Mode defines how the Gateway or Listener validates client certificates.
//
// If not specified, defaults to RequireAndVerify.
type ClientTrafficPolicySpecTlsClientValidationMode string

const (
	// Request.
	ClientTrafficPolicySpecTlsClientValidationMode_REQUEST ClientTrafficPolicySpecTlsClientValidationMode = "REQUEST"
	// RequireAny.
	ClientTrafficPolicySpecTlsClientValidationMode_REQUIRE_ANY ClientTrafficPolicySpecTlsClientValidationMode = "REQUIRE_ANY"
	// VerifyIfGiven.
	ClientTrafficPolicySpecTlsClientValidationMode_VERIFY_IF_GIVEN ClientTrafficPolicySpecTlsClientValidationMode = "VERIFY_IF_GIVEN"
	// RequireAndVerify.
	ClientTrafficPolicySpecTlsClientValidationMode_REQUIRE_AND_VERIFY ClientTrafficPolicySpecTlsClientValidationMode = "REQUIRE_AND_VERIFY"
)

