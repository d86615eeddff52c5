package config

import (
	"maps"
	"slices"
)

// Presets are the reference topologies, by name. Each returns a fresh
// value, so callers may change it freely.
var Presets = map[string]func() *Config{
	"default":     Default,
	"single-node": SingleNode,
	"managed":     Managed,
	"aws":         AWS,
	"k3s-prod":    K3sProd,
}

// PresetNames lists the preset names in a stable order.
func PresetNames() []string { return slices.Sorted(maps.Keys(Presets)) }

// Default is the reference topology: every datastore bundled, Gateway API
// exposure with a placeholder class, web 2, ui 2, workers 1, no HPA.
func Default() *Config {
	apiResources := Resources{Requests: ResourceList{CPU: "250m", Memory: "512Mi"}, Limits: ResourceList{CPU: "1", Memory: "1Gi"}}
	return &Config{
		Topology:  "default",
		Release:   "dograh",
		Namespace: "dograh",
		Images: Images{
			// Each image's numeric user: the API image's "dograh" is the first
			// system account, the UI's "nextjs" is 1001, coturn's "nobody" is
			// 65534; MinIO runs as any UID that owns its volume.
			// The latest release, whose runtime contract CONTRACT.md audits
			// (tag dograh-v1.45.0 publishes image tag 1.45.0).
			API:      Image{Registry: "docker.io", Repository: "dograhai/dograh-api", Tag: AppVersion, RunAsUser: 999},
			UI:       Image{Registry: "docker.io", Repository: "dograhai/dograh-ui", Tag: AppVersion, RunAsUser: 1001},
			Coturn:   Image{Registry: "docker.io", Repository: "coturn/coturn", Tag: "4.8.0", RunAsUser: 65534},
			Postgres: Image{Registry: "docker.io", Repository: "pgvector/pgvector", Tag: "pg17", RunAsUser: 999},
			Redis:    Image{Registry: "docker.io", Repository: "redis", Tag: "7.4-alpine", RunAsUser: 999},
			Minio:    Image{Registry: "docker.io", Repository: "minio/minio", Tag: "RELEASE.2025-04-22T22-12-26Z", RunAsUser: 1000},
			// Runs in coturn's pod, as coturn's user.
			Kubectl: Image{Registry: "registry.k8s.io", Repository: "kubectl", Tag: "v1.33.0"},
		},
		App: AppConfig{
			Environment:       "production",
			LogLevel:          "INFO",
			EnableTelemetry:   false,
			EnableSignup:      true,
			ForwardedAllowIPs: "*",
		},
		Web: Web{
			Component: Component{Enabled: true, Resources: Resources{
				Requests: ResourceList{CPU: "500m", Memory: "1Gi"}, Limits: ResourceList{CPU: "2", Memory: "2Gi"}}},
			Replicas:            2,
			Autoscaling:         Autoscaling{MinReplicas: 2, MaxReplicas: 10, CPUUtilizationPercent: 70},
			PodDisruptionBudget: PodDisruptionBudget{Enabled: true, MinAvailable: 1},
			// The upstream chart's call-aware drain: wait up to 20 minutes for
			// calls, within a grace period one minute longer
			// (deploy/helm/dograh/values.yaml at dograh-v1.45.0).
			TerminationGracePeriodSeconds: 1260,
			Drain:                         Drain{Command: []string{"./scripts/drain_web.sh"}, InitialDelaySeconds: 15, MaxWaitSeconds: 1200},
			KEDA:                          KEDA{CallsPerPod: 20, Buffer: 5, MinReplicas: 2, MaxReplicas: 20, PollingIntervalSeconds: 15},
		},
		ArqWorker:            Worker{Component: Component{Enabled: true, Resources: apiResources}, Replicas: 1, Autoscaling: Autoscaling{MinReplicas: 1, MaxReplicas: 5, CPUUtilizationPercent: 70}},
		AriManager:           Singleton{Component: Component{Enabled: true, Resources: smallAPI()}},
		CampaignOrchestrator: Singleton{Component: Component{Enabled: true, Resources: smallAPI()}},
		UI: UI{
			Component: Component{Enabled: true, Resources: Resources{
				Requests: ResourceList{CPU: "100m", Memory: "256Mi"}, Limits: ResourceList{CPU: "500m", Memory: "512Mi"}}},
			Replicas:            2,
			Autoscaling:         Autoscaling{MinReplicas: 2, MaxReplicas: 6, CPUUtilizationPercent: 70},
			PodDisruptionBudget: PodDisruptionBudget{Enabled: true, MinAvailable: 1},
		},
		// The internal profile: browsers reach the relay through the load
		// balancer on 3478 only, and it relays to web's pods over the pod
		// network, which is where every Dograh call's other peer is
		// (README, "TURN"). Two replicas drain their calls on rollouts.
		Coturn: Coturn{
			Component: Component{Enabled: true, Resources: Resources{
				Requests: ResourceList{CPU: "100m", Memory: "128Mi"}, Limits: ResourceList{CPU: "1", Memory: "512Mi"}}},
			Profile:  CoturnInternal,
			Replicas: 2,
			// The web tier's calls: 2 pods of 20 (web.keda.callsPerPod).
			ConcurrentCalls:   40,
			PreviousSecretKey: "TURN_SECRET_PREVIOUS",
			// kubeadm's and flannel's default pod network; the NOTES ask
			// the operator to confirm it.
			PodCIDRs:                 []string{"10.244.0.0/16"},
			Realm:                    "dograh",
			MinRelayPort:             49152,
			MaxRelayPort:             65535,
			MaxLoadBalancerListeners: 50,
			DiscoverAddress:          true,
		},
		// HTTPS on a hostname the operator replaces: the UI's session cookie
		// is Secure, so login needs HTTPS (CONTRACT.md, ui-secure-cookie).
		Exposure: Exposure{
			Mode:          ExposureGatewayAPI,
			Hostnames:     []string{PlaceholderHostname},
			TLSSecretName: "dograh-tls",
			GatewayAPI: GatewayAPI{
				CreateGateway:    true,
				GatewayClassName: PlaceholderGatewayClass,
			},
		},
		Database: Database{Mode: DatabaseInternal, Internal: Datastore{
			Resources:   Resources{Requests: ResourceList{CPU: "100m", Memory: "256Mi"}, Limits: ResourceList{CPU: "1", Memory: "1Gi"}},
			Persistence: Persistence{Size: "8Gi"},
		}},
		Redis: Redis{Mode: RedisInternal, Internal: Datastore{
			Resources:   Resources{Requests: ResourceList{CPU: "50m", Memory: "64Mi"}, Limits: ResourceList{CPU: "500m", Memory: "256Mi"}},
			Persistence: Persistence{Size: "8Gi"},
		}},
		Storage: Storage{Mode: StorageInternalMinio, Bucket: "voice-audio", Internal: Datastore{
			Resources:   Resources{Requests: ResourceList{CPU: "100m", Memory: "256Mi"}, Limits: ResourceList{CPU: "1", Memory: "1Gi"}},
			Persistence: Persistence{Size: "20Gi"},
		}, S3: S3{Credentials: S3CredentialsIRSA}},
		Migrations: Migrations{
			Enabled:               true,
			Resources:             smallAPI(),
			BackoffLimit:          1,
			ActiveDeadlineSeconds: 600,
			GateApp:               true,
		},
		SharedTmp: SharedTmp{Size: "10Gi"},
		NetworkPolicy: NetworkPolicy{
			Enabled: true,
			// Envoy Gateway runs its proxies in its controller's namespace.
			IngressFrom:         []Peer{{NamespaceLabels: map[string]string{namespaceNameLabel: "envoy-gateway-system"}}},
			InternetEgress:      true,
			InternetEgressPorts: []int{443},
			ExternalDatabase:    Destination{Port: 5432},
			ExternalRedis:       Destination{Port: 6379},
			Asterisk:            Destination{Port: 8088},
			KEDAFrom:            Peer{NamespaceLabels: map[string]string{namespaceNameLabel: "keda"}},
			MonitoringFrom:      Peer{NamespaceLabels: map[string]string{namespaceNameLabel: "monitoring"}},
		},
	}
}

// AppVersion is the Dograh release the presets run and CONTRACT.md audits.
const AppVersion = "1.45.0"

// PlaceholderHostname marks a hostname the operator must replace; the
// NOTES warn while it is in use.
const PlaceholderHostname = "dograh.example.com"

// namespaceNameLabel is set by Kubernetes on every namespace.
const namespaceNameLabel = "kubernetes.io/metadata.name"

// PlaceholderGatewayClass marks a GatewayClass the operator must replace;
// the NOTES warn while it is in use.
const PlaceholderGatewayClass = "replace-me"

func smallAPI() Resources {
	return Resources{Requests: ResourceList{CPU: "100m", Memory: "256Mi"}, Limits: ResourceList{CPU: "500m", Memory: "512Mi"}}
}

// res builds Resources from requests and limits.
func res(cpuReq, memReq, cpuLim, memLim string) Resources {
	return Resources{Requests: ResourceList{CPU: cpuReq, Memory: memReq}, Limits: ResourceList{CPU: cpuLim, Memory: memLim}}
}

// SingleNode fits one VM (k3s, minikube): bundled datastores on small
// volumes, an ingress-nginx Ingress on dograh.local, one replica of
// everything and no PodDisruptionBudgets (with one replica they would block
// every node drain), and coturn on the node's own network with the public
// profile, since there is no cloud load balancer. That needs Pod Security
// "privileged".
func SingleNode() *Config {
	c := Default()
	c.Topology = "single-node"
	c.Web.Replicas, c.UI.Replicas, c.ArqWorker.Replicas = 1, 1, 1
	c.Web.PodDisruptionBudget.Enabled = false
	c.UI.PodDisruptionBudget.Enabled = false
	c.Web.Resources = res("250m", "512Mi", "2", "1536Mi")
	c.ArqWorker.Resources = res("100m", "256Mi", "1", "1Gi")
	c.UI.Resources = res("50m", "192Mi", "500m", "512Mi")
	c.Coturn.Resources = res("50m", "64Mi", "1", "256Mi")
	c.Coturn.HostNetwork = true
	c.Coturn.Profile = CoturnPublic
	c.Coturn.Replicas = 1
	c.Coturn.PodCIDRs = nil
	// 100 relay ports on the node carry 33 calls, one web pod's 20 and
	// more; open them on the node's firewall.
	c.Coturn.MaxRelayPort = 49251
	c.Coturn.ConcurrentCalls = 20
	c.Database.Internal.Persistence.Size = "2Gi"
	c.Database.Internal.Resources = res("50m", "128Mi", "1", "512Mi")
	c.Redis.Internal.Persistence.Size = "1Gi"
	c.Storage.Internal.Persistence.Size = "5Gi"
	c.Storage.Internal.Resources = res("50m", "128Mi", "500m", "512Mi")
	c.Exposure = Exposure{
		Mode:           ExposureIngress,
		Hostnames:      []string{"dograh.local"},
		TLSSecretName:  "dograh-tls",
		Implementation: "ingress-nginx",
		Ingress:        Ingress{ClassName: "nginx"},
	}
	c.NetworkPolicy.IngressFrom = []Peer{{NamespaceLabels: map[string]string{namespaceNameLabel: "ingress-nginx"}}}
	return c
}

// Managed runs on a managed Kubernetes (EKS, GKE, AKS) next to managed
// PostgreSQL and Redis and S3: no bundled datastore, Gateway API with TLS,
// web autoscaled 3-12 on CPU, two workers, larger resources.
func Managed() *Config {
	c := Default()
	c.Topology = "managed"
	c.Database.Mode = DatabaseExternal
	c.Redis.Mode = RedisExternal
	c.Storage.Mode = StorageS3
	c.Storage.S3 = S3{Region: "us-east-1", PublicEndpoint: "https://s3.us-east-1.amazonaws.com", Credentials: S3CredentialsAccessKeys}
	// GKE's Gateway controller: its load balancer ends a backend request
	// after 30 s unless a GCPBackendPolicy raises it, which the exposure
	// renders, with health checks on paths that answer 200.
	c.Exposure.GatewayAPI.GatewayClassName = "gke-l7-global-external-managed"
	c.Exposure.Implementation = "gke"
	c.Web.Resources = res("1", "2Gi", "4", "4Gi")
	c.Web.Autoscaling = Autoscaling{Enabled: true, MinReplicas: 3, MaxReplicas: 12, CPUUtilizationPercent: 70}
	c.ArqWorker.Replicas = 2
	c.ArqWorker.Resources = res("500m", "1Gi", "2", "2Gi")
	c.UI.Resources = res("250m", "512Mi", "1", "1Gi")
	c.Coturn.Resources = res("500m", "256Mi", "2", "1Gi")
	// turns:// for clients behind firewalls that pass only TLS: 5349 is a
	// second listener.
	c.Coturn.Host = "turn.example.com"
	c.Coturn.TLS = CoturnTLS{Enabled: true, CertManager: CertManagerIssuer{IssuerName: "letsencrypt-dns01", IssuerKind: "ClusterIssuer"}}
	c.Coturn.Metrics = CoturnMetrics{Enabled: true, PodMonitor: true}
	// GKE's VPC-native pod ranges come from 10.0.0.0/8 by default; the
	// NOTES ask the operator to confirm theirs.
	c.Coturn.PodCIDRs = []string{"10.0.0.0/8"}
	// web's ceiling: 12 pods of 20 calls.
	c.Coturn.ConcurrentCalls = 240
	// Managed load balancers reach pods from their own ranges (GKE's
	// proxies and health checks below); managed datastores sit in the VPC.
	c.NetworkPolicy.IngressFrom = []Peer{{CIDR: "35.191.0.0/16"}, {CIDR: "130.211.0.0/22"}}
	c.NetworkPolicy.ExternalDatabase.CIDRs = []string{"10.0.0.0/8"}
	c.NetworkPolicy.ExternalRedis.CIDRs = []string{"10.0.0.0/8"}
	return c
}

// AWS runs on EKS: RDS and ElastiCache (external), S3 through the pods' IAM
// role (IRSA), the AWS Load Balancer Controller's Gateway API class, and
// coturn behind a Network Load Balancer that targets its pods.
func AWS() *Config {
	c := Managed()
	c.Topology = "aws"
	c.Storage.S3.Credentials = S3CredentialsIRSA
	c.ServiceAccount.Annotations = map[string]string{IRSAAnnotation: PlaceholderRoleARN}
	c.Exposure.GatewayAPI.GatewayClassName = "aws-alb"
	c.Exposure.Implementation = "aws-load-balancer-controller"
	c.Exposure.AWS = AWSGateway{Scheme: "internet-facing", CertificateARN: PlaceholderCertificateARN}
	c.Coturn.ServiceAnnotations = map[string]string{
		"service.beta.kubernetes.io/aws-load-balancer-type":            "external",
		"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip",
		"service.beta.kubernetes.io/aws-load-balancer-scheme":          "internet-facing",
		// TURN_HOST (the NLB's name) resolves to one address per zone, and
		// a zonal address forwards only to targets in its zone unless
		// cross-zone balancing is on: with it, every address reaches every
		// relay pod, whichever zones the replicas run in.
		"service.beta.kubernetes.io/aws-load-balancer-attributes": "load_balancing.cross_zone.enabled=true",
		// Targets are pod IPs, so no kube-proxy health check applies; the
		// controller's default checks TCP on each listener's own port.
		// coturn answers TCP on 3478, the one port every listener shares.
		"service.beta.kubernetes.io/aws-load-balancer-healthcheck-protocol": "tcp",
		"service.beta.kubernetes.io/aws-load-balancer-healthcheck-port":     "3478",
		// A stopping relay pod is deregistered but keeps its calls for its
		// grace period (web's 1260 s plus 60); UDP target groups end a
		// deregistered target's flows when this delay (default 300 s) ends.
		"service.beta.kubernetes.io/aws-load-balancer-target-group-attributes": "deregistration_delay.timeout_seconds=1320",
	}
	c.Coturn.TLS = CoturnTLS{}
	c.Coturn.MaxLoadBalancerListeners = 50
	// EKS's VPC CNI gives pods VPC addresses: 10.0.0.0/8 covers the usual
	// VPCs (eksctl's default is 192.168.0.0/16); the NOTES ask to confirm.
	c.Coturn.PodCIDRs = []string{"10.0.0.0/8"}
	c.ArqWorker.Replicas = 2
	// The ALB targets pod IPs from inside the VPC.
	c.NetworkPolicy.IngressFrom = []Peer{{CIDR: "10.0.0.0/8"}}
	return c
}

// PlaceholderCertificateARN marks an ACM certificate the operator must
// replace; the NOTES warn while it is in use.
const PlaceholderCertificateARN = "arn:aws:acm:us-east-1:111122223333:certificate/replace-me"

// PlaceholderRoleARN marks an IAM role the operator must replace; the
// NOTES warn while it is in use.
const PlaceholderRoleARN = "arn:aws:iam::111122223333:role/replace-me"

// K3sProd is a lean production k3s: bundled datastores on local-path
// volumes, Traefik's Ingress with TLS, no telephony singletons and no
// coturn, CPU autoscaling 1-5 for web, workers and ui, and invite-only
// signup.
func K3sProd() *Config {
	c := Default()
	c.Topology = "k3s-prod"
	for _, p := range []*Persistence{&c.Database.Internal.Persistence, &c.Redis.Internal.Persistence, &c.Storage.Internal.Persistence} {
		p.StorageClass = "local-path"
	}
	c.Exposure = Exposure{
		Mode:           ExposureIngress,
		Hostnames:      []string{PlaceholderHostname},
		TLSSecretName:  "dograh-tls",
		Implementation: "traefik",
		Ingress:        Ingress{ClassName: "traefik"},
	}
	c.AriManager.Enabled = false
	c.CampaignOrchestrator.Enabled = false
	c.Coturn.Enabled = false
	hpa := Autoscaling{Enabled: true, MinReplicas: 1, MaxReplicas: 5, CPUUtilizationPercent: 70}
	c.Web.Autoscaling, c.ArqWorker.Autoscaling, c.UI.Autoscaling = hpa, hpa, hpa
	// One replica may be all there is; a budget of one would block drains.
	c.Web.PodDisruptionBudget.Enabled = false
	c.UI.PodDisruptionBudget.Enabled = false
	c.App.EnableSignup = false
	// k3s runs Traefik in kube-system.
	c.NetworkPolicy.IngressFrom = []Peer{{
		NamespaceLabels: map[string]string{namespaceNameLabel: "kube-system"},
		PodLabels:       map[string]string{"app.kubernetes.io/name": "traefik"},
	}}
	return c
}
