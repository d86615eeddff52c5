package monitoringcoreoscom


// ScrapeProtocol represents a protocol used by Prometheus for scraping metrics.
//
// Supported values are:
// * `OpenMetricsText0.0.1`
// * `OpenMetricsText1.0.0`
// * `PrometheusProto`
// * `PrometheusText0.0.4`
// * `PrometheusText1.0.0`
type ServiceMonitorSpecScrapeProtocols string

const (
	// PrometheusProto.
	ServiceMonitorSpecScrapeProtocols_PROMETHEUS_PROTO ServiceMonitorSpecScrapeProtocols = "PROMETHEUS_PROTO"
	// OpenMetricsText0.0.1.
	ServiceMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT0_0_1 ServiceMonitorSpecScrapeProtocols = "OPEN_METRICS_TEXT0_0_1"
	// OpenMetricsText1.0.0.
	ServiceMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT1_0_0 ServiceMonitorSpecScrapeProtocols = "OPEN_METRICS_TEXT1_0_0"
	// PrometheusText0.0.4.
	ServiceMonitorSpecScrapeProtocols_PROMETHEUS_TEXT0_0_4 ServiceMonitorSpecScrapeProtocols = "PROMETHEUS_TEXT0_0_4"
	// PrometheusText1.0.0.
	ServiceMonitorSpecScrapeProtocols_PROMETHEUS_TEXT1_0_0 ServiceMonitorSpecScrapeProtocols = "PROMETHEUS_TEXT1_0_0"
)

