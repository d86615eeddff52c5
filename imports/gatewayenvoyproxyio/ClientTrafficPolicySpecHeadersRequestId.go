package gatewayenvoyproxyio


// RequestID configures Envoy's behavior for handling the `X-Request-ID` header.
//
// When omitted default behavior is `Generate` which builds the `X-Request-ID` for every request
// and ignores pre-existing values from the edge.
// (An "edge request" refers to a request from an external client to the Envoy entrypoint.)
type ClientTrafficPolicySpecHeadersRequestId string

const (
	// PreserveOrGenerate.
	ClientTrafficPolicySpecHeadersRequestId_PRESERVE_OR_GENERATE ClientTrafficPolicySpecHeadersRequestId = "PRESERVE_OR_GENERATE"
	// Preserve.
	ClientTrafficPolicySpecHeadersRequestId_PRESERVE ClientTrafficPolicySpecHeadersRequestId = "PRESERVE"
	// Generate.
	ClientTrafficPolicySpecHeadersRequestId_GENERATE ClientTrafficPolicySpecHeadersRequestId = "GENERATE"
	// Disable.
	ClientTrafficPolicySpecHeadersRequestId_DISABLE ClientTrafficPolicySpecHeadersRequestId = "DISABLE"
)

