package monitoringcoreoscom


// Minimum acceptable TLS version.
//
// It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
type PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion string

const (
	// TLS10.
	PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion_TLS10 PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = "TLS10"
	// TLS11.
	PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion_TLS11 PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = "TLS11"
	// TLS12.
	PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion_TLS12 PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = "TLS12"
	// TLS13.
	PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion_TLS13 PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = "TLS13"
)

