package gatewayenvoyproxyio


// BackendUtilization defines the configuration when the load balancer type is set to BackendUtilization.
type BackendTrafficPolicySpecLoadBalancerBackendUtilization struct {
	// A given endpoint must report load metrics continuously for at least this long before the endpoint weight will be used.
	//
	// Default is 10s.
	// Default: 10s.
	//
	BlackoutPeriod *string `field:"optional" json:"blackoutPeriod" yaml:"blackoutPeriod"`
	// ErrorUtilizationPenaltyPercent adjusts endpoint weights based on the error rate (eps/qps).
	//
	// This is expressed as a percentage-based integer where 100 represents 1.0, 150 represents 1.5, etc.
	//
	// For example:
	// - 100 => 1.0x
	// - 120 => 1.2x
	// - 200 => 2.0x
	//
	// Must be non-negative.
	ErrorUtilizationPenaltyPercent *float64 `field:"optional" json:"errorUtilizationPenaltyPercent" yaml:"errorUtilizationPenaltyPercent"`
	// KeepResponseHeaders keeps the ORCA load report headers/trailers before sending the response to the client.
	//
	// Defaults to false.
	// Default: false.
	//
	KeepResponseHeaders *bool `field:"optional" json:"keepResponseHeaders" yaml:"keepResponseHeaders"`
	// Metric names used to compute utilization if application_utilization is not set.
	//
	// For map fields in ORCA proto, use the form "<map_field>.<key>", e.g., "named_metrics.foo".
	MetricNamesForComputingUtilization *[]*string `field:"optional" json:"metricNamesForComputingUtilization" yaml:"metricNamesForComputingUtilization"`
	// OutOfBand enables out-of-band ORCA load reporting.
	//
	// When set, Envoy opens a
	// server-streaming gRPC connection to each endpoint's
	// xds.service.orca.v3.OpenRcaService/StreamCoreMetrics and pulls load
	// reports periodically, instead of relying on in-band ORCA metrics
	// carried in response headers/trailers.
	//
	// The backend must implement OpenRcaService for this to take effect.
	OutOfBand *BackendTrafficPolicySpecLoadBalancerBackendUtilizationOutOfBand `field:"optional" json:"outOfBand" yaml:"outOfBand"`
	// If a given endpoint has not reported load metrics in this long, stop using the reported weight.
	//
	// Defaults to 3m.
	// Default: 3m.
	//
	WeightExpirationPeriod *string `field:"optional" json:"weightExpirationPeriod" yaml:"weightExpirationPeriod"`
	// How often endpoint weights are recalculated.
	//
	// Values less than 100ms are capped at 100ms. Default 1s.
	WeightUpdatePeriod *string `field:"optional" json:"weightUpdatePeriod" yaml:"weightUpdatePeriod"`
}

