package monitoringcoreoscom


// Minimum acceptable TLS version.
//
// It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
type PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion string

const (
	// TLS10.
	PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion_TLS10 PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = "TLS10"
	// TLS11.
	PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion_TLS11 PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = "TLS11"
	// TLS12.
	PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion_TLS12 PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = "TLS12"
	// TLS13.
	PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion_TLS13 PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = "TLS13"
)

