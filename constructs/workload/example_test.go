package workload_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/workload"
)

func ExampleNewSingletonWorker() {
	outdir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(outdir)
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(outdir)})
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})

	// One pod at a time, ever: the props have no replicas or strategy.
	workload.NewSingletonWorker(chart, "scheduler", &workload.SingletonWorkerProps{
		Name:           "shop-scheduler",
		SelectorLabels: map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "scheduler"},
		Container: pod.Container{
			Image:     "registry.example.com/shop:1.4.2",
			Command:   []string{"python", "-m", "shop.scheduler"},
			Resources: pod.Resources{CPURequest: "100m", MemoryRequest: "256Mi", CPULimit: "1", MemoryLimit: "512Mi"},
		},
		Pod:             pod.Spec{RunAsUser: 1000},
		LivenessCommand: []string{"grep", "-qa", "shop.scheduler", "/proc/1/cmdline"},
	})
	printObjects(app)
	// Output:
	// Deployment shop-scheduler
}

func ExampleNewDrainingWebService() {
	outdir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(outdir)
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(outdir)})
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})

	web := workload.NewDrainingWebService(chart, "web", &workload.DrainingWebServiceProps{
		Name:           "shop-web",
		SelectorLabels: map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "web"},
		Container: pod.Container{
			Image:     "registry.example.com/shop:1.4.2",
			Resources: pod.Resources{CPURequest: "500m", MemoryRequest: "512Mi", CPULimit: "2", MemoryLimit: "1Gi"},
		},
		Pod:        pod.Spec{RunAsUser: 1000},
		Port:       8080,
		HealthPath: "/healthz",
		// Wait for open WebSockets to close, for up to 555 s.
		DrainCommand: []string{"/app/drain.sh"},
		Autoscaling:  &workload.Autoscaling{MinReplicas: 3, MaxReplicas: 12},
	})
	// Children are reachable for escape hatches.
	fmt.Println(*web.Service().Name())
	printObjects(app)
	// Output:
	// shop-web
	// Deployment shop-web
	// Service shop-web
	// PodDisruptionBudget shop-web
	// HorizontalPodAutoscaler shop-web
}

func ExampleNewWorker() {
	outdir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(outdir)
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(outdir)})
	chart := cdk8s.NewChart(app, jsii.String("shop"), nil)

	workload.NewWorker(chart, "worker", &workload.WorkerProps{
		Name:           "shop-worker",
		SelectorLabels: map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "worker"},
		Container: pod.Container{
			Image:     "registry.example.com/shop:1.4.2",
			Resources: pod.Resources{CPURequest: "250m", MemoryRequest: "256Mi", CPULimit: "1", MemoryLimit: "1Gi"},
		},
		Pod:             pod.Spec{RunAsUser: 1000},
		Replicas:        2,
		LivenessCommand: []string{"grep", "-qa", "shop.worker", "/proc/1/cmdline"},
	})
	printObjects(app)
	// Output:
	// Deployment shop-worker
}

// printObjects prints "Kind name" for every object app synthesizes, in
// output order.
func printObjects(app cdk8s.App) {
	for _, doc := range strings.Split(*app.SynthYaml(), "\n---\n") {
		var kind, name string
		for _, line := range strings.Split(doc, "\n") {
			if v, ok := strings.CutPrefix(line, "kind: "); ok {
				kind = v
			}
			if v, ok := strings.CutPrefix(line, "  name: "); ok && name == "" {
				name = v
			}
		}
		fmt.Println(kind, name)
	}
}
