package synth_test

import (
	"bufio"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	"sigs.k8s.io/yaml"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// CONTRACT.md lists what Dograh's images need from the manifests, one row
// per fact, each citing the app's source at the pinned tag. Every row
// marked "static" has a check here that runs against every topology;
// every row marked "runtime:" says why only a running container can tell,
// and the runtime suite (e2e/runtime) runs what this machine can.

// topo is one rendered topology, decoded into the upstream Go types.
type topo struct {
	name        string
	cfg         *config.Config
	configMaps  map[string]corev1.ConfigMap
	services    map[string]corev1.Service
	deployments map[string]appsv1.Deployment
	jobs        []batchv1.Job
	policies    []networkingv1.NetworkPolicy
	ingresses   []networkingv1.Ingress
	raw         string
}

func typedTopologies(t *testing.T) []*topo {
	t.Helper()
	var out []*topo
	for file, data := range manifests(t) {
		name := strings.TrimSuffix(file, ".k8s.yaml")
		tp := &topo{name: name, cfg: config.Presets[name](), configMaps: map[string]corev1.ConfigMap{},
			services: map[string]corev1.Service{}, deployments: map[string]appsv1.Deployment{}, raw: string(data)}
		for _, doc := range strings.Split(string(data), "\n---\n") {
			var meta struct{ Kind string }
			require.NoError(t, yaml.Unmarshal([]byte(doc), &meta))
			switch meta.Kind {
			case "ConfigMap":
				var o corev1.ConfigMap
				require.NoError(t, yaml.Unmarshal([]byte(doc), &o))
				tp.configMaps[o.Name] = o
			case "Service":
				var o corev1.Service
				require.NoError(t, yaml.Unmarshal([]byte(doc), &o))
				tp.services[o.Name] = o
			case "Deployment":
				var o appsv1.Deployment
				require.NoError(t, yaml.Unmarshal([]byte(doc), &o))
				tp.deployments[o.Name] = o
			case "Job":
				var o batchv1.Job
				require.NoError(t, yaml.Unmarshal([]byte(doc), &o))
				tp.jobs = append(tp.jobs, o)
			case "NetworkPolicy":
				var o networkingv1.NetworkPolicy
				require.NoError(t, yaml.Unmarshal([]byte(doc), &o))
				tp.policies = append(tp.policies, o)
			case "Ingress":
				var o networkingv1.Ingress
				require.NoError(t, yaml.Unmarshal([]byte(doc), &o))
				tp.ingresses = append(tp.ingresses, o)
			}
		}
		out = append(out, tp)
	}
	slices.SortFunc(out, func(a, b *topo) int { return strings.Compare(a.name, b.name) })
	require.NotEmpty(t, out)
	return out
}

// The app's processes and the component names the chart gives them.
var (
	backendComponents = []string{"web", "arq-worker", "ari-manager", "campaign-orchestrator"}
	backendScripts    = map[string]string{"web": "run_web.sh", "arq-worker": "run_arq_worker.sh", "ari-manager": "run_ari_manager.sh", "campaign-orchestrator": "run_campaign_orchestrator.sh"}
)

// backends are the rendered API-image Deployments, by component.
func (tp *topo) backends() map[string]appsv1.Deployment {
	out := map[string]appsv1.Deployment{}
	for _, d := range tp.deployments {
		c := d.Spec.Template.Labels["app.kubernetes.io/component"]
		if slices.Contains(backendComponents, c) {
			out[c] = d
		}
	}
	return out
}

// apiContainers are every container running the API image: the backends'
// main and init containers and the migrate Job's, by a readable id.
func (tp *topo) apiContainers() map[string]corev1.Container {
	out := map[string]corev1.Container{}
	add := func(owner string, spec corev1.PodSpec) {
		for _, c := range append(slices.Clone(spec.InitContainers), spec.Containers...) {
			if strings.Contains(c.Image, "dograh-api") {
				out[owner+"/"+c.Name] = c
			}
		}
	}
	for _, d := range tp.deployments {
		add("deployment/"+d.Name, d.Spec.Template.Spec)
	}
	for _, j := range tp.jobs {
		add("job/"+j.Name, j.Spec.Template.Spec)
	}
	return out
}

func (tp *topo) appConfig() map[string]string { return tp.configMaps["dograh-config"].Data }

// env is the container's env by name (values or "secret:NAME/KEY").
func env(c corev1.Container) map[string]string {
	out := map[string]string{}
	for _, e := range c.Env {
		switch {
		case e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil:
			out[e.Name] = "secret:" + e.ValueFrom.SecretKeyRef.Name + "/" + e.ValueFrom.SecretKeyRef.Key
		case e.ValueFrom != nil && e.ValueFrom.FieldRef != nil:
			out[e.Name] = "field:" + e.ValueFrom.FieldRef.FieldPath
		default:
			out[e.Name] = e.Value
		}
	}
	return out
}

// mounted reports whether the container mounts an emptyDir at path.
func mounted(spec corev1.PodSpec, c corev1.Container, path string) bool {
	for _, m := range c.VolumeMounts {
		if m.MountPath != path {
			continue
		}
		for _, v := range spec.Volumes {
			if v.Name == m.Name && v.EmptyDir != nil {
				return true
			}
		}
	}
	return false
}

// eachAPIPod calls f with the pod spec and every API-image container in it.
func (tp *topo) eachAPIPod(f func(owner string, spec corev1.PodSpec, c corev1.Container)) {
	visit := func(owner string, spec corev1.PodSpec) {
		for _, c := range append(slices.Clone(spec.InitContainers), spec.Containers...) {
			if strings.Contains(c.Image, "dograh-api") {
				f(owner+"/"+c.Name, spec, c)
			}
		}
	}
	for _, d := range tp.deployments {
		visit("deployment/"+d.Name, d.Spec.Template.Spec)
	}
	for _, j := range tp.jobs {
		visit("job/"+j.Name, j.Spec.Template.Spec)
	}
}

func web(tp *topo) (corev1.Container, corev1.PodSpec, bool) {
	d, ok := tp.deployments["dograh-web"]
	if !ok {
		return corev1.Container{}, corev1.PodSpec{}, false
	}
	return d.Spec.Template.Spec.Containers[0], d.Spec.Template.Spec, true
}

func ui(tp *topo) (corev1.Container, bool) {
	d, ok := tp.deployments["dograh-ui"]
	if !ok {
		return corev1.Container{}, false
	}
	return d.Spec.Template.Spec.Containers[0], true
}

// egressAllows reports whether some egress policy selecting pods with
// labels allows proto/port to an ipBlock containing cidr (or anywhere).
func (tp *topo) egressAllows(labels map[string]string, proto corev1.Protocol, port int32, cidr string) bool {
	labels = maps.Clone(labels)
	labels["app.kubernetes.io/name"], labels["app.kubernetes.io/instance"] = "dograh", tp.cfg.Release
	for _, p := range tp.policies {
		if !slices.Contains(p.Spec.PolicyTypes, networkingv1.PolicyTypeEgress) || !selectorMatches(p.Spec.PodSelector.MatchLabels, labels) {
			continue
		}
		for _, r := range p.Spec.Egress {
			if !portsAllow(r.Ports, proto, port) {
				continue
			}
			for _, to := range r.To {
				if to.IPBlock != nil && (to.IPBlock.CIDR == cidr || to.IPBlock.CIDR == "0.0.0.0/0" && !slices.Contains(to.IPBlock.Except, cidr)) {
					return true
				}
			}
		}
	}
	return false
}

func selectorMatches(sel, labels map[string]string) bool {
	for k, v := range sel {
		if labels[k] != v {
			return false
		}
	}
	return true
}

func portsAllow(ports []networkingv1.NetworkPolicyPort, proto corev1.Protocol, port int32) bool {
	if len(ports) == 0 {
		return true
	}
	for _, p := range ports {
		if p.Protocol != nil && *p.Protocol != proto {
			continue
		}
		if p.Port == nil {
			return true
		}
		end := p.Port.IntVal
		if p.EndPort != nil {
			end = *p.EndPort
		}
		if port >= p.Port.IntVal && port <= end {
			return true
		}
	}
	return false
}

// contractChecks hold one check per static row of CONTRACT.md.
var contractChecks = map[string]func(t *testing.T, tp *topo){
	"env-database-url": func(t *testing.T, tp *topo) {
		for id, c := range tp.apiContainers() {
			e := env(c)
			assert.Contains(t, e, "DATABASE_URL", id)
			if tp.cfg.Database.Mode == config.DatabaseInternal {
				assert.Contains(t, e["DATABASE_URL"], "$(POSTGRES_PASSWORD)", id)
			}
		}
	},
	"env-redis-url": func(t *testing.T, tp *topo) {
		for id, c := range tp.apiContainers() {
			assert.Contains(t, env(c), "REDIS_URL", id)
		}
	},
	"env-environment": func(t *testing.T, tp *topo) { assert.Equal(t, "production", tp.appConfig()["ENVIRONMENT"]) },
	"env-log": func(t *testing.T, tp *topo) {
		assert.Equal(t, "INFO", tp.appConfig()["LOG_LEVEL"])
		assert.NotContains(t, tp.appConfig(), "LOG_FILE_PATH")
	},
	"env-log-to-file": func(t *testing.T, tp *topo) {
		assert.NotContains(t, tp.appConfig(), "LOG_TO_FILE", "the image sets false")
	},
	"env-langfuse": func(t *testing.T, tp *topo) {
		assert.NotContains(t, tp.appConfig(), "LANGFUSE_HOST", "presets leave Langfuse off")
	},
	"env-public-base": func(t *testing.T, tp *topo) { assert.NotContains(t, tp.appConfig(), "PUBLIC_BASE_URL") },
	"env-backend-api-endpoint": func(t *testing.T, tp *topo) {
		assert.Regexp(t, `^https://[a-z0-9.-]+$`, tp.appConfig()["BACKEND_API_ENDPOINT"])
	},
	"env-ui-app-url": func(t *testing.T, tp *topo) {
		assert.Equal(t, tp.appConfig()["BACKEND_API_ENDPOINT"], tp.appConfig()["UI_APP_URL"])
	},
	"env-deployment-mode": func(t *testing.T, tp *topo) { assert.NotContains(t, tp.appConfig(), "DEPLOYMENT_MODE") },
	"env-auth": func(t *testing.T, tp *topo) {
		for id, c := range tp.apiContainers() {
			assert.Equal(t, "secret:dograh-secret/OSS_JWT_SECRET", env(c)["OSS_JWT_SECRET"], id)
		}
		assert.Contains(t, tp.appConfig(), "ENABLE_SIGNUP")
	},
	"env-stack": func(t *testing.T, tp *topo) {
		assert.NotRegexp(t, `(?m)^\s+(- name: )?(AUTH_PROVIDER|STACK_[A-Z_]+)\b`, tp.raw)
	},
	"env-mps": func(t *testing.T, tp *topo) {
		if tp.cfg.NetworkPolicy.Enabled {
			assert.True(t, tp.egressAllows(map[string]string{"dograh.com/internet-egress": "true"}, corev1.ProtocolTCP, 443, "0.0.0.0/0"))
		}
	},
	"env-devops-secret": func(t *testing.T, tp *topo) {
		if c, _, ok := web(tp); ok {
			assert.Equal(t, "secret:dograh-secret/DOGRAH_DEVOPS_SECRET", env(c)["DOGRAH_DEVOPS_SECRET"])
		}
	},
	"env-storage-mode": func(t *testing.T, tp *topo) {
		assert.Equal(t, tp.cfg.Storage.Mode == config.StorageS3, tp.appConfig()["ENABLE_AWS_S3"] == "true")
	},
	"env-minio": func(t *testing.T, tp *topo) {
		if tp.cfg.Storage.Mode != config.StorageInternalMinio {
			return
		}
		assert.Equal(t, "dograh-minio:9000", tp.appConfig()["MINIO_ENDPOINT"])
		assert.Regexp(t, `^https://`, tp.appConfig()["MINIO_PUBLIC_ENDPOINT"])
		for id, c := range tp.apiContainers() {
			assert.Equal(t, "secret:dograh-minio/root-user", env(c)["MINIO_ACCESS_KEY"], id)
		}
	},
	"env-s3": func(t *testing.T, tp *topo) {
		if tp.appConfig()["ENABLE_AWS_S3"] != "true" {
			return
		}
		assert.Equal(t, tp.cfg.Storage.Bucket, tp.appConfig()["S3_BUCKET"])
		assert.Equal(t, tp.cfg.Storage.S3.Region, tp.appConfig()["S3_REGION"])
		assert.NotEmpty(t, tp.appConfig()["S3_REGION"])
	},
	"env-sentry": func(t *testing.T, tp *topo) {
		assert.NotContains(t, tp.appConfig(), "SENTRY_DSN")
		assert.Equal(t, "false", tp.appConfig()["ENABLE_TELEMETRY"])
	},
	"env-posthog": func(t *testing.T, tp *topo) { assert.NotContains(t, tp.appConfig(), "POSTHOG_API_KEY") },
	"env-telephony-ws-token": func(t *testing.T, tp *topo) {
		for c, d := range tp.backends() {
			if c == "campaign-orchestrator" {
				continue
			}
			assert.Equal(t, "secret:dograh-secret/TELEPHONY_WS_TOKEN_SECRET", env(d.Spec.Template.Spec.Containers[0])["TELEPHONY_WS_TOKEN_SECRET"], c)
		}
	},
	"env-turn": func(t *testing.T, tp *topo) {
		cm := tp.appConfig()
		if !tp.cfg.Coturn.Enabled {
			assert.Equal(t, "false", cm["ENABLE_COTURN"])
			return
		}
		assert.Equal(t, "true", cm["ENABLE_COTURN"])
		c, _, _ := web(tp)
		assert.Equal(t, "secret:dograh-secret/TURN_SECRET", env(c)["TURN_SECRET"])
		assert.Contains(t, tp.raw, `key: TURN_SECRET`, "coturn's static-auth-secret comes from the same key")
		if tp.cfg.Coturn.TLS.Enabled {
			assert.Equal(t, "5349", cm["TURN_TLS_PORT"])
		} else {
			assert.Equal(t, "0", cm["TURN_TLS_PORT"], "no turns: URIs without a TLS listener")
		}
	},
	"env-turn-static": func(t *testing.T, tp *topo) {
		assert.NotContains(t, tp.raw, "TURN_USERNAME")
		assert.NotContains(t, tp.raw, "TURN_PASSWORD")
	},
	"env-webhook-delivery": func(t *testing.T, tp *topo) {
		for k, v := range tp.appConfig() {
			if strings.HasPrefix(k, "WEBHOOK_DELIVERY_") {
				assert.Regexp(t, `^[0-9]+$`, v, k)
			}
		}
	},
	"env-concurrency": func(t *testing.T, tp *topo) {
		if v, ok := tp.appConfig()["DEFAULT_ORG_CONCURRENCY_LIMIT"]; ok {
			assert.Regexp(t, `^[0-9]+$`, v)
		}
	},
	"env-misc": func(t *testing.T, tp *topo) {},
	"env-web-port": func(t *testing.T, tp *topo) {
		if c, _, ok := web(tp); ok {
			assert.Equal(t, "8000", env(c)["WEB_PORT"])
			require.NotEmpty(t, c.Ports)
			assert.Equal(t, int32(8000), c.Ports[0].ContainerPort)
		}
	},
	"env-forwarded": func(t *testing.T, tp *topo) { assert.NotEmpty(t, tp.appConfig()["FORWARDED_ALLOW_IPS"]) },
	"env-fastapi-workers": func(t *testing.T, tp *topo) {
		assert.NotContains(t, tp.appConfig(), "FASTAPI_WORKERS")
	},
	"env-drain": func(t *testing.T, tp *topo) {
		c, spec, ok := web(tp)
		if !ok {
			return
		}
		e := env(c)
		assert.Equal(t, "1200", e["DRAIN_MAX_WAIT"])
		assert.Equal(t, "15", e["DRAIN_INITIAL_DELAY"])
		require.NotNil(t, spec.TerminationGracePeriodSeconds)
		assert.Greater(t, *spec.TerminationGracePeriodSeconds, int64(1200+15), "the drain fits in the grace period")
	},
	"env-dotenv": func(t *testing.T, tp *topo) { assert.NotContains(t, tp.raw, "/app/api/.env") },
	"env-image-baked": func(t *testing.T, tp *topo) {
		for id, c := range tp.apiContainers() {
			for _, k := range []string{"PYTHONPATH", "VIRTUAL_ENV", "PATH", "PYTHONDONTWRITEBYTECODE"} {
				assert.NotContains(t, env(c), k, id)
			}
		}
	},
	"ui-env-hostname": func(t *testing.T, tp *topo) {
		if c, ok := ui(tp); ok {
			assert.Equal(t, "0.0.0.0", env(c)["HOSTNAME"])
		}
	},
	"ui-env-port": func(t *testing.T, tp *topo) {
		if c, ok := ui(tp); ok {
			assert.Equal(t, int32(3010), c.Ports[0].ContainerPort)
		}
	},
	"ui-env-telemetry": func(t *testing.T, tp *topo) {
		if c, ok := ui(tp); ok {
			assert.Equal(t, "false", env(c)["ENABLE_TELEMETRY"])
		}
	},
	"ui-env-build-time": func(t *testing.T, tp *topo) { assert.NotContains(t, tp.raw, "NEXT_PUBLIC_") },
	"path-pcm-cache": func(t *testing.T, tp *topo) {
		n := 0
		tp.eachAPIPod(func(id string, spec corev1.PodSpec, c corev1.Container) {
			n++
			assert.True(t, mounted(spec, c, "/app/dograh_pcm_cache"), "%s: an emptyDir at /app/dograh_pcm_cache", id)
		})
		assert.Positive(t, n, "API containers rendered")
	},
	"path-migration-import": func(t *testing.T, tp *topo) {
		require.NotEmpty(t, tp.jobs)
		for _, j := range tp.jobs {
			for _, c := range j.Spec.Template.Spec.Containers {
				assert.True(t, mounted(j.Spec.Template.Spec, c, "/app/dograh_pcm_cache"), j.Name)
			}
		}
	},
	"path-tmp": func(t *testing.T, tp *topo) {
		tp.eachAPIPod(func(id string, spec corev1.PodSpec, c corev1.Container) {
			assert.True(t, mounted(spec, c, "/tmp"), "%s: an emptyDir at /tmp", id)
		})
	},
	"path-no-pyc": func(t *testing.T, tp *topo) {
		tp.eachAPIPod(func(id string, _ corev1.PodSpec, c corev1.Container) {
			require.NotNil(t, c.SecurityContext, id)
			assert.True(t, *c.SecurityContext.ReadOnlyRootFilesystem, id)
		})
	},
	"path-no-shared-tmp": func(t *testing.T, tp *topo) { assert.NotContains(t, tp.raw, "/tmp/dograh-shared") },
	"cmd-default-cmd": func(t *testing.T, tp *topo) {
		for c, d := range tp.backends() {
			assert.Equal(t, []string{"./scripts/" + backendScripts[c]}, d.Spec.Template.Spec.Containers[0].Command, c)
		}
	},
	"cmd-web": func(t *testing.T, tp *topo) {
		if c, _, ok := web(tp); ok {
			assert.Equal(t, []string{"./scripts/run_web.sh"}, c.Command)
		}
	},
	"cmd-arq-worker": func(t *testing.T, tp *topo) {
		d := tp.deployments["dograh-arq-worker"]
		c := d.Spec.Template.Spec.Containers[0]
		assert.Equal(t, []string{"./scripts/run_arq_worker.sh"}, c.Command)
		assert.Equal(t, []string{"grep", "-qa", "api.tasks.arq.WorkerSettings", "/proc/1/cmdline"}, c.LivenessProbe.Exec.Command)
	},
	"cmd-ari-manager":           singleton("dograh-ari-manager", "run_ari_manager.sh"),
	"cmd-campaign-orchestrator": singleton("dograh-campaign-orchestrator", "run_campaign_orchestrator.sh"),
	"cmd-migrate": func(t *testing.T, tp *topo) {
		require.NotEmpty(t, tp.jobs)
		assert.Equal(t, []string{"./scripts/run_migrate.sh"}, tp.jobs[0].Spec.Template.Spec.Containers[0].Command)
	},
	"cmd-drain": func(t *testing.T, tp *topo) {
		if c, _, ok := web(tp); ok {
			require.NotNil(t, c.Lifecycle)
			assert.Equal(t, []string{"./scripts/drain_web.sh"}, c.Lifecycle.PreStop.Exec.Command)
		}
	},
	"port-web": func(t *testing.T, tp *topo) {
		s := tp.services["dograh-web"]
		assert.Equal(t, int32(8000), s.Spec.Ports[0].Port)
		assert.Contains(t, tp.raw, "/api/v1/")
	},
	"probe-web-health": func(t *testing.T, tp *topo) {
		if c, _, ok := web(tp); ok {
			for _, p := range []*corev1.Probe{c.ReadinessProbe, c.LivenessProbe, c.StartupProbe} {
				require.NotNil(t, p)
				assert.Equal(t, "/api/v1/health", p.HTTPGet.Path)
			}
		}
	},
	"probe-active-calls": func(t *testing.T, tp *topo) {
		assert.NotContains(t, tp.raw, "path: /api/v1/health/active-calls", "the drain script alone calls it")
	},
	"probe-autoscale-metric": func(t *testing.T, tp *topo) {
		if tp.cfg.Web.KEDA.Enabled {
			assert.Contains(t, tp.raw, "/api/v1/health/autoscale-metric")
		}
	},
	"probe-workers": func(t *testing.T, tp *topo) {
		for c, d := range tp.backends() {
			if c == "web" {
				continue
			}
			assert.NotNil(t, d.Spec.Template.Spec.Containers[0].LivenessProbe.Exec, c)
			assert.NotContains(t, tp.services, "dograh-"+c, c)
		}
	},
	"port-ui": func(t *testing.T, tp *topo) {
		assert.Equal(t, int32(3010), tp.services["dograh-ui"].Spec.Ports[0].Port)
	},
	"probe-ui-root": func(t *testing.T, tp *topo) {
		if c, ok := ui(tp); ok {
			for _, p := range []*corev1.Probe{c.ReadinessProbe, c.LivenessProbe, c.StartupProbe} {
				require.NotNil(t, p)
				assert.Equal(t, "/api/config/sentry", p.HTTPGet.Path)
			}
		}
	},
	"net-stun-default": func(t *testing.T, tp *topo) {
		if tp.cfg.NetworkPolicy.Enabled {
			assert.True(t, tp.egressAllows(map[string]string{"app.kubernetes.io/component": "web"}, corev1.ProtocolUDP, 19302, "0.0.0.0/0"))
		}
	},
	"net-turn-credentials": func(t *testing.T, tp *topo) {
		if tp.cfg.Coturn.Enabled {
			conf := tp.configMaps["dograh-coturn"].Data["turnserver.conf"]
			assert.Contains(t, conf, "use-auth-secret")
			assert.Contains(t, conf, `key "TURN_SECRET"`)
		}
	},
	"net-turn-uris": func(t *testing.T, tp *topo) {
		if !tp.cfg.Coturn.Enabled {
			return
		}
		conf := tp.configMaps["dograh-coturn"].Data["turnserver.conf"]
		assert.Contains(t, conf, "listening-port=3478")
		assert.Equal(t, tp.cfg.Coturn.TLS.Enabled, strings.Contains(conf, "tls-listening-port=5349"))
		assert.Equal(t, !tp.cfg.Coturn.TLS.Enabled, tp.appConfig()["TURN_TLS_PORT"] == "0")
	},
	"net-ari-callers": func(t *testing.T, tp *topo) {
		for c, d := range tp.backends() {
			if c == "campaign-orchestrator" {
				continue
			}
			assert.Equal(t, "true", d.Spec.Template.Labels["dograh.com/asterisk-client"], c)
		}
	},
	"net-telephony-media": func(t *testing.T, tp *topo) {
		assert.Contains(t, tp.raw, "/api/v1/")
	},
	"net-minio-bucket": func(t *testing.T, tp *topo) {
		notes := string(render(t)[tp.name+".NOTES.md"])
		if tp.cfg.Storage.Mode != config.StorageS3 {
			assert.Contains(t, notes, "anonymous read, write, delete and list policy")
		}
	},
	"net-kb-upload": func(t *testing.T, tp *topo) {
		for _, in := range tp.ingresses {
			if in.Spec.IngressClassName != nil && *in.Spec.IngressClassName == "nginx" {
				assert.Equal(t, "100m", in.Annotations["nginx.ingress.kubernetes.io/proxy-body-size"])
			}
		}
	},
	"ui-secure-cookie": func(t *testing.T, tp *topo) {
		assert.True(t, tp.cfg.Exposure.TLSSecretName != "" || tp.cfg.Exposure.AWS.CertificateARN != "", "HTTPS is served")
		assert.Regexp(t, `^https://`, tp.appConfig()["BACKEND_API_ENDPOINT"])
	},
	"ui-standalone": func(t *testing.T, tp *topo) {
		d, ok := tp.deployments["dograh-ui"]
		if !ok {
			return
		}
		spec, c := d.Spec.Template.Spec, d.Spec.Template.Spec.Containers[0]
		assert.True(t, *c.SecurityContext.ReadOnlyRootFilesystem)
		assert.True(t, mounted(spec, c, "/tmp"))
		assert.True(t, mounted(spec, c, "/app/.next/cache"))
	},
	"ui-routes": func(t *testing.T, tp *topo) {
		assert.Contains(t, tp.raw, "/api/v1/")
		assert.NotRegexp(t, `(?m)^\s+value: /api/$`, tp.raw, "never route /api/ to web")
	},
	"ui-browser-backend-url": func(t *testing.T, tp *topo) {
		assert.Regexp(t, `^https://`, tp.appConfig()["BACKEND_API_ENDPOINT"])
	},
	"ui-egress": func(t *testing.T, tp *topo) {
		if d, ok := tp.deployments["dograh-ui"]; ok {
			assert.NotContains(t, d.Spec.Template.Labels, "dograh.com/internet-egress")
		}
	},
}

func singleton(name, script string) func(t *testing.T, tp *topo) {
	return func(t *testing.T, tp *topo) {
		d, ok := tp.deployments[name]
		if !ok {
			return // k3s-prod runs no telephony
		}
		assert.Equal(t, []string{"./scripts/" + script}, d.Spec.Template.Spec.Containers[0].Command)
		assert.Equal(t, int32(1), *d.Spec.Replicas)
		assert.Equal(t, appsv1.RecreateDeploymentStrategyType, d.Spec.Strategy.Type)
	}
}

// contractRow is one row of CONTRACT.md.
type contractRow struct{ id, source, checkedBy string }

var tagSource = regexp.MustCompile(`^[A-Za-z0-9._/\[\]-]+:[0-9]+$`)

func contractRows(t *testing.T) []contractRow {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "CONTRACT.md"))
	require.NoError(t, err)
	defer f.Close()
	var rows []contractRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		cells := strings.Split(sc.Text(), "|")
		if len(cells) != 7 || !regexp.MustCompile(`^ [a-z]+(-[a-z0-9]+)+ $`).MatchString(cells[1]) {
			continue
		}
		rows = append(rows, contractRow{strings.TrimSpace(cells[1]), strings.TrimSpace(cells[3]), strings.TrimSpace(cells[5])})
	}
	require.NoError(t, sc.Err())
	return rows
}

func TestContract_EveryRowCitesThePinnedSourceAndIsChecked(t *testing.T) {
	rows := contractRows(t)
	require.Greater(t, len(rows), 50, "CONTRACT.md rows parsed")
	seen := map[string]bool{}
	for _, r := range rows {
		assert.False(t, seen[r.id], "%s: id given twice", r.id)
		seen[r.id] = true
		for _, s := range strings.Split(r.source, ", ") {
			assert.Regexp(t, tagSource, s, "%s: source is path:line at the tag", r.id)
		}
		switch {
		case r.checkedBy == "static":
			assert.Contains(t, contractChecks, r.id, "%s is static: add its check to contractChecks", r.id)
		case strings.HasPrefix(r.checkedBy, "runtime: "):
			assert.Greater(t, len(r.checkedBy), len("runtime: ")+10, "%s: say why only a running container can tell", r.id)
		default:
			t.Errorf("%s: checked by %q: must be static or runtime: <why>", r.id, r.checkedBy)
		}
	}
	for id := range contractChecks {
		assert.True(t, seen[id], "contractChecks has %s, which CONTRACT.md does not list", id)
	}
}

func TestContract_StaticRowsHoldInEveryTopology(t *testing.T) {
	tps := typedTopologies(t)
	for _, r := range contractRows(t) {
		check, ok := contractChecks[r.id]
		if !ok {
			continue
		}
		for _, tp := range tps {
			t.Run(r.id+"/"+tp.name, func(t *testing.T) { check(t, tp) })
		}
	}
}
