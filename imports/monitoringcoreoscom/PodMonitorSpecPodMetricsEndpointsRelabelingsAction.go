package monitoringcoreoscom


// Action to perform based on the regex matching.
//
// `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
// `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
//
// Default: "Replace".
type PodMonitorSpecPodMetricsEndpointsRelabelingsAction string

const (
	// replace.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_REPLACE PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "REPLACE"
	// keep.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_KEEP PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "KEEP"
	// drop.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_DROP PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "DROP"
	// hashmod.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_HASHMOD PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "HASHMOD"
	// labelmap.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_LABELMAP PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "LABELMAP"
	// labeldrop.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_LABELDROP PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "LABELDROP"
	// labelkeep.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_LABELKEEP PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "LABELKEEP"
	// lowercase.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_LOWERCASE PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "LOWERCASE"
	// uppercase.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_UPPERCASE PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "UPPERCASE"
	// keepequal.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_KEEPEQUAL PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "KEEPEQUAL"
	// dropequal.
	PodMonitorSpecPodMetricsEndpointsRelabelingsAction_DROPEQUAL PodMonitorSpecPodMetricsEndpointsRelabelingsAction = "DROPEQUAL"
)

