package turn_test

import (
	"fmt"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

// A TURN relay behind an AWS Network Load Balancer. The Secret "media-secret"
// exists already; its key TURN_SECRET is the shared secret the application
// signs TURN credentials with. The relay reaches public peers and, of the
// private ranges it denies, only the pod range where the application's
// media server runs.
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
		// The cluster's pod CIDR: the application's media peers.
		AllowedPeerCIDRs: []string{"10.0.0.0/16"},
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

// The same relay without a static address: it waits for the NLB's address
// in its own Service's status at start (with the shell-less kubectl
// image), serves turns: on 5349 with a certificate from cert-manager, and
// exports metrics to a Prometheus Operator. The relay range ends at 49199,
// so that 5349 fits the NLB's 50 listeners. The Service is applied before
// the Deployment, whose init container waits on it.
func ExampleNewTurnRelay_tlsMetricsAndDiscovery() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("media"), &cdk8s.ChartProps{
		Namespace:                 jsii.String("media"), // discovery's RoleBinding names it
		DisableResourceNameHashes: jsii.Bool(true),
	})

	turn.NewTurnRelay(chart, "turn", &turn.TurnRelayProps{
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
		Pod:            pod.Spec{RunAsUser: 65534},
		AuthSecretName: "media-secret",
		AuthSecretKey:  "TURN_SECRET",
		Realm:          "turn.example.com",
		MaxRelayPort:   49199,
		ServiceAnnotations: map[string]string{
			"service.beta.kubernetes.io/aws-load-balancer-type":            "external",
			"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip",
			"service.beta.kubernetes.io/aws-load-balancer-scheme":          "internet-facing",
			"service.beta.kubernetes.io/aws-load-balancer-attributes":      "load_balancing.cross_zone.enabled=true",
		},
		AddressDiscovery: &turn.AddressDiscoveryProps{Image: "registry.k8s.io/kubectl:v1.33.0"},
		TLS: &turn.TLSProps{
			SecretName: "media-turn-tls",
			CertManager: &turn.CertManagerProps{
				IssuerName: "letsencrypt",
				DNSNames:   []string{"turn.example.com"},
			},
		},
		Metrics: &turn.MetricsProps{
			PodMonitor:       true,
			PodMonitorLabels: map[string]string{"release": "kube-prometheus-stack"},
		},
	})

	printObjects(app)
	// Output:
	// ConfigMap media-turn
	// Certificate media-turn
	// ServiceAccount media-turn
	// Role media-turn
	// RoleBinding media-turn
	// Service media-turn
	// Deployment media-turn
	// PodMonitor media-turn
}

// A relay whose peers are in the cluster: browsers reach it through the
// load balancer on 3478 only, and it relays to the application's pods over
// the pod network, from relay addresses that are its pods' own. Two
// replicas roll one at a time, a PodDisruptionBudget keeps node drains to
// one at a time, and each stopping pod drains its calls for up to 22
// minutes. The Secret may hold TURN_SECRET_PREVIOUS while the shared
// secret rotates.
func ExampleNewTurnRelay_internal() {
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
		Pod:                   pod.Spec{RunAsUser: 65534},
		AuthSecretName:        "media-secret",
		AuthSecretKey:         "TURN_SECRET",
		PreviousAuthSecretKey: "TURN_SECRET_PREVIOUS",
		Realm:                 "turn.example.com",
		Profile:               turn.ProfileInternal,
		// The pod network, where the media peers run; every other peer
		// address is denied.
		AllowedPeerCIDRs:              []string{"10.244.0.0/16"},
		TerminationGracePeriodSeconds: 1320,
	}
	turn.NewTurnRelay(chart, "turn", props)

	printObjects(app)
	for _, doc := range strings.Split(*app.SynthYaml(), "\n---\n") {
		if strings.Contains(doc, "kind: Service\n") {
			for _, line := range strings.Split(doc, "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "- name: ") {
					fmt.Println("load balancer port:", strings.TrimPrefix(strings.TrimSpace(line), "- name: "))
				}
			}
		}
	}
	fmt.Println("allocations at once:", props.AllocationCapacity())
	// Output:
	// ConfigMap media-turn
	// Deployment media-turn
	// PodDisruptionBudget media-turn
	// Service media-turn
	// load balancer port: turn-udp
	// load balancer port: turn-tcp
	// allocations at once: 32768
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
