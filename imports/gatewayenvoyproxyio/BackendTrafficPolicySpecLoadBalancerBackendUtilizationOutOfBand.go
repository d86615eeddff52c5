package gatewayenvoyproxyio


// OutOfBand enables out-of-band ORCA load reporting.
//
// When set, Envoy opens a
// server-streaming gRPC connection to each endpoint's
// xds.service.orca.v3.OpenRcaService/StreamCoreMetrics and pulls load
// reports periodically, instead of relying on in-band ORCA metrics
// carried in response headers/trailers.
//
// The backend must implement OpenRcaService for this to take effect.
type BackendTrafficPolicySpecLoadBalancerBackendUtilizationOutOfBand struct {
	// Authority overrides the :authority header on the OutOfBand gRPC stream.
	//
	// If unset, Envoy uses the endpoint hostname, then the dialed address, then
	// the cluster name.
	Authority *string `field:"optional" json:"authority" yaml:"authority"`
	// Port overrides the port used for the OutOfBand reporting connection, e.g. to reach a separate reporting sidecar. Defaults to the endpoint's port.
	// Default: the endpoint's port.
	//
	Port *float64 `field:"optional" json:"port" yaml:"port"`
	// ReportingPeriod is how often Envoy requests load reports from the server.
	//
	// Must be greater than 0. Defaults to 10s.
	// Default: 10s.
	//
	ReportingPeriod *string `field:"optional" json:"reportingPeriod" yaml:"reportingPeriod"`
}

