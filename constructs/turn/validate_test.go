package turn_test

import (
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

func TestTurnRelayProps_Validate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(*turn.TurnRelayProps)
		want   []string
	}{
		{"valid", func(*turn.TurnRelayProps) {}, nil},
		{"default range fills the 50 listeners exactly", func(p *turn.TurnRelayProps) {
			p.MinRelayPort, p.MaxRelayPort = 49152, 49200
		}, nil},
		{"one relay port too many for an NLB", func(p *turn.TurnRelayProps) { p.MaxRelayPort = 49201 }, []string{
			"maxRelayPort: Invalid value: 49201: the LoadBalancer Service needs 51 listeners (listeningPort 3478 plus 50 relay ports 49152-49201; TCP and UDP on one port count once), more than maxLoadBalancerListeners (50); lower maxRelayPort to 49200, or raise maxLoadBalancerListeners if your load balancer allows more",
		}},
		{"small balancer", func(p *turn.TurnRelayProps) { p.MaxLoadBalancerListeners = 10 }, []string{
			"maxRelayPort: Invalid value: 49200: the LoadBalancer Service needs 50 listeners (listeningPort 3478 plus 49 relay ports 49152-49200; TCP and UDP on one port count once), more than maxLoadBalancerListeners (10); lower maxRelayPort to 49160, or raise maxLoadBalancerListeners if your load balancer allows more",
		}},
		{"larger balancer allows a wider range", func(p *turn.TurnRelayProps) {
			p.MaxLoadBalancerListeners = 101
			p.MaxRelayPort = 49251
		}, nil},
		{"host network ignores the listener budget", func(p *turn.TurnRelayProps) {
			p.HostNetwork = true
			p.MaxRelayPort = 49651
		}, nil},
		{"relay range too wide to declare", func(p *turn.TurnRelayProps) {
			p.HostNetwork = true
			p.MaxRelayPort = 65535
		}, []string{
			`maxRelayPort: Invalid value: 65535: the relay range 49152-65535 has 16384 ports, more than 1000; every relay port is declared one by one, so narrow the range, or use profile "internal", which publishes and declares none`,
		}},
		{"negative listener limit", func(p *turn.TurnRelayProps) { p.MaxLoadBalancerListeners = -1 }, []string{
			"maxLoadBalancerListeners: Invalid value: -1: must be at least 2: one for listeningPort and one per relay port",
		}},
		{"privileged listening port", func(p *turn.TurnRelayProps) { p.ListeningPort = 443 }, []string{
			"listeningPort: Invalid value: 443: must be between 1024 and 65535: the relay runs as a non-root user without privilege escalation, so it cannot bind lower ports",
		}},
		{"port out of range", func(p *turn.TurnRelayProps) { p.MaxRelayPort = 70000 }, []string{
			"maxRelayPort: Invalid value: 70000: must be between 1024 and 65535",
		}},
		{"inverted relay range", func(p *turn.TurnRelayProps) { p.MinRelayPort, p.MaxRelayPort = 50000, 49999 }, []string{
			"maxRelayPort: Invalid value: 49999: must be at least minRelayPort (50000)",
		}},
		{"listening port inside relay range", func(p *turn.TurnRelayProps) { p.ListeningPort = 49160 }, []string{
			"listeningPort: Invalid value: 49160: must lie outside the relay range 49152-49200",
		}},
		{"missing name", func(p *turn.TurnRelayProps) { p.Name = "" }, []string{
			`name: Required value: set a lowercase name such as "my-turn"`,
		}},
		{"missing selector", func(p *turn.TurnRelayProps) { p.SelectorLabels = nil }, []string{
			"selectorLabels: Required value: set the labels that select the relay's pod",
		}},
		{"missing image and user", func(p *turn.TurnRelayProps) {
			p.Container.Image = ""
			p.Pod.RunAsUser = 0
		}, []string{
			"container.image: Required value",
			"pod.runAsUser: Required value",
		}},
		{"command set", func(p *turn.TurnRelayProps) { p.Container.Command = []string{"turnserver", "-n"} }, []string{
			`container.command: Invalid value: ["turnserver","-n"]: must be empty: the relay runs turnserver with its composed configuration; pass options through extraConfig`,
		}},
		{"args set", func(p *turn.TurnRelayProps) { p.Container.Args = []string{"--verbose"} }, []string{
			`container.args: Invalid value: ["--verbose"]: must be empty`,
		}},
		{"container named like the init container", func(p *turn.TurnRelayProps) { p.Container.Name = "configure" }, []string{
			`container.name: Invalid value: "configure": is the name of the relay's own init container; choose another`,
		}},
		{"init container named like the relay's", func(p *turn.TurnRelayProps) {
			p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("configure"), Image: jsii.String("busybox")}}
		}, []string{
			`pod.initContainers[0].name: Duplicate value: "configure": container names must be unique; the relay's own init container has it already`,
		}},
		{"missing secret", func(p *turn.TurnRelayProps) { p.AuthSecretName, p.AuthSecretKey = "", "" }, []string{
			"authSecretName: Required value: name the Secret holding the TURN REST API shared secret",
			"authSecretKey: Required value: name the key of the shared secret in authSecretName",
		}},
		{"bad secret reference", func(p *turn.TurnRelayProps) { p.AuthSecretName, p.AuthSecretKey = "Media_Secret", "turn/secret" }, []string{
			`authSecretName: Invalid value: "Media_Secret": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
			`authSecretKey: Invalid value: "turn/secret": a valid config key must consist of alphanumeric characters, '-', '_' or '.'`,
		}},
		{"dotted secret name", func(p *turn.TurnRelayProps) { p.AuthSecretName = "media.turn-secret" }, nil},
		{"realm with a newline", func(p *turn.TurnRelayProps) { p.Realm = "example.com\nno-auth" }, []string{
			`realm: Invalid value: "example.com\nno-auth": must be at most 127 letters, digits, '.', '-' or '_', e.g. "turn.example.com"`,
		}},
		{"external ip is a hostname", func(p *turn.TurnRelayProps) { p.ExternalIP = "turn.example.com" }, []string{
			`externalIP: Invalid value: "turn.example.com": must be the public IPv4 or IPv6 address clients reach the relay at, e.g. "203.0.113.10"`,
		}},
		{"unspecified external ip", func(p *turn.TurnRelayProps) { p.ExternalIP = "0.0.0.0" }, []string{
			`externalIP: Invalid value: "0.0.0.0": must be the public IPv4 or IPv6 address`,
		}},
		{"ipv6 external ip", func(p *turn.TurnRelayProps) { p.ExternalIP = "2001:db8::10" }, nil},
		{"service annotations in host network", func(p *turn.TurnRelayProps) {
			p.HostNetwork = true
			p.ServiceAnnotations = map[string]string{"b": "1", "a": "2"}
		}, []string{
			`serviceAnnotations: Invalid value: ["a","b"]: hostNetwork renders no Service; remove them`,
		}},
		{"secret in extra config is refused and not echoed", func(p *turn.TurnRelayProps) {
			p.ExtraConfig = []string{"stale-nonce=600", "static-auth-secret=hunter2"}
		}, []string{
			`extraConfig[1]: Invalid value: "static-auth-secret=<redacted>": sets static-auth-secret, which the relay manages: the secret is read from authSecretName/authSecretKey at start and must never be written into a ConfigMap`,
		}},
		{"managed directive in any spelling", func(p *turn.TurnRelayProps) {
			p.ExtraConfig = []string{"  --Min-Port = 40000", "external-ip 1.2.3.4", "lt-cred-mech"}
		}, []string{
			`extraConfig[0]: Invalid value: "  --Min-Port = 40000": sets min-port, which the relay manages: set minRelayPort instead`,
			`extraConfig[1]: Invalid value: "external-ip 1.2.3.4": sets external-ip, which the relay manages: set externalIP instead`,
			`extraConfig[2]: Invalid value: "lt-cred-mech": sets lt-cred-mech, which the relay manages: the relay always uses TURN REST API authentication`,
		}},
		{"multi-line extra config", func(p *turn.TurnRelayProps) { p.ExtraConfig = []string{"stale-nonce=600\nno-auth"} }, []string{
			`extraConfig[0]: Invalid value: "stale-nonce=600\nno-auth": must be a single line; give each option its own entry`,
		}},
		{"comments may mention anything", func(p *turn.TurnRelayProps) { p.ExtraConfig = []string{"# static-auth-secret comes from the Secret"} }, nil},
		{"tls and exporter options in extra config", func(p *turn.TurnRelayProps) {
			p.ExtraConfig = []string{"cert=/etc/ssl/turn.pem", "tls-listening-port=443", "prometheus", "prometheus-port=9000"}
		}, []string{
			`extraConfig[0]: Invalid value: "cert=/etc/ssl/turn.pem": sets cert, which the relay manages: set tls.secretName instead; the certificate is mounted from that Secret`,
			`extraConfig[1]: Invalid value: "tls-listening-port=443": sets tls-listening-port, which the relay manages: set tls.port instead`,
			`extraConfig[2]: Invalid value: "prometheus": sets prometheus, which the relay manages: set metrics instead`,
			`extraConfig[3]: Invalid value: "prometheus-port=9000": sets prometheus-port, which the relay manages: set metrics.port instead`,
		}},

		// Peers, quotas and bandwidth.
		{"allowed peers", func(p *turn.TurnRelayProps) {
			p.AllowedPeerCIDRs = []string{"10.0.0.0/16", "172.20.0.0/14", "fd00::/8"}
		}, nil},
		{"allowed peers that are not CIDRs", func(p *turn.TurnRelayProps) {
			p.AllowedPeerCIDRs = []string{"10.0.0.0", "10.0.0.0/33", "pods", "10.0.0.1/16", "::ffff:10.0.0.0/104"}
		}, []string{
			`allowedPeerCIDRs[0]: Invalid value: "10.0.0.0": must be an IPv4 or IPv6 CIDR, e.g. "10.0.0.0/16"`,
			`allowedPeerCIDRs[1]: Invalid value: "10.0.0.0/33": must be an IPv4 or IPv6 CIDR`,
			`allowedPeerCIDRs[2]: Invalid value: "pods": must be an IPv4 or IPv6 CIDR`,
			`allowedPeerCIDRs[3]: Invalid value: "10.0.0.1/16": has bits set beyond its /16 prefix; write "10.0.0.0/16"`,
			`allowedPeerCIDRs[4]: Invalid value: "::ffff:10.0.0.0/104": is an IPv4-mapped IPv6 range; write the IPv4 range, which is how coturn sees IPv4 peers`,
		}},
		{"allowed peers coturn refuses anyway", func(p *turn.TurnRelayProps) {
			p.AllowedPeerCIDRs = []string{"0.0.0.0/0", "127.0.0.0/8", "239.0.0.0/8", "::/0", "::1/128", "ff02::/16"}
		}, []string{
			`allowedPeerCIDRs[0]: Invalid value: "0.0.0.0/0": overlaps 0.0.0.0/8: coturn refuses loopback, multicast and unspecified peers before it reads allowed-peer-ip; allow only the ranges where media peers live`,
			`allowedPeerCIDRs[1]: Invalid value: "127.0.0.0/8": overlaps 127.0.0.0/8`,
			`allowedPeerCIDRs[2]: Invalid value: "239.0.0.0/8": overlaps 224.0.0.0/3`,
			`allowedPeerCIDRs[3]: Invalid value: "::/0": overlaps ::/128: coturn refuses loopback, multicast and unspecified peers before it reads allowed-peer-ip; allow only the ranges where media peers live`,
			`allowedPeerCIDRs[4]: Invalid value: "::1/128": overlaps ::1/128: coturn refuses loopback, multicast and unspecified peers before it reads allowed-peer-ip; allow only the ranges where media peers live`,
			`allowedPeerCIDRs[5]: Invalid value: "ff02::/16": overlaps ff00::/8: coturn refuses loopback, multicast and unspecified peers before it reads allowed-peer-ip; allow only the ranges where media peers live`,
		}},
		{"no quotas", func(p *turn.TurnRelayProps) { p.UserQuota, p.TotalQuota = intPtr(0), intPtr(0) }, nil},
		{"negative quotas", func(p *turn.TurnRelayProps) { p.UserQuota, p.TotalQuota = intPtr(-1), intPtr(-5) }, []string{
			"userQuota: Invalid value: -1: must be 0 (no cap) or positive",
			"totalQuota: Invalid value: -5: must be 0 (no cap) or positive",
		}},
		{"user quota above the total", func(p *turn.TurnRelayProps) { p.UserQuota, p.TotalQuota = intPtr(20), intPtr(12) }, []string{
			"userQuota: Invalid value: 20: exceeds totalQuota (12), so it never applies; lower it or raise totalQuota",
		}},
		{"user quota above the default total", func(p *turn.TurnRelayProps) { p.UserQuota = intPtr(50) }, []string{
			"userQuota: Invalid value: 50: exceeds totalQuota (49)",
		}},
		{"bandwidth caps", func(p *turn.TurnRelayProps) { p.MaxBytesPerSecond, p.CapacityBytesPerSecond = 64000, 3200000 }, nil},
		{"bandwidth cap in kilobits", func(p *turn.TurnRelayProps) { p.MaxBytesPerSecond = 512 }, []string{
			"maxBytesPerSecond: Invalid value: 512: must be 0 (no cap) or at least 16000 bytes per second: below that coturn drops the packets of a single voice stream; the unit is bytes, not bits or kilobits",
		}},
		{"capacity below one session", func(p *turn.TurnRelayProps) { p.MaxBytesPerSecond, p.CapacityBytesPerSecond = 64000, 32000 }, []string{
			"capacityBytesPerSecond: Invalid value: 32000: is below maxBytesPerSecond (64000), the cap of a single session; raise it",
		}},
		{"managed peer and quota options in extra config", func(p *turn.TurnRelayProps) {
			p.ExtraConfig = []string{"allowed-peer-ip=10.0.0.0-10.255.255.255", "user-quota=100", "total-quota=100", "max-bps=1", "bps-capacity=1", "denied-peer-ip=192.0.2.0-192.0.2.255"}
		}, []string{
			`extraConfig[0]: Invalid value: "allowed-peer-ip=10.0.0.0-10.255.255.255": sets allowed-peer-ip, which the relay manages: set allowedPeerCIDRs instead`,
			`extraConfig[1]: Invalid value: "user-quota=100": sets user-quota, which the relay manages: set userQuota instead`,
			`extraConfig[2]: Invalid value: "total-quota=100": sets total-quota, which the relay manages: set totalQuota instead`,
			`extraConfig[3]: Invalid value: "max-bps=1": sets max-bps, which the relay manages: set maxBytesPerSecond instead`,
			`extraConfig[4]: Invalid value: "bps-capacity=1": sets bps-capacity, which the relay manages: set capacityBytesPerSecond instead`,
		}},

		// Metrics.
		{"metrics do not count against the listener budget", func(p *turn.TurnRelayProps) { p.Metrics = &turn.MetricsProps{} }, nil},
		{"metrics with a labelled PodMonitor", func(p *turn.TurnRelayProps) {
			p.Metrics = &turn.MetricsProps{Port: 9100, PodMonitor: true, PodMonitorLabels: map[string]string{"release": "prom"}}
		}, nil},
		{"metrics port inside the relay range", func(p *turn.TurnRelayProps) { p.Metrics = &turn.MetricsProps{Port: 49160} }, []string{
			"metrics.port: Invalid value: 49160: must lie outside the relay range 49152-49200",
		}},
		{"metrics port on the listening port", func(p *turn.TurnRelayProps) { p.Metrics = &turn.MetricsProps{Port: 3478} }, []string{
			"metrics.port: Invalid value: 3478: must differ from listeningPort",
		}},
		{"metrics port on the tls port", func(p *turn.TurnRelayProps) {
			p.MaxRelayPort = 49199
			p.TLS = &turn.TLSProps{SecretName: "turn-tls"}
			p.Metrics = &turn.MetricsProps{Port: 5349}
		}, []string{
			"metrics.port: Invalid value: 5349: must differ from tls.port",
		}},
		{"privileged metrics port", func(p *turn.TurnRelayProps) { p.Metrics = &turn.MetricsProps{Port: 80} }, []string{
			"metrics.port: Invalid value: 80: must be between 1024 and 65535",
		}},
		{"PodMonitor labels without a PodMonitor", func(p *turn.TurnRelayProps) {
			p.Metrics = &turn.MetricsProps{PodMonitorLabels: map[string]string{"release": "prom"}}
		}, []string{
			`metrics.podMonitorLabels: Invalid value: ["release"]: labels the PodMonitor, which only metrics.podMonitor renders; set it or remove them`,
		}},
		{"PodMonitor label key with a space", func(p *turn.TurnRelayProps) {
			p.Metrics = &turn.MetricsProps{PodMonitor: true, PodMonitorLabels: map[string]string{"my release": "prom"}}
		}, []string{
			`metrics.podMonitorLabels[my release]: Invalid value: "my release": name part must consist of alphanumeric characters`,
		}},

		// TURN over TLS.
		{"tls with the default relay range needs a 51st listener", func(p *turn.TurnRelayProps) { p.TLS = &turn.TLSProps{SecretName: "turn-tls"} }, []string{
			"maxRelayPort: Invalid value: 49200: the LoadBalancer Service needs 51 listeners (listeningPort 3478, tls.port 5349 plus 49 relay ports 49152-49200; TCP and UDP on one port count once), more than maxLoadBalancerListeners (50); lower maxRelayPort to 49199, or raise maxLoadBalancerListeners if your load balancer allows more",
		}},
		{"tls fits with the relay range ending at 49199", func(p *turn.TurnRelayProps) {
			p.MaxRelayPort = 49199
			p.TLS = &turn.TLSProps{SecretName: "turn-tls"}
		}, nil},
		{"tls in host network ignores the listener budget", func(p *turn.TurnRelayProps) {
			p.HostNetwork = true
			p.TLS = &turn.TLSProps{SecretName: "turn-tls"}
		}, nil},
		{"tls on a balancer too small for it", func(p *turn.TurnRelayProps) {
			p.MaxLoadBalancerListeners = 2
			p.TLS = &turn.TLSProps{SecretName: "turn-tls"}
		}, []string{
			"maxLoadBalancerListeners: Invalid value: 2: must be at least 3: one for listeningPort, one for tls.port and one per relay port",
		}},
		{"tls port on the listening port", func(p *turn.TurnRelayProps) { p.TLS = &turn.TLSProps{SecretName: "turn-tls", Port: 3478} }, []string{
			"tls.port: Invalid value: 3478: must differ from listeningPort",
		}},
		{"tls port inside the relay range", func(p *turn.TurnRelayProps) { p.TLS = &turn.TLSProps{SecretName: "turn-tls", Port: 49199} }, []string{
			"tls.port: Invalid value: 49199: must lie outside the relay range 49152-49200",
		}},
		{"privileged tls port", func(p *turn.TurnRelayProps) { p.TLS = &turn.TLSProps{SecretName: "turn-tls", Port: 443} }, []string{
			"tls.port: Invalid value: 443: must be between 1024 and 65535: the relay runs as a non-root user without privilege escalation, so it cannot bind lower ports",
		}},
		{"tls without a secret", func(p *turn.TurnRelayProps) {
			p.MaxRelayPort = 49199
			p.TLS = &turn.TLSProps{}
		}, []string{
			"tls.secretName: Required value: name the kubernetes.io/tls Secret holding tls.crt and tls.key",
		}},
		{"tls with a bad secret name", func(p *turn.TurnRelayProps) {
			p.MaxRelayPort = 49199
			p.TLS = &turn.TLSProps{SecretName: "Turn_TLS"}
		}, []string{
			`tls.secretName: Invalid value: "Turn_TLS": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
		}},
		{"cert-manager with a wildcard name", func(p *turn.TurnRelayProps) {
			p.MaxRelayPort = 49199
			p.TLS = &turn.TLSProps{SecretName: "turn-tls", CertManager: &turn.CertManagerProps{IssuerName: "letsencrypt", IssuerKind: turn.IssuerKindIssuer, DNSNames: []string{"*.example.com"}}}
		}, nil},
		{"cert-manager without issuer or names", func(p *turn.TurnRelayProps) {
			p.MaxRelayPort = 49199
			p.TLS = &turn.TLSProps{SecretName: "turn-tls", CertManager: &turn.CertManagerProps{}}
		}, []string{
			"tls.certManager.issuerName: Required value: name the cert-manager Issuer or ClusterIssuer that signs the certificate",
			`tls.certManager.dnsNames: Required value: list the names clients reach the relay at in their turns: URLs, e.g. "turn.example.com"`,
		}},
		{"cert-manager with a bad kind and names", func(p *turn.TurnRelayProps) {
			p.MaxRelayPort = 49199
			p.TLS = &turn.TLSProps{SecretName: "turn-tls", CertManager: &turn.CertManagerProps{
				IssuerName: "letsencrypt", IssuerKind: "ClusterIsuer", DNSNames: []string{"turn.example.com", "Turn.Example.com", "203.0.113.10:5349"},
			}}
		}, []string{
			`tls.certManager.issuerKind: Unsupported value: "ClusterIsuer": supported values: "ClusterIssuer", "Issuer"`,
			`tls.certManager.dnsNames[1]: Invalid value: "Turn.Example.com": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
			`tls.certManager.dnsNames[2]: Invalid value: "203.0.113.10:5349": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
		}},

		// Profiles, replicas and the drain.
		{"internal relay", internal, nil},
		{"internal relay with the whole port range and TLS on two listeners", func(p *turn.TurnRelayProps) {
			internal(p)
			p.MinRelayPort, p.MaxRelayPort = 10000, 65535
			p.MaxLoadBalancerListeners = 2
			p.TLS = &turn.TLSProps{SecretName: "turn-tls"}
			p.Replicas = 5
		}, nil},
		{"internal relay on one replica", func(p *turn.TurnRelayProps) {
			internal(p)
			p.Replicas = 1
		}, nil},
		{"unknown profile", func(p *turn.TurnRelayProps) { p.Profile = "private" }, []string{
			`profile: Unsupported value: "private": supported values: "public", "internal"`,
		}},
		{"internal relay without its peers' ranges", func(p *turn.TurnRelayProps) {
			internal(p)
			p.AllowedPeerCIDRs = nil
		}, []string{
			`allowedPeerCIDRs: Required value: profile "internal" relays only to peers in the cluster: list the pod network's CIDRs, where the media peers run, e.g. "10.244.0.0/16"; find them with kubectl cluster-info dump | grep -m1 -e --cluster-cidr, or per node with kubectl get nodes -o jsonpath='{.items[*].spec.podCIDR}'; where pods take VPC addresses (EKS with the VPC CNI), the VPC's CIDR`,
		}},
		{"internal relay with a public address to advertise", func(p *turn.TurnRelayProps) {
			internal(p)
			p.ExternalIP = "203.0.113.10"
			p.AddressDiscovery = &turn.AddressDiscoveryProps{Image: "registry.k8s.io/kubectl:v1.33.0"}
		}, []string{
			`externalIP: Invalid value: "203.0.113.10": must be empty with profile "internal": the relay hands out its pod's own address, which its peers in the cluster reach; with external-ip they would be sent to the load balancer, which publishes no relay port`,
			`addressDiscovery: Forbidden: profile "internal" advertises the pod's own address and needs no public one; remove addressDiscovery`,
		}},
		{"internal relay on the host network", func(p *turn.TurnRelayProps) {
			internal(p)
			p.HostNetwork = true
		}, []string{
			`profile: Invalid value: "internal": needs a LoadBalancer Service, which hostNetwork does not render: use profile "public" with hostNetwork, or turn hostNetwork off`,
		}},
		{"internal relay on a balancer without listeners", func(p *turn.TurnRelayProps) {
			internal(p)
			p.MaxLoadBalancerListeners = -1
		}, []string{
			"maxLoadBalancerListeners: Invalid value: -1: must be at least 1: one for listeningPort",
		}},
		{"internal relay with TLS on one listener", func(p *turn.TurnRelayProps) {
			internal(p)
			p.MaxLoadBalancerListeners = 1
			p.TLS = &turn.TLSProps{SecretName: "turn-tls"}
		}, []string{
			"maxLoadBalancerListeners: Invalid value: 1: must be at least 2: one for listeningPort, one for tls.port",
		}},
		{"two public replicas", func(p *turn.TurnRelayProps) { p.Replicas = 2 }, []string{
			`replicas: Invalid value: 2: must be 1 with profile "public": every relay port is published 1:1 on one load balancer, which could not tell whose allocation a port belongs to; use profile "internal" to run several`,
		}},
		{"two host-network replicas", func(p *turn.TurnRelayProps) {
			p.HostNetwork = true
			p.Replicas = 2
		}, []string{
			"replicas: Invalid value: 2: must be 1 in host-network mode: the relay binds its ports on the node and advertises that node's address",
		}},
		{"negative replicas", func(p *turn.TurnRelayProps) {
			internal(p)
			p.Replicas = -1
		}, []string{
			"replicas: Invalid value: -1: must be at least 1; to run no relay, do not render it",
		}},
		{"grace period shorter than the drain delay", func(p *turn.TurnRelayProps) { p.TerminationGracePeriodSeconds = 30 }, []string{
			"terminationGracePeriodSeconds: Invalid value: 30: must be at least 45: a stopping relay waits 30 s for load balancers, counts its allocations every 5 s and keeps 10 s for turnserver to exit; give it the longest session the application allows",
		}},
		{"the shortest grace period", func(p *turn.TurnRelayProps) { p.TerminationGracePeriodSeconds = turn.MinTerminationGracePeriodSeconds }, nil},

		// Rotation.
		{"a previous secret", func(p *turn.TurnRelayProps) { p.PreviousAuthSecretKey = "TURN_SECRET_PREVIOUS" }, nil},
		{"a previous secret under the current key", func(p *turn.TurnRelayProps) { p.PreviousAuthSecretKey = "TURN_SECRET" }, []string{
			`previousAuthSecretKey: Invalid value: "TURN_SECRET": must differ from authSecretKey: it holds the old value while the secret rotates`,
		}},
		{"a previous secret under a bad key", func(p *turn.TurnRelayProps) { p.PreviousAuthSecretKey = "turn secret" }, []string{
			`previousAuthSecretKey: Invalid value: "turn secret": a valid config key must consist of alphanumeric characters, '-', '_' or '.'`,
		}},

		// Address discovery.
		{"discovery", func(p *turn.TurnRelayProps) {
			p.AddressDiscovery = &turn.AddressDiscoveryProps{Image: "registry.k8s.io/kubectl:v1.33.0"}
		}, nil},
		{"discovery without an image", func(p *turn.TurnRelayProps) { p.AddressDiscovery = &turn.AddressDiscoveryProps{} }, []string{
			`addressDiscovery.image: Required value: set an image that ships /go-runner and /bin/kubectl, e.g. "registry.k8s.io/kubectl:v1.33.0"`,
		}},
		{"discovery image with whitespace", func(p *turn.TurnRelayProps) {
			p.AddressDiscovery = &turn.AddressDiscoveryProps{Image: "kubectl latest"}
		}, []string{
			`addressDiscovery.image: Invalid value: "kubectl latest": must not contain whitespace`,
		}},
		{"discovery in host network", func(p *turn.TurnRelayProps) {
			p.HostNetwork = true
			p.AddressDiscovery = &turn.AddressDiscoveryProps{Image: "registry.k8s.io/kubectl:v1.33.0"}
		}, []string{
			"addressDiscovery: Forbidden: hostNetwork renders no Service to read an address from; the relay advertises its node's address (status.hostIP) instead, so remove addressDiscovery",
		}},
		{"discovery with another service account or an automounted token", func(p *turn.TurnRelayProps) {
			p.AddressDiscovery = &turn.AddressDiscoveryProps{Image: "registry.k8s.io/kubectl:v1.33.0"}
			p.Pod.ServiceAccountName = "media"
			p.Pod.AutomountServiceAccountToken = true
		}, []string{
			`pod.serviceAccountName: Invalid value: "media": must be empty with addressDiscovery: the relay runs as its own ServiceAccount (name), which may get its own Service and nothing else`,
			"pod.automountServiceAccountToken: Invalid value: true: must be false with addressDiscovery: only the discover-address init container gets an API token",
		}},
		{"external ip overrides discovery and its constraints", func(p *turn.TurnRelayProps) {
			p.AddressDiscovery = &turn.AddressDiscoveryProps{Image: "registry.k8s.io/kubectl:v1.33.0"}
			p.ExternalIP = "203.0.113.10"
			p.Pod.ServiceAccountName = "media"
		}, nil},
		{"init container named like the discovery container", func(p *turn.TurnRelayProps) {
			p.AddressDiscovery = &turn.AddressDiscoveryProps{Image: "registry.k8s.io/kubectl:v1.33.0"}
			p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("discover-address"), Image: jsii.String("busybox")}}
		}, []string{
			`pod.initContainers[0].name: Duplicate value: "discover-address": container names must be unique; the relay's own init container has it already`,
		}},
		{"the discovery container's name is free without discovery", func(p *turn.TurnRelayProps) {
			p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("discover-address"), Image: jsii.String("busybox")}}
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := relayProps()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}

// internal makes p an internal relay with its peers' range.
func internal(p *turn.TurnRelayProps) {
	p.Profile = turn.ProfileInternal
	p.AllowedPeerCIDRs = []string{"10.244.0.0/16"}
}

func TestTurnRelayProps_ValidateNilReportsRequiredFields(t *testing.T) {
	var p *turn.TurnRelayProps
	errs := testutil.Lines(p.Validate())
	for _, want := range []string{"name: Required value", "selectorLabels: Required value", "container.image: Required value", "pod.runAsUser: Required value", "authSecretName: Required value", "authSecretKey: Required value"} {
		assert.Contains(t, errs, want)
	}
	assert.Equal(t, turn.PodSecurityRestricted, p.PodSecurityLevel())
}

func TestTurnRelayProps_ValidateIsPure(t *testing.T) {
	p := relayProps()
	require.Empty(t, p.Validate())
	assert.Equal(t, relayProps(), p, "Validate must not apply defaults to the caller's props")
}
