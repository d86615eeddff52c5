package workload

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

// Defaults of SingletonWorkerProps and WorkerProps.
const (
	// DefaultWorkerGracePeriodSeconds is how long a worker may finish its
	// current job after SIGTERM.
	DefaultWorkerGracePeriodSeconds = 30
	// DefaultLivenessPeriodSeconds is how often the liveness command runs.
	DefaultLivenessPeriodSeconds = 30
	// DefaultLivenessFailureThreshold is how many failures in a row restart
	// the container.
	DefaultLivenessFailureThreshold = 3
	// DefaultServicePortName names the port of an optional Service.
	DefaultServicePortName = "http"
)

// SingletonWorkerProps configures a SingletonWorker. There is no replica
// and no strategy field on purpose: a singleton runs exactly one pod, and
// Recreate stops the old pod before the new one starts.
type SingletonWorkerProps struct {
	// Name names the Deployment (and the Service, if any). Required.
	Name string
	// SelectorLabels select the pod. They are immutable once applied, so
	// they must never change. Required.
	SelectorLabels map[string]string
	// Labels are extra labels on every object and the pod, never in the
	// selector. Default: none.
	Labels map[string]string
	// Container is the worker's container. Required: Image and Resources.
	Container pod.Container
	// Pod holds pod-level settings. Required: RunAsUser.
	Pod pod.Spec
	// LivenessCommand runs in the container; a non-zero exit counts as a
	// failure. Workers serve no HTTP, so an exec probe is the only honest
	// liveness signal, e.g. ["grep", "-qa", "my.module", "/proc/1/cmdline"].
	// Required.
	LivenessCommand []string
	// LivenessProbeTiming tunes the liveness probe. Default: every
	// DefaultLivenessPeriodSeconds (30) s, restarted after
	// DefaultLivenessFailureThreshold (3) failures in a row.
	LivenessProbeTiming pod.ProbeTiming
	// TerminationGracePeriodSeconds is how long the worker may finish its
	// work after SIGTERM. Default: DefaultWorkerGracePeriodSeconds (30).
	TerminationGracePeriodSeconds int
	// ServicePort, when set, adds a ClusterIP Service on this container
	// port. Default: 0, no Service.
	ServicePort int
	// ServicePortName names the Service and container port.
	// Default: DefaultServicePortName ("http").
	ServicePortName string
}

// SingletonWorker runs exactly one pod of a process that must never run
// twice, such as the one consumer of an event stream or a scheduler with
// in-memory locks: one replica and the Recreate strategy, by construction.
type SingletonWorker interface {
	constructs.Construct
	// Deployment is the primary object (construct id "Resource").
	Deployment() k8s.KubeDeployment
	// Service is the optional Service, or nil.
	Service() k8s.KubeService
}

type singletonWorker struct {
	constructs.Construct
	deployment k8s.KubeDeployment
	service    k8s.KubeService
}

func (s *singletonWorker) Deployment() k8s.KubeDeployment { return s.deployment }
func (s *singletonWorker) Service() k8s.KubeService       { return s.service }

func (p *SingletonWorkerProps) withDefaults() SingletonWorkerProps {
	c := *p
	c.Container = c.Container.WithDefaults()
	c.Pod = c.Pod.WithDefaults()
	if c.TerminationGracePeriodSeconds == 0 {
		c.TerminationGracePeriodSeconds = DefaultWorkerGracePeriodSeconds
	}
	if c.ServicePortName == "" {
		c.ServicePortName = DefaultServicePortName
	}
	return c
}

// Validate reports every problem with the props at once, each under the
// path of its field. It is pure: it neither changes p nor depends on
// anything else.
func (p *SingletonWorkerProps) Validate() field.ErrorList {
	errs := validateIdentity(p.Name, p.SelectorLabels, p.Labels, p.ServicePort != 0)
	errs = append(errs, podtemplate.Validate(p.Container, p.Pod, podtemplate.Own{}, p.SelectorLabels)...)
	errs = append(errs, validateWorker(p.LivenessCommand, p.LivenessProbeTiming, p.TerminationGracePeriodSeconds)...)
	if p.ServicePort != 0 {
		errs = append(errs, check.Port(field.NewPath("servicePort"), p.ServicePort)...)
	}
	if p.ServicePortName != "" {
		errs = append(errs, check.PortName(field.NewPath("servicePortName"), p.ServicePortName)...)
	}
	return errs
}

func validateWorker(liveness []string, timing pod.ProbeTiming, grace int) field.ErrorList {
	var errs field.ErrorList
	if len(liveness) == 0 {
		errs = append(errs, field.Required(field.NewPath("livenessCommand"), `set a command that exits non-zero when the process is unhealthy, e.g. ["grep", "-qa", "my.module", "/proc/1/cmdline"]`))
	}
	errs = append(errs, timing.Validate(field.NewPath("livenessProbeTiming"))...)
	return append(errs, check.NonNegative(field.NewPath("terminationGracePeriodSeconds"), grace)...)
}

// NewSingletonWorker renders a Deployment with one replica and the Recreate
// strategy, plus a Service when ServicePort is set. It panics with the
// construct id and every validation error when props are invalid.
func NewSingletonWorker(scope constructs.Construct, id string, props *SingletonWorkerProps) SingletonWorker {
	check.MustBeValid(id, "SingletonWorkerProps", props.Validate())
	p := props.withDefaults()
	s := &singletonWorker{}
	constructs.NewConstruct_Override(s, scope, jsii.String(id))
	ident := newIdentity(p.Name, p.SelectorLabels, p.Labels)
	tmpl := workerTemplate(ident, p.Container, p.Pod, p.LivenessCommand, p.LivenessProbeTiming, p.TerminationGracePeriodSeconds, p.ServicePort, p.ServicePortName)
	s.deployment = newDeployment(s, ident, deploymentSpec{replicas: jsii.Number(1), strategy: recreate(), template: tmpl})
	if p.ServicePort != 0 {
		s.service = newClusterIPService(s, ident, p.ServicePortName, p.ServicePort)
	}
	return s
}

func workerTemplate(id identity, c pod.Container, s pod.Spec, liveness []string, timing pod.ProbeTiming, grace, port int, portName string) *k8s.PodTemplateSpec {
	r := podtemplate.Render(c, s)
	r.Main.LivenessProbe = podtemplate.ApplyTiming(timing, execProbe(liveness, DefaultLivenessPeriodSeconds, DefaultLivenessFailureThreshold))
	if port != 0 {
		r.Main.Ports = &[]*k8s.ContainerPort{{Name: jsii.String(portName), ContainerPort: jsii.Number(port), Protocol: jsii.String("TCP")}}
	}
	t := podtemplate.Template(r, s, id.labels, nil, id.selector)
	t.Spec.TerminationGracePeriodSeconds = jsii.Number(grace)
	return t
}

// newClusterIPService exposes a named container port. The target port is
// the name, so the container may change its number without a Service edit.
func newClusterIPService(scope constructs.Construct, id identity, portName string, port int) k8s.KubeService {
	return k8s.NewKubeService(scope, jsii.String("Service"), &k8s.KubeServiceProps{
		Metadata: id.meta(),
		Spec: &k8s.ServiceSpec{
			Type:     jsii.String("ClusterIP"),
			Selector: k8sutil.StrMap(id.selector),
			Ports: &[]*k8s.ServicePort{{
				Name:       jsii.String(portName),
				Port:       jsii.Number(port),
				TargetPort: k8sutil.PortName(portName),
				Protocol:   jsii.String("TCP"),
			}},
		},
	})
}
