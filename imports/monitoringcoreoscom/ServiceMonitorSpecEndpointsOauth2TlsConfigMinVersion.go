package monitoringcoreoscom


// Minimum acceptable TLS version.
//
// It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
type ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion string

const (
	// TLS10.
	ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS10 ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion = "TLS10"
	// TLS11.
	ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS11 ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion = "TLS11"
	// TLS12.
	ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS12 ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion = "TLS12"
	// TLS13.
	ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS13 ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion = "TLS13"
)

