package chart

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/keda"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/workload"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// apiProcess describes one process of the API image.
type apiProcess struct {
	component string
	script    string // entrypoint under ./scripts/
	module    string // python module on /proc/1/cmdline, for liveness
}

var (
	arqWorkerProcess    = apiProcess{componentArqWorker, "run_arq_worker.sh", "api.tasks.arq.WorkerSettings"}
	ariManagerProcess   = apiProcess{componentAriManager, "run_ari_manager.sh", "api.services.telephony.ari_manager"}
	orchestratorProcess = apiProcess{componentCampaignOrchestrator, "run_campaign_orchestrator.sh", "api.services.campaign.campaign_orchestrator"}
)

// liveness checks that PID 1 still runs the module. The image has no
// pgrep; grep on /proc/1/cmdline needs nothing else.
func (p apiProcess) liveness() []string {
	return []string{"grep", "-qa", p.module, "/proc/1/cmdline"}
}

func resources(r config.Resources) pod.Resources {
	return pod.Resources{CPURequest: r.Requests.CPU, MemoryRequest: r.Requests.Memory, CPULimit: r.Limits.CPU, MemoryLimit: r.Limits.Memory}
}

func (b *builder) image(c config.Component, def config.Image) string {
	if c.Image != nil {
		return c.Image.Ref()
	}
	return def.Ref()
}

// uid is the user a component's image runs as: its override's, else the
// default image's.
func uid(c config.Component, def config.Image) int {
	if c.Image != nil && c.Image.RunAsUser != 0 {
		return c.Image.RunAsUser
	}
	return def.RunAsUser
}

// podSpec renders a component's pod-level settings, running as the user of
// the image the component runs (def unless overridden). root is the
// component's config path: affinity and topology spread constraints are
// free-form in the config and are decoded here, strictly, so that a
// misspelt key is an error at its path rather than silently dropped.
func (b *builder) podSpec(root string, c config.Component, def config.Image) pod.Spec {
	s := pod.Spec{
		RunAsUser:          uid(c, def),
		ServiceAccountName: b.n.serviceAccount,
		ImagePullSecrets:   b.cfg.ImagePullSecrets,
		NodeSelector:       c.NodeSelector,
		Annotations:        c.PodAnnotations,
	}
	at := field.NewPath(root)
	for i, t := range c.Tolerations {
		tol := &k8s.Toleration{}
		b.decode(at.Child("tolerations").Index(i), t, tol)
		s.Tolerations = append(s.Tolerations, tol)
	}
	if c.Affinity != nil {
		s.Affinity = &k8s.Affinity{}
		b.decode(at.Child("affinity"), c.Affinity, s.Affinity)
	}
	for i, t := range c.TopologySpreadConstraints {
		tsc := &k8s.TopologySpreadConstraint{}
		b.decode(at.Child("topologySpreadConstraints").Index(i), t, tsc)
		s.TopologySpreadConstraints = append(s.TopologySpreadConstraints, tsc)
	}
	return s
}

// decode converts the config's plain Kubernetes-shaped values into the L1
// structs, which carry the same JSON names, refusing keys the L1 type (the
// Kubernetes 1.28 API this chart renders) does not have.
func (b *builder) decode(at *field.Path, from, to any) {
	raw, err := json.Marshal(from)
	if err == nil {
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		err = dec.Decode(to)
	}
	if err != nil {
		b.errs = append(b.errs, field.Invalid(at, field.OmitValueType{}, strings.TrimPrefix(err.Error(), "json: ")))
	}
}

// componentPaths maps what every workload's props share to the config keys
// of the component at root, whose default image is at defImage.
func componentPaths(root string, c config.Component, defImage string) paths {
	image, user := defImage, defImage+".runAsUser"
	if c.Image != nil {
		image = root + ".image"
		if c.Image.RunAsUser != 0 {
			user = root + ".image.runAsUser"
		}
	}
	p := paths{root: root}
	for _, derived := range []string{"name", "selectorLabels", "labels", "pod.serviceAccountName"} {
		p.whole(derived, "release")
	}
	p.whole("container", root)
	p.whole("container.image", image)
	for _, r := range []struct{ from, to string }{
		{"cpuRequest", "requests.cpu"}, {"memoryRequest", "requests.memory"}, {"cpuLimit", "limits.cpu"}, {"memoryLimit", "limits.memory"},
	} {
		p.add("container.resources."+r.from, root+".resources."+r.to)
	}
	p.whole("pod", root)
	for _, u := range []string{"pod.runAsUser", "pod.runAsGroup", "pod.fsGroup"} {
		p.whole(u, user)
	}
	p.add("pod.imagePullSecrets", "imagePullSecrets")
	for _, f := range []string{"nodeSelector", "tolerations", "affinity", "topologySpreadConstraints"} {
		p.add("pod."+f, root+"."+f)
	}
	p.add("pod.annotations", root+".podAnnotations")
	for _, probe := range []string{"readiness", "liveness", "startup"} {
		p.add(probe+"ProbeTiming", root+".probes."+probe)
	}
	p.add("replicas", root+".replicas")
	p.add("autoscaling", root+".autoscaling")
	return p
}

func timing(t config.ProbeTiming) pod.ProbeTiming {
	return pod.ProbeTiming{InitialDelaySeconds: t.InitialDelaySeconds, PeriodSeconds: t.PeriodSeconds, TimeoutSeconds: t.TimeoutSeconds, FailureThreshold: t.FailureThreshold}
}

func autoscaling(a config.Autoscaling) *workload.Autoscaling {
	if !a.Enabled {
		return nil
	}
	return &workload.Autoscaling{
		MinReplicas:              a.MinReplicas,
		MaxReplicas:              a.MaxReplicas,
		CPUUtilizationPercent:    a.CPUUtilizationPercent,
		MemoryUtilizationPercent: a.MemoryUtilizationPercent,
	}
}

// fixedReplicas is the replica count, or 0 (unset) when an autoscaler owns
// it: the HPA, or an external one such as KEDA.
func fixedReplicas(replicas int, a config.Autoscaling, external bool) int {
	if a.Enabled || external {
		return 0
	}
	return replicas
}

// pcmCacheDir is created by every API-image process at import
// (api/services/pipecat/audio_file_cache.py; CONTRACT.md path-pcm-cache),
// outside /tmp, so it needs a writable volume of its own.
const pcmCacheDir = "/app/dograh_pcm_cache"

// apiWritablePaths are where API-image processes write; the rest of the
// root filesystem is read-only. Init containers share these mounts.
func apiWritablePaths() []string { return []string{"/tmp", pcmCacheDir} }

func (b *builder) apiContainer(c config.Component, name string, command []string, extraEnv ...*k8s.EnvVar) pod.Container {
	return pod.Container{
		Name:          name,
		Image:         b.image(c, b.cfg.Images.API),
		Command:       command,
		EnvFrom:       []*k8s.EnvFromSource{{ConfigMapRef: &k8s.ConfigMapEnvSource{Name: jsii.String(b.n.config)}}},
		Env:           append(appEnv(b.cfg, b.n), extraEnv...),
		Resources:     resources(c.Resources),
		WritablePaths: apiWritablePaths(),
	}
}

// apiPodSpec is podSpec for the processes of the API image, with the
// ConfigMap's checksum among the pod annotations.
func (b *builder) apiPodSpec(root string, c config.Component) pod.Spec {
	s := b.podSpec(root, c, b.cfg.Images.API)
	ann := map[string]string{config.ConfigChecksumAnnotation: b.configChecksum()}
	for k, v := range s.Annotations {
		ann[k] = v
	}
	s.Annotations = ann
	return s
}

func (b *builder) configChecksum() string {
	raw, _ := json.Marshal(appSettings(b.cfg, b.n)) // map keys marshal sorted
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// webProps are web's props, and where their fields come from.
func (b *builder) webProps() (*workload.DrainingWebServiceProps, paths) {
	w := b.cfg.Web
	c := b.apiContainer(w.Component, componentWeb, []string{scriptsDir + "run_web.sh"}, value("WEB_PORT", strconv.Itoa(webPort)))
	spec := b.apiPodSpec("web", w.Component)
	spec.InitContainers = b.schemaGate()
	b.mountSharedTmp(&c, &spec)
	m := componentPaths("web", w.Component, "images.api")
	m.add("terminationGracePeriodSeconds", "web.terminationGracePeriodSeconds")
	m.add("drainCommand", "web.drain.command")
	m.add("drainInitialDelaySeconds", "web.drain.initialDelaySeconds")
	m.add("drainMaxWaitSeconds", "web.drain.maxWaitSeconds")
	m.add("minAvailable", "web.podDisruptionBudget.minAvailable")
	m.whole("externalAutoscaler", "web.keda.enabled")
	return &workload.DrainingWebServiceProps{
		Name:                          b.n.web,
		SelectorLabels:                selector(b.cfg, componentWeb),
		Labels:                        labelsOf(b.cfg, componentWeb),
		Container:                     c,
		Pod:                           spec,
		Port:                          webPort,
		Replicas:                      fixedReplicas(w.Replicas, w.Autoscaling, w.KEDA.Enabled),
		Autoscaling:                   autoscaling(w.Autoscaling),
		ExternalAutoscaler:            w.KEDA.Enabled,
		HealthPath:                    healthPath,
		ReadinessProbeTiming:          timing(w.Probes.Readiness),
		LivenessProbeTiming:           timing(w.Probes.Liveness),
		StartupProbeTiming:            timing(w.Probes.Startup),
		TerminationGracePeriodSeconds: w.TerminationGracePeriodSeconds,
		DrainCommand:                  w.Drain.Command,
		DrainInitialDelaySeconds:      w.Drain.InitialDelaySeconds,
		DrainMaxWaitSeconds:           w.Drain.MaxWaitSeconds,
		DisablePodDisruptionBudget:    !w.PodDisruptionBudget.Enabled,
		MinAvailable:                  w.PodDisruptionBudget.MinAvailable,
	}, m
}

func (b *builder) web() {
	if !b.cfg.Web.Enabled {
		return
	}
	p, _ := b.webProps()
	web := workload.NewDrainingWebService(b.chart, "web", p)
	syncWave(web.Deployment(), waveApp)
	b.services[b.n.web] = web.Service()
	if b.cfg.Web.KEDA.Enabled {
		p, _ := b.webKEDAProps()
		keda.NewMetricsAPIScaler(b.chart, "web-keda", p)
	}
}

// webKEDAProps scale web on active calls: KEDA polls the fleet's call
// count plus a buffer, authenticated with the devops secret from the app
// Secret.
func (b *builder) webKEDAProps() (*keda.MetricsAPIScalerProps, paths) {
	k := b.cfg.Web.KEDA
	m := paths{root: "web.keda"}
	for _, derived := range []string{"name", "labels", "deploymentName", "serviceName", "servicePort", "path", "valueLocation", "authHeaderName", "authSecretKey"} {
		m.whole(derived, "release")
	}
	m.whole("serviceNamespace", "namespace")
	m.whole("authSecretName", secretKey(b.cfg.Secrets.App, "secrets.app"))
	m.whole("targetValue", "web.keda.callsPerPod")
	m.whole("query", "web.keda.buffer")
	for _, f := range []string{"minReplicas", "maxReplicas", "pollingIntervalSeconds"} {
		m.add(f, "web.keda."+f)
	}
	return &keda.MetricsAPIScalerProps{
		Name:                   b.n.web,
		Labels:                 mergeLabels(selector(b.cfg, componentWeb), commonLabels(b.cfg)),
		DeploymentName:         b.n.web,
		ServiceName:            b.n.web,
		ServiceNamespace:       b.cfg.Namespace,
		ServicePort:            webPort,
		Path:                   autoscaleMetricPath,
		Query:                  map[string]string{"buffer": strconv.Itoa(k.Buffer)},
		ValueLocation:          "value",
		TargetValue:            float64(k.CallsPerPod),
		MinReplicas:            k.MinReplicas,
		MaxReplicas:            k.MaxReplicas,
		PollingIntervalSeconds: k.PollingIntervalSeconds,
		AuthHeaderName:         devopsSecretHeader,
		AuthSecretName:         b.n.appSecret,
		AuthSecretKey:          "DOGRAH_DEVOPS_SECRET",
	}, m
}

// The autoscale metric: {"value": active calls + buffer}, guarded by the
// devops secret.
const (
	autoscaleMetricPath = "/api/v1/health/autoscale-metric"
	devopsSecretHeader  = "X-Dograh-Devops-Secret"
)

func (b *builder) arqWorkerProps() (*workload.WorkerProps, paths) {
	w := b.cfg.ArqWorker
	p := arqWorkerProcess
	c := b.apiContainer(w.Component, p.component, []string{scriptsDir + p.script})
	spec := b.apiPodSpec("arqWorker", w.Component)
	spec.InitContainers = b.schemaGate()
	b.mountSharedTmp(&c, &spec)
	return &workload.WorkerProps{
		Name:                b.n.arqWorker,
		SelectorLabels:      selector(b.cfg, p.component),
		Labels:              labelsOf(b.cfg, p.component),
		Container:           c,
		Pod:                 spec,
		Replicas:            fixedReplicas(w.Replicas, w.Autoscaling, false),
		Autoscaling:         autoscaling(w.Autoscaling),
		LivenessCommand:     p.liveness(),
		LivenessProbeTiming: timing(w.Probes.Liveness),
	}, componentPaths("arqWorker", w.Component, "images.api")
}

func (b *builder) arqWorker() {
	if !b.cfg.ArqWorker.Enabled {
		return
	}
	p, _ := b.arqWorkerProps()
	worker := workload.NewWorker(b.chart, arqWorkerProcess.component, p)
	syncWave(worker.Deployment(), waveApp)
}

// singleton is one process that must run exactly once.
type singleton struct {
	root string // config path
	cfg  config.Singleton
	name string
	proc apiProcess
}

func (b *builder) singletonList() []singleton {
	return []singleton{
		{"ariManager", b.cfg.AriManager, b.n.ariManager, ariManagerProcess},
		{"campaignOrchestrator", b.cfg.CampaignOrchestrator, b.n.campaignOrchestrator, orchestratorProcess},
	}
}

func (b *builder) singletonProps(s singleton) (*workload.SingletonWorkerProps, paths) {
	spec := b.apiPodSpec(s.root, s.cfg.Component)
	spec.InitContainers = b.schemaGate()
	return &workload.SingletonWorkerProps{
		Name:                s.name,
		SelectorLabels:      selector(b.cfg, s.proc.component),
		Labels:              labelsOf(b.cfg, s.proc.component),
		Container:           b.apiContainer(s.cfg.Component, s.proc.component, []string{scriptsDir + s.proc.script}),
		Pod:                 spec,
		LivenessCommand:     s.proc.liveness(),
		LivenessProbeTiming: timing(s.cfg.Probes.Liveness),
	}, componentPaths(s.root, s.cfg.Component, "images.api")
}

func (b *builder) singletons() {
	for _, s := range b.singletonList() {
		if !s.cfg.Enabled {
			continue
		}
		p, _ := b.singletonProps(s)
		w := workload.NewSingletonWorker(b.chart, s.proc.component, p)
		syncWave(w.Deployment(), waveApp)
	}
}

// uiHealthPath answers 200 from the UI alone: "/" redirects to the login
// page after asking web for the auth provider, with no timeout, while API
// routes skip that middleware (ui/src/middleware.ts; CONTRACT.md
// probe-ui-root).
const uiHealthPath = "/api/config/sentry"

// UI timings: Next.js holds no long-lived connections, so a short drain.
const (
	uiGracePeriodSeconds = 60
	uiDrainDelaySeconds  = 10
)

func (b *builder) uiProps() (*workload.DrainingWebServiceProps, paths) {
	u := b.cfg.UI
	m := componentPaths("ui", u.Component, "images.ui")
	m.add("minAvailable", "ui.podDisruptionBudget.minAvailable")
	return &workload.DrainingWebServiceProps{
		Name:           b.n.ui,
		SelectorLabels: selector(b.cfg, componentUI),
		Labels:         labelsOf(b.cfg, componentUI),
		Container: pod.Container{
			Name:      componentUI,
			Image:     b.image(u.Component, b.cfg.Images.UI),
			Env:       uiEnv(b.cfg, b.n),
			Resources: resources(u.Resources),
			// Next.js writes its image-optimisation cache under .next/cache.
			WritablePaths: []string{"/tmp", "/app/.next/cache"},
		},
		Pod:                           b.podSpec("ui", u.Component, b.cfg.Images.UI),
		Port:                          uiPort,
		Replicas:                      fixedReplicas(u.Replicas, u.Autoscaling, false),
		Autoscaling:                   autoscaling(u.Autoscaling),
		HealthPath:                    uiHealthPath,
		ReadinessProbeTiming:          timing(u.Probes.Readiness),
		LivenessProbeTiming:           timing(u.Probes.Liveness),
		StartupProbeTiming:            timing(u.Probes.Startup),
		TerminationGracePeriodSeconds: uiGracePeriodSeconds,
		DrainInitialDelaySeconds:      uiDrainDelaySeconds,
		DisablePodDisruptionBudget:    !u.PodDisruptionBudget.Enabled,
		MinAvailable:                  u.PodDisruptionBudget.MinAvailable,
	}, m
}

func (b *builder) ui() {
	if !b.cfg.UI.Enabled {
		return
	}
	p, _ := b.uiProps()
	ui := workload.NewDrainingWebService(b.chart, componentUI, p)
	syncWave(ui.Deployment(), waveApp)
	b.services[b.n.ui] = ui.Service()
}

// sharedTmpPath is where web hands end-of-call files to the workers in app
// versions that pass them by local path.
const sharedTmpPath = "/tmp/dograh-shared"

// sharedTmp renders the ReadWriteMany claim web and the workers share.
func (b *builder) sharedTmp() {
	st := b.cfg.SharedTmp
	if !st.Enabled {
		return
	}
	storage := map[string]k8s.Quantity{"storage": quantity(st.Size)}
	k8s.NewKubePersistentVolumeClaim(b.chart, jsii.String("shared-tmp"), &k8s.KubePersistentVolumeClaimProps{
		Metadata: objectMeta(b.n.sharedTmp, commonLabels(b.cfg)),
		Spec: &k8s.PersistentVolumeClaimSpec{
			AccessModes:      jsii.Strings("ReadWriteMany"),
			StorageClassName: jsii.String(st.StorageClass),
			Resources:        &k8s.ResourceRequirements{Requests: &storage},
		},
	})
}

func (b *builder) mountSharedTmp(c *pod.Container, s *pod.Spec) {
	if !b.cfg.SharedTmp.Enabled {
		return
	}
	s.Volumes = append(s.Volumes, &k8s.Volume{
		Name:                  jsii.String("shared-tmp"),
		PersistentVolumeClaim: &k8s.PersistentVolumeClaimVolumeSource{ClaimName: jsii.String(b.n.sharedTmp)},
	})
	c.VolumeMounts = append(c.VolumeMounts, &k8s.VolumeMount{Name: jsii.String("shared-tmp"), MountPath: jsii.String(sharedTmpPath)})
	// The volume's files belong to the app's group, whichever pod wrote them.
	s.FSGroup = s.RunAsUser
}

// uiEnv is the Next.js server's environment; unset telemetry settings are
// left out rather than passed empty.
func uiEnv(cfg *config.Config, n names) []*k8s.EnvVar {
	env := []*k8s.EnvVar{
		// Kubernetes sets HOSTNAME to the pod name; Next.js would then
		// listen on the pod IP only.
		value("HOSTNAME", "0.0.0.0"),
		value("PORT", strconv.Itoa(uiPort)),
		value("BACKEND_URL", "http://"+n.web+":"+strconv.Itoa(webPort)),
		value("ENABLE_TELEMETRY", strconv.FormatBool(cfg.App.EnableTelemetry)),
	}
	for _, kv := range [][2]string{{"POSTHOG_KEY", cfg.App.PosthogAPIKey}, {"POSTHOG_HOST", cfg.App.PosthogHost}} {
		if kv[1] != "" {
			env = append(env, value(kv[0], kv[1]))
		}
	}
	return env
}
