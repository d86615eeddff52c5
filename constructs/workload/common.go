package workload

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
)

// Defaults shared by the workload constructs.
const (
	// DefaultScaleDownPodsPerMinute is how many pods an HPA may remove per
	// minute. One, because every removed pod drains its work first.
	DefaultScaleDownPodsPerMinute = 1
	// DefaultScaleDownStabilizationSeconds is the window over which the HPA
	// takes the highest recommendation before scaling down.
	DefaultScaleDownStabilizationSeconds = 300
	// MaxScaleDownStabilizationSeconds is the longest window the API server
	// accepts (validateScalingRules, pkg/apis/autoscaling/validation).
	MaxScaleDownStabilizationSeconds = 3600
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
	// low for this long, 0 to MaxScaleDownStabilizationSeconds. A pointer,
	// so that 0 (scale down as soon as the load drops) can be expressed.
	// Default: DefaultScaleDownStabilizationSeconds (300).
	ScaleDownStabilizationSeconds *int
}

func (a Autoscaling) withDefaults() Autoscaling {
	if a.CPUUtilizationPercent == 0 && a.MemoryUtilizationPercent == 0 {
		a.CPUUtilizationPercent = DefaultCPUUtilizationPercent
	}
	if a.ScaleDownPodsPerMinute == 0 {
		a.ScaleDownPodsPerMinute = DefaultScaleDownPodsPerMinute
	}
	if a.ScaleDownStabilizationSeconds == nil {
		window := DefaultScaleDownStabilizationSeconds
		a.ScaleDownStabilizationSeconds = &window
	} else {
		window := *a.ScaleDownStabilizationSeconds // a copy: the caller's stays theirs
		a.ScaleDownStabilizationSeconds = &window
	}
	return a
}

func (a Autoscaling) validate(fld *field.Path) field.ErrorList {
	var errs field.ErrorList
	if a.MinReplicas < 1 {
		errs = append(errs, field.Invalid(fld.Child("minReplicas"), a.MinReplicas, "must be at least 1"))
	}
	if a.MaxReplicas < a.MinReplicas || a.MaxReplicas < 1 {
		errs = append(errs, field.Invalid(fld.Child("maxReplicas"), a.MaxReplicas, fmt.Sprintf("must be at least minReplicas (%d)", a.MinReplicas)))
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"cpuUtilizationPercent", a.CPUUtilizationPercent}, {"memoryUtilizationPercent", a.MemoryUtilizationPercent}} {
		if f.v < 0 || f.v > 1000 {
			errs = append(errs, field.Invalid(fld.Child(f.name), f.v, "must be a percentage of the request between 1 and 1000"))
		}
	}
	if a.ScaleDownPodsPerMinute < 0 {
		errs = append(errs, field.Invalid(fld.Child("scaleDownPodsPerMinute"), a.ScaleDownPodsPerMinute, "must be at least 1"))
	}
	if w := a.ScaleDownStabilizationSeconds; w != nil && (*w < 0 || *w > MaxScaleDownStabilizationSeconds) {
		errs = append(errs, field.Invalid(fld.Child("scaleDownStabilizationSeconds"), *w, fmt.Sprintf("must be between 0 and %d", MaxScaleDownStabilizationSeconds)))
	}
	return errs
}

// identity is what every workload construct names and selects by.
type identity struct {
	name     string
	selector map[string]string
	labels   map[string]string // selector plus extra labels
}

func newIdentity(name string, selector, extra map[string]string) identity {
	return identity{name: name, selector: selector, labels: k8sutil.MergeLabels(selector, extra)}
}

// validateIdentity checks the name, which also names a Service when
// service is true (an RFC 1035 label then), and the labels.
func validateIdentity(name string, selector, labels map[string]string, service bool) field.ErrorList {
	nameCheck := check.DNSLabel
	if service {
		nameCheck = check.DNS1035Label
	}
	errs := nameCheck(field.NewPath("name"), name, `set a lowercase name such as "my-app"`)
	errs = append(errs, check.SelectorLabels(field.NewPath("selectorLabels"), selector, `set the labels that select this workload's pods, e.g. app.kubernetes.io/name and app.kubernetes.io/component; they are immutable once applied`)...)
	return append(errs, check.Labels(field.NewPath("labels"), labels)...)
}

func (id identity) meta() *k8s.ObjectMeta { return k8sutil.ObjectMeta(id.name, id.labels) }

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
			Selector: &k8s.LabelSelector{MatchLabels: k8sutil.StrMap(id.selector)},
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
			MaxSurge:       k8sutil.Number(1),
			MaxUnavailable: k8sutil.Number(0),
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
					StabilizationWindowSeconds: jsii.Number(*a.ScaleDownStabilizationSeconds),
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
func validateOwnership(replicas int, autoscaling *Autoscaling, external bool) field.ErrorList {
	var errs field.ErrorList
	if autoscaling != nil && external {
		errs = append(errs, field.Invalid(field.NewPath("externalAutoscaler"), true, "an HPA (autoscaling) and an external autoscaler cannot both own one Deployment; keep one"))
	}
	if replicas != 0 && (autoscaling != nil || external) {
		errs = append(errs, field.Invalid(field.NewPath("replicas"), replicas, "must be unset when an autoscaler owns the Deployment; set autoscaling.minReplicas instead"))
	}
	if replicas < 0 {
		errs = append(errs, field.Invalid(field.NewPath("replicas"), replicas, "must be at least 1"))
	}
	if autoscaling != nil {
		errs = append(errs, autoscaling.validate(field.NewPath("autoscaling"))...)
	}
	return errs
}
