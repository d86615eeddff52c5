package monitoringcoreoscom


// ScrapeProtocol represents a protocol used by Prometheus for scraping metrics.
//
// Supported values are:
// * `OpenMetricsText0.0.1`
// * `OpenMetricsText1.0.0`
// * `PrometheusProto`
// * `PrometheusText0.0.4`
// * `PrometheusText1.0.0`
type PodMonitorSpecScrapeProtocols string

const (
	// PrometheusProto.
	PodMonitorSpecScrapeProtocols_PROMETHEUS_PROTO PodMonitorSpecScrapeProtocols = "PROMETHEUS_PROTO"
	// OpenMetricsText0.0.1.
	PodMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT0_0_1 PodMonitorSpecScrapeProtocols = "OPEN_METRICS_TEXT0_0_1"
	// OpenMetricsText1.0.0.
	PodMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT1_0_0 PodMonitorSpecScrapeProtocols = "OPEN_METRICS_TEXT1_0_0"
	// PrometheusText0.0.4.
	PodMonitorSpecScrapeProtocols_PROMETHEUS_TEXT0_0_4 PodMonitorSpecScrapeProtocols = "PROMETHEUS_TEXT0_0_4"
	// PrometheusText1.0.0.
	PodMonitorSpecScrapeProtocols_PROMETHEUS_TEXT1_0_0 PodMonitorSpecScrapeProtocols = "PROMETHEUS_TEXT1_0_0"
)

