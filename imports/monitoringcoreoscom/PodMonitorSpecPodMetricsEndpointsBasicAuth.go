package monitoringcoreoscom


// `basicAuth` configures the Basic Authentication credentials to use when scraping the target.
//
// Cannot be set at the same time as `authorization`, or `oauth2`.
type PodMonitorSpecPodMetricsEndpointsBasicAuth struct {
	// `password` specifies a key of a Secret containing the password for authentication.
	Password *PodMonitorSpecPodMetricsEndpointsBasicAuthPassword `field:"optional" json:"password" yaml:"password"`
	// `username` specifies a key of a Secret containing the username for authentication.
	Username *PodMonitorSpecPodMetricsEndpointsBasicAuthUsername `field:"optional" json:"username" yaml:"username"`
}

