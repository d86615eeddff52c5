package gatewayenvoyproxyio


// DynamicModule defines the configuration when the load balancer type is set to DynamicModule.
//
// The referenced module must be registered in the
// EnvoyProxy resource's dynamicModules allowlist.
type BackendTrafficPolicySpecLoadBalancerDynamicModule struct {
	// LBPolicyName identifies a specific load balancer implementation within the dynamic module.
	//
	// A single shared library can contain multiple LB
	// policy implementations. This value is passed to the module's
	// initialization function to select the appropriate implementation.
	LbPolicyName *string `field:"required" json:"lbPolicyName" yaml:"lbPolicyName"`
	// Name references a dynamic module registered in the EnvoyProxy resource's dynamicModules list.
	//
	// The referenced module must exist in the registry;
	// otherwise, the policy will be rejected.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Config is optional configuration for the module's load balancer implementation.
	//
	// This is serialized and passed to the module's
	// initialization function.
	Config interface{} `field:"optional" json:"config" yaml:"config"`
}

