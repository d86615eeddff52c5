package netpol

import (
	"fmt"
	"maps"
	"net/netip"
	"slices"

	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
)

// Validate reports every problem with the props at once, each under the
// path of its field. Unset fields are checked at their defaults. It is
// pure: it neither changes p nor depends on anything else.
func (p *FirewallProps) Validate() field.ErrorList {
	d := p.withDefaults()
	errs := check.DNSLabel(field.NewPath("name"), d.Name, `set a lowercase name such as "my-app"`)
	errs = append(errs, check.SelectorLabels(field.NewPath("podSelector"), d.PodSelector, "set the labels every pod of the application carries, e.g. app.kubernetes.io/name and app.kubernetes.io/instance")...)
	errs = append(errs, check.Labels(field.NewPath("labels"), d.Labels)...)
	if d.DisableDNS && len(d.DNSPeers) > 0 {
		errs = append(errs, field.Invalid(field.NewPath("dnsPeers"), fmt.Sprint(d.DNSPeers), "are unused while disableDns is true; remove them or keep DNS enabled"))
	}
	for i, peer := range d.DNSPeers {
		errs = append(errs, validatePeer(field.NewPath("dnsPeers").Index(i), peer)...)
	}
	for i, r := range d.Rules {
		errs = append(errs, r.validate(field.NewPath("rules").Index(i), d.PodSelector)...)
	}
	for i, f := range d.Flows {
		errs = append(errs, f.validate(field.NewPath("flows").Index(i), d.PodSelector)...)
	}
	return append(errs, validateUniqueNames(d)...)
}

func (r Rule) validate(at *field.Path, podSelector map[string]string) field.ErrorList {
	errs := check.DNSLabel(at.Child("name"), r.Name, `name the rule, e.g. "web-from-gateway"`)
	switch r.Direction {
	case Ingress, Egress:
	case "":
		errs = append(errs, field.Required(at.Child("direction"), "set netpol.Ingress (peers connect to the pods) or netpol.Egress (the pods connect to the peers)"))
	default:
		errs = append(errs, field.NotSupported(at.Child("direction"), string(r.Direction), []string{string(Ingress), string(Egress)}))
	}
	errs = append(errs, withinFirewall(at.Child("pods"), r.Pods, podSelector)...)
	errs = append(errs, check.Labels(at.Child("labels"), r.Labels)...)
	if len(r.Peers) == 0 {
		errs = append(errs, field.Required(at.Child("peers"), "list who may connect, e.g. netpol.Pods(labels), netpol.CIDR(\"10.0.0.0/16\") or netpol.Anywhere()"))
	}
	for i, peer := range r.Peers {
		errs = append(errs, validatePeer(at.Child("peers").Index(i), peer)...)
	}
	return append(errs, validatePorts(at.Child("ports"), r.Ports)...)
}

func (f Flow) validate(at *field.Path, podSelector map[string]string) field.ErrorList {
	errs := check.DNSLabel(at.Child("name"), f.Name, `name the flow, e.g. "web-to-db"`)
	errs = append(errs, withinFirewall(at.Child("from"), f.From, podSelector)...)
	errs = append(errs, withinFirewall(at.Child("to"), f.To, podSelector)...)
	errs = append(errs, check.Labels(at.Child("labels"), f.Labels)...)
	return append(errs, validatePorts(at.Child("ports"), f.Ports)...)
}

// withinFirewall rejects labels that contradict the firewall's selector:
// added to it, they would select no pod at all.
func withinFirewall(at *field.Path, labels, podSelector map[string]string) field.ErrorList {
	errs := check.Labels(at, labels)
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		if v, ok := podSelector[k]; ok && v != labels[k] {
			errs = append(errs, field.Invalid(at.Key(k), labels[k], fmt.Sprintf("contradicts podSelector %s=%s: the labels narrow the firewall's pods, so these would select none", k, v)))
		}
	}
	return errs
}

func validatePeer(at *field.Path, p Peer) field.ErrorList {
	const podsFix = "set the labels of the peer pods; no labels would match every pod"
	const namespacesFix = `set the labels of the peer namespaces, e.g. {"kubernetes.io/metadata.name": "ingress-nginx"}; no labels would match every namespace`
	switch p.kind {
	case peerUnset:
		return field.ErrorList{field.Required(at, "build the peer with netpol.Pods, netpol.Namespaces, netpol.PodsInNamespaces, netpol.CIDR or netpol.Anywhere")}
	case peerPods:
		return check.SelectorLabels(at.Child("pods"), p.pods, podsFix)
	case peerNamespaces:
		return check.SelectorLabels(at.Child("namespaces"), p.namespaces, namespacesFix)
	case peerPodsInNamespaces:
		return append(check.SelectorLabels(at.Child("namespaces"), p.namespaces, namespacesFix),
			check.SelectorLabels(at.Child("pods"), p.pods, podsFix)...)
	case peerCIDR:
		return validateCIDR(at, p.cidr, p.except)
	}
	return nil
}

// validateCIDR follows ValidateIPBlock (pkg/apis/networking/validation).
func validateCIDR(at *field.Path, cidr string, except []string) field.ErrorList {
	block, errs := canonicalPrefix(at.Child("cidr"), cidr)
	for i, e := range except {
		inner, innerErrs := canonicalPrefix(at.Child("except").Index(i), e)
		errs = append(errs, innerErrs...)
		if len(innerErrs) == 0 && block.IsValid() && !strictlyInside(inner, block) {
			errs = append(errs, field.Invalid(at.Child("except").Index(i), e, fmt.Sprintf("must lie strictly inside cidr %q", cidr)))
		}
	}
	return errs
}

// canonicalPrefix parses a CIDR without host bits; the zero Prefix on error.
func canonicalPrefix(at *field.Path, s string) (netip.Prefix, field.ErrorList) {
	p, err := netip.ParsePrefix(s)
	switch {
	case err != nil:
		return netip.Prefix{}, field.ErrorList{field.Invalid(at, s, `must be an IPv4 or IPv6 CIDR, e.g. "10.0.0.0/16" or "2001:db8::/32"`)}
	case p.Masked() != p:
		return netip.Prefix{}, field.ErrorList{field.Invalid(at, s, fmt.Sprintf("has host bits set; write %q", p.Masked().String()))}
	}
	return p, nil
}

// strictlyInside reports whether inner is a proper sub-block of outer, as
// the API server demands of an ipBlock's exceptions.
func strictlyInside(inner, outer netip.Prefix) bool {
	return inner.Addr().Is4() == outer.Addr().Is4() && inner.Bits() > outer.Bits() && outer.Contains(inner.Addr())
}

func validatePorts(at *field.Path, ports []Port) field.ErrorList {
	var errs field.ErrorList
	if len(ports) == 0 {
		errs = append(errs, field.Required(at, "list the allowed ports, e.g. netpol.TCP(8080) or netpol.UDPRange(49152, 49200); no rule opens every port by omission"))
	}
	for i, p := range ports {
		errs = append(errs, p.validate(at.Index(i))...)
	}
	return errs
}

// validate follows ValidateNetworkPolicyPort (pkg/apis/networking/validation).
func (p Port) validate(at *field.Path) field.ErrorList {
	var errs field.ErrorList
	switch p.Protocol {
	case ProtocolTCP, ProtocolUDP:
	case "":
		errs = append(errs, field.Required(at.Child("protocol"), "set TCP or UDP, e.g. netpol.TCP(8080) or netpol.UDP(3478)"))
	default:
		errs = append(errs, field.NotSupported(at.Child("protocol"), string(p.Protocol), []string{string(ProtocolTCP), string(ProtocolUDP)}))
	}
	if p.Port != 0 {
		errs = append(errs, check.Port(at.Child("port"), p.Port)...)
	}
	switch {
	case p.EndPort == 0:
	case p.Port == 0:
		errs = append(errs, field.Invalid(at.Child("endPort"), p.EndPort, "needs port, the first port of the range; use netpol.TCPRange or netpol.UDPRange"))
	case p.EndPort < p.Port || p.EndPort > 65535:
		errs = append(errs, field.Invalid(at.Child("endPort"), p.EndPort, fmt.Sprintf("must be between port (%d) and 65535", p.Port)))
	}
	return errs
}

// validateUniqueNames rejects two rules or flows rendering one policy name,
// which would make one silently replace the other in the cluster.
func validateUniqueNames(d FirewallProps) field.ErrorList {
	var errs field.ErrorList
	seen := map[string]string{}
	for _, s := range plan(d) {
		if s.ownName == "" {
			continue // reported as required already
		}
		if prev, dup := seen[s.name]; dup {
			errs = append(errs, field.Duplicate(field.NewPath(s.origin).Child("name"), s.ownName))
			errs[len(errs)-1].Detail = fmt.Sprintf("renders NetworkPolicy %q, as %s does; rename one", s.name, prev)
			continue
		}
		seen[s.name] = s.origin
	}
	return errs
}
