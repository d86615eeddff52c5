package gatewayenvoyproxyio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// ClientTrafficPolicy allows the user to configure the behavior of the connection between the downstream client and Envoy Proxy listener.
type ClientTrafficPolicyProps struct {
	// Spec defines the desired state of ClientTrafficPolicy.
	Spec *ClientTrafficPolicySpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

