package k8sutil_test

import (
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
)

func TestMain(m *testing.M) { testutil.Main(m) }

// A value object built before jsii.Close must not leak into a synthesis
// after it: the runtime that made it is gone, and a cached one rendered as
// null.
func TestValueObjects_SurviveARuntimeRestart(t *testing.T) {
	build := func(chart constructs.Construct) {
		k8s.NewKubeService(chart, jsii.String("svc"), &k8s.KubeServiceProps{
			Metadata: k8sutil.ObjectMeta("svc", nil),
			Spec: &k8s.ServiceSpec{Ports: &[]*k8s.ServicePort{{
				Port: jsii.Number(80), TargetPort: k8sutil.Number(8080),
			}}},
		})
		k8s.NewKubeLimitRange(chart, jsii.String("limits"), &k8s.KubeLimitRangeProps{
			Metadata: k8sutil.ObjectMeta("limits", nil),
			Spec: &k8s.LimitRangeSpec{Limits: &[]*k8s.LimitRangeItem{{
				Type:    jsii.String("Container"),
				Default: &map[string]k8s.Quantity{"cpu": k8sutil.Quantity("250m")},
			}}},
		})
	}
	for run := range 2 {
		objs := testutil.Synth(t, build)
		assert.Equal(t, float64(8080), testutil.Get(testutil.Find(t, objs, "Service", "svc"), "spec.ports.0.targetPort"), "run %d", run)
		assert.Equal(t, "250m", testutil.Get(testutil.Find(t, objs, "LimitRange", "limits"), "spec.limits.0.default.cpu"), "run %d", run)
		jsii.Close() // the next run starts a fresh runtime
	}
}
