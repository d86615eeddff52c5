package kedash

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// TriggerAuthentication defines how a trigger can authenticate.
type TriggerAuthenticationProps struct {
	// TriggerAuthenticationSpec defines the various ways to authenticate.
	Spec *TriggerAuthenticationSpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

