package gatewayenvoyproxyio


// TriggerEnum specifies the conditions that trigger retries.
type BackendTrafficPolicySpecRetryRetryOnTriggers string

const (
	// 5xx.
	BackendTrafficPolicySpecRetryRetryOnTriggers_VALUE_5XX BackendTrafficPolicySpecRetryRetryOnTriggers = "VALUE_5XX"
	// gateway-error.
	BackendTrafficPolicySpecRetryRetryOnTriggers_GATEWAY_HYPHEN_ERROR BackendTrafficPolicySpecRetryRetryOnTriggers = "GATEWAY_HYPHEN_ERROR"
	// reset.
	BackendTrafficPolicySpecRetryRetryOnTriggers_RESET BackendTrafficPolicySpecRetryRetryOnTriggers = "RESET"
	// reset-before-request.
	BackendTrafficPolicySpecRetryRetryOnTriggers_RESET_HYPHEN_BEFORE_HYPHEN_REQUEST BackendTrafficPolicySpecRetryRetryOnTriggers = "RESET_HYPHEN_BEFORE_HYPHEN_REQUEST"
	// connect-failure.
	BackendTrafficPolicySpecRetryRetryOnTriggers_CONNECT_HYPHEN_FAILURE BackendTrafficPolicySpecRetryRetryOnTriggers = "CONNECT_HYPHEN_FAILURE"
	// retriable-4xx.
	BackendTrafficPolicySpecRetryRetryOnTriggers_RETRIABLE_HYPHEN_4XX BackendTrafficPolicySpecRetryRetryOnTriggers = "RETRIABLE_HYPHEN_4XX"
	// refused-stream.
	BackendTrafficPolicySpecRetryRetryOnTriggers_REFUSED_HYPHEN_STREAM BackendTrafficPolicySpecRetryRetryOnTriggers = "REFUSED_HYPHEN_STREAM"
	// retriable-status-codes.
	BackendTrafficPolicySpecRetryRetryOnTriggers_RETRIABLE_HYPHEN_STATUS_HYPHEN_CODES BackendTrafficPolicySpecRetryRetryOnTriggers = "RETRIABLE_HYPHEN_STATUS_HYPHEN_CODES"
	// cancelled.
	BackendTrafficPolicySpecRetryRetryOnTriggers_CANCELLED BackendTrafficPolicySpecRetryRetryOnTriggers = "CANCELLED"
	// deadline-exceeded.
	BackendTrafficPolicySpecRetryRetryOnTriggers_DEADLINE_HYPHEN_EXCEEDED BackendTrafficPolicySpecRetryRetryOnTriggers = "DEADLINE_HYPHEN_EXCEEDED"
	// internal.
	BackendTrafficPolicySpecRetryRetryOnTriggers_INTERNAL BackendTrafficPolicySpecRetryRetryOnTriggers = "INTERNAL"
	// resource-exhausted.
	BackendTrafficPolicySpecRetryRetryOnTriggers_RESOURCE_HYPHEN_EXHAUSTED BackendTrafficPolicySpecRetryRetryOnTriggers = "RESOURCE_HYPHEN_EXHAUSTED"
	// unavailable.
	BackendTrafficPolicySpecRetryRetryOnTriggers_UNAVAILABLE BackendTrafficPolicySpecRetryRetryOnTriggers = "UNAVAILABLE"
)

