package monitoringcoreoscom


// `oauth2` configures the OAuth2 settings to use when scraping the target.
//
// It requires Prometheus >= 2.27.0.
//
// Cannot be set at the same time as `authorization`, or `basicAuth`.
type PodMonitorSpecPodMetricsEndpointsOauth2 struct {
	// `clientId` specifies a key of a Secret or ConfigMap containing the OAuth2 client's ID.
	ClientId *PodMonitorSpecPodMetricsEndpointsOauth2ClientId `field:"required" json:"clientId" yaml:"clientId"`
	// `clientSecret` specifies a key of a Secret containing the OAuth2 client's secret.
	ClientSecret *PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret `field:"required" json:"clientSecret" yaml:"clientSecret"`
	// `tokenURL` configures the URL to fetch the token from.
	TokenUrl *string `field:"required" json:"tokenUrl" yaml:"tokenUrl"`
	// `endpointParams` configures the HTTP parameters to append to the token URL.
	EndpointParams *map[string]*string `field:"optional" json:"endpointParams" yaml:"endpointParams"`
	// `noProxy` is a comma-separated string that can contain IPs, CIDR notation, domain names that should be excluded from proxying.
	//
	// IP and domain names can
	// contain port numbers.
	//
	// It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
	NoProxy *string `field:"optional" json:"noProxy" yaml:"noProxy"`
	// ProxyConnectHeader optionally specifies headers to send to proxies during CONNECT requests.
	//
	// It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
	ProxyConnectHeader *map[string]*[]*PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader `field:"optional" json:"proxyConnectHeader" yaml:"proxyConnectHeader"`
	// Whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
	//
	// It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
	ProxyFromEnvironment *bool `field:"optional" json:"proxyFromEnvironment" yaml:"proxyFromEnvironment"`
	// `proxyURL` defines the HTTP proxy server to use.
	ProxyUrl *string `field:"optional" json:"proxyUrl" yaml:"proxyUrl"`
	// `scopes` defines the OAuth2 scopes used for the token request.
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
	// TLS configuration to use when connecting to the OAuth2 server.
	//
	// It requires Prometheus >= v2.43.0.
	TlsConfig *PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig `field:"optional" json:"tlsConfig" yaml:"tlsConfig"`
}

