package workload_test

import (
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/workload"
)

func TestMain(m *testing.M) { testutil.Main(m) }

func selector(component string) map[string]string {
	return map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": component}
}

func container() pod.Container {
	return pod.Container{
		Image:     "registry.example.com/shop:1.0.0",
		Resources: pod.Resources{CPURequest: "100m", MemoryRequest: "128Mi", CPULimit: "500m", MemoryLimit: "256Mi"},
	}
}

func singletonProps() *workload.SingletonWorkerProps {
	return &workload.SingletonWorkerProps{
		Name:            "shop-scheduler",
		SelectorLabels:  selector("scheduler"),
		Labels:          map[string]string{"app.kubernetes.io/part-of": "shop"},
		Container:       container(),
		Pod:             pod.Spec{RunAsUser: 1000},
		LivenessCommand: []string{"grep", "-qa", "scheduler", "/proc/1/cmdline"},
	}
}

func webProps() *workload.DrainingWebServiceProps {
	return &workload.DrainingWebServiceProps{
		Name:           "shop-web",
		SelectorLabels: selector("web"),
		Labels:         map[string]string{"app.kubernetes.io/part-of": "shop"},
		Container:      container(),
		Pod:            pod.Spec{RunAsUser: 1000},
		Port:           8080,
		HealthPath:     "/healthz",
	}
}

func synthSingleton(t *testing.T, p *workload.SingletonWorkerProps) []map[string]any {
	t.Helper()
	return testutil.Synth(t, func(c constructs.Construct) { workload.NewSingletonWorker(c, "scheduler", p) })
}

func synthWeb(t *testing.T, p *workload.DrainingWebServiceProps) []map[string]any {
	t.Helper()
	return testutil.Synth(t, func(c constructs.Construct) { workload.NewDrainingWebService(c, "web", p) })
}

func TestSingletonWorker_RunsOneReplicaWithRecreate(t *testing.T) {
	objs := synthSingleton(t, singletonProps())
	require.Len(t, objs, 1, "no Service unless asked")
	d := testutil.Find(t, objs, "Deployment", "shop-scheduler")
	assert.Equal(t, 1.0, testutil.Get(d, "spec.replicas"))
	assert.Equal(t, "Recreate", testutil.Get(d, "spec.strategy.type"))
	assert.Nil(t, testutil.Get(d, "spec.strategy.rollingUpdate"))
}

func TestSingletonWorker_HasExecLivenessProbe(t *testing.T) {
	d := testutil.Find(t, synthSingleton(t, singletonProps()), "Deployment", "shop-scheduler")
	probe := testutil.Get(d, "spec.template.spec.containers.0.livenessProbe")
	assert.Equal(t, []any{"grep", "-qa", "scheduler", "/proc/1/cmdline"}, testutil.Get(probe, "exec.command"))
	assert.Equal(t, 30.0, testutil.Get(probe, "periodSeconds"))
}

func TestSingletonWorker_SelectorHoldsOnlyGivenLabels(t *testing.T) {
	d := testutil.Find(t, synthSingleton(t, singletonProps()), "Deployment", "shop-scheduler")
	assert.Equal(t, map[string]any{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "scheduler"},
		testutil.Get(d, "spec.selector.matchLabels"))
	podLabels := testutil.Get(d, "spec.template.metadata.labels").(map[string]any)
	assert.Equal(t, "shop", podLabels["app.kubernetes.io/part-of"], "extra labels reach the pod")
	assert.Equal(t, "scheduler", podLabels["app.kubernetes.io/component"])
	assert.Equal(t, "shop", testutil.Get(d, "metadata.labels").(map[string]any)["app.kubernetes.io/part-of"])
}

func TestSingletonWorker_ServiceOnlyWhenAsked(t *testing.T) {
	p := singletonProps()
	p.ServicePort = 9090
	objs := synthSingleton(t, p)
	svc := testutil.Find(t, objs, "Service", "shop-scheduler")
	assert.Equal(t, "http", testutil.Get(svc, "spec.ports.0.targetPort"))
	assert.Equal(t, 9090.0, testutil.Get(svc, "spec.ports.0.port"))
	assert.Equal(t, 9090.0, testutil.Get(testutil.Find(t, objs, "Deployment", "shop-scheduler"), "spec.template.spec.containers.0.ports.0.containerPort"))
}

func TestContainers_MeetRestrictedPodSecurity(t *testing.T) {
	for name, objs := range map[string][]map[string]any{
		"singleton": synthSingleton(t, singletonProps()),
		"web":       synthWeb(t, webProps()),
	} {
		t.Run(name, func(t *testing.T) {
			var d map[string]any
			for _, o := range objs {
				if o["kind"] == "Deployment" {
					d = o
				}
			}
			require.NotNil(t, d)
			spec := testutil.Get(d, "spec.template.spec")
			assert.Equal(t, true, testutil.Get(spec, "securityContext.runAsNonRoot"))
			assert.Equal(t, 1000.0, testutil.Get(spec, "securityContext.runAsUser"))
			assert.Equal(t, "RuntimeDefault", testutil.Get(spec, "securityContext.seccompProfile.type"))
			assert.Equal(t, false, testutil.Get(spec, "automountServiceAccountToken"))
			c := testutil.Get(spec, "containers.0")
			assert.Equal(t, "IfNotPresent", testutil.Get(c, "imagePullPolicy"))
			assert.Equal(t, false, testutil.Get(c, "securityContext.allowPrivilegeEscalation"))
			assert.Equal(t, true, testutil.Get(c, "securityContext.readOnlyRootFilesystem"))
			assert.Equal(t, []any{"ALL"}, testutil.Get(c, "securityContext.capabilities.drop"))
			assert.Equal(t, "100m", testutil.Get(c, "resources.requests.cpu"))
			assert.Equal(t, "256Mi", testutil.Get(c, "resources.limits.memory"))
			assert.Equal(t, "/tmp", testutil.Get(c, "volumeMounts.0.mountPath"))
			assert.Equal(t, map[string]any{}, testutil.Get(spec, "volumes.0.emptyDir"))
		})
	}
}

func TestDrainingWebService_RollsWithSurgeOnly(t *testing.T) {
	d := testutil.Find(t, synthWeb(t, webProps()), "Deployment", "shop-web")
	assert.Equal(t, 2.0, testutil.Get(d, "spec.replicas"))
	assert.Equal(t, "RollingUpdate", testutil.Get(d, "spec.strategy.type"))
	assert.Equal(t, 1.0, testutil.Get(d, "spec.strategy.rollingUpdate.maxSurge"))
	assert.Equal(t, 0.0, testutil.Get(d, "spec.strategy.rollingUpdate.maxUnavailable"))
}

func TestDrainingWebService_SleepsBeforeStoppingByDefault(t *testing.T) {
	d := testutil.Find(t, synthWeb(t, webProps()), "Deployment", "shop-web")
	assert.Equal(t, 600.0, testutil.Get(d, "spec.template.spec.terminationGracePeriodSeconds"))
	assert.Equal(t, []any{"sleep", "15"}, testutil.Get(d, "spec.template.spec.containers.0.lifecycle.preStop.exec.command"))
	assert.Nil(t, testutil.Get(d, "spec.template.spec.containers.0.env"), "sleep mode passes no drain variables")
}

func TestDrainingWebService_PassesDrainTimingToCommand(t *testing.T) {
	p := webProps()
	p.DrainCommand = []string{"./drain.sh"}
	d := testutil.Find(t, synthWeb(t, p), "Deployment", "shop-web")
	c := testutil.Get(d, "spec.template.spec.containers.0")
	assert.Equal(t, []any{"./drain.sh"}, testutil.Get(c, "lifecycle.preStop.exec.command"))
	assert.Equal(t, []any{
		map[string]any{"name": "DRAIN_INITIAL_DELAY", "value": "15"},
		map[string]any{"name": "DRAIN_MAX_WAIT", "value": "555"},
	}, testutil.Get(c, "env"), "max wait defaults to grace - delay - 30")
}

func TestDrainingWebService_ReadinessIsFasterThanLiveness(t *testing.T) {
	c := testutil.Get(testutil.Find(t, synthWeb(t, webProps()), "Deployment", "shop-web"), "spec.template.spec.containers.0")
	assert.Equal(t, "/healthz", testutil.Get(c, "readinessProbe.httpGet.path"))
	assert.Equal(t, "http", testutil.Get(c, "readinessProbe.httpGet.port"))
	ready := testutil.Get(c, "readinessProbe.periodSeconds").(float64) * testutil.Get(c, "readinessProbe.failureThreshold").(float64)
	live := testutil.Get(c, "livenessProbe.periodSeconds").(float64) * testutil.Get(c, "livenessProbe.failureThreshold").(float64)
	assert.Less(t, ready, live)
	assert.NotNil(t, testutil.Get(c, "startupProbe.httpGet"))
}

func TestDrainingWebService_ServiceAndBudget(t *testing.T) {
	objs := synthWeb(t, webProps())
	svc := testutil.Find(t, objs, "Service", "shop-web")
	assert.Equal(t, "ClusterIP", testutil.Get(svc, "spec.type"))
	assert.Equal(t, 8080.0, testutil.Get(svc, "spec.ports.0.port"))
	assert.Equal(t, "http", testutil.Get(svc, "spec.ports.0.targetPort"))
	assert.Equal(t, map[string]any{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "web"}, testutil.Get(svc, "spec.selector"))
	pdb := testutil.Find(t, objs, "PodDisruptionBudget", "shop-web")
	assert.Equal(t, 1.0, testutil.Get(pdb, "spec.minAvailable"))
	assert.Equal(t, 0, testutil.Kinds(objs, "HorizontalPodAutoscaler"))

	p := webProps()
	p.DisablePodDisruptionBudget = true
	assert.Equal(t, 0, testutil.Kinds(synthWeb(t, p), "PodDisruptionBudget"))
}

func TestDrainingWebService_AutoscalerOwnsReplicas(t *testing.T) {
	p := webProps()
	p.Autoscaling = &workload.Autoscaling{MinReplicas: 3, MaxReplicas: 12}
	objs := synthWeb(t, p)
	d := testutil.Find(t, objs, "Deployment", "shop-web")
	_, has := testutil.Get(d, "spec").(map[string]any)["replicas"]
	assert.False(t, has, "replicas must be omitted when an HPA owns the Deployment")
	hpa := testutil.Find(t, objs, "HorizontalPodAutoscaler", "shop-web")
	assert.Equal(t, "shop-web", testutil.Get(hpa, "spec.scaleTargetRef.name"))
	assert.Equal(t, 3.0, testutil.Get(hpa, "spec.minReplicas"))
	assert.Equal(t, 70.0, testutil.Get(hpa, "spec.metrics.0.resource.target.averageUtilization"))
	assert.Equal(t, map[string]any{"type": "Pods", "value": 1.0, "periodSeconds": 60.0}, testutil.Get(hpa, "spec.behavior.scaleDown.policies.0"))

	p = webProps()
	p.ExternalAutoscaler = true
	objs = synthWeb(t, p)
	_, has = testutil.Get(testutil.Find(t, objs, "Deployment", "shop-web"), "spec").(map[string]any)["replicas"]
	assert.False(t, has, "replicas must be omitted when an external autoscaler owns the Deployment")
	assert.Equal(t, 0, testutil.Kinds(objs, "HorizontalPodAutoscaler"))
}

func TestWorker_ScalesWithRollingUpdate(t *testing.T) {
	objs := testutil.Synth(t, func(c constructs.Construct) {
		workload.NewWorker(c, "worker", &workload.WorkerProps{
			Name: "shop-worker", SelectorLabels: selector("worker"), Container: container(),
			Pod: pod.Spec{RunAsUser: 1000}, Replicas: 3, LivenessCommand: []string{"true"},
		})
	})
	d := testutil.Find(t, objs, "Deployment", "shop-worker")
	assert.Equal(t, 3.0, testutil.Get(d, "spec.replicas"))
	assert.Equal(t, "RollingUpdate", testutil.Get(d, "spec.strategy.type"))
	assert.Equal(t, []any{"true"}, testutil.Get(d, "spec.template.spec.containers.0.livenessProbe.exec.command"))
}

// The constructs default and render a copy: the caller's props, nested
// values included, are never changed. Comparing with props built afresh,
// not with a copy of the struct, catches a write through a shared pointer,
// slice or map.
func TestProps_AreNotMutated(t *testing.T) {
	full := func() *workload.DrainingWebServiceProps {
		p := webProps()
		p.Replicas = 0
		p.DrainCommand = []string{"./drain.sh"}
		p.Container.Env = make([]*k8s.EnvVar, 1, 4) // spare capacity invites a careless append
		p.Container.Env[0] = &k8s.EnvVar{Name: jsii.String("A"), Value: jsii.String("1")}
		p.Autoscaling = &workload.Autoscaling{MinReplicas: 2, MaxReplicas: 4}
		p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("wait"), Image: jsii.String("busybox:1")}}
		p.Pod.TopologySpreadConstraints = []*k8s.TopologySpreadConstraint{{
			MaxSkew: jsii.Number(1), TopologyKey: jsii.String("kubernetes.io/hostname"), WhenUnsatisfiable: jsii.String("ScheduleAnyway"),
		}}
		p.Pod.Annotations = map[string]string{"example.com/a": "b"}
		return p
	}
	p := full()
	synthWeb(t, p)
	assert.Equal(t, full(), p)
	assert.Nil(t, p.Container.Env[:2][1], "the drain variables must not land in the caller's array")
}

// A stabilization window of 0 is real (scale down as soon as the load
// drops); it used to be read as "unset" and rendered as 300.
func TestDrainingWebService_RendersAZeroStabilizationWindow(t *testing.T) {
	zero := 0
	p := webProps()
	p.Autoscaling = &workload.Autoscaling{MinReplicas: 3, MaxReplicas: 6, ScaleDownStabilizationSeconds: &zero}
	hpa := testutil.Find(t, synthWeb(t, p), "HorizontalPodAutoscaler", "shop-web")
	assert.Equal(t, 0.0, testutil.Get(hpa, "spec.behavior.scaleDown.stabilizationWindowSeconds"))

	p.Autoscaling.ScaleDownStabilizationSeconds = nil
	hpa = testutil.Find(t, synthWeb(t, p), "HorizontalPodAutoscaler", "shop-web")
	assert.Equal(t, float64(workload.DefaultScaleDownStabilizationSeconds), testutil.Get(hpa, "spec.behavior.scaleDown.stabilizationWindowSeconds"))
}
