package turn

import (
	"fmt"
	"maps"
	"net/netip"
	"regexp"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
)

// realmValue is what coturn accepts as a realm and what survives the
// configuration file's syntax.
var realmValue = regexp.MustCompile(`^[A-Za-z0-9._-]+$`)

// managedDirectives are the turnserver.conf options ExtraConfig may not
// set, each with what to do instead.
var managedDirectives = map[string]string{
	"static-auth-secret": "the secret is read from authSecretName/authSecretKey at start and must never be written into a ConfigMap",
	"use-auth-secret":    "the relay always uses TURN REST API authentication",
	"lt-cred-mech":       "the relay always uses TURN REST API authentication",
	"no-auth":            "the relay always uses TURN REST API authentication",
	"listening-port":     "set listeningPort instead",
	"min-port":           "set minRelayPort instead",
	"max-port":           "set maxRelayPort instead",
	"realm":              "set realm instead",
	"external-ip":        "set externalIP instead",
	"log-file":           "the relay logs to stdout",
	"pidfile":            "the relay keeps its pid file in its run directory, since the root filesystem is read-only",
	"userdb":             "the relay keeps its database in its run directory, since the root filesystem is read-only",
	"tls-listening-port": "set tls.port instead",
	"cert":               "set tls.secretName instead; the certificate is mounted from that Secret",
	"pkey":               "set tls.secretName instead; the key is mounted from that Secret",
	"prometheus":         "set metrics instead",
	"prometheus-port":    "set metrics.port instead",
	"allowed-peer-ip":    "set allowedPeerCIDRs instead",
	"user-quota":         "set userQuota instead",
	"total-quota":        "set totalQuota instead",
	"max-bps":            "set maxBytesPerSecond instead",
	"bps-capacity":       "set capacityBytesPerSecond instead",
}

// Validate reports every problem with the props at once, each under the
// path of its field. Unset fields are checked at their defaults. It is
// pure: it neither changes p nor depends on anything else.
func (p *TurnRelayProps) Validate() field.ErrorList {
	d := p.withDefaults()
	errs := check.DNS1035Label(field.NewPath("name"), d.Name, `set a lowercase name such as "my-turn"`)
	errs = append(errs, check.SelectorLabels(field.NewPath("selectorLabels"), d.SelectorLabels, `set the labels that select the relay's pod, e.g. app.kubernetes.io/name and app.kubernetes.io/component; they are immutable once applied`)...)
	errs = append(errs, check.Labels(field.NewPath("labels"), d.Labels)...)
	errs = append(errs, podtemplate.Validate(d.Container, d.Pod, d.own(), d.SelectorLabels)...)
	if len(d.Container.Command) > 0 {
		errs = append(errs, field.Invalid(field.NewPath("container", "command"), d.Container.Command, "must be empty: the relay runs turnserver with its composed configuration; pass options through extraConfig"))
	}
	if len(d.Container.Args) > 0 {
		errs = append(errs, field.Invalid(field.NewPath("container", "args"), d.Container.Args, "must be empty: the relay runs turnserver with its composed configuration; pass options through extraConfig"))
	}
	errs = append(errs, check.DNSSubdomain(field.NewPath("authSecretName"), d.AuthSecretName, "name the Secret holding the TURN REST API shared secret")...)
	errs = append(errs, check.SecretKey(field.NewPath("authSecretKey"), d.AuthSecretKey, "name the key of the shared secret in authSecretName")...)
	if d.PreviousAuthSecretKey != "" {
		errs = append(errs, check.SecretKey(field.NewPath("previousAuthSecretKey"), d.PreviousAuthSecretKey, "name the key of the previous shared secret in authSecretName")...)
		if d.PreviousAuthSecretKey == d.AuthSecretKey {
			errs = append(errs, field.Invalid(field.NewPath("previousAuthSecretKey"), d.PreviousAuthSecretKey, "must differ from authSecretKey: it holds the old value while the secret rotates"))
		}
	}
	if d.Realm != "" && (len(d.Realm) > 127 || !realmValue.MatchString(d.Realm)) {
		errs = append(errs, field.Invalid(field.NewPath("realm"), d.Realm, "must be at most 127 letters, digits, '.', '-' or '_', e.g. \"turn.example.com\""))
	}
	if d.ExternalIP != "" {
		if a, err := netip.ParseAddr(d.ExternalIP); err != nil || a.Zone() != "" || a.IsUnspecified() {
			errs = append(errs, field.Invalid(field.NewPath("externalIP"), d.ExternalIP, "must be the public IPv4 or IPv6 address clients reach the relay at, e.g. \"203.0.113.10\""))
		}
	}

	errs = append(errs, validateProfile(d)...)
	errs = append(errs, validatePorts(d)...)
	errs = append(errs, validatePeers(d.AllowedPeerCIDRs)...)
	errs = append(errs, validateQuotas(d)...)
	for i, l := range d.ExtraConfig {
		errs = append(errs, validateExtraLine(field.NewPath("extraConfig").Index(i), l)...)
	}
	errs = append(errs, check.Annotations(field.NewPath("serviceAnnotations"), d.ServiceAnnotations)...)
	if d.HostNetwork && len(d.ServiceAnnotations) > 0 {
		errs = append(errs, field.Invalid(field.NewPath("serviceAnnotations"), slices.Sorted(maps.Keys(d.ServiceAnnotations)), "hostNetwork renders no Service; remove them"))
	}
	if d.Metrics != nil {
		errs = append(errs, validateMetrics(d.Metrics)...)
	}
	if d.TLS != nil {
		errs = append(errs, validateTLS(d.TLS)...)
	}
	if d.AddressDiscovery != nil {
		errs = append(errs, validateDiscovery(d)...)
	}
	return errs
}

// own is what the relay adds to its pod, which the caller's container and
// pod settings must not clash with.
func (p TurnRelayProps) own() podtemplate.Own {
	o := podtemplate.Own{
		Volumes:    map[string]string{},
		MountPaths: map[string]string{runDir: "the relay's run directory"},
		Containers: map[string]string{configureContainerName: "the relay's own init container"},
	}
	for _, v := range p.volumes() {
		o.Volumes[*v.Name] = "a volume of the relay (" + *v.Name + ")"
	}
	if p.TLS != nil {
		o.MountPaths[tlsDir] = "the certificate (tls)"
	}
	if p.addressSource() == addressFromService {
		o.Containers[discoveryContainerName] = "the relay's own init container"
	}
	return o
}

// validateProfile checks the profile and what depends on it: replicas,
// the advertised address and the peers, and the drain's grace period.
func validateProfile(d TurnRelayProps) field.ErrorList {
	at := field.NewPath("profile")
	if d.Profile != ProfilePublic && d.Profile != ProfileInternal {
		return field.ErrorList{field.NotSupported(at, string(d.Profile), []string{string(ProfilePublic), string(ProfileInternal)})}
	}
	var errs field.ErrorList
	if g := d.TerminationGracePeriodSeconds; g < MinTerminationGracePeriodSeconds {
		errs = append(errs, field.Invalid(field.NewPath("terminationGracePeriodSeconds"), g, fmt.Sprintf(
			"must be at least %d: a stopping relay waits %d s for load balancers, counts its allocations every %d s and keeps %d s for turnserver to exit; give it the longest session the application allows",
			MinTerminationGracePeriodSeconds, DrainDelaySeconds, DrainPollSeconds, DrainSlackSeconds)))
	}
	replicas := field.NewPath("replicas")
	switch {
	case d.Replicas < 1:
		errs = append(errs, field.Invalid(replicas, d.Replicas, "must be at least 1; to run no relay, do not render it"))
	case d.HostNetwork && !d.internal() && d.Replicas != 1:
		errs = append(errs, field.Invalid(replicas, d.Replicas, "must be 1 in host-network mode: the relay binds its ports on the node and advertises that node's address"))
	case !d.internal() && d.Replicas != 1:
		errs = append(errs, field.Invalid(replicas, d.Replicas, `must be 1 with profile "public": every relay port is published 1:1 on one load balancer, which could not tell whose allocation a port belongs to; use profile "internal" to run several`))
	}
	if !d.internal() {
		return errs
	}
	if d.HostNetwork {
		errs = append(errs, field.Invalid(at, d.Profile, `needs a LoadBalancer Service, which hostNetwork does not render: use profile "public" with hostNetwork, or turn hostNetwork off`))
	}
	if d.ExternalIP != "" {
		errs = append(errs, field.Invalid(field.NewPath("externalIP"), d.ExternalIP, `must be empty with profile "internal": the relay hands out its pod's own address, which its peers in the cluster reach; with external-ip they would be sent to the load balancer, which publishes no relay port`))
	}
	if d.AddressDiscovery != nil {
		errs = append(errs, field.Forbidden(field.NewPath("addressDiscovery"), `profile "internal" advertises the pod's own address and needs no public one; remove addressDiscovery`))
	}
	if len(d.AllowedPeerCIDRs) == 0 {
		errs = append(errs, field.Required(field.NewPath("allowedPeerCIDRs"), PodCIDRHint))
	}
	return errs
}

// PodCIDRHint says why an internal relay needs its peers' ranges and how
// to find a cluster's pod CIDR.
const PodCIDRHint = `profile "internal" relays only to peers in the cluster: list the pod network's CIDRs, where the media peers run, ` +
	`e.g. "10.244.0.0/16"; find them with kubectl cluster-info dump | grep -m1 -e --cluster-cidr, ` +
	`or per node with kubectl get nodes -o jsonpath='{.items[*].spec.podCIDR}'; ` +
	`where pods take VPC addresses (EKS with the VPC CNI), the VPC's CIDR`

func validateMetrics(m *MetricsProps) field.ErrorList {
	var errs field.ErrorList
	if len(m.PodMonitorLabels) > 0 && !m.PodMonitor {
		errs = append(errs, field.Invalid(field.NewPath("metrics", "podMonitorLabels"), slices.Sorted(maps.Keys(m.PodMonitorLabels)), "labels the PodMonitor, which only metrics.podMonitor renders; set it or remove them"))
	}
	return append(errs, check.Labels(field.NewPath("metrics", "podMonitorLabels"), m.PodMonitorLabels)...)
}

func validateTLS(t *TLSProps) field.ErrorList {
	errs := check.DNSSubdomain(field.NewPath("tls", "secretName"), t.SecretName, "name the kubernetes.io/tls Secret holding tls.crt and tls.key")
	cm := t.CertManager
	if cm == nil {
		return errs
	}
	at := field.NewPath("tls", "certManager")
	errs = append(errs, check.DNSSubdomain(at.Child("issuerName"), cm.IssuerName, "name the cert-manager Issuer or ClusterIssuer that signs the certificate")...)
	if cm.IssuerKind != IssuerKindClusterIssuer && cm.IssuerKind != IssuerKindIssuer {
		errs = append(errs, field.NotSupported(at.Child("issuerKind"), string(cm.IssuerKind), []string{string(IssuerKindClusterIssuer), string(IssuerKindIssuer)}))
	}
	if len(cm.DNSNames) == 0 {
		errs = append(errs, field.Required(at.Child("dnsNames"), "list the names clients reach the relay at in their turns: URLs, e.g. \"turn.example.com\""))
	}
	for i, n := range cm.DNSNames {
		// A certificate may name a wildcard (IsWildcardDNS1123Subdomain).
		is := validation.IsDNS1123Subdomain
		if strings.HasPrefix(n, "*.") {
			is = validation.IsWildcardDNS1123Subdomain
		}
		if msgs := is(n); len(msgs) > 0 {
			errs = append(errs, field.Invalid(at.Child("dnsNames").Index(i), n, strings.Join(msgs, "; ")))
		}
	}
	return errs
}

func validateDiscovery(d TurnRelayProps) field.ErrorList {
	at := field.NewPath("addressDiscovery")
	var errs field.ErrorList
	if d.AddressDiscovery.Image == "" {
		errs = append(errs, field.Required(at.Child("image"), "set an image that ships /go-runner and /bin/kubectl, e.g. \"registry.k8s.io/kubectl:v1.33.0\""))
	} else {
		errs = append(errs, check.Image(at.Child("image"), d.AddressDiscovery.Image)...)
	}
	if d.HostNetwork {
		return append(errs, field.Forbidden(at, "hostNetwork renders no Service to read an address from; the relay advertises its node's address (status.hostIP) instead, so remove addressDiscovery"))
	}
	if d.addressSource() != addressFromService {
		return errs // externalIP overrides discovery
	}
	if d.Pod.ServiceAccountName != "" {
		errs = append(errs, field.Invalid(field.NewPath("pod", "serviceAccountName"), d.Pod.ServiceAccountName, "must be empty with addressDiscovery: the relay runs as its own ServiceAccount (name), which may get its own Service and nothing else"))
	}
	if d.Pod.AutomountServiceAccountToken {
		errs = append(errs, field.Invalid(field.NewPath("pod", "automountServiceAccountToken"), true, "must be false with addressDiscovery: only the "+discoveryContainerName+" init container gets an API token"))
	}
	return errs
}

// refusedPeers are the ranges coturn refuses as peers before it reads
// allowed-peer-ip (good_peer_addr, src/server/ns_turn_server.c): multicast
// with no-multicast-peers (first octet above 223, ff00::/8), loopback, and
// 0.0.0.0/8 and :: (ioa_addr_is_zero). An allowed range touching them
// would do nothing there, and one starting at an all-zero address would be
// read as unbounded below (ioa_addr_in_range).
var refusedPeers = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("127.0.0.0/8"),
	netip.MustParsePrefix("224.0.0.0/3"),
	netip.MustParsePrefix("::/128"),
	netip.MustParsePrefix("::1/128"),
	netip.MustParsePrefix("ff00::/8"),
}

func validatePeers(cidrs []string) field.ErrorList {
	var errs field.ErrorList
	for i, c := range cidrs {
		at := field.NewPath("allowedPeerCIDRs").Index(i)
		p, err := netip.ParsePrefix(c)
		switch {
		case err != nil:
			errs = append(errs, field.Invalid(at, c, `must be an IPv4 or IPv6 CIDR, e.g. "10.0.0.0/16"`))
		case p != p.Masked():
			errs = append(errs, field.Invalid(at, c, fmt.Sprintf("has bits set beyond its /%d prefix; write %q", p.Bits(), p.Masked().String())))
		case p.Addr().Is4In6():
			errs = append(errs, field.Invalid(at, c, "is an IPv4-mapped IPv6 range; write the IPv4 range, which is how coturn sees IPv4 peers"))
		default:
			for _, r := range refusedPeers {
				if p.Overlaps(r) {
					errs = append(errs, field.Invalid(at, c, fmt.Sprintf("overlaps %s: coturn refuses loopback, multicast and unspecified peers before it reads allowed-peer-ip; allow only the ranges where media peers live", r)))
					break
				}
			}
		}
	}
	return errs
}

func validateQuotas(d TurnRelayProps) field.ErrorList {
	var errs field.ErrorList
	if *d.UserQuota < 0 {
		errs = append(errs, field.Invalid(field.NewPath("userQuota"), *d.UserQuota, "must be 0 (no cap) or positive"))
	}
	if *d.TotalQuota < 0 {
		errs = append(errs, field.Invalid(field.NewPath("totalQuota"), *d.TotalQuota, "must be 0 (no cap) or positive"))
	}
	if *d.UserQuota > 0 && *d.TotalQuota > 0 && *d.UserQuota > *d.TotalQuota {
		errs = append(errs, field.Invalid(field.NewPath("userQuota"), *d.UserQuota, fmt.Sprintf("exceeds totalQuota (%d), so it never applies; lower it or raise totalQuota", *d.TotalQuota)))
	}
	bandwidth := []struct {
		path  string
		value int
	}{{"maxBytesPerSecond", d.MaxBytesPerSecond}, {"capacityBytesPerSecond", d.CapacityBytesPerSecond}}
	for _, f := range bandwidth {
		if f.value != 0 && f.value < MinBytesPerSecond {
			return append(errs, field.Invalid(field.NewPath(f.path), f.value, fmt.Sprintf("must be 0 (no cap) or at least %d bytes per second: below that coturn drops the packets of a single voice stream; the unit is bytes, not bits or kilobits", MinBytesPerSecond)))
		}
	}
	if d.MaxBytesPerSecond > 0 && d.CapacityBytesPerSecond > 0 && d.CapacityBytesPerSecond < d.MaxBytesPerSecond {
		errs = append(errs, field.Invalid(field.NewPath("capacityBytesPerSecond"), d.CapacityBytesPerSecond, fmt.Sprintf("is below maxBytesPerSecond (%d), the cap of a single session; raise it", d.MaxBytesPerSecond)))
	}
	return errs
}

// portField is a port prop and its path in messages.
type portField struct {
	path  string
	value int
}

func validatePorts(d TurnRelayProps) field.ErrorList {
	const unprivileged = "must be between 1024 and 65535: the relay runs as a non-root user without privilege escalation, so it cannot bind lower ports"
	var errs field.ErrorList
	// singles are the ports besides the relay range: each lies outside it
	// and differs from the others.
	singles := []portField{{"listeningPort", d.ListeningPort}}
	if d.TLS != nil {
		singles = append(singles, portField{"tls.port", d.TLS.Port})
	}
	if d.Metrics != nil {
		singles = append(singles, portField{"metrics.port", d.Metrics.Port})
	}
	for _, f := range append([]portField{singles[0], {"minRelayPort", d.MinRelayPort}, {"maxRelayPort", d.MaxRelayPort}}, singles[1:]...) {
		if f.value < 1024 || f.value > 65535 {
			errs = append(errs, field.Invalid(field.NewPath(f.path), f.value, unprivileged))
		}
	}
	if len(errs) > 0 {
		return errs
	}
	if d.MaxRelayPort < d.MinRelayPort {
		return field.ErrorList{field.Invalid(field.NewPath("maxRelayPort"), d.MaxRelayPort, fmt.Sprintf("must be at least minRelayPort (%d)", d.MinRelayPort))}
	}
	for i, f := range singles {
		if f.value >= d.MinRelayPort && f.value <= d.MaxRelayPort {
			errs = append(errs, field.Invalid(field.NewPath(f.path), f.value, fmt.Sprintf("must lie outside the relay range %d-%d", d.MinRelayPort, d.MaxRelayPort)))
			continue
		}
		for _, g := range singles[:i] {
			if g.value == f.value {
				errs = append(errs, field.Invalid(field.NewPath(f.path), f.value, "must differ from "+g.path))
				break
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	if n := d.MaxRelayPort - d.MinRelayPort + 1; n > MaxRelayPorts && !d.internal() {
		return field.ErrorList{field.Invalid(field.NewPath("maxRelayPort"), d.MaxRelayPort, fmt.Sprintf(
			"the relay range %d-%d has %d ports, more than %d; every relay port is declared one by one, so narrow the range, or use profile \"internal\", which publishes and declares none",
			d.MinRelayPort, d.MaxRelayPort, n, MaxRelayPorts))}
	}
	if d.HostNetwork {
		return nil
	}
	// fixed lists the listeners besides the relay ports, as messages name them.
	fixed := fmt.Sprintf("listeningPort %d", d.ListeningPort)
	minListeners, minWhy := 2, "one for listeningPort and one per relay port"
	if d.TLS != nil {
		fixed = fmt.Sprintf("listeningPort %d, tls.port %d", d.ListeningPort, d.TLS.Port)
		minListeners, minWhy = 3, "one for listeningPort, one for tls.port and one per relay port"
	}
	if d.internal() {
		// Only the listeners are published.
		minListeners, minWhy = minListeners-1, strings.TrimSuffix(minWhy, " and one per relay port")
	}
	if d.MaxLoadBalancerListeners < minListeners {
		return field.ErrorList{field.Invalid(field.NewPath("maxLoadBalancerListeners"), d.MaxLoadBalancerListeners, fmt.Sprintf("must be at least %d: %s", minListeners, minWhy))}
	}
	if need := listeners(d.ports()); need > d.MaxLoadBalancerListeners {
		relays := d.MaxRelayPort - d.MinRelayPort + 1
		fit := d.MaxRelayPort - (need - d.MaxLoadBalancerListeners)
		return field.ErrorList{field.Invalid(field.NewPath("maxRelayPort"), d.MaxRelayPort, fmt.Sprintf(
			"the LoadBalancer Service needs %d listeners (%s plus %d relay ports %d-%d; TCP and UDP on one port count once), more than maxLoadBalancerListeners (%d); lower maxRelayPort to %d, or raise maxLoadBalancerListeners if your load balancer allows more",
			need, fixed, relays, d.MinRelayPort, d.MaxRelayPort, d.MaxLoadBalancerListeners, fit))}
	}
	return nil
}

func validateExtraLine(at *field.Path, l string) field.ErrorList {
	if strings.ContainsAny(l, "\r\n") {
		return field.ErrorList{field.Invalid(at, l, "must be a single line; give each option its own entry")}
	}
	name := directive(l)
	fix, managed := managedDirectives[name]
	if !managed {
		return nil
	}
	shown := l
	if name == "static-auth-secret" {
		shown = name + "=<redacted>"
	}
	return field.ErrorList{field.Invalid(at, shown, fmt.Sprintf("sets %s, which the relay manages: %s", name, fix))}
}

// directive extracts the option name of a turnserver.conf line: "--Realm =
// x" and "realm x" both give "realm". Comments give "".
func directive(l string) string {
	l = strings.TrimLeft(strings.TrimSpace(l), "-")
	if strings.HasPrefix(l, "#") {
		return ""
	}
	if i := strings.IndexAny(l, "= \t"); i >= 0 {
		l = l[:i]
	}
	return strings.ToLower(l)
}
