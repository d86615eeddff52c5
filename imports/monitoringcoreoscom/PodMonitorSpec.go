package monitoringcoreoscom


// Specification of desired Pod selection for target discovery by Prometheus.
type PodMonitorSpec struct {
	// Label selector to select the Kubernetes `Pod` objects to scrape metrics from.
	Selector *PodMonitorSpecSelector `field:"required" json:"selector" yaml:"selector"`
	// `attachMetadata` defines additional metadata which is added to the discovered targets.
	//
	// It requires Prometheus >= v2.35.0.
	AttachMetadata *PodMonitorSpecAttachMetadata `field:"optional" json:"attachMetadata" yaml:"attachMetadata"`
	// When defined, bodySizeLimit specifies a job level limit on the size of uncompressed response body that will be accepted by Prometheus.
	//
	// It requires Prometheus >= v2.28.0.
	BodySizeLimit *string `field:"optional" json:"bodySizeLimit" yaml:"bodySizeLimit"`
	// Whether to convert all scraped classic histograms into a native histogram with custom buckets.
	//
	// It requires Prometheus >= v3.0.0.
	ConvertClassicHistogramsToNhcb *bool `field:"optional" json:"convertClassicHistogramsToNhcb" yaml:"convertClassicHistogramsToNhcb"`
	// The protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
	//
	// It requires Prometheus >= v3.0.0.
	FallbackScrapeProtocol PodMonitorSpecFallbackScrapeProtocol `field:"optional" json:"fallbackScrapeProtocol" yaml:"fallbackScrapeProtocol"`
	// The label to use to retrieve the job name from.
	//
	// `jobLabel` selects the label from the associated Kubernetes `Pod`
	// object which will be used as the `job` label for all metrics.
	//
	// For example if `jobLabel` is set to `foo` and the Kubernetes `Pod`
	// object is labeled with `foo: bar`, then Prometheus adds the `job="bar"`
	// label to all ingested metrics.
	//
	// If the value of this field is empty, the `job` label of the metrics
	// defaults to the namespace and name of the PodMonitor object (e.g. `<namespace>/<name>`).
	JobLabel *string `field:"optional" json:"jobLabel" yaml:"jobLabel"`
	// Per-scrape limit on the number of targets dropped by relabeling that will be kept in memory. 0 means no limit.
	//
	// It requires Prometheus >= v2.47.0.
	KeepDroppedTargets *float64 `field:"optional" json:"keepDroppedTargets" yaml:"keepDroppedTargets"`
	// Per-scrape limit on number of labels that will be accepted for a sample.
	//
	// It requires Prometheus >= v2.27.0.
	LabelLimit *float64 `field:"optional" json:"labelLimit" yaml:"labelLimit"`
	// Per-scrape limit on length of labels name that will be accepted for a sample.
	//
	// It requires Prometheus >= v2.27.0.
	LabelNameLengthLimit *float64 `field:"optional" json:"labelNameLengthLimit" yaml:"labelNameLengthLimit"`
	// Per-scrape limit on length of labels value that will be accepted for a sample.
	//
	// It requires Prometheus >= v2.27.0.
	LabelValueLengthLimit *float64 `field:"optional" json:"labelValueLengthLimit" yaml:"labelValueLengthLimit"`
	// `namespaceSelector` defines in which namespace(s) Prometheus should discover the pods.
	//
	// By default, the pods are discovered in the same namespace as the `PodMonitor` object but it is possible to select pods across different/all namespaces.
	NamespaceSelector *PodMonitorSpecNamespaceSelector `field:"optional" json:"namespaceSelector" yaml:"namespaceSelector"`
	// If there are more than this many buckets in a native histogram, buckets will be merged to stay within the limit.
	//
	// It requires Prometheus >= v2.45.0.
	NativeHistogramBucketLimit *float64 `field:"optional" json:"nativeHistogramBucketLimit" yaml:"nativeHistogramBucketLimit"`
	// If the growth factor of one bucket to the next is smaller than this, buckets will be merged to increase the factor sufficiently.
	//
	// It requires Prometheus >= v2.50.0.
	NativeHistogramMinBucketFactor PodMonitorSpecNativeHistogramMinBucketFactor `field:"optional" json:"nativeHistogramMinBucketFactor" yaml:"nativeHistogramMinBucketFactor"`
	// Defines how to scrape metrics from the selected pods.
	PodMetricsEndpoints *[]*PodMonitorSpecPodMetricsEndpoints `field:"optional" json:"podMetricsEndpoints" yaml:"podMetricsEndpoints"`
	// `podTargetLabels` defines the labels which are transferred from the associated Kubernetes `Pod` object onto the ingested metrics.
	PodTargetLabels *[]*string `field:"optional" json:"podTargetLabels" yaml:"podTargetLabels"`
	// `sampleLimit` defines a per-scrape limit on the number of scraped samples that will be accepted.
	SampleLimit *float64 `field:"optional" json:"sampleLimit" yaml:"sampleLimit"`
	// The scrape class to apply.
	ScrapeClass *string `field:"optional" json:"scrapeClass" yaml:"scrapeClass"`
	// Whether to scrape a classic histogram that is also exposed as a native histogram. It requires Prometheus >= v2.45.0.
	//
	// Notice: `scrapeClassicHistograms` corresponds to the `always_scrape_classic_histograms` field in the Prometheus configuration.
	ScrapeClassicHistograms *bool `field:"optional" json:"scrapeClassicHistograms" yaml:"scrapeClassicHistograms"`
	// `scrapeProtocols` defines the protocols to negotiate during a scrape.
	//
	// It tells clients the
	// protocols supported by Prometheus in order of preference (from most to least preferred).
	//
	// If unset, Prometheus uses its default value.
	//
	// It requires Prometheus >= v2.49.0.
	ScrapeProtocols *[]PodMonitorSpecScrapeProtocols `field:"optional" json:"scrapeProtocols" yaml:"scrapeProtocols"`
	// Mechanism used to select the endpoints to scrape.
	//
	// By default, the selection process relies on relabel configurations to filter the discovered targets.
	// Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
	// Which strategy is best for your use case needs to be carefully evaluated.
	//
	// It requires Prometheus >= v2.17.0.
	SelectorMechanism PodMonitorSpecSelectorMechanism `field:"optional" json:"selectorMechanism" yaml:"selectorMechanism"`
	// `targetLimit` defines a limit on the number of scraped targets that will be accepted.
	TargetLimit *float64 `field:"optional" json:"targetLimit" yaml:"targetLimit"`
}

