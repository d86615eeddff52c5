package gatewayenvoyproxyio


// File defines the file sink configuration.
//
// Required when type is File.
type BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksFile struct {
	// Path specifies the file path for health check event output.
	//
	// Use /dev/stdout to write to standard output.
	Path *string `field:"required" json:"path" yaml:"path"`
}

