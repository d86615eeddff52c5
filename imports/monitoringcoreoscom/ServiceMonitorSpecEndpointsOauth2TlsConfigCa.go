package monitoringcoreoscom


// Certificate authority used when verifying server certificates.
type ServiceMonitorSpecEndpointsOauth2TlsConfigCa struct {
	// ConfigMap containing data to use for the targets.
	ConfigMap *ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// Secret containing data to use for the targets.
	Secret *ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret `field:"optional" json:"secret" yaml:"secret"`
}

