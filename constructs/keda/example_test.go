package keda_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/dograh-hq/dograh-cdk8s/constructs/keda"
)

func ExampleNewMetricsAPIScaler() {
	outdir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(outdir)
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(outdir)})
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})

	// One pod per 20 open sessions, plus room for 5 more, between 2 and 10
	// pods. The endpoint wants the key from the Secret in a header.
	scaler := keda.NewMetricsAPIScaler(chart, "autoscaler", &keda.MetricsAPIScalerProps{
		Name:             "shop-web",
		DeploymentName:   "shop-web",
		ServiceName:      "shop-web",
		ServiceNamespace: "shop",
		ServicePort:      8080,
		Path:             "/metrics/sessions",
		Query:            map[string]string{"buffer": "5"},
		ValueLocation:    "sessions.total",
		TargetValue:      20,
		MinReplicas:      2,
		MaxReplicas:      10,
		AuthHeaderName:   "X-Api-Key",
		AuthSecretName:   "shop-secret",
		AuthSecretKey:    "METRICS_API_KEY",
	})
	fmt.Println(scaler.URL())
	printObjects(app)
	// Output:
	// http://shop-web.shop.svc.cluster.local:8080/metrics/sessions?buffer=5
	// TriggerAuthentication shop-web
	// ScaledObject shop-web
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
