package chart_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func TestComponents_TakeTheirOwnImagePlacementAndProbeTimings(t *testing.T) {
	cfg := config.Default()
	cfg.ArqWorker.Image = &config.Image{Registry: "registry.example.com", Repository: "dograh/worker", Tag: "2.0.0", RunAsUser: 10001}
	cfg.Images.API.RunAsUser = 2000
	cfg.ArqWorker.Probes.Liveness = config.ProbeTiming{FailureThreshold: 10}
	cfg.Web.Probes.Readiness = config.ProbeTiming{PeriodSeconds: 2}
	cfg.Web.NodeSelector = map[string]string{"pool": "voice"}
	cfg.Web.Tolerations = []config.Toleration{{Key: "voice", Operator: "Exists", Effect: "NoSchedule"}}
	cfg.Web.PodAnnotations = map[string]string{"prometheus.io/scrape": "true"}
	cfg.ImagePullSecrets = []string{"regcred"}
	objs := synth(t, cfg)

	worker := testutil.Find(t, objs, "Deployment", "dograh-arq-worker")
	assert.Equal(t, "registry.example.com/dograh/worker:2.0.0", testutil.Get(worker, "spec.template.spec.containers.0.image"))
	assert.Equal(t, 10.0, testutil.Get(worker, "spec.template.spec.containers.0.livenessProbe.failureThreshold"))
	assert.Equal(t, 30.0, testutil.Get(worker, "spec.template.spec.containers.0.livenessProbe.periodSeconds"), "untouched timings keep their default")
	assert.Equal(t, 10001.0, testutil.Get(worker, "spec.template.spec.securityContext.runAsUser"), "an image override brings its own user")
	assert.Equal(t, 2000.0, testutil.Get(testutil.Find(t, objs, "Deployment", "dograh-web"), "spec.template.spec.securityContext.runAsUser"))

	web := testutil.Find(t, objs, "Deployment", "dograh-web")
	spec := testutil.Get(web, "spec.template.spec")
	assert.Equal(t, 2.0, testutil.Get(spec, "containers.0.readinessProbe.periodSeconds"))
	assert.Equal(t, map[string]any{"pool": "voice"}, testutil.Get(spec, "nodeSelector"))
	assert.Equal(t, "voice", testutil.Get(spec, "tolerations.0.key"))
	assert.Equal(t, "regcred", testutil.Get(spec, "imagePullSecrets.0.name"))
	assert.Equal(t, "true", testutil.Get(web, "spec.template.metadata.annotations").(map[string]any)["prometheus.io/scrape"])
	assert.Equal(t, "docker.io/dograhai/dograh-api:"+config.AppVersion, testutil.Get(spec, "containers.0.image"))
}

func TestDisabledComponents_LeaveNothingBehind(t *testing.T) {
	cfg := config.Default()
	cfg.UI.Enabled = false
	cfg.Coturn.Enabled = false
	cfg.AriManager.Enabled = false
	cfg.CampaignOrchestrator.Enabled = false
	objs := synth(t, cfg)
	for _, o := range objs {
		name := testutil.Get(o, "metadata.name")
		for _, gone := range []string{"dograh-ui", "dograh-coturn", "dograh-ari-manager", "dograh-campaign-orchestrator"} {
			assert.NotEqual(t, gone, name, "%v %v is still rendered", o["kind"], name)
		}
	}
	cm := testutil.Find(t, objs, "ConfigMap", "dograh-config")
	assert.Equal(t, "false", testutil.Get(cm, "data.ENABLE_COTURN"))
	assert.Nil(t, testutil.Get(cm, "data.TURN_HOST"))
	for secret, keys := range secretRefs(t, objs) {
		assert.NotContains(t, keys, "TURN_SECRET", secret)
	}
}

func TestWebKEDA_OwnsReplicasAndPollsTheCallMetricWithTheDevopsSecret(t *testing.T) {
	cfg := config.Default()
	cfg.Web.KEDA = config.KEDA{Enabled: true, CallsPerPod: 20, Buffer: 5, MinReplicas: 2, MaxReplicas: 20, PollingIntervalSeconds: 15}
	objs := synth(t, cfg)
	_, has := testutil.Get(testutil.Find(t, objs, "Deployment", "dograh-web"), "spec").(map[string]any)["replicas"]
	assert.False(t, has, "KEDA owns web's replicas")
	assert.Zero(t, testutil.Kinds(objs, "HorizontalPodAutoscaler"))
	so := testutil.Find(t, objs, "ScaledObject", "dograh-web")
	assert.Equal(t, "dograh-web", testutil.Get(so, "spec.scaleTargetRef.name"))
	trigger := testutil.Get(so, "spec.triggers.0")
	assert.Equal(t, "metrics-api", testutil.Get(trigger, "type"))
	assert.Equal(t, "http://dograh-web.dograh.svc.cluster.local:8000/api/v1/health/autoscale-metric?buffer=5", testutil.Get(trigger, "metadata.url"))
	assert.Equal(t, "X-Dograh-Devops-Secret", testutil.Get(trigger, "metadata.keyParamName"))
	auth := testutil.Find(t, objs, "TriggerAuthentication", "dograh-web")
	assert.Equal(t, "dograh-secret", testutil.Get(auth, "spec.secretTargetRef.0.name"))
	assert.Equal(t, "DOGRAH_DEVOPS_SECRET", testutil.Get(auth, "spec.secretTargetRef.0.key"))
}
