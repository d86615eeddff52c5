package monitoringcoreoscom


// Certificate authority used when verifying server certificates.
type PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa struct {
	// ConfigMap containing data to use for the targets.
	ConfigMap *PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// Secret containing data to use for the targets.
	Secret *PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret `field:"optional" json:"secret" yaml:"secret"`
}

