package stateful_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/stateful"
)

func ExampleNewStatefulService() {
	outdir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(outdir)
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(outdir)})
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})

	// The password comes from a Secret through the environment, never argv.
	password := &k8s.EnvVarSource{SecretKeyRef: &k8s.SecretKeySelector{Name: jsii.String("shop-postgresql"), Key: jsii.String("password")}}
	db := stateful.NewStatefulService(chart, "postgresql", &stateful.StatefulServiceProps{
		Name:           "shop-postgresql",
		SelectorLabels: map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "postgresql"},
		Container: pod.Container{
			Image: "postgres:17",
			Env: []*k8s.EnvVar{
				{Name: jsii.String("POSTGRES_PASSWORD"), ValueFrom: password},
				// A subfolder, so the volume's lost+found does not upset initdb.
				{Name: jsii.String("PGDATA"), Value: jsii.String("/var/lib/postgresql/data/pgdata")},
			},
			// The entrypoint writes its socket to /var/run/postgresql.
			WritablePaths: []string{"/tmp", "/var/run/postgresql"},
			Resources:     pod.Resources{CPURequest: "250m", MemoryRequest: "512Mi", CPULimit: "2", MemoryLimit: "2Gi"},
		},
		Pod:              pod.Spec{RunAsUser: 999},
		Port:             5432,
		PortName:         "postgresql",
		DataMountPath:    "/var/lib/postgresql/data",
		StorageSize:      "20Gi",
		ReadinessCommand: []string{"pg_isready", "-h", "127.0.0.1", "-U", "postgres"},
		LivenessCommand:  []string{"pg_isready", "-h", "127.0.0.1", "-U", "postgres"},
	})
	// Clients connect to the Service by name.
	fmt.Println(*db.Service().Name())
	printObjects(app)
	// Output:
	// shop-postgresql
	// StatefulSet shop-postgresql
	// Service shop-postgresql
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
