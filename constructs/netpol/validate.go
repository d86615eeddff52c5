package netpol

import (
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation"

	"github.com/dograh-hq/dograh-cdk8s/internal/check"
)

// Validate reports every problem with the props at once, as path-qualified
// messages joined with errors.Join. Unset fields are checked at their
// defaults. It is pure: it neither changes p nor depends on anything else.
func (p *FirewallProps) Validate() error {
	d := p.withDefaults()
	var errs check.Errors
	errs.DNSLabel("name", d.Name)
	errs.Labels("podSelector", d.PodSelector, "set the labels every pod of the application carries, e.g. app.kubernetes.io/name and app.kubernetes.io/instance")
	labelSyntax(&errs, "podSelector", d.PodSelector)
	labelSyntax(&errs, "labels", d.Labels)
	if d.DisableDNS && len(d.DNSPeers) > 0 {
		errs.Invalid("dnsPeers", fmt.Sprint(d.DNSPeers), "are unused while disableDns is true; remove them or keep DNS enabled")
	}
	for i, peer := range d.DNSPeers {
		validatePeer(&errs, fmt.Sprintf("dnsPeers[%d]", i), peer)
	}
	for i, r := range d.Rules {
		r.validate(&errs, fmt.Sprintf("rules[%d]", i), d.PodSelector)
	}
	for i, f := range d.Flows {
		f.validate(&errs, fmt.Sprintf("flows[%d]", i), d.PodSelector)
	}
	validateUniqueNames(&errs, d)
	return errs.Err()
}

func (r Rule) validate(errs *check.Errors, at string, podSelector map[string]string) {
	errs.DNSLabel(at+".name", r.Name)
	switch r.Direction {
	case Ingress, Egress:
	case "":
		errs.Required(at+".direction", "set netpol.Ingress (peers connect to the pods) or netpol.Egress (the pods connect to the peers)")
	default:
		errs.Invalid(at+".direction", string(r.Direction), "must be Ingress or Egress")
	}
	withinFirewall(errs, at+".pods", r.Pods, podSelector)
	if len(r.Peers) == 0 {
		errs.Required(at+".peers", "list who may connect, e.g. netpol.Pods(labels), netpol.CIDR(\"10.0.0.0/16\") or netpol.Anywhere()")
	}
	for i, peer := range r.Peers {
		validatePeer(errs, fmt.Sprintf("%s.peers[%d]", at, i), peer)
	}
	validatePorts(errs, at+".ports", r.Ports)
}

func (f Flow) validate(errs *check.Errors, at string, podSelector map[string]string) {
	errs.DNSLabel(at+".name", f.Name)
	withinFirewall(errs, at+".from", f.From, podSelector)
	withinFirewall(errs, at+".to", f.To, podSelector)
	validatePorts(errs, at+".ports", f.Ports)
}

// withinFirewall rejects labels that contradict the firewall's selector:
// added to it, they would select no pod at all.
func withinFirewall(errs *check.Errors, at string, labels, podSelector map[string]string) {
	labelSyntax(errs, at, labels)
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		if v, ok := podSelector[k]; ok && v != labels[k] {
			errs.Invalid(at, k+"="+labels[k], fmt.Sprintf("contradicts podSelector %s=%s: the labels narrow the firewall's pods, so these would select none", k, v))
		}
	}
}

// labelSyntax checks every key and value the way the API server does.
func labelSyntax(errs *check.Errors, at string, labels map[string]string) {
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		v := labels[k]
		var why []string
		for _, m := range validation.IsQualifiedName(k) {
			why = append(why, "key: "+m)
		}
		for _, m := range validation.IsValidLabelValue(v) {
			why = append(why, "value: "+m)
		}
		if len(why) > 0 {
			errs.Invalid(at, k+"="+v, strings.Join(why, "; "))
		}
	}
}

func validatePeer(errs *check.Errors, at string, p Peer) {
	const podsFix = "set the labels of the peer pods; no labels would match every pod"
	const namespacesFix = `set the labels of the peer namespaces, e.g. {"kubernetes.io/metadata.name": "ingress-nginx"}; no labels would match every namespace`
	switch p.kind {
	case peerUnset:
		errs.Required(at, "build the peer with netpol.Pods, netpol.Namespaces, netpol.PodsInNamespaces, netpol.CIDR or netpol.Anywhere")
	case peerPods:
		errs.Labels(at+".pods", p.pods, podsFix)
		labelSyntax(errs, at+".pods", p.pods)
	case peerNamespaces:
		errs.Labels(at+".namespaces", p.namespaces, namespacesFix)
		labelSyntax(errs, at+".namespaces", p.namespaces)
	case peerPodsInNamespaces:
		errs.Labels(at+".namespaces", p.namespaces, namespacesFix)
		labelSyntax(errs, at+".namespaces", p.namespaces)
		errs.Labels(at+".pods", p.pods, podsFix)
		labelSyntax(errs, at+".pods", p.pods)
	case peerCIDR:
		validateCIDR(errs, at, p.cidr, p.except)
	}
}

func validateCIDR(errs *check.Errors, at, cidr string, except []string) {
	block, ok := canonicalPrefix(errs, at+".cidr", cidr)
	for i, e := range except {
		inner, innerOK := canonicalPrefix(errs, fmt.Sprintf("%s.except[%d]", at, i), e)
		if ok && innerOK && !strictlyInside(inner, block) {
			errs.Invalid(fmt.Sprintf("%s.except[%d]", at, i), e, fmt.Sprintf("must lie strictly inside cidr %q", cidr))
		}
	}
}

func canonicalPrefix(errs *check.Errors, at, s string) (netip.Prefix, bool) {
	p, err := netip.ParsePrefix(s)
	switch {
	case err != nil:
		errs.Invalid(at, s, `must be an IPv4 or IPv6 CIDR, e.g. "10.0.0.0/16" or "2001:db8::/32"`)
		return p, false
	case p.Masked() != p:
		errs.Invalid(at, s, fmt.Sprintf("has host bits set; write %q", p.Masked().String()))
		return p, false
	}
	return p, true
}

// strictlyInside reports whether inner is a proper sub-block of outer, as
// the API server demands of an ipBlock's exceptions.
func strictlyInside(inner, outer netip.Prefix) bool {
	return inner.Addr().Is4() == outer.Addr().Is4() && inner.Bits() > outer.Bits() && outer.Contains(inner.Addr())
}

func validatePorts(errs *check.Errors, at string, ports []Port) {
	if len(ports) == 0 {
		errs.Required(at, "list the allowed ports, e.g. netpol.TCP(8080) or netpol.UDPRange(49152, 49200); no rule opens every port by omission")
	}
	for i, p := range ports {
		p.validate(errs, fmt.Sprintf("%s[%d]", at, i))
	}
}

func (p Port) validate(errs *check.Errors, at string) {
	switch p.Protocol {
	case ProtocolTCP, ProtocolUDP:
	case "":
		errs.Required(at+".protocol", "set TCP or UDP, e.g. netpol.TCP(8080) or netpol.UDP(3478)")
	default:
		errs.Invalid(at+".protocol", string(p.Protocol), "must be TCP or UDP")
	}
	if p.Port != 0 {
		errs.Port(at+".port", p.Port)
	}
	switch {
	case p.EndPort == 0:
	case p.Port == 0:
		errs.Invalid(at+".endPort", p.EndPort, "needs port, the first port of the range; use netpol.TCPRange or netpol.UDPRange")
	case p.EndPort < p.Port || p.EndPort > 65535:
		errs.Invalid(at+".endPort", p.EndPort, fmt.Sprintf("must be between port (%d) and 65535", p.Port))
	}
}

// validateUniqueNames rejects two rules or flows rendering one policy name,
// which would make one silently replace the other in the cluster.
func validateUniqueNames(errs *check.Errors, d FirewallProps) {
	seen := map[string]string{}
	for _, s := range plan(d) {
		if s.ownName == "" {
			continue // reported as required already
		}
		if prev, dup := seen[s.name]; dup {
			errs.Invalid(s.origin+".name", s.ownName, fmt.Sprintf("renders NetworkPolicy %q, as %s does; rename one", s.name, prev))
			continue
		}
		seen[s.name] = s.origin
	}
}
