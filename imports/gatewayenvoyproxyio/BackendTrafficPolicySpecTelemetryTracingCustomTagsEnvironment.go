package gatewayenvoyproxyio


// Environment adds value from environment variable to each span.
//
// It's required when the type is "Environment".
type BackendTrafficPolicySpecTelemetryTracingCustomTagsEnvironment struct {
	// Name defines the name of the environment variable which to extract the value from.
	Name *string `field:"required" json:"name" yaml:"name"`
	// DefaultValue defines the default value to use if the environment variable is not set.
	DefaultValue *string `field:"optional" json:"defaultValue" yaml:"defaultValue"`
}

