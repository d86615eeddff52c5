package monitoringcoreoscom


// Maximum acceptable TLS version.
//
// It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
type PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion string

const (
	// TLS10.
	PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion_TLS10 PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = "TLS10"
	// TLS11.
	PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion_TLS11 PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = "TLS11"
	// TLS12.
	PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion_TLS12 PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = "TLS12"
	// TLS13.
	PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion_TLS13 PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = "TLS13"
)

