package pod_test

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

// The pass-through Kubernetes fields are checked by the API server's
// rules, so a mistake is reported with its path before anything is
// rendered, not halfway through an apply.
func ExampleSpec_Validate() {
	spec := pod.Spec{
		RunAsUser:    1000,
		NodeSelector: map[string]string{"pool": "calls"},
		Tolerations: []*k8s.Toleration{{
			Key: jsii.String("pool"), Operator: jsii.String("Equal"), Value: jsii.String("calls"),
			// tolerationSeconds bounds an eviction, which only NoExecute causes.
			Effect: jsii.String("NoSchedule"), TolerationSeconds: jsii.Number(300),
		}},
		TopologySpreadConstraints: []*k8s.TopologySpreadConstraint{{
			MaxSkew: jsii.Number(0), TopologyKey: jsii.String("topology.kubernetes.io/zone"), WhenUnsatisfiable: jsii.String("DoNotSchedule"),
		}},
	}
	for _, err := range spec.Validate(field.NewPath("pod")) {
		fmt.Println(err)
	}
	// Output:
	// pod.tolerations[0].effect: Invalid value: "NoSchedule": effect must be 'NoExecute' when `tolerationSeconds` is set
	// pod.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero
}
