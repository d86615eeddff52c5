package turn_test

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

// A TURN relay behind an AWS Network Load Balancer. The Secret "media-secret"
// exists already; its key TURN_SECRET is the shared secret the application
// signs TURN credentials with.
func ExampleNewTurnRelay() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("media"), &cdk8s.ChartProps{
		Namespace:                 jsii.String("media"),
		DisableResourceNameHashes: jsii.Bool(true),
	})

	props := &turn.TurnRelayProps{
		Name: "media-turn",
		SelectorLabels: map[string]string{
			"app.kubernetes.io/name":      "media",
			"app.kubernetes.io/instance":  "media",
			"app.kubernetes.io/component": "turn",
		},
		Container: pod.Container{
			Image:     "coturn/coturn:4.8.0",
			Resources: pod.Resources{CPURequest: "100m", MemoryRequest: "128Mi", CPULimit: "1", MemoryLimit: "512Mi"},
		},
		Pod:            pod.Spec{RunAsUser: 65534}, // the image's "nobody"
		AuthSecretName: "media-secret",
		AuthSecretKey:  "TURN_SECRET",
		Realm:          "turn.example.com",
		ExternalIP:     "203.0.113.10", // the NLB's address, once known
		ServiceAnnotations: map[string]string{
			"service.beta.kubernetes.io/aws-load-balancer-type":            "external",
			"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip",
			"service.beta.kubernetes.io/aws-load-balancer-scheme":          "internet-facing",
		},
	}
	relay := turn.NewTurnRelay(chart, "turn", props)

	fmt.Println("deployment:", *relay.Deployment().Name())
	fmt.Println("service:", *relay.Service().Name())
	fmt.Println("namespace pod security:", props.PodSecurityLevel())
	// Output:
	// deployment: media-turn
	// service: media-turn
	// namespace pod security: restricted
}
