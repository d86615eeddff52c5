package netpol

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net/netip"
	"strings"

	networkingv1 "k8s.io/api/networking/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// Endpoint is one end of a connection: a pod (Namespace set) or an address
// outside the cluster (Namespace empty, IP set).
type Endpoint struct {
	// Namespace is the pod's namespace. Empty for an address outside the
	// cluster, which no policy selects.
	Namespace string
	// Labels are the pod's labels.
	Labels map[string]string
	// IP is the address. Required outside the cluster; for a pod it makes
	// ipBlock peers match the pod. Default: none.
	IP string
	// NamedPorts are the pod's named container ports, for policies that
	// name a port instead of numbering it. A Port without a protocol is
	// TCP, as in a container spec. Default: none.
	NamedPorts map[string]Port
}

// PodEndpoint is a pod of namespace with labels.
func PodEndpoint(namespace string, labels map[string]string) Endpoint {
	return Endpoint{Namespace: namespace, Labels: maps.Clone(labels)}
}

// ExternalEndpoint is an address outside the cluster, e.g. an API on the
// internet or a managed database.
func ExternalEndpoint(ip string) Endpoint { return Endpoint{IP: ip} }

// WithIP returns a copy of the pod endpoint with an address.
func (e Endpoint) WithIP(ip string) Endpoint {
	e.IP = ip
	return e
}

func (e Endpoint) isPod() bool { return e.Namespace != "" }

// String renders "namespace/{labels}", with " ip" when known, or the
// external address.
func (e Endpoint) String() string {
	if !e.isPod() {
		return e.IP
	}
	s := e.Namespace + "/" + formatLabels(e.Labels)
	if e.IP != "" {
		s += " " + e.IP
	}
	return s
}

func (e Endpoint) addr() (netip.Addr, bool) {
	a, err := netip.ParseAddr(e.IP)
	return a, err == nil
}

func (e Endpoint) validate(at string) field.ErrorList {
	var errs problems
	if e.IP != "" {
		if a, err := netip.ParseAddr(e.IP); err != nil || a.Zone() != "" {
			errs.Invalid(at+".ip", e.IP, `must be an IPv4 or IPv6 address, e.g. "10.0.0.7"`)
		}
	}
	if !e.isPod() && e.IP == "" {
		errs.Required(at, "set namespace and labels for a pod, or ip for an address outside the cluster")
	}
	if !e.isPod() && (len(e.Labels) > 0 || len(e.NamedPorts) > 0) {
		errs.Invalid(at+".namespace", "", "is required for a pod: labels and named ports describe pods only")
	}
	return field.ErrorList(errs)
}

// problems collects the evaluator's errors, each at a path given as text
// (a policy's "namespace/name: spec.ingress[0]", or an argument's name).
type problems field.ErrorList

func (p *problems) Invalid(at string, v any, why string) {
	*p = append(*p, field.Invalid(field.NewPath(at), v, why))
}

func (p *problems) Required(at, why string) { *p = append(*p, field.Required(field.NewPath(at), why)) }

func (p *problems) Add(errs field.ErrorList) { *p = append(*p, errs...) }

func (p problems) Err() error { return check.Join(field.ErrorList(p)) }

// Evaluator decides whether NetworkPolicies allow a connection, without a
// cluster. Build it with NewEvaluator; see the package documentation for
// the semantics.
type Evaluator struct {
	policies   []compiledPolicy
	namespaces map[string]map[string]string
}

type compiledPolicy struct {
	ref             string // namespace/name
	namespace       string
	selector        labels.Selector
	ingress, egress bool // policy types
	ingressRules    []compiledRule
	egressRules     []compiledRule
}

type compiledRule struct {
	peers []compiledPeer // none: every peer
	ports []compiledPort // none: every port
}

type compiledPeer struct {
	block      *compiledBlock
	pods       labels.Selector // nil: every pod
	namespaces labels.Selector // nil: the policy's namespace
}

type compiledBlock struct {
	cidr   netip.Prefix
	except []netip.Prefix
}

type compiledPort struct {
	protocol Protocol
	all      bool
	number   int
	end      int // 0: number alone
	name     string
}

// NewEvaluator compiles policies and the labels of namespaces (by name;
// kubernetes.io/metadata.name is added to every namespace, listed or not).
// It reports every policy the API server would reject.
func NewEvaluator(policies []networkingv1.NetworkPolicy, namespaceLabels map[string]map[string]string) (*Evaluator, error) {
	var errs problems
	e := &Evaluator{namespaces: namespaceLabels}
	for i := range policies {
		e.policies = append(e.policies, compilePolicy(&errs, &policies[i]))
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return e, nil
}

func compilePolicy(errs *problems, np *networkingv1.NetworkPolicy) compiledPolicy {
	at := np.Namespace + "/" + np.Name
	if np.Namespace == "" {
		at = np.Name
		errs.Required(at+": metadata.namespace", "set the policy's namespace, or pass a default namespace to PoliciesFromObjects")
	}
	c := compiledPolicy{ref: at, namespace: np.Namespace}
	c.selector = compileSelector(errs, at+": spec.podSelector", &np.Spec.PodSelector)
	types := np.Spec.PolicyTypes
	if len(types) == 0 {
		// The API server's defaulting.
		types = []networkingv1.PolicyType{networkingv1.PolicyTypeIngress}
		if len(np.Spec.Egress) > 0 {
			types = append(types, networkingv1.PolicyTypeEgress)
		}
	}
	for i, t := range types {
		switch t {
		case networkingv1.PolicyTypeIngress:
			c.ingress = true
		case networkingv1.PolicyTypeEgress:
			c.egress = true
		default:
			errs.Invalid(fmt.Sprintf("%s: spec.policyTypes[%d]", at, i), string(t), "must be Ingress or Egress")
		}
	}
	for i, r := range np.Spec.Ingress {
		c.ingressRules = append(c.ingressRules, compileRule(errs, fmt.Sprintf("%s: spec.ingress[%d]", at, i), "from", r.From, r.Ports))
	}
	for i, r := range np.Spec.Egress {
		c.egressRules = append(c.egressRules, compileRule(errs, fmt.Sprintf("%s: spec.egress[%d]", at, i), "to", r.To, r.Ports))
	}
	return c
}

func compileRule(errs *problems, at, peersField string, peers []networkingv1.NetworkPolicyPeer, ports []networkingv1.NetworkPolicyPort) compiledRule {
	var r compiledRule
	for i, p := range peers {
		r.peers = append(r.peers, compilePeer(errs, fmt.Sprintf("%s.%s[%d]", at, peersField, i), p))
	}
	for i, p := range ports {
		r.ports = append(r.ports, compilePort(errs, fmt.Sprintf("%s.ports[%d]", at, i), p))
	}
	return r
}

func compilePeer(errs *problems, at string, p networkingv1.NetworkPolicyPeer) compiledPeer {
	hasSelector := p.PodSelector != nil || p.NamespaceSelector != nil
	var c compiledPeer
	switch {
	case p.IPBlock != nil && hasSelector:
		errs.Invalid(at, "ipBlock", "cannot be combined with podSelector or namespaceSelector")
	case p.IPBlock != nil:
		c.block = compileBlock(errs, at+".ipBlock", p.IPBlock)
	case !hasSelector:
		errs.Required(at, "set podSelector, namespaceSelector or ipBlock")
	}
	if p.PodSelector != nil {
		c.pods = compileSelector(errs, at+".podSelector", p.PodSelector)
	}
	if p.NamespaceSelector != nil {
		c.namespaces = compileSelector(errs, at+".namespaceSelector", p.NamespaceSelector)
	}
	return c
}

func compileSelector(errs *problems, at string, s *metav1.LabelSelector) labels.Selector {
	sel, err := metav1.LabelSelectorAsSelector(s)
	if err != nil {
		shown, _ := json.Marshal(s)
		errs.Invalid(at, string(shown), err.Error())
		return labels.Nothing()
	}
	return sel
}

func compileBlock(errs *problems, at string, b *networkingv1.IPBlock) *compiledBlock {
	cidr, err := netip.ParsePrefix(b.CIDR)
	if err != nil {
		errs.Invalid(at+".cidr", b.CIDR, "must be a CIDR")
		return nil
	}
	c := &compiledBlock{cidr: cidr.Masked()}
	for i, e := range b.Except {
		p, err := netip.ParsePrefix(e)
		if err != nil || !strictlyInside(p.Masked(), c.cidr) {
			errs.Invalid(fmt.Sprintf("%s.except[%d]", at, i), e, fmt.Sprintf("must be a CIDR strictly inside %q", b.CIDR))
			continue
		}
		c.except = append(c.except, p.Masked())
	}
	return c
}

func compilePort(errs *problems, at string, p networkingv1.NetworkPolicyPort) compiledPort {
	c := compiledPort{protocol: ProtocolTCP, all: p.Port == nil}
	if p.Protocol != nil {
		c.protocol = Protocol(*p.Protocol)
	}
	switch {
	case p.Port == nil:
		if p.EndPort != nil {
			errs.Invalid(at+".endPort", *p.EndPort, "needs port")
		}
	case p.Port.Type == intstr.String:
		c.name = p.Port.StrVal
		if p.EndPort != nil {
			errs.Invalid(at+".endPort", *p.EndPort, "cannot follow a named port")
		}
	default:
		c.number = int(p.Port.IntVal)
		if p.EndPort != nil {
			c.end = int(*p.EndPort)
			if c.end < c.number {
				errs.Invalid(at+".endPort", c.end, fmt.Sprintf("must be at least port (%d)", c.number))
			}
		}
	}
	return c
}

// Side is what the policies of one end of a connection decide.
type Side struct {
	// Checked is false for an address outside the cluster: no policy
	// governs it.
	Checked bool
	// IsolatedBy lists (as namespace/name) the policies that select the pod
	// for this direction. Empty: the pod is not isolated.
	IsolatedBy []string
	// AllowedBy lists the policies with a rule admitting the connection.
	AllowedBy []string
}

// Allowed reports whether this end lets the connection through.
func (s Side) Allowed() bool {
	return !s.Checked || len(s.IsolatedBy) == 0 || len(s.AllowedBy) > 0
}

func (s Side) String() string {
	switch {
	case !s.Checked:
		return "outside the cluster"
	case len(s.IsolatedBy) == 0:
		return "not isolated"
	case len(s.AllowedBy) > 0:
		return "allowed by " + strings.Join(s.AllowedBy, ", ")
	default:
		return "isolated by " + strings.Join(s.IsolatedBy, ", ") + "; no rule matches"
	}
}

// Verdict is the decision on one connection, with the policies behind it.
type Verdict struct {
	From, To Endpoint
	Port     Port
	// Allowed is true when both Egress and Ingress allow the connection.
	Allowed bool
	// Egress is the source's side, Ingress the destination's.
	Egress, Ingress Side
}

// String explains the verdict, e.g. for a failed test assertion.
func (v Verdict) String() string {
	word := "denied"
	if v.Allowed {
		word = "allowed"
	}
	return fmt.Sprintf("%s -> %s %s: %s (egress: %s; ingress: %s)", v.From, v.To, v.Port, word, v.Egress, v.Ingress)
}

// Check decides whether from may open a connection to to on port, a single
// port of the destination (after any Service translation). It returns an
// error for malformed endpoints or ports, so that a typo cannot pass for a
// denied connection.
func (e *Evaluator) Check(from, to Endpoint, port Port) (Verdict, error) {
	var errs problems
	errs.Add(from.validate("from"))
	errs.Add(to.validate("to"))
	switch {
	case port.Protocol == "":
		errs.Required("port.protocol", "set the connection's protocol, e.g. netpol.TCP(5432)")
	case port.Port < 1 || port.Port > 65535:
		errs.Invalid("port.port", port.Port, "must be a port number between 1 and 65535")
	case port.EndPort != 0:
		errs.Invalid("port.endPort", port.EndPort, "a connection has one port; check ranges port by port")
	}
	if err := errs.Err(); err != nil {
		return Verdict{}, err
	}
	v := Verdict{From: from, To: to, Port: port}
	if from.isPod() {
		v.Egress = e.side(from, func(p compiledPolicy) (bool, []compiledRule) { return p.egress, p.egressRules }, to, to, port)
	}
	if to.isPod() {
		v.Ingress = e.side(to, func(p compiledPolicy) (bool, []compiledRule) { return p.ingress, p.ingressRules }, from, to, port)
	}
	v.Allowed = v.Egress.Allowed() && v.Ingress.Allowed()
	return v, nil
}

// side evaluates the policies selecting pod in one direction: peer is the
// other end, dst the destination (whose ports named ports refer to).
func (e *Evaluator) side(pod Endpoint, direction func(compiledPolicy) (bool, []compiledRule), peer, dst Endpoint, port Port) Side {
	s := Side{Checked: true}
	for _, p := range e.policies {
		applies, rules := direction(p)
		if !applies || p.namespace != pod.Namespace || !p.selector.Matches(labels.Set(pod.Labels)) {
			continue
		}
		s.IsolatedBy = append(s.IsolatedBy, p.ref)
		for _, r := range rules {
			if e.ruleMatches(p, r, peer, dst, port) {
				s.AllowedBy = append(s.AllowedBy, p.ref)
				break
			}
		}
	}
	return s
}

func (e *Evaluator) ruleMatches(p compiledPolicy, r compiledRule, peer, dst Endpoint, port Port) bool {
	peerOK := len(r.peers) == 0
	for _, c := range r.peers {
		if e.peerMatches(p, c, peer) {
			peerOK = true
			break
		}
	}
	if !peerOK {
		return false
	}
	if len(r.ports) == 0 {
		return true
	}
	for _, c := range r.ports {
		if c.matches(port, dst) {
			return true
		}
	}
	return false
}

func (e *Evaluator) peerMatches(p compiledPolicy, c compiledPeer, other Endpoint) bool {
	if c.block != nil {
		a, ok := other.addr()
		return ok && c.block.contains(a)
	}
	if !other.isPod() {
		return false
	}
	if c.namespaces == nil && other.Namespace != p.namespace {
		return false
	}
	if c.namespaces != nil && !c.namespaces.Matches(e.namespaceLabels(other.Namespace)) {
		return false
	}
	return c.pods == nil || c.pods.Matches(labels.Set(other.Labels))
}

func (e *Evaluator) namespaceLabels(ns string) labels.Set {
	l := maps.Clone(e.namespaces[ns])
	if l == nil {
		l = map[string]string{}
	}
	l[NamespaceNameLabel] = ns
	return l
}

func (b *compiledBlock) contains(a netip.Addr) bool {
	if !b.cidr.Contains(a) {
		return false
	}
	for _, e := range b.except {
		if e.Contains(a) {
			return false
		}
	}
	return true
}

func (c compiledPort) matches(p Port, dst Endpoint) bool {
	switch {
	case c.protocol != p.Protocol:
		return false
	case c.all:
		return true
	case c.name != "":
		named, ok := dst.NamedPorts[c.name]
		if named.Protocol == "" {
			named.Protocol = ProtocolTCP
		}
		return ok && dst.isPod() && named.Protocol == p.Protocol && named.Port == p.Port
	case c.end != 0:
		return p.Port >= c.number && p.Port <= c.end
	default:
		return p.Port == c.number
	}
}

// PoliciesFromObjects picks the NetworkPolicies out of synthesized
// manifests, parsed from YAML into maps (one per document), and decodes
// them strictly: an unknown field is an error, not a silently ignored rule.
// Policies without a namespace get defaultNamespace, as kubectl apply -n
// would give them.
func PoliciesFromObjects(objs []map[string]any, defaultNamespace string) ([]networkingv1.NetworkPolicy, error) {
	var out []networkingv1.NetworkPolicy
	for i, o := range objs {
		if o["kind"] != "NetworkPolicy" {
			continue
		}
		if o["apiVersion"] != "networking.k8s.io/v1" {
			return nil, fmt.Errorf("objects[%d]: NetworkPolicy of apiVersion %v: only networking.k8s.io/v1 is understood", i, o["apiVersion"])
		}
		raw, err := json.Marshal(o)
		if err != nil {
			return nil, fmt.Errorf("objects[%d]: %w", i, err)
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		var np networkingv1.NetworkPolicy
		if err := dec.Decode(&np); err != nil {
			return nil, fmt.Errorf("objects[%d] (NetworkPolicy %q): %w", i, np.Name, err)
		}
		if np.Namespace == "" {
			np.Namespace = defaultNamespace
		}
		out = append(out, np)
	}
	return out, nil
}
