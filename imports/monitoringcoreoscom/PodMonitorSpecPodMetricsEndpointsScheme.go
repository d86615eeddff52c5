package monitoringcoreoscom


// HTTP scheme to use for scraping.
//
// `http` and `https` are the expected values unless you rewrite the
// `__scheme__` label via relabeling.
//
// If empty, Prometheus uses the default value `http`.
type PodMonitorSpecPodMetricsEndpointsScheme string

const (
	// http.
	PodMonitorSpecPodMetricsEndpointsScheme_HTTP PodMonitorSpecPodMetricsEndpointsScheme = "HTTP"
	// https.
	PodMonitorSpecPodMetricsEndpointsScheme_HTTPS PodMonitorSpecPodMetricsEndpointsScheme = "HTTPS"
)

