package turn

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/imports/certmanagerio"
	"github.com/dograh-hq/dograh-cdk8s/imports/monitoringcoreoscom"
)

// Defaults of TurnRelayProps, and the names the construct renders.
const (
	// DefaultListeningPort is the standard STUN/TURN port, served over UDP
	// and TCP.
	DefaultListeningPort = 3478
	// DefaultMinRelayPort is the first UDP port coturn allocates relays on.
	DefaultMinRelayPort = 49152
	// DefaultMaxRelayPort is the last relay port with ProfilePublic. 49
	// relay ports plus the listening port fill an AWS NLB's 50 listeners
	// exactly.
	DefaultMaxRelayPort = 49200
	// DefaultInternalMaxRelayPort is the last relay port with
	// ProfileInternal: the rest of the dynamic port range (RFC 6335), 16384
	// ports from DefaultMinRelayPort, since no relay port is published.
	DefaultInternalMaxRelayPort = 65535
	// DefaultInternalReplicas is the replica count with ProfileInternal:
	// two, so a rollout, a node drain or a lost node leaves a relay.
	DefaultInternalReplicas = 2
	// DefaultTerminationGracePeriodSeconds bounds how long a stopping relay
	// keeps its allocations: an hour of calls (STUNner's default). Set it
	// to the longest session the application allows.
	DefaultTerminationGracePeriodSeconds = 3600
	// DrainDelaySeconds is how long the preStop hook waits before it
	// drains: load balancers keep sending new clients to a stopping pod
	// until their health checks notice (a node's kube-proxy health check
	// fails at once; a GKE L4 balancer marks the node down after three
	// checks 8 s apart). coturn accepts those clients meanwhile, and the
	// drain then waits for them too.
	DrainDelaySeconds = 30
	// DrainPollSeconds is the pause between two counts of the relay's
	// allocations while it drains.
	DrainPollSeconds = 5
	// DrainSlackSeconds is left between the end of the drain wait and the
	// grace period's SIGKILL, for turnserver's own exit on SIGTERM.
	DrainSlackSeconds = 10
	// MinTerminationGracePeriodSeconds is the shortest grace period: the
	// drain delay, one count, and the slack.
	MinTerminationGracePeriodSeconds = DrainDelaySeconds + DrainPollSeconds + DrainSlackSeconds
	// DefaultMaxLoadBalancerListeners is the listener quota of an AWS
	// Network Load Balancer, the tightest common cloud L4 balancer.
	DefaultMaxLoadBalancerListeners = 50
	// DefaultUserQuota caps the concurrent allocations of one TURN user
	// (coturn user-quota). A browser allocates once per TURN URL it is
	// given and local network it uses, typically 2 to 6 for one call; 10
	// leaves room for an ICE restart whose old allocations have not
	// expired, while one credential holder can take at most a fifth of the
	// default relay range.
	DefaultUserQuota = 10
	// MinBytesPerSecond is the lowest non-zero MaxBytesPerSecond and
	// CapacityBytesPerSecond: 16000 bytes (128 kbit/s) per direction
	// carries one Opus voice stream with its RTP, TURN and UDP overhead,
	// and catches a limit written in kilobits.
	MinBytesPerSecond = 16000

	// MaxRelayPorts caps the relay range where every relay port is declared
	// on the container (and the Service): ProfilePublic and host-network
	// mode. A range of thousands of declared ports would make manifests
	// that nobody can review and that approach the API server's object
	// size limit. ProfileInternal declares none, so it has no such cap.
	MaxRelayPorts = 1000

	// ConfigKey is the ConfigMap key holding turnserver.conf (without the
	// shared secret).
	ConfigKey = "turnserver.conf"
	// configHashAnnotation is the pod template annotation carrying the
	// SHA-256 of turnserver.conf, so a configuration change replaces the pod.
	configHashAnnotation = "checksum/config"

	// PodSecurityRestricted is the Pod Security level the relay meets in
	// LoadBalancer mode.
	PodSecurityRestricted = "restricted"
	// PodSecurityPrivileged is the Pod Security level host-network mode
	// needs: the baseline and restricted levels forbid hostNetwork and
	// hostPort.
	PodSecurityPrivileged = "privileged"

	// configureContainerName names the init container that composes the runtime
	// configuration.
	configureContainerName = "configure"

	// DrainingFile is the file the preStop hook writes, with the time the
	// drain started, when the relay begins to stop. It tells a draining
	// relay from a serving one, e.g. `kubectl exec POD -- cat
	// /run/turnrelay/draining`.
	DrainingFile = runDir + "/draining"
)

// Profile says where a relay's peers are, and so which addresses it hands
// out and what its LoadBalancer Service publishes. See the package
// documentation.
type Profile string

const (
	// ProfilePublic relays between clients and peers anywhere: relayed
	// addresses are the load balancer's (ExternalIP, AddressDiscovery), so
	// the Service publishes every relay port 1:1 and the relay range counts
	// against MaxLoadBalancerListeners. One replica with the Recreate
	// strategy: a second pod behind the same balancer would hand out the
	// same port numbers. Host-network mode is always public.
	ProfilePublic Profile = "public"
	// ProfileInternal relays between clients outside the cluster and peers
	// inside it (a media server, an application's WebRTC peer), the way
	// STUNner and the Jitsi chart do: the Service publishes only the
	// listening ports (and tls.port), relayed addresses are the pod's own,
	// which the peers reach over the pod network, so the relay range is not
	// limited by the balancer's listeners. Several replicas run behind one
	// Service, roll one at a time, and are covered by a
	// PodDisruptionBudget. AllowedPeerCIDRs must name the pod network, and
	// every other peer address is denied.
	ProfileInternal Profile = "internal"
)

// Names of the ports the relay declares on its container (and, except the
// metrics port, on its Service), usable in NetworkPolicies and probes.
const (
	// ListenerUDPPortName names the listening port over UDP.
	ListenerUDPPortName = "turn-udp"
	// ListenerTCPPortName names the listening port over TCP.
	ListenerTCPPortName = "turn-tcp"
	// TLSPortName names the TURN-over-TLS port (TCP).
	TLSPortName = "turns-tcp"
	// MetricsPortName names the Prometheus exporter's port.
	MetricsPortName = "metrics"
)

// TurnRelayProps configures a TurnRelay.
type TurnRelayProps struct {
	// Name names the Deployment, the ConfigMap and the Service, and the
	// PodMonitor, Certificate, ServiceAccount, Role and RoleBinding when
	// the options render them. Required.
	Name string
	// SelectorLabels select the relay's pod. They are immutable once
	// applied, so they must never change. Required.
	SelectorLabels map[string]string
	// Labels are extra labels on every object and the pod, never in the
	// selector. Default: none.
	Labels map[string]string
	// Container is the coturn container: Image (e.g. "coturn/coturn:4.8.0")
	// and Resources are required. Command and Args must stay empty, because
	// the construct runs turnserver with the composed configuration.
	// Default: see pod.Container.
	Container pod.Container
	// Pod holds pod-level settings. RunAsUser is required: the official
	// coturn image runs as the named user "nobody", so pass 65534. FSGroup
	// defaults to RunAsGroup, so that the process can read the mounted
	// Secrets (mode 0440). With AddressDiscovery, ServiceAccountName must
	// stay empty and AutomountServiceAccountToken false. Default: see
	// pod.Spec.
	Pod pod.Spec
	// AuthSecretName names the Secret holding the TURN REST API shared
	// secret (coturn's use-auth-secret with static-auth-secret). The
	// application that issues TURN credentials must use the same value.
	// Required.
	AuthSecretName string
	// AuthSecretKey is the key of the shared secret in AuthSecretName. Only
	// its first line is used. Required.
	AuthSecretKey string
	// PreviousAuthSecretKey is a second key of AuthSecretName whose value
	// coturn accepts as well (a second static-auth-secret), so the shared
	// secret can rotate without a window in which credentials fail: put
	// the new value in AuthSecretKey and the old one here, restart the
	// relay, then the application that issues credentials, and remove the
	// old value once every credential it signed has expired. The key may
	// be absent from the Secret. Default: none.
	PreviousAuthSecretKey string
	// Realm is coturn's realm, sent to clients in authentication
	// challenges; with the TURN REST API any value works, conventionally
	// the relay's DNS name. Default: Name.
	Realm string
	// ExternalIP is the public address coturn advertises in relayed
	// addresses, usually the load balancer's. It overrides the address
	// that AddressDiscovery or host-network mode would supply. Without any
	// of them, coturn advertises the address it binds, the pod's, which
	// clients outside the cluster cannot reach. Default: none.
	ExternalIP string
	// ListeningPort is the STUN/TURN port, served over UDP and TCP. It must
	// be 1024 or above: the non-root process cannot bind lower ports.
	// Default: DefaultListeningPort (3478).
	ListeningPort int
	// MinRelayPort is the first UDP relay port. With ProfilePublic the
	// Service maps every relay port 1:1, because coturn advertises the port
	// it allocated. Default: DefaultMinRelayPort (49152).
	MinRelayPort int
	// MaxRelayPort is the last UDP relay port. Each relay port carries one
	// allocation at a time, so the range bounds the concurrent allocations
	// of each replica (see AllocationCapacity).
	// Default: DefaultMaxRelayPort (49200) with ProfilePublic,
	// DefaultInternalMaxRelayPort (65535) with ProfileInternal.
	MaxRelayPort int
	// MaxLoadBalancerListeners is the number of listeners the cloud load
	// balancer allows. A listener is one port number: TCP and UDP on the
	// same number count once, so ProfileInternal needs one (two with TLS).
	// The construct refuses a Service that needs more. Ignored in
	// host-network mode.
	// Default: DefaultMaxLoadBalancerListeners (50, an AWS NLB).
	MaxLoadBalancerListeners int
	// ServiceAnnotations go on the LoadBalancer Service, e.g. the AWS Load
	// Balancer Controller's "service.beta.kubernetes.io/aws-load-balancer-type":
	// "external". With an NLB whose targets are pod IPs, set its health
	// check to TCP on ListeningPort
	// ("service.beta.kubernetes.io/aws-load-balancer-healthcheck-protocol":
	// "tcp", "...-healthcheck-port": "3478"): by default it checks TCP on
	// each listener's own port, which no relay port answers. Must be empty
	// in host-network mode. Default: none.
	ServiceAnnotations map[string]string
	// Profile is ProfilePublic or ProfileInternal.
	// Default: ProfilePublic.
	Profile Profile
	// Replicas is the number of relay pods. It must be 1 with
	// ProfilePublic and in host-network mode.
	// Default: DefaultInternalReplicas (2) with ProfileInternal, else 1.
	Replicas int
	// TerminationGracePeriodSeconds bounds how long a stopping relay keeps
	// the allocations it holds: its preStop hook drains it (see the package
	// documentation) for up to this long, less DrainSlackSeconds. Set it to
	// the longest session the application allows, plus a minute for
	// clients to release their allocations. At least
	// MinTerminationGracePeriodSeconds.
	// Default: DefaultTerminationGracePeriodSeconds (3600).
	TerminationGracePeriodSeconds int
	// HostNetwork runs the relay in the node's network namespace instead of
	// behind a LoadBalancer Service, for clusters without a cloud load
	// balancer (a single VM, k3s, minikube). The listening and relay ports
	// are bound on the node, no Service is rendered, and unless ExternalIP
	// is set the node's address (status.hostIP) is advertised. The
	// namespace must then allow Pod Security "privileged"; see
	// PodSecurityLevel. Default: false.
	HostNetwork bool
	// AllowedPeerCIDRs are address ranges the relay may send relayed
	// traffic to although DeniedPeerCIDRs denies them, e.g. the pod
	// CIDR of the application that terminates the media ("10.0.0.0/16").
	// coturn checks allowed-peer-ip before denied-peer-ip, so each range
	// reopens exactly itself; keep them as narrow as the peers. Loopback,
	// multicast and unspecified addresses stay refused: coturn rejects
	// those peers before it reads either list, so they may not be named.
	// With ProfileInternal they are required, and they are the only peers:
	// every other address, public ones included, is denied.
	// Default: none, every private and special-purpose range is denied and
	// only public unicast peers are reached.
	AllowedPeerCIDRs []string
	// UserQuota caps the concurrent allocations of one TURN user (coturn
	// user-quota). With the TURN REST API, coturn counts per user id, the
	// part of the username "<expiry>:<user id>" after the colon, so every
	// client given credentials for one user id shares one quota; a
	// username without a colon counts as itself, so credentials that
	// expire in the same second share one. 0 means no cap.
	// Default: DefaultUserQuota (10), or TotalQuota if that is lower.
	UserQuota *int
	// TotalQuota caps the concurrent allocations of each replica (coturn
	// total-quota). Each allocation holds a relay port, so the relay range
	// caps them anyway; the default states that cap, so that coturn
	// answers the surplus with a quota error. Set it lower to keep relay
	// ports in reserve. 0 means no cap.
	// Default: the number of relay ports (MaxRelayPort - MinRelayPort + 1).
	TotalQuota *int
	// MaxBytesPerSecond caps the bandwidth of one relayed session, in
	// bytes per second, each direction on its own (coturn max-bps); coturn
	// drops what exceeds it. 0 or at least MinBytesPerSecond.
	// Default: 0, no cap.
	MaxBytesPerSecond int
	// CapacityBytesPerSecond caps the bandwidth of all sessions together,
	// in bytes per second, each direction on its own (coturn bps-capacity).
	// 0 or at least MinBytesPerSecond and MaxBytesPerSecond.
	// Default: 0, no cap.
	CapacityBytesPerSecond int
	// ExtraConfig holds extra turnserver.conf lines, e.g.
	// "denied-peer-ip=203.0.113.0-203.0.113.255" for nodes with public
	// addresses. Lines may not set what the construct manages (ports,
	// realm, external-ip, authentication, allowed peers, quotas and
	// bandwidth, TLS files, the exporter, log, pid and database files).
	// Default: none.
	ExtraConfig []string
	// Metrics enables coturn's Prometheus exporter on its own container
	// port, which the LoadBalancer Service never exposes, and optionally
	// renders a PodMonitor for it. See MetricsProps. Default: nil, no
	// exporter.
	Metrics *MetricsProps
	// TLS adds a TURN-over-TLS listener (turns: URLs, TCP) with the
	// certificate from a kubernetes.io/tls Secret, optionally issued by
	// cert-manager, and reloads a renewed certificate without a restart.
	// See TLSProps. Default: nil, no TLS listener.
	TLS *TLSProps
	// AddressDiscovery makes the relay learn its public address from its
	// own LoadBalancer Service's status at start, so no second deploy is
	// needed once the cloud assigns the address. See AddressDiscoveryProps.
	// Ignored when ExternalIP is set, which stays the override; forbidden in
	// host-network mode, which advertises the node's address, and with
	// ProfileInternal, which advertises the pod's.
	// Default: nil, no discovery.
	AddressDiscovery *AddressDiscoveryProps
}

// TurnRelay runs coturn as a TURN relay for WebRTC, with its configuration
// in a ConfigMap and its shared secret read from a Secret at start. See the
// package documentation.
type TurnRelay interface {
	constructs.Construct
	// Deployment is the primary object (construct id "Resource").
	Deployment() k8s.KubeDeployment
	// Service is the LoadBalancer Service (construct id "Service"), or nil
	// in host-network mode.
	Service() k8s.KubeService
	// PodDisruptionBudget lets node drains evict one relay pod at a time
	// (construct id "Budget"), or nil unless ProfileInternal runs more than
	// one replica.
	PodDisruptionBudget() k8s.KubePodDisruptionBudget
	// ConfigMap holds turnserver.conf under ConfigKey (construct id
	// "Config").
	ConfigMap() k8s.KubeConfigMap
	// PodMonitor selects the relay's pod for Prometheus (construct id
	// "PodMonitor"), or nil unless Metrics.PodMonitor is set.
	PodMonitor() monitoringcoreoscom.PodMonitor
	// Certificate issues TLS.SecretName (construct id "Certificate"), or nil
	// unless TLS.CertManager is set.
	Certificate() certmanagerio.Certificate
	// ServiceAccount is the relay pod's identity for address discovery
	// (construct id "ServiceAccount"), or nil unless discovery is active.
	ServiceAccount() k8s.KubeServiceAccount
	// Role grants get, list and watch on the relay's own Service only
	// (construct id "Role"), or nil unless discovery is active.
	Role() k8s.KubeRole
	// RoleBinding binds Role to ServiceAccount (construct id
	// "RoleBinding"), or nil unless discovery is active.
	RoleBinding() k8s.KubeRoleBinding
}

type turnRelay struct {
	constructs.Construct
	deployment     k8s.KubeDeployment
	service        k8s.KubeService
	budget         k8s.KubePodDisruptionBudget
	configMap      k8s.KubeConfigMap
	podMonitor     monitoringcoreoscom.PodMonitor
	certificate    certmanagerio.Certificate
	serviceAccount k8s.KubeServiceAccount
	role           k8s.KubeRole
	roleBinding    k8s.KubeRoleBinding
}

func (r *turnRelay) Deployment() k8s.KubeDeployment                   { return r.deployment }
func (r *turnRelay) Service() k8s.KubeService                         { return r.service }
func (r *turnRelay) PodDisruptionBudget() k8s.KubePodDisruptionBudget { return r.budget }
func (r *turnRelay) ConfigMap() k8s.KubeConfigMap                     { return r.configMap }
func (r *turnRelay) PodMonitor() monitoringcoreoscom.PodMonitor       { return r.podMonitor }
func (r *turnRelay) Certificate() certmanagerio.Certificate           { return r.certificate }
func (r *turnRelay) ServiceAccount() k8s.KubeServiceAccount           { return r.serviceAccount }
func (r *turnRelay) Role() k8s.KubeRole                               { return r.role }
func (r *turnRelay) RoleBinding() k8s.KubeRoleBinding                 { return r.roleBinding }

// PodSecurityLevel is the Pod Security Standards level the relay's
// namespace must allow: PodSecurityRestricted, or PodSecurityPrivileged in
// host-network mode. Use it for the namespace's
// pod-security.kubernetes.io/enforce label.
func (p *TurnRelayProps) PodSecurityLevel() string {
	if p != nil && p.HostNetwork {
		return PodSecurityPrivileged
	}
	return PodSecurityRestricted
}

// withDefaults returns a copy with every default applied. It is idempotent
// and accepts nil.
func (p *TurnRelayProps) withDefaults() TurnRelayProps {
	var c TurnRelayProps
	if p != nil {
		c = *p
	}
	if c.Realm == "" {
		c.Realm = c.Name
	}
	if c.ListeningPort == 0 {
		c.ListeningPort = DefaultListeningPort
	}
	if c.Profile == "" {
		c.Profile = ProfilePublic
	}
	if c.MinRelayPort == 0 {
		c.MinRelayPort = DefaultMinRelayPort
	}
	if c.MaxRelayPort == 0 {
		c.MaxRelayPort = DefaultMaxRelayPort
		if c.internal() {
			c.MaxRelayPort = DefaultInternalMaxRelayPort
		}
	}
	if c.Replicas == 0 {
		c.Replicas = 1
		if c.internal() {
			c.Replicas = DefaultInternalReplicas
		}
	}
	if c.TerminationGracePeriodSeconds == 0 {
		c.TerminationGracePeriodSeconds = DefaultTerminationGracePeriodSeconds
	}
	if c.MaxLoadBalancerListeners == 0 {
		c.MaxLoadBalancerListeners = DefaultMaxLoadBalancerListeners
	}
	if c.TotalQuota == nil {
		// max: an inverted range is reported by validatePorts alone.
		c.TotalQuota = intPtr(max(c.MaxRelayPort-c.MinRelayPort+1, 0))
	}
	if c.UserQuota == nil {
		c.UserQuota = intPtr(DefaultUserQuota)
		if t := *c.TotalQuota; t > 0 && t < DefaultUserQuota {
			c.UserQuota = intPtr(t)
		}
	}
	c.Container = c.Container.WithDefaults()
	c.Pod = c.Pod.WithDefaults()
	if c.Pod.FSGroup == 0 {
		c.Pod.FSGroup = c.Pod.RunAsGroup
	}
	// The optional parts are copied, never defaulted in place: the
	// caller's props stay untouched.
	if c.Metrics != nil {
		m := c.Metrics.withDefaults()
		c.Metrics = &m
	}
	if c.TLS != nil {
		t := c.TLS.withDefaults()
		c.TLS = &t
	}
	if c.AddressDiscovery != nil {
		a := *c.AddressDiscovery
		c.AddressDiscovery = &a
	}
	return c
}

func intPtr(n int) *int { return &n }

// internal reports ProfileInternal.
func (p *TurnRelayProps) internal() bool { return p.Profile == ProfileInternal }

// AllocationCapacity is the most allocations the relay holds at once,
// unset props counting at their defaults: each replica holds one per relay
// port, or TotalQuota if that is lower. Divide it by the allocations one
// session holds (a WebRTC call holds one per TURN URL each peer uses) for
// the sessions the relay carries; CPU and bandwidth may bound them first.
func (p *TurnRelayProps) AllocationCapacity() int {
	d := p.withDefaults()
	per := max(d.MaxRelayPort-d.MinRelayPort+1, 0)
	if q := *d.TotalQuota; q > 0 && q < per {
		per = q
	}
	return per * d.Replicas
}

// NewTurnRelay renders the relay's Deployment (one replica with Recreate,
// or with ProfileInternal several that roll one at a time), its ConfigMap
// and, unless HostNetwork is set, its LoadBalancer Service, plus a
// PodDisruptionBudget for several replicas and the PodMonitor, Certificate
// and discovery RBAC objects its options ask for. It panics with the construct id and every validation error when
// props are invalid, and when address discovery is active in a chart
// without a namespace.
func NewTurnRelay(scope constructs.Construct, id string, props *TurnRelayProps) TurnRelay {
	check.MustBeValid(id, "TurnRelayProps", props.Validate())
	p := props.withDefaults()
	var namespace string
	if p.addressSource() == addressFromService {
		// A RoleBinding must name its ServiceAccount subject's namespace.
		ns := cdk8s.Chart_Of(scope).Namespace()
		if ns == nil || *ns == "" {
			check.MustBeValid(id, "TurnRelayProps", field.ErrorList{field.Required(field.NewPath("addressDiscovery"),
				"needs the chart's namespace (cdk8s.ChartProps.Namespace): the RoleBinding must name its ServiceAccount's namespace")})
		}
		namespace = *ns
	}
	r := &turnRelay{}
	constructs.NewConstruct_Override(r, scope, jsii.String(id))

	labels := k8sutil.MergeLabels(p.SelectorLabels, p.Labels)
	conf := p.config()
	r.deployment = k8s.NewKubeDeployment(r, jsii.String("Resource"), &k8s.KubeDeploymentProps{
		Metadata: k8sutil.ObjectMeta(p.Name, labels),
		Spec: &k8s.DeploymentSpec{
			Replicas: jsii.Number(p.Replicas),
			Strategy: p.strategy(),
			Selector: &k8s.LabelSelector{MatchLabels: k8sutil.StrMap(p.SelectorLabels)},
			Template: p.template(labels, conf, namespace),
		},
	})
	if p.internal() && p.Replicas > 1 {
		r.budget = k8s.NewKubePodDisruptionBudget(r, jsii.String("Budget"), &k8s.KubePodDisruptionBudgetProps{
			Metadata: k8sutil.ObjectMeta(p.Name, labels),
			Spec: &k8s.PodDisruptionBudgetSpec{
				// One at a time: the evicted pod drains while the others,
				// and its replacement, take new allocations.
				MaxUnavailable: k8sutil.Number(1),
				Selector:       &k8s.LabelSelector{MatchLabels: k8sutil.StrMap(p.SelectorLabels)},
				// An unready pod relays nothing; never let it block a drain.
				UnhealthyPodEvictionPolicy: jsii.String("AlwaysAllow"),
			},
		})
	}
	r.configMap = k8s.NewKubeConfigMap(r, jsii.String("Config"), &k8s.KubeConfigMapProps{
		Metadata: k8sutil.ObjectMeta(p.Name, labels),
		Data:     &map[string]*string{ConfigKey: jsii.String(conf)},
	})
	// kubectl applies in output order: what the pod needs (its ConfigMap,
	// its ServiceAccount and RBAC, its certificate) before the pod.
	r.deployment.Node().AddDependency(r.configMap)
	if !p.HostNetwork {
		r.service = p.newService(r, labels)
	}
	if p.Metrics != nil && p.Metrics.PodMonitor {
		r.podMonitor = p.newPodMonitor(r)
	}
	if p.TLS != nil && p.TLS.CertManager != nil {
		r.certificate = p.newCertificate(r, labels)
		r.deployment.Node().AddDependency(r.certificate)
	}
	if p.addressSource() == addressFromService {
		r.serviceAccount, r.role, r.roleBinding = p.newDiscoveryRBAC(r, labels, namespace)
		// Discovery waits on the Service, which must exist by then.
		r.deployment.Node().AddDependency(r.serviceAccount, r.role, r.roleBinding, r.service)
	}
	return r
}

// strategy replaces a single public relay's pod only once the old one is
// gone (its relay ports are published, and with hostNetwork bound on the
// node), and rolls internal relays one surge pod at a time, never with
// fewer ready than wanted.
func (p *TurnRelayProps) strategy() *k8s.DeploymentStrategy {
	if !p.internal() {
		return &k8s.DeploymentStrategy{Type: jsii.String("Recreate")}
	}
	return &k8s.DeploymentStrategy{
		Type: jsii.String("RollingUpdate"),
		RollingUpdate: &k8s.RollingUpdateDeployment{
			MaxSurge:       k8sutil.Number(1),
			MaxUnavailable: k8sutil.Number(0),
		},
	}
}

// Volume names and mount paths inside the pod.
const (
	configVolume         = "turn-config"
	secretVolume         = "turn-auth-secret"
	previousSecretVolume = "turn-previous-auth-secret"
	runVolume            = "turn-run"

	configDir         = "/etc/turnrelay/config"
	secretDir         = "/etc/turnrelay/secret"
	previousSecretDir = "/etc/turnrelay/previous-secret"
	// runDir is a memory-backed emptyDir: the composed configuration (which
	// holds the secret), coturn's pid file and its SQLite database, since
	// the root filesystem is read-only.
	runDir = "/run/turnrelay"

	templatePath       = configDir + "/" + ConfigKey
	secretFile         = "auth-secret"
	secretPath         = secretDir + "/" + secretFile
	previousSecretPath = previousSecretDir + "/" + secretFile
	runConfigPath      = runDir + "/turnserver.conf"
	nodeIPVariable     = "NODE_IP"
	podIPVariable      = "POD_IP"

	// secretFileMode is 0440: readable by root and the pod's fsGroup.
	secretFileMode = 0o440
)

// Probe timing (coturn starts in well under a second) and port names.
const (
	probeTimeoutSeconds    = 5
	readinessPeriodSeconds = 10
	livenessPeriodSeconds  = 20
	probeFailureThreshold  = 3

	relayPortNamePrefix = "relay-"
)

func (p *TurnRelayProps) template(labels map[string]string, conf, namespace string) *k8s.PodTemplateSpec {
	spec := p.Pod
	spec.Volumes = append(p.volumes(), p.Pod.Volumes...)

	c := p.Container
	c.Command = []string{"turnserver"}
	c.Args = []string{"-c", runConfigPath}
	mounts := []*k8s.VolumeMount{{Name: jsii.String(runVolume), MountPath: jsii.String(runDir)}}
	if p.TLS != nil {
		// A shell first starts the certificate watcher, then execs
		// turnserver, which stays PID 1 and receives its signals.
		c.Command = []string{shellExecutable, "-c", tlsReloadScript()}
		c.Args = nil
		mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String(tlsVolume), MountPath: jsii.String(tlsDir), ReadOnly: jsii.Bool(true)})
	}
	c.VolumeMounts = append(mounts, p.Container.VolumeMounts...)

	r := podtemplate.Render(c, spec)
	// The image's turnserver binary carries the file capability
	// cap_net_bind_service=+ep. The kernel refuses to exec such a binary
	// (EPERM) when the capability is outside the bounding set, which is
	// what dropping ALL does; restricted allows adding back exactly this one.
	r.Main.SecurityContext.Capabilities = &k8s.Capabilities{
		Drop: jsii.Strings("ALL"),
		Add:  jsii.Strings("NET_BIND_SERVICE"),
	}
	r.Main.Ports = p.containerPorts()
	// Readiness stays a TCP check while the relay drains, on purpose: a
	// terminating pod already takes no new connections, and one that turns
	// unready stops "serving", upon which kube-proxy deletes the conntrack
	// entries of its UDP flows, cutting the clients the drain is for (see
	// the package documentation).
	r.Main.ReadinessProbe = tcpProbe(readinessPeriodSeconds)
	r.Main.LivenessProbe = tcpProbe(livenessPeriodSeconds)
	r.Main.Lifecycle = &k8s.Lifecycle{PreStop: &k8s.LifecycleHandler{Exec: &k8s.ExecAction{
		Command: jsii.Strings(shellExecutable, "-c", p.drainScript()),
	}}}

	inits := []*k8s.Container{p.initContainer(r.Main.Resources)}
	if p.addressSource() == addressFromService {
		// Discovery runs first: configure appends what it found.
		inits = append([]*k8s.Container{p.discoveryContainer(namespace, r.Main.Resources)}, inits...)
		spec.ServiceAccountName = p.Name
	}
	spec.InitContainers = append(inits, p.Pod.InitContainers...)
	t := podtemplate.Template(r, spec, labels, map[string]string{configHashAnnotation: hash(conf)}, p.SelectorLabels)
	t.Spec.TerminationGracePeriodSeconds = jsii.Number(p.TerminationGracePeriodSeconds)
	if p.HostNetwork {
		t.Spec.HostNetwork = jsii.Bool(true)
		// Without it, a host-network pod resolves with the node's resolver
		// and cannot reach cluster DNS names.
		t.Spec.DnsPolicy = jsii.String("ClusterFirstWithHostNet")
	}
	return t
}

func (p *TurnRelayProps) volumes() []*k8s.Volume {
	vols := []*k8s.Volume{
		{
			Name: jsii.String(configVolume),
			ConfigMap: &k8s.ConfigMapVolumeSource{
				Name:  jsii.String(p.Name),
				Items: &[]*k8s.KeyToPath{{Key: jsii.String(ConfigKey), Path: jsii.String(ConfigKey)}},
			},
		},
		{
			Name: jsii.String(secretVolume),
			Secret: &k8s.SecretVolumeSource{
				SecretName:  jsii.String(p.AuthSecretName),
				Items:       &[]*k8s.KeyToPath{{Key: jsii.String(p.AuthSecretKey), Path: jsii.String(secretFile)}},
				DefaultMode: jsii.Number(secretFileMode),
			},
		},
		{
			Name:     jsii.String(runVolume),
			EmptyDir: &k8s.EmptyDirVolumeSource{Medium: jsii.String("Memory")},
		},
	}
	if p.PreviousAuthSecretKey != "" {
		vols = append(vols, &k8s.Volume{
			Name: jsii.String(previousSecretVolume),
			Secret: &k8s.SecretVolumeSource{
				SecretName: jsii.String(p.AuthSecretName),
				Items:      &[]*k8s.KeyToPath{{Key: jsii.String(p.PreviousAuthSecretKey), Path: jsii.String(secretFile)}},
				// Absent between rotations: the volume is then empty.
				Optional:    jsii.Bool(true),
				DefaultMode: jsii.Number(secretFileMode),
			},
		})
	}
	if p.TLS != nil {
		vols = append(vols, p.TLS.volume())
	}
	if p.addressSource() == addressFromService {
		vols = append(vols, apiAccessVolume(), discoveryDirVolume())
	}
	return vols
}

// initContainer composes the runtime configuration. It alone mounts the
// Secret; the main container sees only the composed file.
func (p *TurnRelayProps) initContainer(resources *k8s.ResourceRequirements) *k8s.Container {
	var env *[]*k8s.EnvVar
	if name, field, ok := p.ownAddress(); ok {
		env = &[]*k8s.EnvVar{{
			Name:      jsii.String(name),
			ValueFrom: &k8s.EnvVarSource{FieldRef: &k8s.ObjectFieldSelector{FieldPath: jsii.String(field)}},
		}}
	}
	mounts := []*k8s.VolumeMount{
		{Name: jsii.String(configVolume), MountPath: jsii.String(configDir), ReadOnly: jsii.Bool(true)},
		{Name: jsii.String(secretVolume), MountPath: jsii.String(secretDir), ReadOnly: jsii.Bool(true)},
		{Name: jsii.String(runVolume), MountPath: jsii.String(runDir)},
	}
	if p.PreviousAuthSecretKey != "" {
		mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String(previousSecretVolume), MountPath: jsii.String(previousSecretDir), ReadOnly: jsii.Bool(true)})
	}
	if p.addressSource() == addressFromService {
		mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String(discoveryVolume), MountPath: jsii.String(discoveryDir), ReadOnly: jsii.Bool(true)})
	}
	return &k8s.Container{
		Name:            jsii.String(configureContainerName),
		Image:           jsii.String(p.Container.Image),
		ImagePullPolicy: jsii.String(p.Container.ImagePullPolicy),
		Command:         jsii.Strings(shellExecutable, "-c", p.startupScript()),
		Env:             env,
		Resources:       resources,
		SecurityContext: podtemplate.RestrictedSecurityContext(),
		VolumeMounts:    &mounts,
	}
}

func tcpProbe(periodSeconds int) *k8s.Probe {
	return &k8s.Probe{
		TcpSocket:        &k8s.TcpSocketAction{Port: k8sutil.PortName(ListenerTCPPortName)},
		PeriodSeconds:    jsii.Number(periodSeconds),
		TimeoutSeconds:   jsii.Number(probeTimeoutSeconds),
		FailureThreshold: jsii.Number(probeFailureThreshold),
	}
}

// port is one port number and protocol the relay serves.
type port struct {
	name     string
	number   int
	protocol string
}

// ports lists every port clients reach: the listening port over UDP and
// TCP, the TLS port over TCP, then each relay port over UDP unless the
// relay is internal, whose relay ports only pods reach and nothing
// declares. The Service, the container ports and the listener budget all
// derive from this one list, so a new listener is counted against the
// budget by adding it here. The metrics port is not a listener:
// containerPorts adds it.
func (p *TurnRelayProps) ports() []port {
	out := []port{
		{ListenerUDPPortName, p.ListeningPort, "UDP"},
		{ListenerTCPPortName, p.ListeningPort, "TCP"},
	}
	if p.TLS != nil {
		out = append(out, port{TLSPortName, p.TLS.Port, "TCP"})
	}
	if p.internal() {
		return out
	}
	for n := p.MinRelayPort; n <= p.MaxRelayPort; n++ {
		out = append(out, port{fmt.Sprintf("%s%d", relayPortNamePrefix, n), n, "UDP"})
	}
	return out
}

// listeners counts distinct port numbers: a cloud L4 balancer needs one
// listener per number, whatever the protocols on it.
func listeners(ports []port) int {
	seen := map[int]bool{}
	for _, pt := range ports {
		seen[pt.number] = true
	}
	return len(seen)
}

func (p *TurnRelayProps) containerPorts() *[]*k8s.ContainerPort {
	all := p.ports()
	if p.Metrics != nil {
		all = append(all, port{MetricsPortName, p.Metrics.Port, "TCP"})
	}
	var out []*k8s.ContainerPort
	for _, pt := range all {
		cp := &k8s.ContainerPort{
			Name:          jsii.String(pt.name),
			ContainerPort: jsii.Number(pt.number),
			Protocol:      jsii.String(pt.protocol),
		}
		if p.HostNetwork {
			// Kubernetes would default it anyway; declared, the scheduler
			// also keeps a second relay off the node.
			cp.HostPort = jsii.Number(pt.number)
		}
		out = append(out, cp)
	}
	return &out
}

func (p *TurnRelayProps) newService(scope constructs.Construct, labels map[string]string) k8s.KubeService {
	var ports []*k8s.ServicePort
	for _, pt := range p.ports() {
		ports = append(ports, &k8s.ServicePort{
			Name:       jsii.String(pt.name),
			Port:       jsii.Number(pt.number),
			TargetPort: k8sutil.Number(pt.number),
			Protocol:   jsii.String(pt.protocol),
		})
	}
	meta := k8sutil.ObjectMeta(p.Name, labels)
	meta.Annotations = k8sutil.StrMap(p.ServiceAnnotations)
	return k8s.NewKubeService(scope, jsii.String("Service"), &k8s.KubeServiceProps{
		Metadata: meta,
		Spec: &k8s.ServiceSpec{
			Type: jsii.String("LoadBalancer"),
			// Local keeps the client's source address, which coturn
			// reports to it (XOR-MAPPED-ADDRESS) and logs, skips a second
			// hop through another node, and gives the balancer a health
			// check that works for UDP: kube-proxy's healthCheckNodePort,
			// which answers 200 only on nodes with a ready relay pod.
			ExternalTrafficPolicy: jsii.String("Local"),
			Selector:              k8sutil.StrMap(p.SelectorLabels),
			Ports:                 &ports,
		},
	})
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
