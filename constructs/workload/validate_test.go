package workload_test

import (
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/workload"
)

func TestSingletonWorkerProps_Validate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(p *workload.SingletonWorkerProps)
		want   []string
	}{
		{"valid", func(*workload.SingletonWorkerProps) {}, nil},
		{"missing name", func(p *workload.SingletonWorkerProps) { p.Name = "" },
			[]string{`name: Required value: set a lowercase name such as "my-app"`}},
		{"bad name", func(p *workload.SingletonWorkerProps) { p.Name = "Shop_Scheduler" },
			[]string{`name: Invalid value: "Shop_Scheduler": a lowercase RFC 1123 label must consist of`}},
		{"service name must start with a letter", func(p *workload.SingletonWorkerProps) {
			p.Name = "1-scheduler"
			p.ServicePort = 9090
		}, []string{`name: Invalid value: "1-scheduler": a DNS-1035 label must consist of`}},
		{"no selector", func(p *workload.SingletonWorkerProps) { p.SelectorLabels = nil },
			[]string{"selectorLabels: Required value: set the labels that select this workload's pods"}},
		{"bad label", func(p *workload.SingletonWorkerProps) { p.Labels = map[string]string{"team": "a b"} },
			[]string{`labels[team]: Invalid value: "a b": a valid label must be`}},
		{"no image", func(p *workload.SingletonWorkerProps) { p.Container.Image = "" },
			[]string{`container.image: Required value: set the image reference`}},
		{"root user", func(p *workload.SingletonWorkerProps) { p.Pod.RunAsUser = 0 },
			[]string{"pod.runAsUser: Required value: set the numeric non-root UID the image runs as"}},
		{"bad quantity", func(p *workload.SingletonWorkerProps) { p.Container.Resources.CPULimit = "lots" },
			[]string{`container.resources.cpuLimit: Invalid value: "lots": must be a Kubernetes quantity, e.g. "1"`}},
		{"request above limit", func(p *workload.SingletonWorkerProps) { p.Container.Resources.MemoryRequest = "1Gi" },
			[]string{`container.resources.memoryRequest: Invalid value: "1Gi": must be less than or equal to memoryLimit 256Mi`}},
		{"missing resources", func(p *workload.SingletonWorkerProps) { p.Container.Resources = pod.Resources{} },
			[]string{"container.resources.cpuRequest: Required value", "container.resources.memoryRequest: Required value",
				"container.resources.cpuLimit: Required value", "container.resources.memoryLimit: Required value"}},
		{"no liveness", func(p *workload.SingletonWorkerProps) { p.LivenessCommand = nil },
			[]string{"livenessCommand: Required value: set a command that exits non-zero when the process is unhealthy"}},
		{"bad service port", func(p *workload.SingletonWorkerProps) { p.ServicePort = 70000 },
			[]string{"servicePort: Invalid value: 70000: must be between 1 and 65535, inclusive"}},
		{"bad writable path", func(p *workload.SingletonWorkerProps) { p.Container.WritablePaths = []string{"tmp"} },
			[]string{`container.writablePaths[0]: Invalid value: "tmp": must be a clean absolute path`}},
		{"bad pull policy", func(p *workload.SingletonWorkerProps) { p.Container.ImagePullPolicy = "Sometimes" },
			[]string{`container.imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"`}},
		// Two volumes of one name: the API server refuses the pod
		// (ValidateVolumes), and the second would have shadowed the first.
		{"duplicate volume names", func(p *workload.SingletonWorkerProps) {
			p.Pod.Volumes = []*k8s.Volume{
				{Name: jsii.String("cache"), EmptyDir: &k8s.EmptyDirVolumeSource{}},
				{Name: jsii.String("cache"), EmptyDir: &k8s.EmptyDirVolumeSource{}},
			}
		}, []string{`pod.volumes[1].name: Duplicate value: "cache": the volume pod.volumes[0].name has this name already`}},
		{"volume named like a writable path's", func(p *workload.SingletonWorkerProps) {
			p.Pod.Volumes = []*k8s.Volume{{Name: jsii.String("tmp"), EmptyDir: &k8s.EmptyDirVolumeSource{}}}
		}, []string{`pod.volumes[0].name: Duplicate value: "tmp": the volume container.writablePaths[0] has this name already`}},
		{"two writable paths, one volume name", func(p *workload.SingletonWorkerProps) {
			p.Container.WritablePaths = []string{"/var/cache", "/var-cache"}
		}, []string{`container.writablePaths[1]: Duplicate value: "var-cache"`}},
		{"mount of a missing volume", func(p *workload.SingletonWorkerProps) {
			p.Container.VolumeMounts = []*k8s.VolumeMount{{Name: jsii.String("data"), MountPath: jsii.String("/data")}}
		}, []string{`container.volumeMounts[0].name: Not found: "data": no volume of this name`}},
		{"mount over a writable path", func(p *workload.SingletonWorkerProps) {
			p.Pod.Volumes = []*k8s.Volume{{Name: jsii.String("data"), EmptyDir: &k8s.EmptyDirVolumeSource{}}}
			p.Container.VolumeMounts = []*k8s.VolumeMount{{Name: jsii.String("data"), MountPath: jsii.String("/tmp")}}
		}, []string{`container.volumeMounts[0].mountPath: Invalid value: "/tmp": must be unique: container.writablePaths[0] mounts there already`}},
		{"init container named like the main one", func(p *workload.SingletonWorkerProps) {
			p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("main"), Image: jsii.String("busybox:1")}}
		}, []string{`pod.initContainers[0].name: Duplicate value: "main": container names must be unique`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := singletonProps()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}

func TestDrainingWebServiceProps_Validate(t *testing.T) {
	zero, hour := 0, 3601
	for _, tc := range []struct {
		name   string
		mutate func(p *workload.DrainingWebServiceProps)
		want   []string
	}{
		{"valid", func(*workload.DrainingWebServiceProps) {}, nil},
		{"drain exceeds grace", func(p *workload.DrainingWebServiceProps) {
			p.DrainCommand = []string{"./drain.sh"}
			p.DrainMaxWaitSeconds = 570
		}, []string{"terminationGracePeriodSeconds: Invalid value: 600: must be at least drainInitialDelaySeconds (15) + drainMaxWaitSeconds (570) + 30 s for shutdown = 615; raise it to 615 or shorten the drain"}},
		{"short grace for sleep", func(p *workload.DrainingWebServiceProps) { p.TerminationGracePeriodSeconds = 40 },
			[]string{"terminationGracePeriodSeconds: Invalid value: 40: must be at least drainInitialDelaySeconds (15) + drainMaxWaitSeconds (0) + 30 s for shutdown = 45"}},
		{"max wait without command", func(p *workload.DrainingWebServiceProps) { p.DrainMaxWaitSeconds = 100 },
			[]string{"drainMaxWaitSeconds: Invalid value: 100: only a drainCommand waits for connections"}},
		{"no port", func(p *workload.DrainingWebServiceProps) { p.Port = 0 },
			[]string{"port: Required value: set the container port the server listens on, e.g. 8080"}},
		{"no health path", func(p *workload.DrainingWebServiceProps) { p.HealthPath = "" },
			[]string{"healthPath: Required value"}},
		{"relative health path", func(p *workload.DrainingWebServiceProps) { p.HealthPath = "healthz" },
			[]string{`healthPath: Invalid value: "healthz": must start with "/"`}},
		{"bad port name", func(p *workload.DrainingWebServiceProps) { p.PortName = "HTTP_MAIN" },
			[]string{`portName: Invalid value: "HTTP_MAIN": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`}},
		{"replicas with hpa", func(p *workload.DrainingWebServiceProps) {
			p.Replicas = 3
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 3, MaxReplicas: 6}
		}, []string{"replicas: Invalid value: 3: must be unset when an autoscaler owns the Deployment; set autoscaling.minReplicas instead"}},
		{"two owners", func(p *workload.DrainingWebServiceProps) {
			p.ExternalAutoscaler = true
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 3, MaxReplicas: 6}
		}, []string{"externalAutoscaler: Invalid value: true: an HPA (autoscaling) and an external autoscaler cannot both own one Deployment; keep one"}},
		{"max below min", func(p *workload.DrainingWebServiceProps) {
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 3, MaxReplicas: 2}
		}, []string{"autoscaling.maxReplicas: Invalid value: 2: must be at least minReplicas (3)"}},
		{"min zero", func(p *workload.DrainingWebServiceProps) {
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 0, MaxReplicas: 2}
		}, []string{"autoscaling.minReplicas: Invalid value: 0: must be at least 1"}},
		{"zero stabilization window", func(p *workload.DrainingWebServiceProps) {
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 2, MaxReplicas: 4, ScaleDownStabilizationSeconds: &zero}
		}, nil},
		{"stabilization window above an hour", func(p *workload.DrainingWebServiceProps) {
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 2, MaxReplicas: 4, ScaleDownStabilizationSeconds: &hour}
		}, []string{"autoscaling.scaleDownStabilizationSeconds: Invalid value: 3601: must be between 0 and 3600"}},
		// A budget that keeps every pod lets no node drain finish.
		{"budget keeps every replica", func(p *workload.DrainingWebServiceProps) { p.MinAvailable = 2 },
			[]string{"minAvailable: Invalid value: 2: must be below replicas (2): a budget that keeps every pod allows no eviction, so every node drain waits forever; lower minAvailable to 1 or raise replicas to 3"}},
		{"budget of one on one replica", func(p *workload.DrainingWebServiceProps) { p.Replicas = 1 },
			[]string{"minAvailable: Invalid value: 1: must be below replicas (1): a budget that keeps every pod allows no eviction, so every node drain waits forever; raise replicas to 2, or set disablePodDisruptionBudget"}},
		{"budget keeps the autoscaler's floor", func(p *workload.DrainingWebServiceProps) {
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 1, MaxReplicas: 4}
		}, []string{"minAvailable: Invalid value: 1: must be below autoscaling.minReplicas (1)"}},
		{"one replica without a budget", func(p *workload.DrainingWebServiceProps) {
			p.Replicas = 1
			p.DisablePodDisruptionBudget = true
		}, nil},
		{"liveness probe must succeed once", func(p *workload.DrainingWebServiceProps) {
			p.LivenessProbe = &k8s.Probe{HttpGet: &k8s.HttpGetAction{Path: jsii.String("/live"), Port: nil}, SuccessThreshold: jsii.Number(2)}
		}, []string{"livenessProbe.successThreshold: Invalid value: 2: must be 1"}},
		{"probe without a handler", func(p *workload.DrainingWebServiceProps) {
			p.StartupProbe = &k8s.Probe{PeriodSeconds: jsii.Number(-1)}
		}, []string{"startupProbe: Required value: must specify a handler type", "startupProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0"}},
		{"negative probe timing", func(p *workload.DrainingWebServiceProps) { p.ReadinessProbeTiming.PeriodSeconds = -5 },
			[]string{"readinessProbeTiming.periodSeconds: Invalid value: -5: must be greater than or equal to 0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := webProps()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}

func TestNewDrainingWebService_PanicsWithIDAndEveryError(t *testing.T) {
	p := webProps()
	p.Port = 0
	p.HealthPath = "healthz"
	assert.PanicsWithError(t, "web: invalid DrainingWebServiceProps:\n"+
		"port: Required value: set the container port the server listens on, e.g. 8080\n"+
		`healthPath: Invalid value: "healthz": must start with "/"`, func() {
		synthWeb(t, p)
	})
}
