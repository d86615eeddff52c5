package monitoringcoreoscom


// TLS configuration to use when connecting to the OAuth2 server.
//
// It requires Prometheus >= v2.43.0.
type PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig struct {
	// Certificate authority used when verifying server certificates.
	Ca *PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa `field:"optional" json:"ca" yaml:"ca"`
	// Client certificate to present when doing client-authentication.
	Cert *PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert `field:"optional" json:"cert" yaml:"cert"`
	// Disable target certificate validation.
	InsecureSkipVerify *bool `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
	// Secret containing the client key file for the targets.
	KeySecret *PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret `field:"optional" json:"keySecret" yaml:"keySecret"`
	// Maximum acceptable TLS version.
	//
	// It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
	MaxVersion PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion `field:"optional" json:"maxVersion" yaml:"maxVersion"`
	// Minimum acceptable TLS version.
	//
	// It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
	MinVersion PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion `field:"optional" json:"minVersion" yaml:"minVersion"`
	// Used to verify the hostname for the targets.
	ServerName *string `field:"optional" json:"serverName" yaml:"serverName"`
}

