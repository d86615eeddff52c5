package monitoringcoreoscom


// TLS configuration to use when scraping the target.
type ServiceMonitorSpecEndpointsTlsConfig struct {
	// Certificate authority used when verifying server certificates.
	Ca *ServiceMonitorSpecEndpointsTlsConfigCa `field:"optional" json:"ca" yaml:"ca"`
	// Path to the CA cert in the Prometheus container to use for the targets.
	CaFile *string `field:"optional" json:"caFile" yaml:"caFile"`
	// Client certificate to present when doing client-authentication.
	Cert *ServiceMonitorSpecEndpointsTlsConfigCert `field:"optional" json:"cert" yaml:"cert"`
	// Path to the client cert file in the Prometheus container for the targets.
	CertFile *string `field:"optional" json:"certFile" yaml:"certFile"`
	// Disable target certificate validation.
	InsecureSkipVerify *bool `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
	// Path to the client key file in the Prometheus container for the targets.
	KeyFile *string `field:"optional" json:"keyFile" yaml:"keyFile"`
	// Secret containing the client key file for the targets.
	KeySecret *ServiceMonitorSpecEndpointsTlsConfigKeySecret `field:"optional" json:"keySecret" yaml:"keySecret"`
	// Maximum acceptable TLS version.
	//
	// It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
	MaxVersion ServiceMonitorSpecEndpointsTlsConfigMaxVersion `field:"optional" json:"maxVersion" yaml:"maxVersion"`
	// Minimum acceptable TLS version.
	//
	// It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
	MinVersion ServiceMonitorSpecEndpointsTlsConfigMinVersion `field:"optional" json:"minVersion" yaml:"minVersion"`
	// Used to verify the hostname for the targets.
	ServerName *string `field:"optional" json:"serverName" yaml:"serverName"`
}

