package gatewayenvoyproxyio


// Type defines the type of sink.
type BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksType string

const (
	// File.
	BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksType_FILE BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksType = "FILE"
)

