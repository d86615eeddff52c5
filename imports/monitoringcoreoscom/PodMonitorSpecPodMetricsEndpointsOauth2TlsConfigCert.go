package monitoringcoreoscom


// Client certificate to present when doing client-authentication.
type PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert struct {
	// ConfigMap containing data to use for the targets.
	ConfigMap *PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// Secret containing data to use for the targets.
	Secret *PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret `field:"optional" json:"secret" yaml:"secret"`
}

