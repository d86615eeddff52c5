package monitoringcoreoscom


// The protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
//
// It requires Prometheus >= v3.0.0.
type PodMonitorSpecFallbackScrapeProtocol string

const (
	// PrometheusProto.
	PodMonitorSpecFallbackScrapeProtocol_PROMETHEUS_PROTO PodMonitorSpecFallbackScrapeProtocol = "PROMETHEUS_PROTO"
	// OpenMetricsText0.0.1.
	PodMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT0_0_1 PodMonitorSpecFallbackScrapeProtocol = "OPEN_METRICS_TEXT0_0_1"
	// OpenMetricsText1.0.0.
	PodMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT1_0_0 PodMonitorSpecFallbackScrapeProtocol = "OPEN_METRICS_TEXT1_0_0"
	// PrometheusText0.0.4.
	PodMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT0_0_4 PodMonitorSpecFallbackScrapeProtocol = "PROMETHEUS_TEXT0_0_4"
	// PrometheusText1.0.0.
	PodMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT1_0_0 PodMonitorSpecFallbackScrapeProtocol = "PROMETHEUS_TEXT1_0_0"
)

