package monitoringcoreoscom


// Certificate authority used when verifying server certificates.
type PodMonitorSpecPodMetricsEndpointsTlsConfigCa struct {
	// ConfigMap containing data to use for the targets.
	ConfigMap *PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// Secret containing data to use for the targets.
	Secret *PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret `field:"optional" json:"secret" yaml:"secret"`
}

