package turn

import (
	"fmt"
	"maps"
	"net/netip"
	"regexp"
	"slices"
	"strings"

	"github.com/dograh-hq/dograh-cdk8s/internal/check"
)

var (
	realmValue = regexp.MustCompile(`^[A-Za-z0-9._-]+$`)
	dnsName    = regexp.MustCompile(`^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)
)

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

// Validate reports every problem with the props at once, as path-qualified
// messages joined with errors.Join. Unset fields are checked at their
// defaults. It is pure: it neither changes p nor depends on anything else.
func (p *TurnRelayProps) Validate() error {
	d := p.withDefaults()
	var errs check.Errors

	errs.DNSLabel("name", d.Name)
	errs.Labels("selectorLabels", d.SelectorLabels, `set the labels that select the relay's pod, e.g. app.kubernetes.io/name and app.kubernetes.io/component; they are immutable once applied`)
	errs.Add(d.Container.Validate("container"))
	errs.Add(d.Pod.Validate("pod"))
	if len(d.Container.Command) > 0 {
		errs.Invalid("container.command", d.Container.Command, "must be empty: the relay runs turnserver with its composed configuration; pass options through extraConfig")
	}
	if len(d.Container.Args) > 0 {
		errs.Invalid("container.args", d.Container.Args, "must be empty: the relay runs turnserver with its composed configuration; pass options through extraConfig")
	}
	reserved := []string{InitContainerName}
	if d.AddressDiscovery != nil {
		reserved = append(reserved, DiscoveryContainerName)
	}
	if slices.Contains(reserved, d.Container.Name) {
		errs.Invalid("container.name", d.Container.Name, "is the name of the relay's own init container; choose another")
	}
	for i, ic := range d.Pod.InitContainers {
		if ic != nil && ic.Name != nil && slices.Contains(reserved, *ic.Name) {
			errs.Invalid(fmt.Sprintf("pod.initContainers[%d].name", i), *ic.Name, "is the name of the relay's own init container; choose another")
		}
	}

	switch {
	case d.AuthSecretName == "":
		errs.Required("authSecretName", "name the Secret holding the TURN REST API shared secret")
	case len(d.AuthSecretName) > 253 || !check.DNSSubdomainPattern.MatchString(d.AuthSecretName):
		errs.Invalid("authSecretName", d.AuthSecretName, "must be a lowercase RFC 1123 subdomain, e.g. \"turn-secret\"")
	}
	switch {
	case d.AuthSecretKey == "":
		errs.Required("authSecretKey", "name the key of the shared secret in authSecretName")
	case len(d.AuthSecretKey) > 253 || !check.SecretKeyPattern.MatchString(d.AuthSecretKey):
		errs.Invalid("authSecretKey", d.AuthSecretKey, "must consist of letters, digits, '-', '_' or '.'")
	}
	if d.Realm != "" && (len(d.Realm) > 127 || !realmValue.MatchString(d.Realm)) {
		errs.Invalid("realm", d.Realm, "must be at most 127 letters, digits, '.', '-' or '_', e.g. \"turn.example.com\"")
	}
	if d.ExternalIP != "" {
		if a, err := netip.ParseAddr(d.ExternalIP); err != nil || a.Zone() != "" || a.IsUnspecified() {
			errs.Invalid("externalIP", d.ExternalIP, "must be the public IPv4 or IPv6 address clients reach the relay at, e.g. \"203.0.113.10\"")
		}
	}

	validatePorts(&errs, d)
	validatePeers(&errs, d.AllowedPeerCIDRs)
	validateQuotas(&errs, d)
	for i, l := range d.ExtraConfig {
		validateExtraLine(&errs, fmt.Sprintf("extraConfig[%d]", i), l)
	}
	if d.HostNetwork && len(d.ServiceAnnotations) > 0 {
		errs.Invalid("serviceAnnotations", slices.Sorted(maps.Keys(d.ServiceAnnotations)), "hostNetwork renders no Service; remove them")
	}
	if d.Metrics != nil {
		validateMetrics(&errs, d.Metrics)
	}
	if d.TLS != nil {
		validateTLS(&errs, d.TLS)
	}
	if d.AddressDiscovery != nil {
		validateDiscovery(&errs, d)
	}
	return errs.Err()
}

func validateMetrics(errs *check.Errors, m *MetricsProps) {
	if len(m.PodMonitorLabels) > 0 && !m.PodMonitor {
		errs.Invalid("metrics.podMonitorLabels", slices.Sorted(maps.Keys(m.PodMonitorLabels)), "labels the PodMonitor, which only metrics.podMonitor renders; set it or remove them")
	}
	for _, k := range slices.Sorted(maps.Keys(m.PodMonitorLabels)) {
		if v := m.PodMonitorLabels[k]; k == "" || v == "" {
			errs.Invalid("metrics.podMonitorLabels", k+"="+v, "label keys and values must not be empty")
		}
	}
}

func validateTLS(errs *check.Errors, t *TLSProps) {
	switch {
	case t.SecretName == "":
		errs.Required("tls.secretName", "name the kubernetes.io/tls Secret holding tls.crt and tls.key")
	case len(t.SecretName) > 253 || !check.DNSSubdomainPattern.MatchString(t.SecretName):
		errs.Invalid("tls.secretName", t.SecretName, "must be a lowercase RFC 1123 subdomain, e.g. \"turn-tls\"")
	}
	cm := t.CertManager
	if cm == nil {
		return
	}
	switch {
	case cm.IssuerName == "":
		errs.Required("tls.certManager.issuerName", "name the cert-manager Issuer or ClusterIssuer that signs the certificate")
	case len(cm.IssuerName) > 253 || !check.DNSSubdomainPattern.MatchString(cm.IssuerName):
		errs.Invalid("tls.certManager.issuerName", cm.IssuerName, "must be a lowercase RFC 1123 subdomain, e.g. \"letsencrypt\"")
	}
	if cm.IssuerKind != IssuerKindClusterIssuer && cm.IssuerKind != IssuerKindIssuer {
		errs.Invalid("tls.certManager.issuerKind", string(cm.IssuerKind), fmt.Sprintf("must be %q or %q", IssuerKindClusterIssuer, IssuerKindIssuer))
	}
	if len(cm.DNSNames) == 0 {
		errs.Required("tls.certManager.dnsNames", "list the names clients reach the relay at in their turns: URLs, e.g. \"turn.example.com\"")
	}
	for i, n := range cm.DNSNames {
		if len(n) > 253 || !dnsName.MatchString(n) {
			errs.Invalid(fmt.Sprintf("tls.certManager.dnsNames[%d]", i), n, "must be a lowercase DNS name, optionally starting with \"*.\", e.g. \"turn.example.com\"")
		}
	}
}

func validateDiscovery(errs *check.Errors, d TurnRelayProps) {
	a := d.AddressDiscovery
	switch {
	case a.Image == "":
		errs.Required("addressDiscovery.image", "set an image that ships /go-runner and /bin/kubectl, e.g. \"registry.k8s.io/kubectl:v1.33.0\"")
	case strings.ContainsAny(a.Image, " \t\n"):
		errs.Invalid("addressDiscovery.image", a.Image, "must not contain whitespace")
	}
	if d.HostNetwork {
		errs.Add(fmt.Errorf("addressDiscovery: forbidden: hostNetwork renders no Service to read an address from; the relay advertises its node's address (status.hostIP) instead, so remove addressDiscovery"))
		return
	}
	if d.addressSource() != addressFromService {
		return // externalIP overrides discovery
	}
	if d.Pod.ServiceAccountName != "" {
		errs.Invalid("pod.serviceAccountName", d.Pod.ServiceAccountName, "must be empty with addressDiscovery: the relay runs as its own ServiceAccount (name), which may get its own Service and nothing else")
	}
	if d.Pod.AutomountServiceAccountToken {
		errs.Invalid("pod.automountServiceAccountToken", true, "must be false with addressDiscovery: only the "+DiscoveryContainerName+" init container gets an API token")
	}
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

func validatePeers(errs *check.Errors, cidrs []string) {
	for i, c := range cidrs {
		path := fmt.Sprintf("allowedPeerCIDRs[%d]", i)
		p, err := netip.ParsePrefix(c)
		switch {
		case err != nil:
			errs.Invalid(path, c, `must be an IPv4 or IPv6 CIDR, e.g. "10.0.0.0/16"`)
		case p != p.Masked():
			errs.Invalid(path, c, fmt.Sprintf("has bits set beyond its /%d prefix; write %q", p.Bits(), p.Masked().String()))
		case p.Addr().Is4In6():
			errs.Invalid(path, c, "is an IPv4-mapped IPv6 range; write the IPv4 range, which is how coturn sees IPv4 peers")
		default:
			for _, r := range refusedPeers {
				if p.Overlaps(r) {
					errs.Invalid(path, c, fmt.Sprintf("overlaps %s: coturn refuses loopback, multicast and unspecified peers before it reads allowed-peer-ip; allow only the ranges where media peers live", r))
					break
				}
			}
		}
	}
}

func validateQuotas(errs *check.Errors, d TurnRelayProps) {
	if *d.UserQuota < 0 {
		errs.Invalid("userQuota", *d.UserQuota, "must be 0 (no cap) or positive")
	}
	if *d.TotalQuota < 0 {
		errs.Invalid("totalQuota", *d.TotalQuota, "must be 0 (no cap) or positive")
	}
	if *d.UserQuota > 0 && *d.TotalQuota > 0 && *d.UserQuota > *d.TotalQuota {
		errs.Invalid("userQuota", *d.UserQuota, fmt.Sprintf("exceeds totalQuota (%d), so it never applies; lower it or raise totalQuota", *d.TotalQuota))
	}
	bandwidth := []struct {
		path  string
		value int
	}{{"maxBytesPerSecond", d.MaxBytesPerSecond}, {"capacityBytesPerSecond", d.CapacityBytesPerSecond}}
	for _, f := range bandwidth {
		if f.value != 0 && f.value < MinBytesPerSecond {
			errs.Invalid(f.path, f.value, fmt.Sprintf("must be 0 (no cap) or at least %d bytes per second: below that coturn drops the packets of a single voice stream; the unit is bytes, not bits or kilobits", MinBytesPerSecond))
			return
		}
	}
	if d.MaxBytesPerSecond > 0 && d.CapacityBytesPerSecond > 0 && d.CapacityBytesPerSecond < d.MaxBytesPerSecond {
		errs.Invalid("capacityBytesPerSecond", d.CapacityBytesPerSecond, fmt.Sprintf("is below maxBytesPerSecond (%d), the cap of a single session; raise it", d.MaxBytesPerSecond))
	}
}

// portField is a port prop and its path in messages.
type portField struct {
	path  string
	value int
}

func validatePorts(errs *check.Errors, d TurnRelayProps) {
	const unprivileged = "must be between 1024 and 65535: the relay runs as a non-root user without privilege escalation, so it cannot bind lower ports"
	// singles are the ports besides the relay range: each lies outside it
	// and differs from the others.
	singles := []portField{{"listeningPort", d.ListeningPort}}
	if d.TLS != nil {
		singles = append(singles, portField{"tls.port", d.TLS.Port})
	}
	if d.Metrics != nil {
		singles = append(singles, portField{"metrics.port", d.Metrics.Port})
	}
	portsOK := true
	for _, f := range append([]portField{singles[0], {"minRelayPort", d.MinRelayPort}, {"maxRelayPort", d.MaxRelayPort}}, singles[1:]...) {
		if f.value < 1024 || f.value > 65535 {
			errs.Invalid(f.path, f.value, unprivileged)
			portsOK = false
		}
	}
	if !portsOK {
		return
	}
	if d.MaxRelayPort < d.MinRelayPort {
		errs.Invalid("maxRelayPort", d.MaxRelayPort, fmt.Sprintf("must be at least minRelayPort (%d)", d.MinRelayPort))
		return
	}
	clash := false
	for i, f := range singles {
		if f.value >= d.MinRelayPort && f.value <= d.MaxRelayPort {
			errs.Invalid(f.path, f.value, fmt.Sprintf("must lie outside the relay range %d-%d", d.MinRelayPort, d.MaxRelayPort))
			clash = true
			continue
		}
		for _, g := range singles[:i] {
			if g.value == f.value {
				errs.Invalid(f.path, f.value, "must differ from "+g.path)
				clash = true
				break
			}
		}
	}
	if clash {
		return
	}
	if n := d.MaxRelayPort - d.MinRelayPort + 1; n > MaxRelayPorts {
		errs.Invalid("maxRelayPort", d.MaxRelayPort, fmt.Sprintf("the relay range %d-%d has %d ports, more than %d; every relay port is declared one by one, so narrow the range", d.MinRelayPort, d.MaxRelayPort, n, MaxRelayPorts))
		return
	}
	if d.HostNetwork {
		return
	}
	// fixed lists the listeners besides the relay ports, as messages name them.
	fixed := fmt.Sprintf("listeningPort %d", d.ListeningPort)
	minListeners, minWhy := 2, "one for listeningPort and one per relay port"
	if d.TLS != nil {
		fixed = fmt.Sprintf("listeningPort %d, tls.port %d", d.ListeningPort, d.TLS.Port)
		minListeners, minWhy = 3, "one for listeningPort, one for tls.port and one per relay port"
	}
	if d.MaxLoadBalancerListeners < minListeners {
		errs.Invalid("maxLoadBalancerListeners", d.MaxLoadBalancerListeners, fmt.Sprintf("must be at least %d: %s", minListeners, minWhy))
		return
	}
	if need := listeners(d.ports()); need > d.MaxLoadBalancerListeners {
		relays := d.MaxRelayPort - d.MinRelayPort + 1
		fit := d.MaxRelayPort - (need - d.MaxLoadBalancerListeners)
		errs.Invalid("maxRelayPort", d.MaxRelayPort, fmt.Sprintf(
			"the LoadBalancer Service needs %d listeners (%s plus %d relay ports %d-%d; TCP and UDP on one port count once), more than maxLoadBalancerListeners (%d); lower maxRelayPort to %d, or raise maxLoadBalancerListeners if your load balancer allows more",
			need, fixed, relays, d.MinRelayPort, d.MaxRelayPort, d.MaxLoadBalancerListeners, fit))
	}
}

func validateExtraLine(errs *check.Errors, path, l string) {
	if strings.ContainsAny(l, "\r\n") {
		errs.Invalid(path, l, "must be a single line; give each option its own entry")
		return
	}
	name := directive(l)
	fix, managed := managedDirectives[name]
	if !managed {
		return
	}
	shown := l
	if name == "static-auth-secret" {
		shown = name + "=<redacted>"
	}
	errs.Invalid(path, shown, fmt.Sprintf("sets %s, which the relay manages: %s", name, fix))
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
