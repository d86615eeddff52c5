package gatewayenvoyproxyio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// BackendTrafficPolicy allows the user to configure the behavior of the connection between the Envoy Proxy listener and the backend service.
type BackendTrafficPolicyProps struct {
	// spec defines the desired state of BackendTrafficPolicy.
	Spec *BackendTrafficPolicySpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

