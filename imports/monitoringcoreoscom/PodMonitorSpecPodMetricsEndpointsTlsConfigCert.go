package monitoringcoreoscom


// Client certificate to present when doing client-authentication.
type PodMonitorSpecPodMetricsEndpointsTlsConfigCert struct {
	// ConfigMap containing data to use for the targets.
	ConfigMap *PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// Secret containing data to use for the targets.
	Secret *PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret `field:"optional" json:"secret" yaml:"secret"`
}

