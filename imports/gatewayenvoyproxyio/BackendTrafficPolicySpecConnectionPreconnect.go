package gatewayenvoyproxyio


// Preconnect configures proactive upstream connections to reduce latency by establishing connections before they’re needed and avoiding connection establishment overhead.
//
// If unset, Envoy will fetch connections as needed to serve in-flight requests.
type BackendTrafficPolicySpecConnectionPreconnect struct {
	// PerEndpointPercent configures how many additional connections to maintain per upstream endpoint, useful for high-QPS or latency sensitive services.
	//
	// Expressed as a
	// percentage of the connections required by active streams
	// (e.g. 100 = preconnect disabled, 105 = 1.05x connections per-endpoint, 200 = 2.00×).
	//
	// Allowed value range is between 100-300. When both PerEndpointPercent and
	// PredictivePercent are set, Envoy ensures both are satisfied (max of the two).
	PerEndpointPercent *float64 `field:"optional" json:"perEndpointPercent" yaml:"perEndpointPercent"`
	// PredictivePercent configures how many additional connections to maintain across the cluster by anticipating which upstream endpoint the load balancer will select next, useful for low-QPS services.
	//
	// Relies on deterministic
	// loadbalancing and is only supported with Random or RoundRobin.
	// Expressed as a percentage of the connections required by active streams
	// (e.g. 100 = 1.0 (no preconnect), 105 = 1.05× connections across the cluster, 200 = 2.00×).
	//
	// Minimum allowed value is 100. When both PerEndpointPercent and PredictivePercent are
	// set Envoy ensures both are satisfied per host (max of the two).
	PredictivePercent *float64 `field:"optional" json:"predictivePercent" yaml:"predictivePercent"`
}

