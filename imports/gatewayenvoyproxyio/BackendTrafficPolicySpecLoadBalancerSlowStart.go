package gatewayenvoyproxyio


// SlowStart defines the configuration related to the slow start load balancer policy.
//
// If set, during slow start window, traffic sent to the newly added hosts will gradually increase.
// Supported for RoundRobin, LeastRequest, and BackendUtilization load balancers.
type BackendTrafficPolicySpecLoadBalancerSlowStart struct {
	// Window defines the duration of the warm up period for newly added host.
	//
	// During slow start window, traffic sent to the newly added hosts will gradually increase.
	// Currently only supports linear growth of traffic. For additional details,
	// see https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/cluster/v3/cluster.proto#config-cluster-v3-cluster-slowstartconfig
	Window *string `field:"required" json:"window" yaml:"window"`
}

