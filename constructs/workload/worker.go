package workload

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

// DefaultWorkerReplicas is the replica count of a Worker without autoscaling.
const DefaultWorkerReplicas = 1

// WorkerProps configures a Worker: a horizontally scalable background
// process, such as a queue consumer, that serves no traffic.
type WorkerProps struct {
	// Name names the Deployment and its autoscaler. Required.
	Name string
	// SelectorLabels select the pods. They are immutable once applied.
	// Required.
	SelectorLabels map[string]string
	// Labels are extra labels on every object and pod, never in the
	// selector. Default: none.
	Labels map[string]string
	// Container is the worker's container. Required: Image and Resources.
	Container pod.Container
	// Pod holds pod-level settings. Required: RunAsUser.
	Pod pod.Spec
	// Replicas is the fixed replica count. Leave it 0 when Autoscaling or
	// ExternalAutoscaler is set. Default: DefaultWorkerReplicas (1).
	Replicas int
	// Autoscaling adds a CPU/memory HPA that owns the replica count.
	// Default: nil, no HPA.
	Autoscaling *Autoscaling
	// ExternalAutoscaler declares that something outside this construct
	// (KEDA, say) owns the replica count, so none is rendered.
	// Default: false.
	ExternalAutoscaler bool
	// LivenessCommand runs in the container; a non-zero exit counts as a
	// failure. Required.
	LivenessCommand []string
	// LivenessProbeTiming tunes the liveness probe. Default: every
	// DefaultLivenessPeriodSeconds (30) s, restarted after
	// DefaultLivenessFailureThreshold (3) failures in a row.
	LivenessProbeTiming pod.ProbeTiming
	// TerminationGracePeriodSeconds is how long a pod may finish its job
	// after SIGTERM. Default: DefaultWorkerGracePeriodSeconds (30).
	TerminationGracePeriodSeconds int
}

// Worker runs a scalable background process: a Deployment that rolls with
// surge only (maxSurge 1, maxUnavailable 0), and an optional HPA.
type Worker interface {
	constructs.Construct
	// Deployment is the primary object (construct id "Resource").
	Deployment() k8s.KubeDeployment
	// Autoscaler is the HPA, or nil.
	Autoscaler() k8s.KubeHorizontalPodAutoscalerV2
}

type worker struct {
	constructs.Construct
	deployment k8s.KubeDeployment
	hpa        k8s.KubeHorizontalPodAutoscalerV2
}

func (w *worker) Deployment() k8s.KubeDeployment                { return w.deployment }
func (w *worker) Autoscaler() k8s.KubeHorizontalPodAutoscalerV2 { return w.hpa }

func (p *WorkerProps) withDefaults() WorkerProps {
	c := *p
	c.Container = c.Container.WithDefaults()
	c.Pod = c.Pod.WithDefaults()
	if c.Replicas == 0 {
		c.Replicas = DefaultWorkerReplicas
	}
	if c.Autoscaling != nil {
		a := c.Autoscaling.withDefaults()
		c.Autoscaling = &a
	}
	if c.TerminationGracePeriodSeconds == 0 {
		c.TerminationGracePeriodSeconds = DefaultWorkerGracePeriodSeconds
	}
	return c
}

// Validate reports every problem with the props at once, each under the
// path of its field. It is pure: it neither changes p nor depends on
// anything else.
func (p *WorkerProps) Validate() field.ErrorList {
	errs := validateIdentity(p.Name, p.SelectorLabels, p.Labels, false)
	errs = append(errs, podtemplate.Validate(p.Container, p.Pod, podtemplate.Own{}, p.SelectorLabels)...)
	errs = append(errs, validateOwnership(p.Replicas, p.Autoscaling, p.ExternalAutoscaler)...)
	return append(errs, validateWorker(p.LivenessCommand, p.LivenessProbeTiming, p.TerminationGracePeriodSeconds)...)
}

// NewWorker renders the Deployment and, with Autoscaling, its HPA. It
// panics with the construct id and every validation error when props are
// invalid.
func NewWorker(scope constructs.Construct, id string, props *WorkerProps) Worker {
	check.MustBeValid(id, "WorkerProps", props.Validate())
	p := props.withDefaults()
	w := &worker{}
	constructs.NewConstruct_Override(w, scope, jsii.String(id))
	ident := newIdentity(p.Name, p.SelectorLabels, p.Labels)
	owned := p.Autoscaling != nil || p.ExternalAutoscaler
	w.deployment = newDeployment(w, ident, deploymentSpec{
		replicas: replicasUnlessOwned(p.Replicas, owned),
		strategy: rollingSurgeOnly(),
		template: workerTemplate(ident, p.Container, p.Pod, p.LivenessCommand, p.LivenessProbeTiming, p.TerminationGracePeriodSeconds, 0, ""),
	})
	if p.Autoscaling != nil {
		w.hpa = newHPA(w, ident, *p.Autoscaling)
	}
	return w
}
