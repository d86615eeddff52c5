package gatewayenvoyproxyio


// ProxyHealthCheckLogSink defines a destination for health check event logs.
type BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinks struct {
	// Type defines the type of sink.
	Type BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksType `field:"required" json:"type" yaml:"type"`
	// File defines the file sink configuration.
	//
	// Required when type is File.
	File *BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksFile `field:"optional" json:"file" yaml:"file"`
}

