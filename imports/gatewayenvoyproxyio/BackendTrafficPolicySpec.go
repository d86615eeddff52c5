package gatewayenvoyproxyio


// spec defines the desired state of BackendTrafficPolicy.
type BackendTrafficPolicySpec struct {
	// AdmissionControl defines the admission control policy to be applied.
	//
	// This configuration
	// probabilistically rejects requests based on the success rate of previous requests in a
	// configurable sliding time window.
	AdmissionControl *BackendTrafficPolicySpecAdmissionControl `field:"optional" json:"admissionControl" yaml:"admissionControl"`
	// BandwidthLimit allows the user to limit the bandwidth of traffic sent to and received from the backend.
	BandwidthLimit *BackendTrafficPolicySpecBandwidthLimit `field:"optional" json:"bandwidthLimit" yaml:"bandwidthLimit"`
	// Circuit Breaker settings for the upstream connections and requests.
	//
	// If not set, circuit breakers will be enabled with the default thresholds.
	CircuitBreaker *BackendTrafficPolicySpecCircuitBreaker `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	// The compression config for the http streams.
	//
	// Deprecated: Use Compressor instead.
	Compression *[]*BackendTrafficPolicySpecCompression `field:"optional" json:"compression" yaml:"compression"`
	// The compressor config for the http streams.
	//
	// This provides more granular control over compression configuration.
	// Order matters: The first compressor in the list is preferred when q-values in Accept-Encoding are equal.
	Compressor *[]*BackendTrafficPolicySpecCompressor `field:"optional" json:"compressor" yaml:"compressor"`
	// Connection includes backend connection settings.
	Connection *BackendTrafficPolicySpecConnection `field:"optional" json:"connection" yaml:"connection"`
	// DNS includes dns resolution settings.
	Dns *BackendTrafficPolicySpecDns `field:"optional" json:"dns" yaml:"dns"`
	// FaultInjection defines the fault injection policy to be applied.
	//
	// This configuration can be used to
	// inject delays and abort requests to mimic failure scenarios such as service failures and overloads.
	FaultInjection *BackendTrafficPolicySpecFaultInjection `field:"optional" json:"faultInjection" yaml:"faultInjection"`
	// HealthCheck allows gateway to perform active health checking on backends.
	HealthCheck *BackendTrafficPolicySpecHealthCheck `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	// HTTP2 provides HTTP/2 configuration for backend connections.
	Http2 *BackendTrafficPolicySpecHttp2 `field:"optional" json:"http2" yaml:"http2"`
	// HTTPUpgrade defines the configuration for HTTP protocol upgrades.
	//
	// If not specified, the default upgrade configuration (websocket) will be used.
	// However, if requestBuffer is configured, the default upgrade configuration
	// will be ignored.
	HttpUpgrade *[]*BackendTrafficPolicySpecHttpUpgrade `field:"optional" json:"httpUpgrade" yaml:"httpUpgrade"`
	// LoadBalancer policy to apply when routing traffic from the gateway to the backend endpoints.
	//
	// Defaults to `LeastRequest`.
	// Default: LeastRequest`.
	//
	LoadBalancer *BackendTrafficPolicySpecLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	// MergeType determines how this configuration is merged with existing BackendTrafficPolicy configurations targeting a parent resource.
	//
	// When set, this configuration will be merged
	// into the closest parent BackendTrafficPolicy in the route's attachment hierarchy (for
	// example, one targeting a Gateway, Gateway listener, ListenerSet, or ListenerSet listener).
	// Currently, this field can only be set when targeting xRoute resources.
	// If unset, no merging occurs, and only the most specific configuration takes effect.
	MergeType *string `field:"optional" json:"mergeType" yaml:"mergeType"`
	// ProxyProtocol enables the Proxy Protocol when communicating with the backend.
	ProxyProtocol *BackendTrafficPolicySpecProxyProtocol `field:"optional" json:"proxyProtocol" yaml:"proxyProtocol"`
	// RateLimit allows the user to limit the number of incoming requests to a predefined value based on attributes within the traffic flow.
	RateLimit *BackendTrafficPolicySpecRateLimit `field:"optional" json:"rateLimit" yaml:"rateLimit"`
	// RequestBuffer allows the gateway to buffer and fully receive each request from a client before continuing to send the request upstream to the backends.
	//
	// This can be helpful to shield your backend servers from slow clients, and also to enforce a maximum size per request
	// as any requests larger than the buffer size will be rejected.
	//
	// This can have a negative performance impact so should only be enabled when necessary.
	//
	// When enabling this option, you should also configure your connection buffer size to account for these request buffers. There will also be an
	// increase in memory usage for Envoy that should be accounted for in your deployment settings.
	//
	// Request buffering is incompatible with streaming APIs and protocol upgrades such as gRPC streaming and WebSocket. Do not enable this option
	// on routes that need those protocols, because requests can hang instead of being forwarded upstream.
	RequestBuffer *BackendTrafficPolicySpecRequestBuffer `field:"optional" json:"requestBuffer" yaml:"requestBuffer"`
	// ResponseOverride defines the configuration to override specific responses with a custom one.
	//
	// If multiple configurations are specified, the first one to match wins.
	ResponseOverride *[]*BackendTrafficPolicySpecResponseOverride `field:"optional" json:"responseOverride" yaml:"responseOverride"`
	// Retry provides more advanced usage, allowing users to customize the number of retries, retry fallback strategy, and retry triggering conditions.
	//
	// If not set, retry will be disabled.
	Retry *BackendTrafficPolicySpecRetry `field:"optional" json:"retry" yaml:"retry"`
	// RoutingType can be set to "Service" to use the Service Cluster IP for routing to the backend, or it can be set to "Endpoint" to use Endpoint routing.
	//
	// When specified, this overrides the EnvoyProxy-level setting for the relevant targetRefs.
	// If not specified, the EnvoyProxy-level setting is used.
	RoutingType *string `field:"optional" json:"routingType" yaml:"routingType"`
	// TargetRef is the name of the resource this policy is being attached to.
	//
	// This policy and the TargetRef MUST be in the same namespace for this
	// Policy to have effect
	//
	// Deprecated: use targetRefs/targetSelectors instead.
	TargetRef *BackendTrafficPolicySpecTargetRef `field:"optional" json:"targetRef" yaml:"targetRef"`
	// TargetRefs are the names of the Gateway resources this policy is being attached to.
	TargetRefs *[]*BackendTrafficPolicySpecTargetRefs `field:"optional" json:"targetRefs" yaml:"targetRefs"`
	// TargetSelectors allow targeting resources for this policy based on labels.
	TargetSelectors *[]*BackendTrafficPolicySpecTargetSelectors `field:"optional" json:"targetSelectors" yaml:"targetSelectors"`
	// TcpKeepalive settings associated with the upstream client connection.
	//
	// Disabled by default.
	TcpKeepalive *BackendTrafficPolicySpecTcpKeepalive `field:"optional" json:"tcpKeepalive" yaml:"tcpKeepalive"`
	// Telemetry configures the telemetry settings for the policy target (Gateway or xRoute).
	//
	// This will override the telemetry settings in the EnvoyProxy resource.
	Telemetry *BackendTrafficPolicySpecTelemetry `field:"optional" json:"telemetry" yaml:"telemetry"`
	// Timeout settings for the backend connections.
	Timeout *BackendTrafficPolicySpecTimeout `field:"optional" json:"timeout" yaml:"timeout"`
	// UseClientProtocol configures Envoy to prefer sending requests to backends using the same HTTP protocol that the incoming request used.
	//
	// Defaults to false, which means
	// that Envoy will use the protocol indicated by the attached BackendRef.
	// Default: false, which means.
	//
	UseClientProtocol *bool `field:"optional" json:"useClientProtocol" yaml:"useClientProtocol"`
}

