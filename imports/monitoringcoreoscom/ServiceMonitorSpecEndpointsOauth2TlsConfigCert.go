package monitoringcoreoscom


// Client certificate to present when doing client-authentication.
type ServiceMonitorSpecEndpointsOauth2TlsConfigCert struct {
	// ConfigMap containing data to use for the targets.
	ConfigMap *ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// Secret containing data to use for the targets.
	Secret *ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret `field:"optional" json:"secret" yaml:"secret"`
}

