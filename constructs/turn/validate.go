package turn

import (
	"fmt"
	"maps"
	"net/netip"
	"regexp"
	"slices"
	"strings"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
)

var (
	dns1123Subdomain = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)
	secretKey        = regexp.MustCompile(`^[-._a-zA-Z0-9]+$`)
	realmValue       = regexp.MustCompile(`^[A-Za-z0-9._-]+$`)
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
	if d.Container.Name == InitContainerName {
		errs.Invalid("container.name", d.Container.Name, "is the name of the relay's own init container; choose another")
	}
	for i, ic := range d.Pod.InitContainers {
		if ic != nil && ic.Name != nil && *ic.Name == InitContainerName {
			errs.Invalid(fmt.Sprintf("pod.initContainers[%d].name", i), InitContainerName, "is the name of the relay's own init container; choose another")
		}
	}

	switch {
	case d.AuthSecretName == "":
		errs.Required("authSecretName", "name the Secret holding the TURN REST API shared secret")
	case len(d.AuthSecretName) > 253 || !dns1123Subdomain.MatchString(d.AuthSecretName):
		errs.Invalid("authSecretName", d.AuthSecretName, "must be a lowercase RFC 1123 subdomain, e.g. \"turn-secret\"")
	}
	switch {
	case d.AuthSecretKey == "":
		errs.Required("authSecretKey", "name the key of the shared secret in authSecretName")
	case len(d.AuthSecretKey) > 253 || !secretKey.MatchString(d.AuthSecretKey):
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
	for i, l := range d.ExtraConfig {
		validateExtraLine(&errs, fmt.Sprintf("extraConfig[%d]", i), l)
	}
	if d.HostNetwork && len(d.ServiceAnnotations) > 0 {
		errs.Invalid("serviceAnnotations", slices.Sorted(maps.Keys(d.ServiceAnnotations)), "hostNetwork renders no Service; remove them")
	}
	return errs.Err()
}

func validatePorts(errs *check.Errors, d TurnRelayProps) {
	const unprivileged = "must be between 1024 and 65535: the relay runs as a non-root user without privilege escalation, so it cannot bind lower ports"
	portsOK := true
	for _, f := range []struct {
		path  string
		value int
	}{{"listeningPort", d.ListeningPort}, {"minRelayPort", d.MinRelayPort}, {"maxRelayPort", d.MaxRelayPort}} {
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
	if d.ListeningPort >= d.MinRelayPort && d.ListeningPort <= d.MaxRelayPort {
		errs.Invalid("listeningPort", d.ListeningPort, fmt.Sprintf("must lie outside the relay range %d-%d", d.MinRelayPort, d.MaxRelayPort))
		return
	}
	if n := d.MaxRelayPort - d.MinRelayPort + 1; n > MaxRelayPorts {
		errs.Invalid("maxRelayPort", d.MaxRelayPort, fmt.Sprintf("the relay range %d-%d has %d ports, more than %d; every relay port is declared one by one, so narrow the range", d.MinRelayPort, d.MaxRelayPort, n, MaxRelayPorts))
		return
	}
	if d.HostNetwork {
		return
	}
	if d.MaxLoadBalancerListeners < 2 {
		errs.Invalid("maxLoadBalancerListeners", d.MaxLoadBalancerListeners, "must be at least 2: one for listeningPort and one per relay port")
		return
	}
	if need := listeners(d.ports()); need > d.MaxLoadBalancerListeners {
		relays := d.MaxRelayPort - d.MinRelayPort + 1
		fit := d.MaxRelayPort - (need - d.MaxLoadBalancerListeners)
		errs.Invalid("maxRelayPort", d.MaxRelayPort, fmt.Sprintf(
			"the LoadBalancer Service needs %d listeners (listeningPort %d plus %d relay ports %d-%d; TCP and UDP on one port count once), more than maxLoadBalancerListeners (%d); lower maxRelayPort to %d, or raise maxLoadBalancerListeners if your load balancer allows more",
			need, d.ListeningPort, relays, d.MinRelayPort, d.MaxRelayPort, d.MaxLoadBalancerListeners, fit))
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
