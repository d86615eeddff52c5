package netpol

import (
	"fmt"
	"maps"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
)

// Firewall isolates an application's pods: everything is denied except DNS
// and what its rules and flows allow.
type Firewall interface {
	constructs.Construct
	// DefaultDeny is the policy that isolates every pod of the firewall
	// (construct id "Resource").
	DefaultDeny() k8s.KubeNetworkPolicy
	// Policies are every policy rendered, in output order: the default
	// deny, DNS, the rules, then both halves of each flow.
	Policies() []k8s.KubeNetworkPolicy
}

type firewall struct {
	constructs.Construct
	policies []k8s.KubeNetworkPolicy
}

func (f *firewall) DefaultDeny() k8s.KubeNetworkPolicy { return f.policies[0] }
func (f *firewall) Policies() []k8s.KubeNetworkPolicy {
	return append([]k8s.KubeNetworkPolicy(nil), f.policies...)
}

// NewFirewall renders a default-deny NetworkPolicy for the pods
// props.PodSelector selects, an egress allow to cluster DNS, one policy per
// rule and two per flow. It panics with the construct id and every
// validation error when props are invalid.
func NewFirewall(scope constructs.Construct, id string, props *FirewallProps) Firewall {
	check.MustBeValid(id, "FirewallProps", props.Validate())
	p := props.withDefaults()
	f := &firewall{}
	constructs.NewConstruct_Override(f, scope, jsii.String(id))
	for _, s := range plan(p) {
		f.policies = append(f.policies, k8s.NewKubeNetworkPolicy(f, jsii.String(s.id), s.render(k8sutil.MergeLabels(p.Labels, s.labels))))
	}
	return f
}

// policySpec is one NetworkPolicy to render.
type policySpec struct {
	id      string // construct id
	name    string // object name
	ownName string // the rule's or flow's name, for messages
	origin  string // where in the props it comes from, for messages
	pods    map[string]string
	types   []Direction
	peers   []Peer // of the one rule, in the direction of types[0]
	ports   []Port
	labels  map[string]string // the rule's or flow's own labels
}

// plan lists the policies of (defaulted) props in output order.
func plan(p FirewallProps) []policySpec {
	name := func(parts ...string) string {
		n := p.Name
		for _, s := range parts {
			n += "-" + s
		}
		return n
	}
	specs := []policySpec{{
		id: "Resource", name: name(DefaultDenyPolicySuffix), ownName: DefaultDenyPolicySuffix,
		origin: "the default-deny policy", pods: p.PodSelector, types: []Direction{Ingress, Egress},
	}}
	if !p.DisableDNS {
		specs = append(specs, policySpec{
			id: "AllowDns", name: name(DNSPolicySuffix), ownName: DNSPolicySuffix,
			origin: "the DNS policy", pods: p.PodSelector, types: []Direction{Egress},
			peers: p.DNSPeers, ports: DNSPorts(),
		})
	}
	for i, r := range p.Rules {
		specs = append(specs, policySpec{
			id: r.Name, name: name(r.Name), ownName: r.Name, origin: fmt.Sprintf("rules[%d]", i),
			pods: narrow(p.PodSelector, r.Pods), types: []Direction{r.Direction}, peers: r.Peers, ports: r.Ports, labels: r.Labels,
		})
	}
	for i, f := range p.Flows {
		from, to := narrow(p.PodSelector, f.From), narrow(p.PodSelector, f.To)
		origin := fmt.Sprintf("flows[%d]", i)
		specs = append(specs,
			policySpec{
				id: f.Name + "-" + EgressPolicySuffix, name: name(f.Name, EgressPolicySuffix), ownName: f.Name, origin: origin,
				pods: from, types: []Direction{Egress}, peers: []Peer{Pods(to)}, ports: f.Ports, labels: f.Labels,
			},
			policySpec{
				id: f.Name + "-" + IngressPolicySuffix, name: name(f.Name, IngressPolicySuffix), ownName: f.Name, origin: origin,
				pods: to, types: []Direction{Ingress}, peers: []Peer{Pods(from)}, ports: f.Ports, labels: f.Labels,
			})
	}
	return specs
}

// narrow adds labels to the firewall's selector; the selector wins, and
// Validate rejects a contradiction.
func narrow(podSelector, labels map[string]string) map[string]string {
	out := maps.Clone(labels)
	if out == nil {
		out = map[string]string{}
	}
	maps.Copy(out, podSelector)
	return out
}

func (s policySpec) render(labels map[string]string) *k8s.KubeNetworkPolicyProps {
	var types []string
	for _, t := range s.types {
		types = append(types, string(t))
	}
	spec := &k8s.NetworkPolicySpec{
		PodSelector: selector(s.pods),
		PolicyTypes: jsii.Strings(types...),
	}
	if len(s.peers) > 0 {
		var peers []*k8s.NetworkPolicyPeer
		for _, p := range s.peers {
			peers = append(peers, p.render()...)
		}
		var ports []*k8s.NetworkPolicyPort
		for _, p := range s.ports {
			ports = append(ports, p.render())
		}
		if s.types[0] == Ingress {
			spec.Ingress = &[]*k8s.NetworkPolicyIngressRule{{From: &peers, Ports: &ports}}
		} else {
			spec.Egress = &[]*k8s.NetworkPolicyEgressRule{{To: &peers, Ports: &ports}}
		}
	}
	return &k8s.KubeNetworkPolicyProps{Metadata: k8sutil.ObjectMeta(s.name, labels), Spec: spec}
}

func selector(labels map[string]string) *k8s.LabelSelector {
	return &k8s.LabelSelector{MatchLabels: k8sutil.StrMap(labels)}
}

func (p Peer) render() []*k8s.NetworkPolicyPeer {
	switch p.kind {
	case peerPods:
		return []*k8s.NetworkPolicyPeer{{PodSelector: selector(p.pods)}}
	case peerNamespaces:
		return []*k8s.NetworkPolicyPeer{{NamespaceSelector: selector(p.namespaces)}}
	case peerPodsInNamespaces:
		return []*k8s.NetworkPolicyPeer{{NamespaceSelector: selector(p.namespaces), PodSelector: selector(p.pods)}}
	case peerCIDR:
		block := &k8s.IpBlock{Cidr: jsii.String(p.cidr)}
		if len(p.except) > 0 {
			block.Except = jsii.Strings(p.except...)
		}
		return []*k8s.NetworkPolicyPeer{{IpBlock: block}}
	case peerAnywhere:
		return []*k8s.NetworkPolicyPeer{
			{IpBlock: &k8s.IpBlock{Cidr: jsii.String(anywhereIPv4)}},
			{IpBlock: &k8s.IpBlock{Cidr: jsii.String(anywhereIPv6)}},
		}
	}
	panic("netpol: unset peer reached rendering") // Validate rejects it
}

const (
	anywhereIPv4 = "0.0.0.0/0"
	anywhereIPv6 = "::/0"
)

func (p Port) render() *k8s.NetworkPolicyPort {
	out := &k8s.NetworkPolicyPort{Protocol: jsii.String(string(p.Protocol))}
	if p.Port != 0 {
		out.Port = k8sutil.Number(p.Port)
	}
	if p.EndPort != 0 {
		out.EndPort = jsii.Number(p.EndPort)
	}
	return out
}
