package config

// Config is every knob of one Dograh installation: the values.yaml of this
// project. Presets (Default, SingleNode, ...) return fresh values; an
// operator's file names a preset in Topology and overrides it.
type Config struct {
	// Topology names the preset this config starts from, e.g. "default".
	Topology string `json:"topology"`
	// Release is the instance name: objects are named "<release>-web" and so
	// on, exactly as the Helm chart names them. Default: "dograh".
	Release string `json:"release"`
	// Namespace receives every namespaced object. Default: "dograh".
	Namespace string `json:"namespace"`

	// Images are the default images of each kind of process.
	Images Images `json:"images"`
	// ImagePullSecrets name registry-credential Secrets for every pod.
	ImagePullSecrets []string `json:"imagePullSecrets,omitempty"`
	// ServiceAccount is the app's ServiceAccount.
	ServiceAccount ServiceAccount `json:"serviceAccount"`
	// Secrets name the existing Secrets the pods read. Nothing synthesized
	// holds a secret value; `dograh-cdk8s secrets` prints them once.
	Secrets SecretNames `json:"secrets"`
	// App holds the app's plain settings, rendered into the ConfigMap.
	App AppConfig `json:"config"`

	// Web is the API server (DrainingWebService).
	Web Web `json:"web"`
	// ArqWorker runs background jobs.
	ArqWorker Worker `json:"arqWorker"`
	// AriManager holds the one connection to Asterisk (a singleton).
	AriManager Singleton `json:"ariManager"`
	// CampaignOrchestrator schedules campaigns (a singleton).
	CampaignOrchestrator Singleton `json:"campaignOrchestrator"`
	// UI is the Next.js front end.
	UI UI `json:"ui"`
	// Coturn is the TURN relay for WebRTC media.
	Coturn Coturn `json:"coturn"`

	// Exposure routes HTTP from outside the cluster to web, ui and MinIO.
	Exposure Exposure `json:"exposure"`

	// Database is PostgreSQL: bundled, or external.
	Database Database `json:"database"`
	// Redis is bundled, or external.
	Redis Redis `json:"redis"`
	// Storage holds call recordings: bundled MinIO, external MinIO, or S3.
	Storage Storage `json:"storage"`
	// Migrations run alembic once per app version.
	Migrations Migrations `json:"migrations"`
	// SharedTmp shares /tmp/dograh-shared between web and the ARQ workers,
	// for app versions that hand files over by local path.
	SharedTmp SharedTmp `json:"sharedTmp"`
	// NetworkPolicy denies all traffic of the release's pods except the
	// flows the app needs.
	NetworkPolicy NetworkPolicy `json:"networkPolicy"`
}

// Image is a container image reference split the way registries mirror it.
type Image struct {
	// Registry is the registry host, e.g. "docker.io". Empty means the
	// container runtime's default.
	Registry string `json:"registry,omitempty"`
	// Repository is the image path, e.g. "dograhai/dograh-api".
	Repository string `json:"repository"`
	// Tag is the image tag, e.g. "1.2.3". Pin it: "latest" makes every
	// node run whatever it pulled last.
	Tag string `json:"tag"`
	// RunAsUser is the numeric UID the image's processes run as. Pods run
	// with runAsNonRoot, which the kubelet can verify only for a number, so
	// it must match the image's USER. An image override without it keeps
	// the default image's UID.
	RunAsUser int `json:"runAsUser,omitempty"`
}

// Ref renders "registry/repository:tag".
func (i Image) Ref() string {
	ref := i.Repository + ":" + i.Tag
	if i.Registry != "" {
		ref = i.Registry + "/" + ref
	}
	return ref
}

// Images are the default images; a component's own Image overrides them.
type Images struct {
	// API runs web, the workers, the singletons and migrations.
	API Image `json:"api"`
	// UI runs the Next.js front end.
	UI Image `json:"ui"`
	// Coturn runs the TURN relay.
	Coturn Image `json:"coturn"`
	// Postgres runs the bundled database (pgvector: Postgres plus the
	// vector extension the migrations create).
	Postgres Image `json:"postgres"`
	// Redis runs the bundled Redis.
	Redis Image `json:"redis"`
	// Minio runs the bundled object storage.
	Minio Image `json:"minio"`
	// Kubectl runs coturn's address discovery: it needs /go-runner and
	// /bin/kubectl, as registry.k8s.io/kubectl ships them (built on
	// go-runner, on distroless, without a shell). A mirror must be that
	// image.
	Kubectl Image `json:"kubectl"`
}

// ServiceAccount configures the app's ServiceAccount.
type ServiceAccount struct {
	// Annotations, e.g. eks.amazonaws.com/role-arn for IRSA.
	Annotations map[string]string `json:"annotations,omitempty"`
}

// SecretNames are the names of the existing Secrets the manifests read.
// Their keys are fixed and match the Helm chart's; only the names can be
// changed. Empty means the Helm chart's name.
type SecretNames struct {
	// App holds the app's keys (OSS_JWT_SECRET, TURN_SECRET, ...).
	// Default: "<fullname>-secret".
	App string `json:"app,omitempty"`
	// Postgres holds the bundled database's password (key "password").
	// Default: "<fullname>-postgresql".
	Postgres string `json:"postgres,omitempty"`
	// Redis holds the bundled Redis password (key "redis-password").
	// Default: "<fullname>-redisinternal".
	Redis string `json:"redis,omitempty"`
	// Minio holds the bundled MinIO's root credentials (keys "root-user"
	// and "root-password"), which are also the app's MinIO keys.
	// Default: "<fullname>-minio".
	Minio string `json:"minio,omitempty"`
}

// AppConfig are the app's non-secret settings (the ConfigMap).
type AppConfig struct {
	// Environment is ENVIRONMENT, e.g. "production".
	Environment string `json:"environment"`
	// LogLevel is LOG_LEVEL, e.g. "INFO".
	LogLevel string `json:"logLevel"`
	// BackendAPIEndpoint is the public URL of the API, e.g.
	// "https://dograh.example.com". Default: derived from the first
	// exposure hostname.
	BackendAPIEndpoint string `json:"backendApiEndpoint,omitempty"`
	// EnableTelemetry is ENABLE_TELEMETRY.
	EnableTelemetry bool `json:"enableTelemetry"`
	// PosthogHost is POSTHOG_HOST.
	PosthogHost string `json:"posthogHost,omitempty"`
	// PosthogAPIKey is POSTHOG_API_KEY (a public project key, not a secret).
	PosthogAPIKey string `json:"posthogApiKey,omitempty"`
	// ForceTurnRelay is FORCE_TURN_RELAY: route all media through TURN.
	ForceTurnRelay bool `json:"forceTurnRelay"`
	// FastAPIWorkers is accepted for compatibility with the Helm chart's
	// values and must be 1 or unset: the image's scripts/run_web.sh starts
	// uvicorn with "--workers 1" whatever FASTAPI_WORKERS says
	// (dograh-v1.45.0 scripts/run_web.sh:18). Scale web.replicas instead.
	FastAPIWorkers int `json:"fastapiWorkers,omitempty"`
	// EnableSignup is ENABLE_SIGNUP.
	EnableSignup bool `json:"enableSignup"`
	// TelephonyWSTokenEnforce is TELEPHONY_WS_TOKEN_ENFORCE.
	TelephonyWSTokenEnforce bool `json:"telephonyWsTokenEnforce"`
	// LangfuseHost is LANGFUSE_HOST.
	LangfuseHost string `json:"langfuseHost,omitempty"`
	// LangfuseProjectID is LANGFUSE_PROJECT_ID.
	LangfuseProjectID string `json:"langfuseProjectId,omitempty"`
	// ForwardedAllowIPs is FORWARDED_ALLOW_IPS: the proxies uvicorn trusts
	// for X-Forwarded-Proto. "*" trusts any peer, which is safe only while
	// NetworkPolicy or the cluster network keeps clients from reaching pods
	// directly.
	ForwardedAllowIPs string `json:"forwardedAllowIps"`
	// ExtraEnv are further plain variables for every API-image process,
	// rendered into the ConfigMap: the app reads many settings this config
	// has no key for (SENTRY_DSN, AUTH_PROVIDER and STACK_*, S3_ENDPOINT_URL,
	// TURN_CREDENTIAL_TTL, webhook tuning; see CONTRACT.md). A name the
	// manifests already set is refused, so nothing is overridden silently.
	ExtraEnv map[string]string `json:"extraEnv,omitempty"`
	// SecretEnv are further keys of the app Secret, each passed to every
	// API-image process as the variable of the same name, e.g.
	// STACK_SECRET_SERVER_KEY or SENTRY_DSN. Each key must exist in the
	// Secret, or the pods do not start.
	SecretEnv []string `json:"secretEnv,omitempty"`
}

// Resources are requests and limits in Kubernetes quantity syntax.
type Resources struct {
	Requests ResourceList `json:"requests"`
	Limits   ResourceList `json:"limits"`
}

// ResourceList is an amount of CPU and memory.
type ResourceList struct {
	// CPU in cores or millicores, e.g. "500m" or "2".
	CPU string `json:"cpu"`
	// Memory in bytes with a binary suffix, e.g. "512Mi" or "2Gi".
	Memory string `json:"memory"`
}

// Placement are the pod-level scheduling and metadata knobs every
// component has.
type Placement struct {
	// NodeSelector restricts the pods to matching nodes.
	NodeSelector map[string]string `json:"nodeSelector,omitempty"`
	// Tolerations let the pods run on tainted nodes.
	Tolerations []Toleration `json:"tolerations,omitempty"`
	// Affinity holds node and pod (anti-)affinity, in Kubernetes syntax.
	Affinity map[string]any `json:"affinity,omitempty"`
	// TopologySpreadConstraints, in Kubernetes syntax; a constraint without
	// labelSelector selects the component's own pods.
	TopologySpreadConstraints []map[string]any `json:"topologySpreadConstraints,omitempty"`
	// PodAnnotations go on the pod template.
	PodAnnotations map[string]string `json:"podAnnotations,omitempty"`
}

// Toleration is a Kubernetes toleration.
type Toleration struct {
	// Key is the taint key to tolerate; empty with operator Exists tolerates every taint.
	Key string `json:"key,omitempty"`
	// Operator is Equal (the default) or Exists.
	Operator string `json:"operator,omitempty"`
	// Value is the taint value to match with operator Equal.
	Value string `json:"value,omitempty"`
	// Effect is NoSchedule, PreferNoSchedule or NoExecute; empty matches all.
	Effect string `json:"effect,omitempty"`
	// TolerationSeconds bounds how long a NoExecute taint is tolerated.
	TolerationSeconds *int `json:"tolerationSeconds,omitempty"`
}

// Component is what every process has.
type Component struct {
	// Enabled renders the component; disabled, nothing of it is rendered,
	// references to it included.
	Enabled bool `json:"enabled"`
	// Image overrides the default image of its kind.
	Image *Image `json:"image,omitempty"`
	// Resources are the container's requests and limits.
	Resources Resources `json:"resources"`
	// Probes tune the health checks' timings; the checks themselves are
	// fixed per process. Workers and singletons have a liveness probe only.
	Probes Probes `json:"probes,omitempty"`
	Placement
}

// Probes tune a component's health checks.
type Probes struct {
	// Readiness decides whether the pod receives traffic.
	Readiness ProbeTiming `json:"readiness,omitempty"`
	// Liveness restarts a stuck container.
	Liveness ProbeTiming `json:"liveness,omitempty"`
	// Startup holds liveness off while the process boots.
	Startup ProbeTiming `json:"startup,omitempty"`
}

// ProbeTiming tunes one probe; zero keeps the default.
type ProbeTiming struct {
	// InitialDelaySeconds waits before the first probe.
	InitialDelaySeconds int `json:"initialDelaySeconds,omitempty"`
	// PeriodSeconds is the interval between probes.
	PeriodSeconds int `json:"periodSeconds,omitempty"`
	// TimeoutSeconds bounds one probe.
	TimeoutSeconds int `json:"timeoutSeconds,omitempty"`
	// FailureThreshold is how many failures in a row count as failed.
	FailureThreshold int `json:"failureThreshold,omitempty"`
}

// Autoscaling configures a CPU/memory HPA.
type Autoscaling struct {
	// Enabled creates the HPA; the Deployment then has no replicas field.
	Enabled bool `json:"enabled"`
	// MinReplicas is the floor.
	MinReplicas int `json:"minReplicas"`
	// MaxReplicas is the ceiling.
	MaxReplicas int `json:"maxReplicas"`
	// CPUUtilizationPercent is the CPU target, in percent of the request.
	CPUUtilizationPercent int `json:"cpuUtilizationPercent,omitempty"`
	// MemoryUtilizationPercent is the memory target, in percent of the request.
	MemoryUtilizationPercent int `json:"memoryUtilizationPercent,omitempty"`
}

// Web configures the API server.
type Web struct {
	Component
	// Replicas is the fixed replica count, unless autoscaling is enabled.
	Replicas int `json:"replicas"`
	// Autoscaling adds a CPU/memory HPA.
	Autoscaling Autoscaling `json:"autoscaling"`
	// KEDA scales web on active calls instead, which is the signal that
	// matters for long, mostly idle WebSockets. It needs KEDA installed, and
	// excludes Autoscaling: one owner per Deployment.
	KEDA KEDA `json:"keda"`
	// PodDisruptionBudget keeps MinAvailable pods during voluntary
	// disruptions such as node drains.
	PodDisruptionBudget PodDisruptionBudget `json:"podDisruptionBudget"`
	// TerminationGracePeriodSeconds is how long a stopping pod keeps its
	// calls. Calls last up to 20 minutes; the default 600 s is the Helm
	// chart's.
	TerminationGracePeriodSeconds int `json:"terminationGracePeriodSeconds"`
	// Drain configures the preStop hook.
	Drain Drain `json:"drain"`
}

// Drain configures how a stopping web pod lets its calls finish.
type Drain struct {
	// Command waits for active calls. Default (presets):
	// ["./scripts/drain_web.sh"], which the API image ships from 1.44 on
	// and which polls /api/v1/health/active-calls until no call is left.
	// Empty: the hook only sleeps InitialDelaySeconds.
	Command []string `json:"command,omitempty"`
	// InitialDelaySeconds lets load balancers stop routing to the pod.
	InitialDelaySeconds int `json:"initialDelaySeconds"`
	// MaxWaitSeconds caps the wait for calls; 0 derives it from the grace
	// period. Only used with Command.
	MaxWaitSeconds int `json:"maxWaitSeconds,omitempty"`
}

// PodDisruptionBudget configures a PDB.
type PodDisruptionBudget struct {
	// Enabled creates the PDB. Turn it off with a single replica, where it
	// would block every node drain.
	Enabled bool `json:"enabled"`
	// MinAvailable is the floor of ready pods.
	MinAvailable int `json:"minAvailable"`
}

// Worker configures the ARQ workers.
type Worker struct {
	Component
	// Replicas is the fixed replica count, unless autoscaling is enabled.
	Replicas int `json:"replicas"`
	// Autoscaling adds a CPU/memory HPA.
	Autoscaling Autoscaling `json:"autoscaling"`
}

// Singleton configures a process that must run exactly once; it has no
// replica knob on purpose.
type Singleton struct {
	Component
}

// UI configures the Next.js front end.
type UI struct {
	Component
	// Replicas is the fixed replica count, unless autoscaling is enabled.
	Replicas int `json:"replicas"`
	// Autoscaling adds a CPU/memory HPA.
	Autoscaling Autoscaling `json:"autoscaling"`
	// PodDisruptionBudget keeps MinAvailable pods during node drains.
	PodDisruptionBudget PodDisruptionBudget `json:"podDisruptionBudget"`
}

// Coturn configures the TURN relay.
type Coturn struct {
	Component
	// Profile is how the relay is exposed: internal (the presets' choice
	// wherever a LoadBalancer serves it) or public. hostNetwork needs
	// public.
	Profile CoturnProfile `json:"profile"`
	// Replicas is the number of relay pods: at least 1 with the internal
	// profile (the presets run 2), exactly 1 with public and hostNetwork.
	Replicas int `json:"replicas"`
	// ConcurrentCalls is the number of browser calls the relay must carry
	// at once. A config whose relay cannot (relay ports per replica, or
	// totalQuota, times replicas, divided by the allocations one call
	// holds as measured by the call test) is refused. 0: no target.
	ConcurrentCalls int `json:"concurrentCalls,omitempty"`
	// PreviousSecretKey is a key of the app Secret whose value coturn
	// accepts besides TURN_SECRET, so the secret can rotate without
	// failing calls: put the new value in TURN_SECRET and the old one
	// here, restart coturn, then web, and remove the old value once the
	// credentials signed with it have expired (README, "Rotating the TURN
	// secret"). The key may be absent. Empty: one secret.
	PreviousSecretKey string `json:"previousSecretKey,omitempty"`
	// ExternalIP is the public address coturn advertises, and the TURN host
	// web hands to browsers (profile public only). Empty: set it after the
	// first deploy from the LoadBalancer's address (the NOTES print the
	// command), or let discoverAddress find it.
	ExternalIP string `json:"externalIp,omitempty"`
	// Host is TURN_HOST, the name or address browsers use for TURN.
	// Default: ExternalIP.
	Host string `json:"host,omitempty"`
	// PodCIDRs are the cluster's pod address ranges. Required with the
	// internal profile, whose relay reaches nothing else. With public, set,
	// coturn may relay to the app's pods there (allowed-peer-ip; every
	// other private range stays denied). Either way NetworkPolicy lets
	// coturn reach web, and web keeps its pod-address ICE candidates
	// (SERVER_IP is the pod's IP), so media takes the in-cluster path.
	// Empty (public only): the relay reaches public addresses only and web
	// offers its public (server-reflexive and relay) candidates only.
	PodCIDRs []string `json:"podCidrs,omitempty"`
	// UserQuota caps the concurrent allocations of one TURN username
	// (coturn user-quota). Default: the TurnRelay construct's.
	UserQuota int `json:"userQuota,omitempty"`
	// TotalQuota caps the concurrent allocations of each relay pod (coturn
	// total-quota). Default: the TurnRelay construct's, its relay ports.
	TotalQuota int `json:"totalQuota,omitempty"`
	// Realm is coturn's realm.
	Realm string `json:"realm"`
	// MinRelayPort and MaxRelayPort bound the UDP relay range, one
	// allocation per port and pod. With the public profile each port is one
	// load-balancer listener; with internal no relay port is published, and
	// the presets use 49152-65535.
	MinRelayPort int `json:"minRelayPort"`
	MaxRelayPort int `json:"maxRelayPort"`
	// MaxLoadBalancerListeners is the balancer's listener cap (AWS NLB: 50).
	MaxLoadBalancerListeners int `json:"maxLoadBalancerListeners"`
	// ServiceAnnotations go on the LoadBalancer Service, e.g. for an NLB.
	ServiceAnnotations map[string]string `json:"serviceAnnotations,omitempty"`
	// HostNetwork binds coturn to its node's network instead of a
	// LoadBalancer, for clusters without one. It needs Pod Security
	// "privileged" for the namespace.
	HostNetwork bool `json:"hostNetwork"`
	// DiscoverAddress lets coturn learn its public address from its own
	// LoadBalancer Service's status at start (resolving an NLB's hostname),
	// so no second deploy is needed. Ignored with externalIp, hostNetwork
	// or the internal profile, which advertises the pods' own addresses.
	DiscoverAddress bool `json:"discoverAddress"`
	// Metrics enables coturn's Prometheus exporter.
	Metrics CoturnMetrics `json:"metrics"`
	// TLS serves turns:// on TCP 5349.
	TLS CoturnTLS `json:"tls"`
}

// CoturnProfile is how the TURN relay is exposed, and so where it relays
// to.
type CoturnProfile string

// The coturn profiles.
const (
	// CoturnInternal publishes only the listening ports (3478 UDP and TCP,
	// and 5349 with TLS) on the LoadBalancer; relay addresses are the
	// pods' own, reached by web's pods over the pod network, so the relay
	// range is not limited by listeners; several replicas roll one at a
	// time under a PodDisruptionBudget; coturn relays to podCidrs only. It
	// serves every Dograh call path: browser calls (dashboard and embed)
	// have web's pod as their peer, and telephony runs over WebSockets.
	CoturnInternal CoturnProfile = "internal"
	// CoturnPublic publishes every relay port 1:1 on the LoadBalancer and
	// advertises its public address, so peers anywhere can be reached; one
	// replica with Recreate, and the relay range is bounded by the
	// balancer's listeners. hostNetwork is always public.
	CoturnPublic CoturnProfile = "public"
)

// CoturnMetrics configures coturn's Prometheus exporter (port 9641).
type CoturnMetrics struct {
	// Enabled turns the exporter on.
	Enabled bool `json:"enabled"`
	// PodMonitor renders a Prometheus Operator PodMonitor for it.
	PodMonitor bool `json:"podMonitor"`
	// PodMonitorLabels are the labels your Prometheus selects PodMonitors by,
	// e.g. {release: kube-prometheus-stack}.
	PodMonitorLabels map[string]string `json:"podMonitorLabels,omitempty"`
}

// CoturnTLS configures TURN over TLS.
type CoturnTLS struct {
	// Enabled adds the turns:// listener on TCP 5349; with an NLB it counts
	// as one more listener.
	Enabled bool `json:"enabled"`
	// SecretName is the kubernetes.io/tls Secret with the certificate for
	// coturn.host. Default: "<fullname>-coturn-tls".
	SecretName string `json:"secretName,omitempty"`
	// CertManager issues that Secret with cert-manager. Empty IssuerName:
	// you provide the Secret.
	CertManager CertManagerIssuer `json:"certManager"`
}

// CertManagerIssuer names the cert-manager issuer of a certificate.
type CertManagerIssuer struct {
	// IssuerName is the Issuer or ClusterIssuer. Use a DNS-01 issuer: the
	// TURN hostname points at a load balancer that forwards TURN ports only.
	IssuerName string `json:"issuerName,omitempty"`
	// IssuerKind is ClusterIssuer or Issuer. Default: ClusterIssuer.
	IssuerKind string `json:"issuerKind,omitempty"`
}

// ExposureMode is how HTTP reaches the cluster.
type ExposureMode string

// The exposure modes.
const (
	// ExposureGatewayAPI renders Gateway API objects.
	ExposureGatewayAPI ExposureMode = "gatewayApi"
	// ExposureIngress renders a networking.k8s.io/v1 Ingress.
	ExposureIngress ExposureMode = "ingress"
)

// Exposure configures HTTP routing from outside.
type Exposure struct {
	// Mode is gatewayApi or ingress.
	Mode ExposureMode `json:"mode"`
	// Hostnames the routes answer for. Empty: any host.
	Hostnames []string `json:"hostnames,omitempty"`
	// TLSSecretName names a kubernetes.io/tls Secret; set, HTTPS is served.
	TLSSecretName string `json:"tlsSecretName,omitempty"`
	// Implementation names the controller that serves the Gateway or
	// Ingress, so that its limits for long-lived WebSockets can be raised:
	// generic, ingress-nginx, traefik, envoy-gateway, gke or
	// aws-load-balancer-controller. Default: generic.
	Implementation string `json:"implementation,omitempty"`
	// GatewayAPI configures the gatewayApi mode.
	GatewayAPI GatewayAPI `json:"gatewayApi"`
	// Ingress configures the ingress mode.
	Ingress Ingress `json:"ingress"`
	// AWS configures the AWS Load Balancer Controller's Gateway.
	AWS AWSGateway `json:"aws"`
}

// AWSGateway configures the load balancer the AWS Load Balancer Controller
// provisions for the Gateway (its LoadBalancerConfiguration).
type AWSGateway struct {
	// Scheme is internet-facing or internal. The controller's own default
	// is internal. Default: internet-facing.
	Scheme string `json:"scheme"`
	// CertificateARN is the ACM certificate the HTTPS listener serves: the
	// controller takes certificates from ACM, not from the listener's
	// certificateRefs Secret.
	CertificateARN string `json:"certificateArn,omitempty"`
}

// GatewayAPI configures Gateway API exposure.
type GatewayAPI struct {
	// CreateGateway renders a Gateway; false attaches the HTTPRoutes to an
	// existing one (ExistingGateway).
	CreateGateway bool `json:"createGateway"`
	// GatewayClassName is the class of the created Gateway. Required when
	// CreateGateway is true.
	GatewayClassName string `json:"gatewayClassName,omitempty"`
	// ExistingGateway is the Gateway to attach to when CreateGateway is false.
	ExistingGateway GatewayRef `json:"existingGateway"`
}

// GatewayRef points at a Gateway.
type GatewayRef struct {
	// Name is the Gateway's name.
	Name string `json:"name,omitempty"`
	// Namespace is the Gateway's namespace; empty means the release's.
	Namespace string `json:"namespace,omitempty"`
	// SectionName attaches to one listener only; empty attaches to all that allow it.
	SectionName string `json:"sectionName,omitempty"`
}

// Ingress configures Ingress exposure.
type Ingress struct {
	// ClassName is the ingressClassName, e.g. "nginx" or "traefik".
	ClassName string `json:"className,omitempty"`
	// Annotations go on the Ingress, after the implementation defaults.
	Annotations map[string]string `json:"annotations,omitempty"`
}

// Persistence sizes a datastore's volume.
type Persistence struct {
	// Size is the volume's requested capacity, e.g. "8Gi". On a StatefulSet
	// it is part of the immutable claim template: changing it later needs
	// the volume to be expanded by hand.
	Size string `json:"size"`
	// StorageClass names the StorageClass; empty uses the cluster default.
	// Immutable once the volume exists.
	StorageClass string `json:"storageClass,omitempty"`
}

// DatabaseMode says where PostgreSQL runs.
type DatabaseMode string

// The database modes.
const (
	// DatabaseInternal bundles a PostgreSQL StatefulSet (pgvector).
	DatabaseInternal DatabaseMode = "internal"
	// DatabaseExternal reads DATABASE_URL from the app Secret.
	DatabaseExternal DatabaseMode = "external"
)

// Database configures PostgreSQL.
type Database struct {
	// Mode is internal or external.
	Mode DatabaseMode `json:"mode"`
	// Internal configures the bundled PostgreSQL.
	Internal Datastore `json:"internal"`
}

// RedisMode says where Redis runs.
type RedisMode string

// The Redis modes.
const (
	// RedisInternal bundles a Redis StatefulSet with a password and AOF.
	RedisInternal RedisMode = "internal"
	// RedisExternal reads REDIS_URL from the app Secret.
	RedisExternal RedisMode = "external"
)

// Redis configures Redis.
type Redis struct {
	// Mode is internal or external.
	Mode RedisMode `json:"mode"`
	// Internal configures the bundled Redis.
	Internal Datastore `json:"internal"`
}

// Datastore configures a bundled datastore's pod and volume.
type Datastore struct {
	// Resources are the container's requests and limits.
	Resources Resources `json:"resources"`
	// Persistence sizes its volume.
	Persistence Persistence `json:"persistence"`
	Placement
}

// StorageMode says where recordings are stored.
type StorageMode string

// The storage modes.
const (
	// StorageInternalMinio bundles MinIO on a PersistentVolumeClaim.
	StorageInternalMinio StorageMode = "internalMinio"
	// StorageExternalMinio uses a MinIO-compatible endpoint you run.
	StorageExternalMinio StorageMode = "externalMinio"
	// StorageS3 uses AWS S3.
	StorageS3 StorageMode = "s3"
)

// Storage configures object storage.
type Storage struct {
	// Mode is internalMinio, externalMinio or s3.
	Mode StorageMode `json:"mode"`
	// Bucket holds the recordings; the app creates it. Default: "voice-audio".
	Bucket string `json:"bucket"`
	// Internal configures the bundled MinIO.
	Internal Datastore `json:"internal"`
	// External configures externalMinio.
	External ExternalMinio `json:"external"`
	// S3 configures s3.
	S3 S3 `json:"s3"`
	// PublicHostname serves MinIO on a hostname of its own instead of the
	// /<bucket>/ path of the app's hostname (internalMinio and
	// externalMinio). MINIO_PUBLIC_ENDPOINT follows.
	PublicHostname string `json:"publicHostname,omitempty"`
}

// ExternalMinio is a MinIO-compatible endpoint outside the cluster.
type ExternalMinio struct {
	// Endpoint is host:port as the app reaches it, e.g. "minio.example.com:9000".
	Endpoint string `json:"endpoint,omitempty"`
	// PublicEndpoint is the browser-visible URL of the bucket's host.
	// Empty: routed through the app's hostname under /<bucket>/.
	PublicEndpoint string `json:"publicEndpoint,omitempty"`
	// Secure uses TLS to the endpoint.
	Secure bool `json:"secure"`
}

// S3Credentials says how the app authenticates to S3.
type S3Credentials string

// The S3 credential sources.
const (
	// S3CredentialsIRSA uses the pod's IAM role (serviceAccount.annotations
	// eks.amazonaws.com/role-arn): no keys anywhere.
	S3CredentialsIRSA S3Credentials = "irsa"
	// S3CredentialsAccessKeys reads AWS_ACCESS_KEY_ID and
	// AWS_SECRET_ACCESS_KEY from the app Secret.
	S3CredentialsAccessKeys S3Credentials = "accessKeys"
)

// S3 configures AWS S3.
type S3 struct {
	// Region is the bucket's region, e.g. "us-east-1": the app addresses
	// the bucket with S3_REGION, not AWS_REGION (api/services/storage.py),
	// so both are set.
	Region string `json:"region,omitempty"`
	// PublicEndpoint is the browser-visible endpoint, e.g.
	// "https://s3.us-east-1.amazonaws.com".
	PublicEndpoint string `json:"publicEndpoint,omitempty"`
	// Credentials is irsa or accessKeys.
	Credentials S3Credentials `json:"credentials"`
}

// Migrations configures the alembic Job.
type Migrations struct {
	// Enabled renders the migration Job and the schema gate.
	Enabled bool `json:"enabled"`
	// Resources are the Job container's requests and limits.
	Resources Resources `json:"resources"`
	// BackoffLimit is how many times a failed migration is retried.
	BackoffLimit int `json:"backoffLimit"`
	// ActiveDeadlineSeconds caps one migration's run time.
	ActiveDeadlineSeconds int `json:"activeDeadlineSeconds"`
	// TTLSecondsAfterFinished deletes the finished Job after this long.
	// Unset keeps it: the next apply of the same manifests would otherwise
	// create and run it again (harmless, since alembic is idempotent, but
	// no longer a no-op).
	TTLSecondsAfterFinished *int `json:"ttlSecondsAfterFinished,omitempty"`
	// GateApp holds app pods in an init container until the database is
	// at the schema of their own image, so new code never serves an old
	// schema.
	GateApp bool `json:"gateApp"`
}

// SharedTmp configures the ReadWriteMany volume web and the workers share.
type SharedTmp struct {
	// Enabled mounts one ReadWriteMany claim at /tmp/dograh-shared in web
	// and the ARQ workers. Needed by app versions whose web pods hand
	// end-of-call files to a worker by local path.
	Enabled bool `json:"enabled"`
	// StorageClass must support ReadWriteMany (EFS, Filestore, NFS).
	// Required when enabled.
	StorageClass string `json:"storageClass,omitempty"`
	// Size is the claim's capacity.
	Size string `json:"size"`
}

// NetworkPolicy configures the release's firewall: a default deny for
// every pod, then explicit allows (DNS, gateway to web and ui, ui to web,
// app to datastores, ari-manager to Asterisk, HTTPS to the internet,
// coturn to and from anywhere).
type NetworkPolicy struct {
	// Enabled renders the policies. They take effect only with a CNI that
	// enforces NetworkPolicy (Calico, Cilium, ...).
	Enabled bool `json:"enabled"`
	// IngressFrom is who may connect to web, ui and MinIO: the gateway or
	// ingress controller's pods, or the load balancer's addresses when it
	// targets pod IPs directly (AWS ALB IP mode, GKE NEGs).
	IngressFrom []Peer `json:"ingressFrom"`
	// InternetEgress lets web, workers and singletons open TCP connections
	// anywhere on InternetEgressPorts: LLM, speech-to-text and
	// text-to-speech APIs, webhooks, MCP servers, S3.
	InternetEgress bool `json:"internetEgress"`
	// InternetEgressPorts are the TCP ports InternetEgress opens. Add the
	// ports of self-hosted LLM or speech servers, webhooks or MCP servers
	// on other ports. Default: [443].
	InternetEgressPorts []int `json:"internetEgressPorts,omitempty"`
	// ExternalDatabase is where an external PostgreSQL lives.
	ExternalDatabase Destination `json:"externalDatabase"`
	// ExternalRedis is where an external Redis lives.
	ExternalRedis Destination `json:"externalRedis"`
	// ExternalStorage is where an external MinIO lives; port 0 means the
	// endpoint's own. S3 is reached over HTTPS, covered by InternetEgress.
	ExternalStorage Destination `json:"externalStorage"`
	// Asterisk is where the app reaches Asterisk's REST interface (ARI):
	// ari-manager holds the event WebSocket, and web, the ARQ workers and
	// the campaign orchestrator place and transfer calls through it. Empty
	// CIDRs: no allow, and the NOTES warn while ari-manager is enabled.
	Asterisk Destination `json:"asterisk"`
	// KEDAFrom is where KEDA's operator runs, which polls web's autoscale
	// metric when web.keda is enabled.
	KEDAFrom Peer `json:"kedaFrom"`
	// MonitoringFrom is where Prometheus runs, which scrapes coturn's
	// exporter when coturn.metrics is enabled.
	MonitoringFrom Peer `json:"monitoringFrom"`
	// APIServer is where coturn's address discovery reaches the Kubernetes
	// API (the kubernetes Service's endpoints, after NAT). Empty CIDRs:
	// anywhere, on TCP 443 and 6443.
	APIServer []string `json:"apiServerCidrs,omitempty"`
}

// Peer is one source of traffic: pods in namespaces chosen by labels, or
// an address range.
type Peer struct {
	// NamespaceLabels select namespaces, e.g. {kubernetes.io/metadata.name: ingress-nginx}.
	NamespaceLabels map[string]string `json:"namespaceLabels,omitempty"`
	// PodLabels narrow the peer to these pods within those namespaces.
	PodLabels map[string]string `json:"podLabels,omitempty"`
	// CIDR is an address range instead, e.g. "10.0.0.0/16".
	CIDR string `json:"cidr,omitempty"`
}

// Destination is a range of addresses and one TCP port.
type Destination struct {
	// CIDRs are the destination address ranges.
	CIDRs []string `json:"cidrs,omitempty"`
	// Port is the destination TCP port.
	Port int `json:"port"`
}

// KEDA configures call-based autoscaling of web: KEDA polls
// /api/v1/health/autoscale-metric?buffer=N on the web Service, with the
// devops secret as a header, and keeps ceil(calls / callsPerPod) pods.
type KEDA struct {
	// Enabled renders a ScaledObject and its TriggerAuthentication.
	Enabled bool `json:"enabled"`
	// CallsPerPod is the number of concurrent calls one web pod should
	// carry.
	CallsPerPod int `json:"callsPerPod"`
	// Buffer is added to the fleet's active calls, so spare capacity is
	// ready before calls arrive.
	Buffer int `json:"buffer"`
	// MinReplicas is the floor.
	MinReplicas int `json:"minReplicas"`
	// MaxReplicas is the ceiling.
	MaxReplicas int `json:"maxReplicas"`
	// PollingIntervalSeconds is how often KEDA reads the metric.
	PollingIntervalSeconds int `json:"pollingIntervalSeconds"`
}
