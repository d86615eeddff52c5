package monitoringcoreoscom


// TLS configuration to use when scraping the target.
type PodMonitorSpecPodMetricsEndpointsTlsConfig struct {
	// Certificate authority used when verifying server certificates.
	Ca *PodMonitorSpecPodMetricsEndpointsTlsConfigCa `field:"optional" json:"ca" yaml:"ca"`
	// Client certificate to present when doing client-authentication.
	Cert *PodMonitorSpecPodMetricsEndpointsTlsConfigCert `field:"optional" json:"cert" yaml:"cert"`
	// Disable target certificate validation.
	InsecureSkipVerify *bool `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
	// Secret containing the client key file for the targets.
	KeySecret *PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret `field:"optional" json:"keySecret" yaml:"keySecret"`
	// Maximum acceptable TLS version.
	//
	// It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
	MaxVersion PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion `field:"optional" json:"maxVersion" yaml:"maxVersion"`
	// Minimum acceptable TLS version.
	//
	// It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
	MinVersion PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion `field:"optional" json:"minVersion" yaml:"minVersion"`
	// Used to verify the hostname for the targets.
	ServerName *string `field:"optional" json:"serverName" yaml:"serverName"`
}

