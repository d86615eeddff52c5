package workload

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/internal/check"
)

// Defaults shared by the workload constructs.
const (
	// DefaultScaleDownPodsPerMinute is how many pods an HPA may remove per
	// minute. One, because every removed pod drains its work first.
	DefaultScaleDownPodsPerMinute = 1
	// DefaultScaleDownStabilizationSeconds is the window over which the HPA
	// takes the highest recommendation before scaling down.
	DefaultScaleDownStabilizationSeconds = 300
	// DefaultCPUUtilizationPercent is the HPA's CPU target when neither a
	// CPU nor a memory target is set.
	DefaultCPUUtilizationPercent = 70
	// DefaultProbeTimeoutSeconds bounds every probe this package renders.
	DefaultProbeTimeoutSeconds = 5
)

// Autoscaling configures a CPU/memory HorizontalPodAutoscaler
// (autoscaling/v2). While it exists, the Deployment carries no replicas
// field, so that re-applying the manifests never fights the autoscaler.
type Autoscaling struct {
	// MinReplicas is the floor. Required, at least 1.
	MinReplicas int
	// MaxReplicas is the ceiling. Required, at least MinReplicas.
	MaxReplicas int
	// CPUUtilizationPercent is the target average CPU use, as a percentage
	// of the CPU request. Default: DefaultCPUUtilizationPercent (70) when no
	// memory target is set either.
	CPUUtilizationPercent int
	// MemoryUtilizationPercent is the target average memory use, as a
	// percentage of the memory request. Default: none.
	MemoryUtilizationPercent int
	// ScaleDownPodsPerMinute caps how many pods one minute of scale-down
	// removes. Default: DefaultScaleDownPodsPerMinute (1).
	ScaleDownPodsPerMinute int
	// ScaleDownStabilizationSeconds delays scale-down until the load has been
	// low for this long. Default: DefaultScaleDownStabilizationSeconds (300).
	ScaleDownStabilizationSeconds int
}

func (a Autoscaling) withDefaults() Autoscaling {
	if a.CPUUtilizationPercent == 0 && a.MemoryUtilizationPercent == 0 {
		a.CPUUtilizationPercent = DefaultCPUUtilizationPercent
	}
	if a.ScaleDownPodsPerMinute == 0 {
		a.ScaleDownPodsPerMinute = DefaultScaleDownPodsPerMinute
	}
	if a.ScaleDownStabilizationSeconds == 0 {
		a.ScaleDownStabilizationSeconds = DefaultScaleDownStabilizationSeconds
	}
	return a
}

func (a Autoscaling) validate(errs *check.Errors, at string) {
	if a.MinReplicas < 1 {
		errs.Invalid(at+".minReplicas", a.MinReplicas, "must be at least 1")
	}
	if a.MaxReplicas < a.MinReplicas || a.MaxReplicas < 1 {
		errs.Invalid(at+".maxReplicas", a.MaxReplicas, fmt.Sprintf("must be at least minReplicas (%d)", a.MinReplicas))
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"cpuUtilizationPercent", a.CPUUtilizationPercent}, {"memoryUtilizationPercent", a.MemoryUtilizationPercent}} {
		if f.v < 0 || f.v > 1000 {
			errs.Invalid(at+"."+f.name, f.v, "must be a percentage of the request between 1 and 1000")
		}
	}
	if a.ScaleDownPodsPerMinute < 0 {
		errs.Invalid(at+".scaleDownPodsPerMinute", a.ScaleDownPodsPerMinute, "must be at least 1")
	}
	if a.ScaleDownStabilizationSeconds < 0 || a.ScaleDownStabilizationSeconds > 3600 {
		errs.Invalid(at+".scaleDownStabilizationSeconds", a.ScaleDownStabilizationSeconds, "must be between 0 and 3600")
	}
}

// identity is what every workload construct names and selects by.
type identity struct {
	name     string
	selector map[string]string
	labels   map[string]string // selector plus extra labels
}

func newIdentity(name string, selector, extra map[string]string) identity {
	return identity{name: name, selector: selector, labels: pod.Labels(selector, extra)}
}

func validateIdentity(errs *check.Errors, name string, selector map[string]string) {
	errs.DNSLabel("name", name)
	errs.Labels("selectorLabels", selector, `set the labels that select this workload's pods, e.g. app.kubernetes.io/name and app.kubernetes.io/component; they are immutable once applied`)
}

func (id identity) meta() *k8s.ObjectMeta { return pod.ObjectMeta(id.name, id.labels) }

// deploymentSpec is everything that varies between the Deployments this
// package renders.
type deploymentSpec struct {
	replicas *float64 // nil when an autoscaler owns the Deployment
	strategy *k8s.DeploymentStrategy
	template *k8s.PodTemplateSpec
}

func newDeployment(scope constructs.Construct, id identity, d deploymentSpec) k8s.KubeDeployment {
	return k8s.NewKubeDeployment(scope, jsii.String("Resource"), &k8s.KubeDeploymentProps{
		Metadata: id.meta(),
		Spec: &k8s.DeploymentSpec{
			Replicas: d.replicas,
			Selector: &k8s.LabelSelector{MatchLabels: pod.StrMap(id.selector)},
			Strategy: d.strategy,
			Template: d.template,
		},
	})
}

func recreate() *k8s.DeploymentStrategy {
	return &k8s.DeploymentStrategy{Type: jsii.String("Recreate")}
}

// rollingSurgeOnly adds a new pod before removing an old one, so capacity
// never drops during a rollout.
func rollingSurgeOnly() *k8s.DeploymentStrategy {
	return &k8s.DeploymentStrategy{
		Type: jsii.String("RollingUpdate"),
		RollingUpdate: &k8s.RollingUpdateDeployment{
			MaxSurge:       pod.Number(1),
			MaxUnavailable: pod.Number(0),
		},
	}
}

func newHPA(scope constructs.Construct, id identity, a Autoscaling) k8s.KubeHorizontalPodAutoscalerV2 {
	var metrics []*k8s.MetricSpecV2
	for _, m := range []struct {
		name    string
		percent int
	}{{"cpu", a.CPUUtilizationPercent}, {"memory", a.MemoryUtilizationPercent}} {
		if m.percent == 0 {
			continue
		}
		metrics = append(metrics, &k8s.MetricSpecV2{
			Type: jsii.String("Resource"),
			Resource: &k8s.ResourceMetricSourceV2{
				Name:   jsii.String(m.name),
				Target: &k8s.MetricTargetV2{Type: jsii.String("Utilization"), AverageUtilization: jsii.Number(m.percent)},
			},
		})
	}
	return k8s.NewKubeHorizontalPodAutoscalerV2(scope, jsii.String("Autoscaler"), &k8s.KubeHorizontalPodAutoscalerV2Props{
		Metadata: id.meta(),
		Spec: &k8s.HorizontalPodAutoscalerSpecV2{
			ScaleTargetRef: &k8s.CrossVersionObjectReferenceV2{
				ApiVersion: jsii.String("apps/v1"),
				Kind:       jsii.String("Deployment"),
				Name:       jsii.String(id.name),
			},
			MinReplicas: jsii.Number(a.MinReplicas),
			MaxReplicas: jsii.Number(a.MaxReplicas),
			Metrics:     &metrics,
			Behavior: &k8s.HorizontalPodAutoscalerBehaviorV2{
				ScaleDown: &k8s.HpaScalingRulesV2{
					StabilizationWindowSeconds: jsii.Number(a.ScaleDownStabilizationSeconds),
					SelectPolicy:               jsii.String("Min"),
					Policies: &[]*k8s.HpaScalingPolicyV2{{
						Type: jsii.String("Pods"), Value: jsii.Number(a.ScaleDownPodsPerMinute), PeriodSeconds: jsii.Number(60),
					}},
				},
			},
		},
	})
}

// execProbe runs command in the container; a non-zero exit is a failure.
func execProbe(command []string, periodSeconds, failureThreshold int) *k8s.Probe {
	return &k8s.Probe{
		Exec:             &k8s.ExecAction{Command: jsii.Strings(command...)},
		PeriodSeconds:    jsii.Number(periodSeconds),
		TimeoutSeconds:   jsii.Number(DefaultProbeTimeoutSeconds),
		FailureThreshold: jsii.Number(failureThreshold),
	}
}

// replicasUnlessOwned returns nil when an autoscaler owns the replica count.
func replicasUnlessOwned(replicas int, owned bool) *float64 {
	if owned {
		return nil
	}
	return jsii.Number(replicas)
}

// validateOwnership enforces exactly one owner of the replica count.
func validateOwnership(errs *check.Errors, replicas int, autoscaling *Autoscaling, external bool) {
	if autoscaling != nil && external {
		errs.Invalid("externalAutoscaler", true, "an HPA (autoscaling) and an external autoscaler cannot both own one Deployment; keep one")
	}
	if replicas != 0 && (autoscaling != nil || external) {
		errs.Invalid("replicas", replicas, "must be unset when an autoscaler owns the Deployment; set autoscaling.minReplicas instead")
	}
	if replicas < 0 {
		errs.Invalid("replicas", replicas, "must be at least 1")
	}
	if autoscaling != nil {
		autoscaling.validate(errs, "autoscaling")
	}
}

func validatePod(errs *check.Errors, c pod.Container, s pod.Spec) {
	errs.Add(c.Validate("container"))
	errs.Add(s.Validate("pod"))
}
