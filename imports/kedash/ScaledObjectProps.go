package kedash

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// ScaledObject is a specification for a ScaledObject resource.
type ScaledObjectProps struct {
	// ScaledObjectSpec is the spec for a ScaledObject resource.
	Spec *ScaledObjectSpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

