// Package netpol isolates an application's pods with Kubernetes
// NetworkPolicies, and checks rendered policies without a cluster.
//
// # The construct
//
// [NewFirewall] renders, for the pods its [FirewallProps.PodSelector]
// selects:
//
//   - a default-deny policy: ingress and egress isolation, no rule;
//   - an egress allow to cluster DNS (kube-dns in kube-system, UDP and TCP
//     53), unless [FirewallProps.DisableDNS];
//   - one policy per [Rule]: the pods it names may receive from (ingress)
//     or send to (egress) the listed peers on the listed ports;
//   - two policies per [Flow]: egress on the source pods and ingress on
//     the destination pods. Inside an isolated namespace a connection
//     needs both halves, and a Flow cannot forget one.
//
// Every policy is a networking.k8s.io/v1 NetworkPolicy rendered from the L1
// types, with explicit protocols: cdk8s-plus's NetworkPolicy maps every
// port to TCP and its isolation also blocks DNS. Policy names are the
// firewall's Name plus the rule's, so they are stable across code moves.
// Rules and flows only ever select pods of the firewall: their labels are
// added to PodSelector, so no rule can isolate a pod the firewall does not
// own.
//
// Peers are closed choices built by factories: [Pods] (same namespace),
// [Namespaces], [PodsInNamespaces], [CIDR] and [Anywhere]. Ports are
// [TCP], [UDP], [TCPRange], [UDPRange] or [AllPortsOf]. Ranges render
// endPort, stable since Kubernetes 1.25; a CNI plugin without support for
// it allows the first port of the range only.
//
// Policies act on pod addresses and container ports, after a Service has
// translated its own: allow the port the pod listens on, not the Service's.
// Traffic from a pod's own node (kubelet probes) is always allowed.
//
// # The evaluator
//
// [Evaluator] decides, from a set of policies and the labels of pods and
// namespaces, whether a connection is allowed, following the Kubernetes
// semantics:
//
//   - a pod is isolated for ingress (egress) when any policy in its
//     namespace selects it and lists that policy type; policyTypes left
//     empty mean Ingress, plus Egress when the policy has egress rules;
//   - traffic to an isolated pod is allowed when a rule of any such policy
//     matches: every peer when the rule lists none, every port when it
//     lists none;
//   - a podSelector peer alone selects pods in the policy's namespace, a
//     namespaceSelector alone every pod of the matching namespaces, both
//     together the matching pods of the matching namespaces, and an
//     ipBlock addresses in its CIDR outside its exceptions;
//   - ports match by protocol (TCP when unset) and number, a range through
//     endPort, or a name looked up in the destination pod's container
//     ports;
//   - a connection needs egress allowed at its source and ingress allowed
//     at its destination; an address outside the cluster has no policies
//     of its own, so only the pod side is checked.
//
// Namespaces always carry the label kubernetes.io/metadata.name, as the API
// server sets it. An ipBlock matches a pod only when the [Endpoint] gives
// the pod an IP: Kubernetes means ipBlock for addresses outside the
// cluster, and CNI plugins differ on pod addresses (Calico matches them,
// Cilium by default does not), so test both ways where it matters.
// Node-local traffic, host-network pods and Service translation are not
// modelled.
//
// [PoliciesFromObjects] turns synthesized manifests, as parsed YAML, into
// the policies the evaluator takes.
package netpol
