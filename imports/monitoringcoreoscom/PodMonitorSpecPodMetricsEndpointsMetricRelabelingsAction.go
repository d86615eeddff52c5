package monitoringcoreoscom


// Action to perform based on the regex matching.
//
// `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
// `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
//
// Default: "Replace".
type PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction string

const (
	// replace.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_REPLACE PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "REPLACE"
	// keep.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_KEEP PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "KEEP"
	// drop.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_DROP PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "DROP"
	// hashmod.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_HASHMOD PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "HASHMOD"
	// labelmap.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_LABELMAP PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "LABELMAP"
	// labeldrop.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_LABELDROP PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "LABELDROP"
	// labelkeep.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_LABELKEEP PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "LABELKEEP"
	// lowercase.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_LOWERCASE PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "LOWERCASE"
	// uppercase.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_UPPERCASE PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "UPPERCASE"
	// keepequal.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_KEEPEQUAL PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "KEEPEQUAL"
	// dropequal.
	PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_DROPEQUAL PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = "DROPEQUAL"
)

