package job_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/job"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

func ExampleNewVersionedJob() {
	outdir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(outdir)
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(outdir)})
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})

	image := "registry.example.com/shop:1.4.2"
	migrate := job.NewVersionedJob(chart, "migrate", &job.VersionedJobProps{
		NamePrefix: "shop-migrate",
		Labels:     map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "migrate"},
		Container: pod.Container{
			Image:     image,
			Command:   []string{"./scripts/migrate.sh"},
			EnvFrom:   []*k8s.EnvFromSource{{SecretRef: &k8s.SecretEnvSource{Name: jsii.String("shop-secret")}}},
			Resources: pod.Resources{CPURequest: "100m", MemoryRequest: "256Mi", CPULimit: "1", MemoryLimit: "512Mi"},
		},
		Pod: pod.Spec{
			RunAsUser: 1000,
			// Wait until the database accepts connections.
			InitContainers: []*k8s.Container{{
				Name:    jsii.String("wait-for-db"),
				Image:   jsii.String("postgres:17"),
				Command: jsii.Strings("sh", "-c", "until pg_isready -h shop-postgresql; do sleep 2; done"),
			}},
		},
		// The Job reads this configuration; a change must run it again.
		HashInputs: map[string]string{"shop-config": "LOG_LEVEL=info\n"},
		// For Argo CD: run after wave -1 (the database) is healthy, and
		// before wave 0 (the application).
		ArgoCDHook: true,
		SyncWave:   -1,
	})
	// The name changes whenever what the Job runs changes.
	fmt.Println(migrate.Name())
	printObjects(app)
	// Output:
	// shop-migrate-1bc692e33e
	// Job shop-migrate-1bc692e33e
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
