package gatewayenvoyproxyio


// Tracing configures the tracing settings for the backend or HTTPRoute.
//
// This takes precedence over EnvoyProxy tracing when set.
type BackendTrafficPolicySpecTelemetryTracing struct {
	// ClientSamplingFraction represents the fraction of requests that should be selected for tracing when requested by the client.
	//
	// If unspecified, client-forced tracing is disabled by default and users must
	// set this field to opt in.
	ClientSamplingFraction *BackendTrafficPolicySpecTelemetryTracingClientSamplingFraction `field:"optional" json:"clientSamplingFraction" yaml:"clientSamplingFraction"`
	// CustomTags defines the custom tags to add to each span.
	//
	// If provider is kubernetes, pod name and namespace are added by default.
	//
	// Deprecated: Use Tags instead.
	CustomTags *map[string]*BackendTrafficPolicySpecTelemetryTracingCustomTags `field:"optional" json:"customTags" yaml:"customTags"`
	// OverallSamplingFraction represents the fraction of requests that should be selected for tracing after all other sampling checks have been applied.
	OverallSamplingFraction *BackendTrafficPolicySpecTelemetryTracingOverallSamplingFraction `field:"optional" json:"overallSamplingFraction" yaml:"overallSamplingFraction"`
	// SamplingFraction represents the fraction of requests that should be selected for tracing if no prior sampling decision has been made.
	SamplingFraction *BackendTrafficPolicySpecTelemetryTracingSamplingFraction `field:"optional" json:"samplingFraction" yaml:"samplingFraction"`
	// SpanName defines the name of the span which will be used for tracing.
	//
	// Envoy [command operators](https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#command-operators) may be used in the value.
	// The [format string documentation](https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#config-access-log-format-strings) provides more information.
	//
	// If not set, the span name is provider specific.
	// e.g. Datadog use `ingress` as the default client span name,
	// and `router <UPSTREAM_CLUSTER> egress` as the server span name.
	SpanName *BackendTrafficPolicySpecTelemetryTracingSpanName `field:"optional" json:"spanName" yaml:"spanName"`
	// Tags defines the custom tags to add to each span.
	//
	// Envoy [command operators](https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#command-operators) may be used in the value.
	// The [format string documentation](https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#config-access-log-format-strings) provides more information.
	// If provider is kubernetes, pod name and namespace are added by default.
	//
	// Same keys take precedence over CustomTags.
	Tags *map[string]*string `field:"optional" json:"tags" yaml:"tags"`
}

