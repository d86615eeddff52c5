package monitoringcoreoscom


// Maximum acceptable TLS version.
//
// It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
type PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion string

const (
	// TLS10.
	PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion_TLS10 PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = "TLS10"
	// TLS11.
	PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion_TLS11 PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = "TLS11"
	// TLS12.
	PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion_TLS12 PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = "TLS12"
	// TLS13.
	PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion_TLS13 PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = "TLS13"
)

