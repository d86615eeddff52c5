package workload

import (
	"fmt"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

// Defaults of DrainingWebServiceProps.
const (
	// DefaultWebReplicas is the replica count without autoscaling; two, so a
	// node drain never takes the service down.
	DefaultWebReplicas = 2
	// DefaultWebGracePeriodSeconds leaves ten minutes for open connections
	// to finish after a pod is told to stop.
	DefaultWebGracePeriodSeconds = 600
	// DefaultDrainInitialDelaySeconds is how long the preStop hook waits for
	// load balancers to stop routing new connections to the pod.
	DefaultDrainInitialDelaySeconds = 15
	// DrainSlackSeconds is kept free between the end of the preStop hook and
	// the grace period's SIGKILL, for the process's own shutdown.
	DrainSlackSeconds = 30
	// DefaultDrainInitialDelayEnv carries the initial delay to a drain command.
	DefaultDrainInitialDelayEnv = "DRAIN_INITIAL_DELAY"
	// DefaultDrainMaxWaitEnv carries the maximum wait to a drain command.
	DefaultDrainMaxWaitEnv = "DRAIN_MAX_WAIT"
	// DefaultMinAvailable is the PodDisruptionBudget's floor.
	DefaultMinAvailable = 1
	// DefaultPortName names the container and Service port.
	DefaultPortName = "http"
)

// DrainingWebServiceProps configures a DrainingWebService.
type DrainingWebServiceProps struct {
	// Name names the Deployment, Service, PodDisruptionBudget and HPA.
	// Required.
	Name string
	// SelectorLabels select the pods. They are immutable once applied.
	// Required.
	SelectorLabels map[string]string
	// Labels are extra labels on every object and pod, never in selectors.
	// Default: none.
	Labels map[string]string
	// Container is the server's container. Required: Image and Resources.
	Container pod.Container
	// Pod holds pod-level settings. Required: RunAsUser.
	Pod pod.Spec
	// Port is the container port the server listens on. Required.
	Port int
	// ServicePort is the Service's port. Default: Port.
	ServicePort int
	// PortName names the container and Service port; the Service targets
	// it by name. Default: DefaultPortName ("http").
	PortName string
	// Replicas is the fixed replica count. Leave it 0 when Autoscaling or
	// ExternalAutoscaler is set. Default: DefaultWebReplicas (2).
	Replicas int
	// Autoscaling adds a CPU/memory HPA that owns the replica count; its
	// scale-down removes at most one pod a minute by default, since each
	// removed pod drains its connections. Default: nil, no HPA.
	Autoscaling *Autoscaling
	// ExternalAutoscaler declares that something outside this construct
	// (KEDA, say) owns the replica count, so none is rendered.
	// Default: false.
	ExternalAutoscaler bool
	// HealthPath is the HTTP path of the readiness, liveness and startup
	// probes, e.g. "/healthz". Required unless ReadinessProbe and
	// LivenessProbe are both set.
	HealthPath string
	// ReadinessProbe replaces the default: HealthPath every 5 s, out of
	// rotation after 2 failures. Default: that probe.
	ReadinessProbe *k8s.Probe
	// LivenessProbe replaces the default: HealthPath every 20 s, restarted
	// after 6 failures (two minutes), so a busy server is not killed
	// mid-call. Default: that probe.
	LivenessProbe *k8s.Probe
	// StartupProbe replaces the default: HealthPath every 5 s for up to five
	// minutes, holding the liveness probe off while the server boots.
	// Default: that probe.
	StartupProbe *k8s.Probe
	// ReadinessProbeTiming, LivenessProbeTiming and StartupProbeTiming tune
	// the default probes without replacing them; they are ignored for a
	// probe that is replaced. Default: the timings above.
	ReadinessProbeTiming, LivenessProbeTiming, StartupProbeTiming pod.ProbeTiming
	// TerminationGracePeriodSeconds is how long a stopping pod may keep its
	// connections. Default: DefaultWebGracePeriodSeconds (600).
	TerminationGracePeriodSeconds int
	// DrainCommand is the preStop hook. When empty, the hook only sleeps
	// DrainInitialDelaySeconds. When set, it runs with the delay and the
	// maximum wait in the environment (DrainInitialDelayEnv,
	// DrainMaxWaitEnv), and should wait for open connections to finish.
	// Default: none, sleep only.
	DrainCommand []string
	// DrainInitialDelaySeconds is the time load balancers get to stop
	// routing new connections to a stopping pod.
	// Default: DefaultDrainInitialDelaySeconds (15).
	DrainInitialDelaySeconds int
	// DrainMaxWaitSeconds caps the drain command's wait for connections.
	// Default: the grace period minus the initial delay and DrainSlackSeconds,
	// 555 with the other defaults; 0 without a DrainCommand.
	DrainMaxWaitSeconds int
	// DrainInitialDelayEnv names the variable that carries the delay.
	// Default: DefaultDrainInitialDelayEnv ("DRAIN_INITIAL_DELAY").
	DrainInitialDelayEnv string
	// DrainMaxWaitEnv names the variable that carries the maximum wait.
	// Default: DefaultDrainMaxWaitEnv ("DRAIN_MAX_WAIT").
	DrainMaxWaitEnv string
	// DisablePodDisruptionBudget omits the PodDisruptionBudget, e.g. on a
	// single node with one replica, where it would block every node drain.
	// Default: false, a budget of MinAvailable.
	DisablePodDisruptionBudget bool
	// MinAvailable is the PodDisruptionBudget's floor of ready pods.
	// Default: DefaultMinAvailable (1).
	MinAvailable int
}

// DrainingWebService runs an HTTP server whose connections outlive a
// request, such as WebSockets carrying calls: a Deployment that rolls with
// surge only (maxSurge 1, maxUnavailable 0), a long grace period with a
// preStop drain, separate fast readiness and slow liveness probes, a
// ClusterIP Service, a PodDisruptionBudget and an optional HPA.
type DrainingWebService interface {
	constructs.Construct
	// Deployment is the primary object (construct id "Resource").
	Deployment() k8s.KubeDeployment
	// Service is the ClusterIP Service.
	Service() k8s.KubeService
	// PodDisruptionBudget is the budget, or nil when disabled.
	PodDisruptionBudget() k8s.KubePodDisruptionBudget
	// Autoscaler is the HPA, or nil.
	Autoscaler() k8s.KubeHorizontalPodAutoscalerV2
}

type drainingWebService struct {
	constructs.Construct
	deployment k8s.KubeDeployment
	service    k8s.KubeService
	pdb        k8s.KubePodDisruptionBudget
	hpa        k8s.KubeHorizontalPodAutoscalerV2
}

func (d *drainingWebService) Deployment() k8s.KubeDeployment { return d.deployment }
func (d *drainingWebService) Service() k8s.KubeService       { return d.service }
func (d *drainingWebService) PodDisruptionBudget() k8s.KubePodDisruptionBudget {
	return d.pdb
}
func (d *drainingWebService) Autoscaler() k8s.KubeHorizontalPodAutoscalerV2 { return d.hpa }

func (p *DrainingWebServiceProps) withDefaults() DrainingWebServiceProps {
	c := *p
	c.Container = c.Container.WithDefaults()
	c.Pod = c.Pod.WithDefaults()
	if c.ServicePort == 0 {
		c.ServicePort = c.Port
	}
	if c.PortName == "" {
		c.PortName = DefaultPortName
	}
	if c.Replicas == 0 {
		c.Replicas = DefaultWebReplicas
	}
	if c.Autoscaling != nil {
		a := c.Autoscaling.withDefaults()
		c.Autoscaling = &a
	}
	if c.TerminationGracePeriodSeconds == 0 {
		c.TerminationGracePeriodSeconds = DefaultWebGracePeriodSeconds
	}
	if c.DrainInitialDelaySeconds == 0 {
		c.DrainInitialDelaySeconds = DefaultDrainInitialDelaySeconds
	}
	if c.DrainMaxWaitSeconds == 0 && len(c.DrainCommand) > 0 {
		c.DrainMaxWaitSeconds = max(0, c.TerminationGracePeriodSeconds-c.DrainInitialDelaySeconds-DrainSlackSeconds)
	}
	if c.DrainInitialDelayEnv == "" {
		c.DrainInitialDelayEnv = DefaultDrainInitialDelayEnv
	}
	if c.DrainMaxWaitEnv == "" {
		c.DrainMaxWaitEnv = DefaultDrainMaxWaitEnv
	}
	if c.MinAvailable == 0 {
		c.MinAvailable = DefaultMinAvailable
	}
	return c
}

// Validate reports every problem with the props at once, each under the
// path of its field. Checks that depend on defaults (the drain budget, the
// disruption budget) use the defaulted values. It is pure: it neither
// changes p nor depends on anything else.
func (p *DrainingWebServiceProps) Validate() field.ErrorList {
	errs := validateIdentity(p.Name, p.SelectorLabels, p.Labels, true)
	errs = append(errs, podtemplate.Validate(p.Container, p.Pod, podtemplate.Own{}, p.SelectorLabels)...)
	ownership := validateOwnership(p.Replicas, p.Autoscaling, p.ExternalAutoscaler)
	errs = append(errs, ownership...)
	if p.Port == 0 {
		errs = append(errs, field.Required(field.NewPath("port"), "set the container port the server listens on, e.g. 8080"))
	} else {
		errs = append(errs, check.Port(field.NewPath("port"), p.Port)...)
	}
	if p.ServicePort != 0 {
		errs = append(errs, check.Port(field.NewPath("servicePort"), p.ServicePort)...)
	}
	if p.PortName != "" {
		errs = append(errs, check.PortName(field.NewPath("portName"), p.PortName)...)
	}
	if p.HealthPath == "" && (p.ReadinessProbe == nil || p.LivenessProbe == nil) {
		errs = append(errs, field.Required(field.NewPath("healthPath"), `set the HTTP path the probes call, e.g. "/healthz", or set both readinessProbe and livenessProbe`))
	} else if p.HealthPath != "" && p.HealthPath[0] != '/' {
		errs = append(errs, field.Invalid(field.NewPath("healthPath"), p.HealthPath, `must start with "/"`))
	}
	errs = append(errs, check.Probe(field.NewPath("readinessProbe"), p.ReadinessProbe, check.ReadinessProbe)...)
	errs = append(errs, check.Probe(field.NewPath("livenessProbe"), p.LivenessProbe, check.LivenessProbe)...)
	errs = append(errs, check.Probe(field.NewPath("startupProbe"), p.StartupProbe, check.StartupProbe)...)
	errs = append(errs, p.ReadinessProbeTiming.Validate(field.NewPath("readinessProbeTiming"))...)
	errs = append(errs, p.LivenessProbeTiming.Validate(field.NewPath("livenessProbeTiming"))...)
	errs = append(errs, p.StartupProbeTiming.Validate(field.NewPath("startupProbeTiming"))...)
	if p.MinAvailable < 0 {
		errs = append(errs, field.Invalid(field.NewPath("minAvailable"), p.MinAvailable, "must be at least 1"))
	}
	for _, f := range []struct {
		name string
		v    int
	}{
		{"terminationGracePeriodSeconds", p.TerminationGracePeriodSeconds},
		{"drainInitialDelaySeconds", p.DrainInitialDelaySeconds},
		{"drainMaxWaitSeconds", p.DrainMaxWaitSeconds},
	} {
		errs = append(errs, check.NonNegative(field.NewPath(f.name), f.v)...)
	}
	if p.DrainMaxWaitSeconds > 0 && len(p.DrainCommand) == 0 {
		errs = append(errs, field.Invalid(field.NewPath("drainMaxWaitSeconds"), p.DrainMaxWaitSeconds, "only a drainCommand waits for connections; set drainCommand or leave this 0"))
	}
	d := p.withDefaults()
	if need := d.DrainInitialDelaySeconds + d.DrainMaxWaitSeconds + DrainSlackSeconds; need > d.TerminationGracePeriodSeconds {
		errs = append(errs, field.Invalid(field.NewPath("terminationGracePeriodSeconds"), d.TerminationGracePeriodSeconds, fmt.Sprintf(
			"must be at least drainInitialDelaySeconds (%d) + drainMaxWaitSeconds (%d) + %d s for shutdown = %d; raise it to %d or shorten the drain",
			d.DrainInitialDelaySeconds, d.DrainMaxWaitSeconds, DrainSlackSeconds, need, need)))
	}
	if len(ownership) == 0 && p.MinAvailable >= 0 {
		errs = append(errs, d.validateBudget()...)
	}
	return errs
}

// validateBudget refuses a PodDisruptionBudget that allows no eviction:
// with minAvailable at or above the pods there are, the Eviction API
// refuses every pod, and a node drain waits forever. An external
// autoscaler's floor is unknown here, so only its caller can check it.
func (d DrainingWebServiceProps) validateBudget() field.ErrorList {
	if d.DisablePodDisruptionBudget || d.ExternalAutoscaler {
		return nil
	}
	floor, what := d.Replicas, "replicas"
	if d.Autoscaling != nil {
		floor, what = d.Autoscaling.MinReplicas, "autoscaling.minReplicas"
	}
	if d.MinAvailable < floor {
		return nil
	}
	fix := fmt.Sprintf("lower minAvailable to %d or raise %s to %d", floor-1, what, d.MinAvailable+1)
	if floor == 1 {
		fix = fmt.Sprintf("raise %s to %d, or set disablePodDisruptionBudget", what, d.MinAvailable+1)
	}
	return field.ErrorList{field.Invalid(field.NewPath("minAvailable"), d.MinAvailable, fmt.Sprintf(
		"must be below %s (%d): a budget that keeps every pod allows no eviction, so every node drain waits forever; %s", what, floor, fix))}
}

// NewDrainingWebService renders the Deployment, Service, PodDisruptionBudget
// and optional HPA. It panics with the construct id and every validation
// error when props are invalid.
func NewDrainingWebService(scope constructs.Construct, id string, props *DrainingWebServiceProps) DrainingWebService {
	check.MustBeValid(id, "DrainingWebServiceProps", props.Validate())
	p := props.withDefaults()
	d := &drainingWebService{}
	constructs.NewConstruct_Override(d, scope, jsii.String(id))
	ident := newIdentity(p.Name, p.SelectorLabels, p.Labels)
	owned := p.Autoscaling != nil || p.ExternalAutoscaler
	d.deployment = newDeployment(d, ident, deploymentSpec{
		replicas: replicasUnlessOwned(p.Replicas, owned),
		strategy: rollingSurgeOnly(),
		template: p.template(ident),
	})
	d.service = newClusterIPService(d, ident, p.PortName, p.ServicePort)
	if !p.DisablePodDisruptionBudget {
		d.pdb = k8s.NewKubePodDisruptionBudget(d, jsii.String("Budget"), &k8s.KubePodDisruptionBudgetProps{
			Metadata: ident.meta(),
			Spec: &k8s.PodDisruptionBudgetSpec{
				MinAvailable: k8sutil.Number(p.MinAvailable),
				Selector:     &k8s.LabelSelector{MatchLabels: k8sutil.StrMap(ident.selector)},
				// An unready pod serves nothing; never let it block a drain.
				UnhealthyPodEvictionPolicy: jsii.String("AlwaysAllow"),
			},
		})
	}
	if p.Autoscaling != nil {
		d.hpa = newHPA(d, ident, *p.Autoscaling)
	}
	return d
}

func (p DrainingWebServiceProps) template(id identity) *k8s.PodTemplateSpec {
	c := p.Container
	preStop := []string{"sleep", strconv.Itoa(p.DrainInitialDelaySeconds)}
	if len(p.DrainCommand) > 0 {
		preStop = p.DrainCommand
		// Copy before appending, so the caller's slice is never shared.
		c.Env = append(append([]*k8s.EnvVar{}, c.Env...),
			&k8s.EnvVar{Name: jsii.String(p.DrainInitialDelayEnv), Value: jsii.String(strconv.Itoa(p.DrainInitialDelaySeconds))},
			&k8s.EnvVar{Name: jsii.String(p.DrainMaxWaitEnv), Value: jsii.String(strconv.Itoa(p.DrainMaxWaitSeconds))},
		)
	}
	r := podtemplate.Render(c, p.Pod)
	m := r.Main
	m.Ports = &[]*k8s.ContainerPort{{Name: jsii.String(p.PortName), ContainerPort: jsii.Number(p.Port), Protocol: jsii.String("TCP")}}
	m.Lifecycle = &k8s.Lifecycle{PreStop: &k8s.LifecycleHandler{Exec: &k8s.ExecAction{Command: jsii.Strings(preStop...)}}}
	m.ReadinessProbe = orDefault(p.ReadinessProbe, func() *k8s.Probe { return podtemplate.ApplyTiming(p.ReadinessProbeTiming, p.httpProbe(5, 2)) })
	m.LivenessProbe = orDefault(p.LivenessProbe, func() *k8s.Probe { return podtemplate.ApplyTiming(p.LivenessProbeTiming, p.httpProbe(20, 6)) })
	m.StartupProbe = orDefault(p.StartupProbe, func() *k8s.Probe { return podtemplate.ApplyTiming(p.StartupProbeTiming, p.httpProbe(5, 60)) })
	t := podtemplate.Template(r, p.Pod, id.labels, nil, id.selector)
	t.Spec.TerminationGracePeriodSeconds = jsii.Number(p.TerminationGracePeriodSeconds)
	return t
}

func (p DrainingWebServiceProps) httpProbe(periodSeconds, failureThreshold int) *k8s.Probe {
	return &k8s.Probe{
		HttpGet: &k8s.HttpGetAction{
			Path: jsii.String(p.HealthPath),
			Port: k8sutil.PortName(p.PortName),
		},
		PeriodSeconds:    jsii.Number(periodSeconds),
		TimeoutSeconds:   jsii.Number(DefaultProbeTimeoutSeconds),
		FailureThreshold: jsii.Number(failureThreshold),
	}
}

func orDefault(p *k8s.Probe, def func() *k8s.Probe) *k8s.Probe {
	if p != nil {
		return p
	}
	return def()
}
