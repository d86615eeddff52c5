package netpol

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Defaults and fixed values used by NewFirewall.
const (
	// DNSPort is the port cluster DNS answers on, over UDP and TCP (TCP for
	// answers too large for one datagram).
	DNSPort = 53
	// DefaultDNSNamespace is the namespace of the cluster DNS pods.
	DefaultDNSNamespace = "kube-system"
	// DefaultDNSPodLabelKey and DefaultDNSPodLabelValue select the cluster
	// DNS pods. CoreDNS carries k8s-app=kube-dns on kubeadm, EKS, GKE and
	// AKS clusters, for compatibility with the kube-dns it replaced.
	DefaultDNSPodLabelKey   = "k8s-app"
	DefaultDNSPodLabelValue = "kube-dns"
	// NamespaceNameLabel is the label the API server puts on every
	// namespace, holding its name.
	NamespaceNameLabel = "kubernetes.io/metadata.name"
	// DefaultDenyPolicySuffix and DNSPolicySuffix name the firewall's own
	// policies: "<name>-default-deny" and "<name>-allow-dns".
	DefaultDenyPolicySuffix = "default-deny"
	DNSPolicySuffix         = "allow-dns"
	// EgressPolicySuffix and IngressPolicySuffix name a Flow's two halves:
	// "<name>-<flow>-egress" and "<name>-<flow>-ingress".
	EgressPolicySuffix  = "egress"
	IngressPolicySuffix = "ingress"
)

// Protocol is a transport protocol a port is open for.
type Protocol string

const (
	// ProtocolTCP is TCP.
	ProtocolTCP Protocol = "TCP"
	// ProtocolUDP is UDP.
	ProtocolUDP Protocol = "UDP"
)

// Direction says which way a Rule admits traffic, relative to the pods it
// selects.
type Direction string

const (
	// Ingress admits connections to the selected pods from the peers.
	Ingress Direction = "Ingress"
	// Egress admits connections from the selected pods to the peers.
	Egress Direction = "Egress"
)

// Port is one port or port range of one protocol. Build it with TCP, UDP,
// TCPRange, UDPRange or AllPortsOf.
type Port struct {
	// Protocol is TCP or UDP. Required: a NetworkPolicy port without one
	// means TCP, which silently leaves UDP blocked.
	Protocol Protocol
	// Port is the port, or the first port of a range. Default: 0, every
	// port of Protocol.
	Port int
	// EndPort is the last port of a range starting at Port. Default: 0,
	// Port alone.
	EndPort int
}

// TCP is one TCP port.
func TCP(port int) Port { return Port{Protocol: ProtocolTCP, Port: port} }

// UDP is one UDP port.
func UDP(port int) Port { return Port{Protocol: ProtocolUDP, Port: port} }

// TCPRange is the TCP ports first to last, inclusive.
func TCPRange(first, last int) Port { return Port{Protocol: ProtocolTCP, Port: first, EndPort: last} }

// UDPRange is the UDP ports first to last, inclusive, e.g. a media relay's
// port range.
func UDPRange(first, last int) Port { return Port{Protocol: ProtocolUDP, Port: first, EndPort: last} }

// AllPortsOf is every port of one protocol, e.g. UDP to peers whose ports
// are negotiated at run time.
func AllPortsOf(p Protocol) Port { return Port{Protocol: p} }

// String renders "5432/TCP", "49152-49200/UDP" or "all/UDP".
func (p Port) String() string {
	switch {
	case p.Port == 0:
		return "all/" + string(p.Protocol)
	case p.EndPort != 0:
		return fmt.Sprintf("%d-%d/%s", p.Port, p.EndPort, p.Protocol)
	default:
		return fmt.Sprintf("%d/%s", p.Port, p.Protocol)
	}
}

type peerKind int

const (
	peerUnset peerKind = iota
	peerPods
	peerNamespaces
	peerPodsInNamespaces
	peerCIDR
	peerAnywhere
)

// Peer is the other side of a Rule: who may connect to the selected pods,
// or whom they may connect to. Build it with Pods, Namespaces,
// PodsInNamespaces, CIDR or Anywhere; the zero Peer is invalid.
type Peer struct {
	kind       peerKind
	pods       map[string]string
	namespaces map[string]string
	cidr       string
	except     []string
}

// Pods are the pods with all of these labels in the policy's own
// namespace.
func Pods(labels map[string]string) Peer {
	return Peer{kind: peerPods, pods: maps.Clone(labels)}
}

// Namespaces are every pod of the namespaces with all of these labels,
// e.g. {"kubernetes.io/metadata.name": "ingress-nginx"}.
func Namespaces(labels map[string]string) Peer {
	return Peer{kind: peerNamespaces, namespaces: maps.Clone(labels)}
}

// PodsInNamespaces are the pods with all of podLabels in the namespaces
// with all of namespaceLabels.
func PodsInNamespaces(namespaceLabels, podLabels map[string]string) Peer {
	return Peer{kind: peerPodsInNamespaces, namespaces: maps.Clone(namespaceLabels), pods: maps.Clone(podLabels)}
}

// CIDR is the addresses of an IPv4 or IPv6 block, minus the blocks in
// except, e.g. a managed database's subnet. Use it for addresses outside
// the cluster: CNI plugins differ on whether it matches pod addresses.
func CIDR(cidr string, except ...string) Peer {
	return Peer{kind: peerCIDR, cidr: cidr, except: slices.Clone(except)}
}

// Anywhere is every IPv4 and IPv6 address (0.0.0.0/0 and ::/0), e.g.
// clients on the internet. Some CNI plugins do not count pods as part of
// it, so a pod peer that must be allowed needs its own Pods peer.
func Anywhere() Peer { return Peer{kind: peerAnywhere} }

// String describes the peer for messages.
func (p Peer) String() string {
	switch p.kind {
	case peerPods:
		return "pods " + formatLabels(p.pods)
	case peerNamespaces:
		return "namespaces " + formatLabels(p.namespaces)
	case peerPodsInNamespaces:
		return "pods " + formatLabels(p.pods) + " in namespaces " + formatLabels(p.namespaces)
	case peerCIDR:
		if len(p.except) > 0 {
			return p.cidr + " except " + strings.Join(p.except, ",")
		}
		return p.cidr
	case peerAnywhere:
		return "anywhere"
	default:
		return "unset peer"
	}
}

// formatLabels renders labels as "{k1=v1,k2=v2}", sorted by key.
func formatLabels(labels map[string]string) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		parts = append(parts, k+"="+labels[k])
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// Rule admits one kind of traffic for some of the firewall's pods, and
// renders one NetworkPolicy named "<firewall name>-<rule name>".
type Rule struct {
	// Name completes the policy name and is the construct id. Required, a
	// lowercase RFC 1123 label unique within the firewall.
	Name string
	// Direction is Ingress (peers connect to the pods) or Egress (the pods
	// connect to the peers). Required.
	Direction Direction
	// Pods are the labels of the pods the rule applies to, added to the
	// firewall's PodSelector. Default: none, every pod of the firewall.
	Pods map[string]string
	// Peers are who may connect (Ingress) or be connected to (Egress).
	// Required, at least one.
	Peers []Peer
	// Ports are the ports of the connection, on the pods' side for
	// Ingress and on the peers' side for Egress. Required, at least one:
	// a rule never opens every port by omission.
	Ports []Port
	// Labels go on this rule's policy, next to the firewall's Labels (which
	// win), e.g. the component it belongs to, so that listing or pruning a
	// component by label includes its policies. Default: none.
	Labels map[string]string
}

// Flow admits connections from some of the firewall's pods to others, and
// renders both halves: an egress policy "<firewall name>-<flow
// name>-egress" on the source pods and an ingress policy "<firewall
// name>-<flow name>-ingress" on the destination pods.
type Flow struct {
	// Name completes the policy names and the construct ids. Required, a
	// lowercase RFC 1123 label unique within the firewall.
	Name string
	// From are the labels of the source pods, added to the firewall's
	// PodSelector. Default: none, every pod of the firewall.
	From map[string]string
	// To are the labels of the destination pods, added to the firewall's
	// PodSelector. Default: none, every pod of the firewall.
	To map[string]string
	// Ports are the destination pods' ports. Required, at least one.
	Ports []Port
	// Labels go on both of the flow's policies, next to the firewall's
	// Labels (which win). Default: none.
	Labels map[string]string
}

// FirewallProps configure a Firewall.
type FirewallProps struct {
	// Name prefixes every policy name. Required, a lowercase RFC 1123 label.
	Name string
	// PodSelector selects every pod the firewall isolates, e.g. the
	// app.kubernetes.io/name and app.kubernetes.io/instance labels all of an
	// installation's pods carry. Required.
	PodSelector map[string]string
	// Labels go on every policy. Default: none.
	Labels map[string]string
	// DisableDNS leaves out the egress allow to cluster DNS, e.g. when a
	// Rule of yours allows DNS servers on another port. Default: false.
	DisableDNS bool
	// DNSPeers are the DNS servers the pods may query on DNSPort. Add
	// CIDR("169.254.20.10/32") for NodeLocal DNSCache. Default:
	// DefaultDNSPeers(), the kube-dns pods in kube-system.
	DNSPeers []Peer
	// Rules are the allowed flows with one end outside the firewall, or
	// one direction only. Default: none.
	Rules []Rule
	// Flows are the allowed flows between the firewall's own pods.
	// Default: none.
	Flows []Flow
}

// DefaultDNSPeers selects the cluster DNS pods: k8s-app=kube-dns in the
// namespace kube-system.
func DefaultDNSPeers() []Peer {
	return []Peer{PodsInNamespaces(
		map[string]string{NamespaceNameLabel: DefaultDNSNamespace},
		map[string]string{DefaultDNSPodLabelKey: DefaultDNSPodLabelValue},
	)}
}

// DNSPorts are the ports DNS is allowed on: DNSPort over UDP and TCP.
func DNSPorts() []Port { return []Port{UDP(DNSPort), TCP(DNSPort)} }

func (p *FirewallProps) withDefaults() FirewallProps {
	c := *p
	if len(c.DNSPeers) == 0 && !c.DisableDNS {
		c.DNSPeers = DefaultDNSPeers()
	}
	return c
}
