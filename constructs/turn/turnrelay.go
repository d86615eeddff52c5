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
	// DefaultMaxRelayPort is the last relay port. 49 relay ports plus the
	// listening port fill an AWS NLB's 50 listeners exactly.
	DefaultMaxRelayPort = 49200
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

	// MaxRelayPorts caps the relay range. Every relay port is declared on
	// the container (and the Service), so a range of thousands of ports
	// would make manifests that nobody can review and that approach the
	// API server's object size limit.
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
	// MinRelayPort is the first UDP relay port. The Service maps every
	// relay port 1:1, because coturn advertises the port it allocated.
	// Default: DefaultMinRelayPort (49152).
	MinRelayPort int
	// MaxRelayPort is the last UDP relay port. Each relay port carries one
	// client allocation at a time, so the range bounds concurrent relayed
	// sessions. Default: DefaultMaxRelayPort (49200).
	MaxRelayPort int
	// MaxLoadBalancerListeners is the number of listeners the cloud load
	// balancer allows. A listener is one port number: TCP and UDP on the
	// same number count once. The construct refuses a Service that needs
	// more. Ignored in host-network mode.
	// Default: DefaultMaxLoadBalancerListeners (50, an AWS NLB).
	MaxLoadBalancerListeners int
	// ServiceAnnotations go on the LoadBalancer Service, e.g. the AWS Load
	// Balancer Controller's "service.beta.kubernetes.io/aws-load-balancer-type":
	// "external". Must be empty in host-network mode. Default: none.
	ServiceAnnotations map[string]string
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
	// TotalQuota caps the relay's concurrent allocations (coturn
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
	// host-network mode, which advertises the node's address.
	// Default: nil, no discovery.
	AddressDiscovery *AddressDiscoveryProps
}

// TurnRelay runs coturn as a single-replica TURN relay for WebRTC, with its
// configuration in a ConfigMap and its shared secret read from a Secret at
// start. See the package documentation.
type TurnRelay interface {
	constructs.Construct
	// Deployment is the primary object (construct id "Resource").
	Deployment() k8s.KubeDeployment
	// Service is the LoadBalancer Service (construct id "Service"), or nil
	// in host-network mode.
	Service() k8s.KubeService
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
	configMap      k8s.KubeConfigMap
	podMonitor     monitoringcoreoscom.PodMonitor
	certificate    certmanagerio.Certificate
	serviceAccount k8s.KubeServiceAccount
	role           k8s.KubeRole
	roleBinding    k8s.KubeRoleBinding
}

func (r *turnRelay) Deployment() k8s.KubeDeployment             { return r.deployment }
func (r *turnRelay) Service() k8s.KubeService                   { return r.service }
func (r *turnRelay) ConfigMap() k8s.KubeConfigMap               { return r.configMap }
func (r *turnRelay) PodMonitor() monitoringcoreoscom.PodMonitor { return r.podMonitor }
func (r *turnRelay) Certificate() certmanagerio.Certificate     { return r.certificate }
func (r *turnRelay) ServiceAccount() k8s.KubeServiceAccount     { return r.serviceAccount }
func (r *turnRelay) Role() k8s.KubeRole                         { return r.role }
func (r *turnRelay) RoleBinding() k8s.KubeRoleBinding           { return r.roleBinding }

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
	if c.MinRelayPort == 0 {
		c.MinRelayPort = DefaultMinRelayPort
	}
	if c.MaxRelayPort == 0 {
		c.MaxRelayPort = DefaultMaxRelayPort
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

// NewTurnRelay renders the relay's Deployment (one replica, Recreate), its
// ConfigMap and, unless HostNetwork is set, its LoadBalancer Service, plus
// the PodMonitor, Certificate and discovery RBAC objects its options ask
// for. It panics with the construct id and every validation error when
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
			// One pod: relay ports are bound per pod, allocations live in
			// its memory, and with hostNetwork two pods on a node collide.
			Replicas: jsii.Number(1),
			Strategy: &k8s.DeploymentStrategy{Type: jsii.String("Recreate")},
			Selector: &k8s.LabelSelector{MatchLabels: k8sutil.StrMap(p.SelectorLabels)},
			Template: p.template(labels, conf, namespace),
		},
	})
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

// Volume names and mount paths inside the pod.
const (
	configVolume = "turn-config"
	secretVolume = "turn-auth-secret"
	runVolume    = "turn-run"

	configDir = "/etc/turnrelay/config"
	secretDir = "/etc/turnrelay/secret"
	// runDir is a memory-backed emptyDir: the composed configuration (which
	// holds the secret), coturn's pid file and its SQLite database, since
	// the root filesystem is read-only.
	runDir = "/run/turnrelay"

	templatePath   = configDir + "/" + ConfigKey
	secretFile     = "auth-secret"
	secretPath     = secretDir + "/" + secretFile
	runConfigPath  = runDir + "/turnserver.conf"
	nodeIPVariable = "NODE_IP"

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
	r.Main.ReadinessProbe = tcpProbe(readinessPeriodSeconds)
	r.Main.LivenessProbe = tcpProbe(livenessPeriodSeconds)

	inits := []*k8s.Container{p.initContainer(r.Main.Resources)}
	if p.addressSource() == addressFromService {
		// Discovery runs first: configure appends what it found.
		inits = append([]*k8s.Container{p.discoveryContainer(namespace, r.Main.Resources)}, inits...)
		spec.ServiceAccountName = p.Name
	}
	spec.InitContainers = append(inits, p.Pod.InitContainers...)
	t := podtemplate.Template(r, spec, labels, map[string]string{configHashAnnotation: hash(conf)}, p.SelectorLabels)
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
	if p.addressSource() == addressFromNode {
		env = &[]*k8s.EnvVar{{
			Name:      jsii.String(nodeIPVariable),
			ValueFrom: &k8s.EnvVarSource{FieldRef: &k8s.ObjectFieldSelector{FieldPath: jsii.String("status.hostIP")}},
		}}
	}
	mounts := []*k8s.VolumeMount{
		{Name: jsii.String(configVolume), MountPath: jsii.String(configDir), ReadOnly: jsii.Bool(true)},
		{Name: jsii.String(secretVolume), MountPath: jsii.String(secretDir), ReadOnly: jsii.Bool(true)},
		{Name: jsii.String(runVolume), MountPath: jsii.String(runDir)},
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
// TCP, the TLS port over TCP, then each relay port over UDP. The Service,
// the container ports and the listener budget all derive from this one
// list, so a new listener is counted against the budget by adding it here.
// The metrics port is not a listener: containerPorts adds it.
func (p *TurnRelayProps) ports() []port {
	out := []port{
		{ListenerUDPPortName, p.ListeningPort, "UDP"},
		{ListenerTCPPortName, p.ListeningPort, "TCP"},
	}
	if p.TLS != nil {
		out = append(out, port{TLSPortName, p.TLS.Port, "TCP"})
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
			// Local keeps the client's source address (coturn's permissions
			// and logs need it) and skips a second hop through another node.
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
