package workload_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/workload"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func TestSingletonWorkerProps_Validate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(p *workload.SingletonWorkerProps)
		want   []string
	}{
		{"valid", func(*workload.SingletonWorkerProps) {}, nil},
		{"missing name", func(p *workload.SingletonWorkerProps) { p.Name = "" },
			[]string{`name: required: set a lowercase RFC 1123 name such as "my-app"`}},
		{"bad name", func(p *workload.SingletonWorkerProps) { p.Name = "Shop_Scheduler" },
			[]string{`name: invalid value "Shop_Scheduler": must be a lowercase RFC 1123 label`}},
		{"no selector", func(p *workload.SingletonWorkerProps) { p.SelectorLabels = nil },
			[]string{"selectorLabels: required: set the labels that select this workload's pods"}},
		{"no image", func(p *workload.SingletonWorkerProps) { p.Container.Image = "" },
			[]string{`container.image: required: set the image reference`}},
		{"root user", func(p *workload.SingletonWorkerProps) { p.Pod.RunAsUser = 0 },
			[]string{"pod.runAsUser: required: set the numeric non-root UID the image runs as"}},
		{"bad quantity", func(p *workload.SingletonWorkerProps) { p.Container.Resources.CPULimit = "lots" },
			[]string{`container.resources.cpuLimit: invalid value "lots": must be a Kubernetes quantity, e.g. "1"`}},
		{"request above limit", func(p *workload.SingletonWorkerProps) { p.Container.Resources.MemoryRequest = "1Gi" },
			[]string{`container.resources.memoryRequest: invalid value "1Gi": must not exceed memoryLimit "256Mi"`}},
		{"missing resources", func(p *workload.SingletonWorkerProps) { p.Container.Resources = pod.Resources{} },
			[]string{"container.resources.cpuRequest: required", "container.resources.memoryRequest: required",
				"container.resources.cpuLimit: required", "container.resources.memoryLimit: required"}},
		{"no liveness", func(p *workload.SingletonWorkerProps) { p.LivenessCommand = nil },
			[]string{"livenessCommand: required: set a command that exits non-zero when the process is unhealthy"}},
		{"bad service port", func(p *workload.SingletonWorkerProps) { p.ServicePort = 70000 },
			[]string{"servicePort: invalid value 70000: must be a port number between 1 and 65535"}},
		{"bad writable path", func(p *workload.SingletonWorkerProps) { p.Container.WritablePaths = []string{"tmp"} },
			[]string{`container.writablePaths[0]: invalid value "tmp": must be a clean absolute path`}},
		{"bad pull policy", func(p *workload.SingletonWorkerProps) { p.Container.ImagePullPolicy = "Sometimes" },
			[]string{`container.imagePullPolicy: invalid value "Sometimes": must be Always, IfNotPresent or Never`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := singletonProps()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}

func TestDrainingWebServiceProps_Validate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(p *workload.DrainingWebServiceProps)
		want   []string
	}{
		{"valid", func(*workload.DrainingWebServiceProps) {}, nil},
		{"drain exceeds grace", func(p *workload.DrainingWebServiceProps) {
			p.DrainCommand = []string{"./drain.sh"}
			p.DrainMaxWaitSeconds = 570
		}, []string{"terminationGracePeriodSeconds: invalid value 600: must be at least drainInitialDelaySeconds (15) + drainMaxWaitSeconds (570) + 30 s for shutdown = 615; raise it to 615 or shorten the drain"}},
		{"short grace for sleep", func(p *workload.DrainingWebServiceProps) { p.TerminationGracePeriodSeconds = 40 },
			[]string{"terminationGracePeriodSeconds: invalid value 40: must be at least drainInitialDelaySeconds (15) + drainMaxWaitSeconds (0) + 30 s for shutdown = 45"}},
		{"max wait without command", func(p *workload.DrainingWebServiceProps) { p.DrainMaxWaitSeconds = 100 },
			[]string{"drainMaxWaitSeconds: invalid value 100: only a drainCommand waits for connections"}},
		{"no port", func(p *workload.DrainingWebServiceProps) { p.Port = 0 },
			[]string{"port: required: set the container port the server listens on, e.g. 8080"}},
		{"no health path", func(p *workload.DrainingWebServiceProps) { p.HealthPath = "" },
			[]string{"healthPath: required"}},
		{"relative health path", func(p *workload.DrainingWebServiceProps) { p.HealthPath = "healthz" },
			[]string{`healthPath: invalid value "healthz": must start with "/"`}},
		{"bad port name", func(p *workload.DrainingWebServiceProps) { p.PortName = "HTTP_MAIN" },
			[]string{`portName: invalid value "HTTP_MAIN": must be an IANA service name`}},
		{"replicas with hpa", func(p *workload.DrainingWebServiceProps) {
			p.Replicas = 3
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 3, MaxReplicas: 6}
		}, []string{"replicas: invalid value 3: must be unset when an autoscaler owns the Deployment; set autoscaling.minReplicas instead"}},
		{"two owners", func(p *workload.DrainingWebServiceProps) {
			p.ExternalAutoscaler = true
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 3, MaxReplicas: 6}
		}, []string{"externalAutoscaler: invalid value true: an HPA (autoscaling) and an external autoscaler cannot both own one Deployment; keep one"}},
		{"max below min", func(p *workload.DrainingWebServiceProps) {
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 3, MaxReplicas: 2}
		}, []string{"autoscaling.maxReplicas: invalid value 2: must be at least minReplicas (3)"}},
		{"min zero", func(p *workload.DrainingWebServiceProps) {
			p.Autoscaling = &workload.Autoscaling{MinReplicas: 0, MaxReplicas: 2}
		}, []string{"autoscaling.minReplicas: invalid value 0: must be at least 1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := webProps()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}

func TestNewDrainingWebService_PanicsWithIDAndMessage(t *testing.T) {
	p := webProps()
	p.Port = 0
	assert.PanicsWithError(t, "web: invalid DrainingWebServiceProps:\nport: required: set the container port the server listens on, e.g. 8080", func() {
		synthWeb(t, p)
	})
}
