// Command consumer is a module outside this repository's own, importing two
// constructs the way another team would: it proves the constructs module
// builds and synthesizes with only its own dependencies. `make test` runs
// it (see module_test.go at the repository root).
package main

import (
	"fmt"
	"os"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/dograh-hq/dograh-cdk8s/constructs/exposure"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/workload"
)

func main() {
	defer jsii.Close()
	outdir, err := os.MkdirTemp("", "consumer")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(outdir)
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(outdir)})
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{
		Namespace:                 jsii.String("shop"),
		DisableResourceNameHashes: jsii.Bool(true),
	})
	web := workload.NewDrainingWebService(chart, "web", &workload.DrainingWebServiceProps{
		Name:           "shop-web",
		SelectorLabels: map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "web"},
		Container: pod.Container{
			Image:     "registry.example.com/shop:1.4.2",
			Resources: pod.Resources{CPURequest: "250m", MemoryRequest: "256Mi", CPULimit: "1", MemoryLimit: "512Mi"},
		},
		Pod:        pod.Spec{RunAsUser: 1000},
		Port:       8080,
		HealthPath: "/healthz",
		Replicas:   2,
	})
	exposure.NewExposure(chart, "exposure", &exposure.ExposureProps{
		Name:          "shop",
		Hostnames:     []string{"shop.example.com"},
		TLSSecretName: "shop-tls",
		Routes:        []exposure.Route{{Name: "shop-web", PathPrefix: "/", ServiceName: *web.Service().Name(), ServicePort: 8080}},
		Ingress:       &exposure.IngressOptions{ClassName: "nginx"},
	})
	fmt.Print(*app.SynthYaml())
}
