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
}

// ServiceAccount configures the app's ServiceAccount.
type ServiceAccount struct {
	// Annotations, e.g. eks.amazonaws.com/role-arn for IRSA.
	Annotations map[string]string `json:"annotations,omitempty"`
}

// SecretNames are the names of the Secrets the manifests read. Keys are
// fixed (see DOGRAH.md); only the names can be changed.
type SecretNames struct {
	// App holds the app's keys (OSS_JWT_SECRET, TURN_SECRET, ...).
	// Default: "<release>-secret".
	App string `json:"app"`
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
	// FastAPIWorkers is FASTAPI_WORKERS, the uvicorn worker processes per
	// web pod.
	FastAPIWorkers int `json:"fastapiWorkers"`
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
}

// Resources are requests and limits in Kubernetes quantity syntax.
type Resources struct {
	Requests ResourceList `json:"requests"`
	Limits   ResourceList `json:"limits"`
}

// ResourceList is an amount of CPU and memory.
type ResourceList struct {
	CPU    string `json:"cpu"`
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
	Key               string `json:"key,omitempty"`
	Operator          string `json:"operator,omitempty"`
	Value             string `json:"value,omitempty"`
	Effect            string `json:"effect,omitempty"`
	TolerationSeconds *int   `json:"tolerationSeconds,omitempty"`
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
	Placement
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
	// Command waits for active calls, e.g. ["./scripts/drain_web.sh"]
	// (newer images). Empty: the hook only sleeps InitialDelaySeconds.
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
	// ExternalIP is the public address coturn advertises, and the TURN host
	// web hands to browsers. Empty: set it after the first deploy from the
	// LoadBalancer's address (the NOTES print the command).
	ExternalIP string `json:"externalIp,omitempty"`
	// Host is TURN_HOST, the name or address browsers use for TURN.
	// Default: ExternalIP.
	Host string `json:"host,omitempty"`
	// Realm is coturn's realm.
	Realm string `json:"realm"`
	// MinRelayPort and MaxRelayPort bound the UDP relay range; each port is
	// one load-balancer listener.
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
	Name        string `json:"name,omitempty"`
	Namespace   string `json:"namespace,omitempty"`
	SectionName string `json:"sectionName,omitempty"`
}

// Ingress configures Ingress exposure.
type Ingress struct {
	// ClassName is the ingressClassName, e.g. "nginx" or "traefik".
	ClassName string `json:"className,omitempty"`
	// Annotations go on the Ingress, after the implementation defaults.
	Annotations map[string]string `json:"annotations,omitempty"`
}
