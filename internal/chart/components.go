package chart

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

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
// the image the component runs (def unless overridden).
func (b *builder) podSpec(c config.Component, def config.Image) pod.Spec {
	s := pod.Spec{
		RunAsUser:          uid(c, def),
		ServiceAccountName: b.n.serviceAccount,
		ImagePullSecrets:   b.cfg.ImagePullSecrets,
		NodeSelector:       c.NodeSelector,
		Annotations:        c.PodAnnotations,
	}
	for _, t := range c.Tolerations {
		tol := &k8s.Toleration{}
		jsonInto(t, tol)
		s.Tolerations = append(s.Tolerations, tol)
	}
	if c.Affinity != nil {
		s.Affinity = &k8s.Affinity{}
		jsonInto(c.Affinity, s.Affinity)
	}
	for _, t := range c.TopologySpreadConstraints {
		tsc := &k8s.TopologySpreadConstraint{}
		jsonInto(t, tsc)
		s.TopologySpreadConstraints = append(s.TopologySpreadConstraints, tsc)
	}
	return s
}

// jsonInto converts between the config's plain Kubernetes-shaped values and
// the L1 structs, which carry the same JSON names. The config was validated
// by decoding into the k8s.io/api types, so this cannot fail on good input.
func jsonInto(from, to any) {
	raw, err := json.Marshal(from)
	if err == nil {
		err = json.Unmarshal(raw, to)
	}
	if err != nil {
		panic(fmt.Errorf("convert %T to %T: %w", from, to, err))
	}
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

// configChecksumAnnotation carries a hash of the app ConfigMap on the pod
// templates that read it, so editing a setting rolls them: pods read
// envFrom only at start.
const configChecksumAnnotation = "checksum/config"

// apiPodSpec is podSpec for the processes of the API image, with the
// ConfigMap's checksum among the pod annotations.
func (b *builder) apiPodSpec(c config.Component) pod.Spec {
	s := b.podSpec(c, b.cfg.Images.API)
	ann := map[string]string{configChecksumAnnotation: b.configChecksum()}
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

func (b *builder) web() {
	w := b.cfg.Web
	if !w.Enabled {
		return
	}
	c := b.apiContainer(w.Component, componentWeb, []string{scriptsDir + "run_web.sh"}, value("WEB_PORT", strconv.Itoa(webPort)))
	spec := b.apiPodSpec(w.Component)
	spec.InitContainers = b.schemaGate()
	b.mountSharedTmp(&c, &spec)
	web := workload.NewDrainingWebService(b.chart, "web", &workload.DrainingWebServiceProps{
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
	})
	syncWave(web.Deployment(), waveApp)
	b.services[b.n.web] = web.Service()
	b.webKEDA()
}

// webKEDA scales web on active calls: KEDA polls the fleet's call count
// plus a buffer, authenticated with the devops secret from the app Secret.
func (b *builder) webKEDA() {
	k := b.cfg.Web.KEDA
	if !k.Enabled {
		return
	}
	keda.NewMetricsAPIScaler(b.chart, "web-keda", &keda.MetricsAPIScalerProps{
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
	})
}

// The autoscale metric: {"value": active calls + buffer}, guarded by the
// devops secret.
const (
	autoscaleMetricPath = "/api/v1/health/autoscale-metric"
	devopsSecretHeader  = "X-Dograh-Devops-Secret"
)

func (b *builder) arqWorker() {
	w := b.cfg.ArqWorker
	if !w.Enabled {
		return
	}
	p := arqWorkerProcess
	c := b.apiContainer(w.Component, p.component, []string{scriptsDir + p.script})
	spec := b.apiPodSpec(w.Component)
	spec.InitContainers = b.schemaGate()
	b.mountSharedTmp(&c, &spec)
	worker := workload.NewWorker(b.chart, p.component, &workload.WorkerProps{
		Name:                b.n.arqWorker,
		SelectorLabels:      selector(b.cfg, p.component),
		Labels:              labelsOf(b.cfg, p.component),
		Container:           c,
		Pod:                 spec,
		Replicas:            fixedReplicas(w.Replicas, w.Autoscaling, false),
		Autoscaling:         autoscaling(w.Autoscaling),
		LivenessCommand:     p.liveness(),
		LivenessProbeTiming: timing(w.Probes.Liveness),
	})
	syncWave(worker.Deployment(), waveApp)
}

func (b *builder) singletons() {
	for _, s := range []struct {
		cfg  config.Singleton
		name string
		proc apiProcess
	}{
		{b.cfg.AriManager, b.n.ariManager, ariManagerProcess},
		{b.cfg.CampaignOrchestrator, b.n.campaignOrchestrator, orchestratorProcess},
	} {
		if !s.cfg.Enabled {
			continue
		}
		spec := b.apiPodSpec(s.cfg.Component)
		spec.InitContainers = b.schemaGate()
		w := workload.NewSingletonWorker(b.chart, s.proc.component, &workload.SingletonWorkerProps{
			Name:                s.name,
			SelectorLabels:      selector(b.cfg, s.proc.component),
			Labels:              labelsOf(b.cfg, s.proc.component),
			Container:           b.apiContainer(s.cfg.Component, s.proc.component, []string{scriptsDir + s.proc.script}),
			Pod:                 spec,
			LivenessCommand:     s.proc.liveness(),
			LivenessProbeTiming: timing(s.cfg.Probes.Liveness),
		})
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

func (b *builder) ui() {
	u := b.cfg.UI
	if !u.Enabled {
		return
	}
	spec := b.podSpec(u.Component, b.cfg.Images.UI)
	ui := workload.NewDrainingWebService(b.chart, componentUI, &workload.DrainingWebServiceProps{
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
		Pod:                           spec,
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
	})
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
