package runtime

import (
	"fmt"
	"net/netip"
	"sort"
	"strconv"
	"strings"
	"testing"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// Public addresses of the call test's network: globally routable, outside
// every range the relay denies (the TEST-NETs are denied, so they cannot
// stand in for a public peer), and only ever assigned inside the
// namespaces the test builds, so nothing leaves the machine.
const (
	// callBrowserIP is the browser's address on the public side.
	callBrowserIP = "81.2.0.10"
	// callLBIP is the load balancer's public address: what its Service
	// status reports and where browsers dial TURN.
	callLBIP = "34.0.64.7"
	// callWrongLBIP is a public address that is not the load balancer's.
	callWrongLBIP = "34.0.64.99"
	// callNodeIP is the node's public address (status.hostIP) where the
	// relay runs on the host network.
	callNodeIP = "5.9.0.10"
	// The load balancer's and the node's ends of the link between them
	// (the cluster's network, outside every pod range a topology uses).
	callLBInnerIP   = "192.168.255.1"
	callNodeInnerIP = "192.168.255.2"
	// callDefaultPodCIDR is the pod range when the relay's configuration
	// names none (coturn.podCidrs unset).
	callDefaultPodCIDR = "10.244.0.0/16"
	// callNLBHostname is what an AWS Load Balancer Controller NLB reports
	// in status.loadBalancer.ingress[0].hostname instead of an IP.
	callNLBHostname = "k8s-dograh-dograhco-0123456789.elb.us-east-1.amazonaws.com"
)

// callPort is one port the relay's Service publishes, with the pod port it
// reaches.
type callPort struct {
	proto  string // "udp" or "tcp"
	port   int32
	target int32
}

// callNet is the network one topology's call runs on: network namespaces
// joined by veth pairs.
//
//   - pub is the public side: the browser, at callBrowserIP.
//   - lb is the Service's load balancer: the published ports of its public
//     address are DNATed to a relay pod, with client-IP preservation
//     (plain DNAT, what externalTrafficPolicy: Local gives) or without it
//     (DNAT plus masquerade to the load balancer's inner address, as an
//     NLB without client-IP preservation does). The LB is also the
//     cluster's way out: the node's default route goes through it, so
//     replies to public clients pass its conntrack.
//   - node routes the pod range. It plays kube-proxy too: a pod that dials
//     the load balancer's address is DNATed on the node to a relay pod
//     (kube-proxy programs status.loadBalancer.ingress IPs on every node),
//     with the hairpin masquerade kube-proxy adds when a pod reaches
//     itself. (An NLB reports a hostname, which kube-proxy does not
//     program; there pods go out through a NAT gateway to the NLB. The
//     relay then sees the web pod at the gateway's address instead of its
//     pod address; nothing below depends on which.)
//   - each relay pod and the web pod have one eth0 with a /32 and a
//     default route through the node.
//
// With the host network (single-node) there is no load balancer: the relay
// pod's namespace is the node, which holds callNodeIP toward pub and
// routes the pod range to web.
//
//	pub ── lb ── node ─┬─ coturn-0 (─ coturn-1 …)
//	                   └─ web
type callNet struct {
	nw          *podrun.Network
	hostNetwork bool
	// dial is the address peers dial TURN at: the load balancer's or the
	// node's public address.
	dial string
	// relayIPs and relayNS are each relay replica's address and network
	// namespace (full name, for podrun.Options.NetNS).
	relayIPs []string
	relayNS  []string
	// relayShort are the namespaces' short names (for Network.Exec).
	relayShort []string
	webIP      string
	podCIDR    netip.Prefix
	ports      []callPort
	// lbMode is the load balancer's current variant, and lbTarget the
	// relay replica it sends new flows to.
	lbMode   string
	lbTarget int
}

// LB variants.
const (
	callPreserveClientIP = "client-ip-preserved"
	callSNATToLB         = "snat-to-lb"
)

// podAddr is the address at offset hi.lo of the pod range (10.244.<hi>.<lo>
// for the default range).
func callPodAddr(p netip.Prefix, hi, lo int) string {
	b := p.Masked().Addr().As4()
	n := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	n += uint32(hi)<<8 | uint32(lo)
	return netip.AddrFrom4([4]byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}).String()
}

// newCallNet builds the network for a relay of replicas pods behind svc
// (nil for the host network), with pod addresses in podCIDR.
func callNewNet(t *testing.T, hostNetwork bool, replicas int, svc *corev1.Service, relay corev1.Container, podCIDR netip.Prefix) *callNet {
	t.Helper()
	nw, err := podrun.NewNetwork(t)
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	gw := callPodAddr(podCIDR, 0, 1)
	cn := &callNet{nw: nw, hostNetwork: hostNetwork, podCIDR: podCIDR, webIP: callPodAddr(podCIDR, 2, 7)}
	for _, ns := range []string{"pub", "node", "web"} {
		must(nw.Namespace(ns))
	}
	addPod := func(ns, dev, ip string) {
		must(nw.Link(podrun.LinkEnd{NS: "node", Dev: dev, Addrs: []string{gw + "/32"}},
			podrun.LinkEnd{NS: ns, Dev: "eth0", Addrs: []string{ip + "/32"}}))
		must(nw.Route(ns, gw, "dev", "eth0", "scope", "link"))
		must(nw.Route(ns, "default", "via", gw))
		must(nw.Route("node", ip+"/32", "dev", dev))
	}
	must(nw.Forward("node"))

	if hostNetwork {
		// The node's own interface first, as on a node (lower ifindex);
		// then the pod network, whose gateway address the node holds too
		// (a CNI bridge or flannel/calico device), as every node does.
		cn.dial = callNodeIP
		must(nw.Link(podrun.LinkEnd{NS: "pub", Dev: "eth0", Addrs: []string{callBrowserIP + "/32"}},
			podrun.LinkEnd{NS: "node", Dev: "eth0", Addrs: []string{callNodeIP + "/32"}}))
		must(nw.Route("pub", "default", "dev", "eth0", "scope", "link"))
		must(nw.Route("node", "default", "dev", "eth0", "scope", "link"))
		addPod("web", "vweb", cn.webIP)
		cn.relayIPs, cn.relayNS, cn.relayShort = []string{callNodeIP}, []string{nw.NetNS("node")}, []string{"node"}
		return cn
	}
	addPod("web", "vweb", cn.webIP)

	cn.dial = callLBIP
	must(nw.Namespace("lb"))
	must(nw.Link(podrun.LinkEnd{NS: "pub", Dev: "eth0", Addrs: []string{callBrowserIP + "/32"}},
		podrun.LinkEnd{NS: "lb", Dev: "pub0", Addrs: []string{callLBIP + "/32"}}))
	must(nw.Route("pub", "default", "dev", "eth0", "scope", "link"))
	must(nw.Route("lb", callBrowserIP+"/32", "dev", "pub0"))
	must(nw.Link(podrun.LinkEnd{NS: "lb", Dev: "in0", Addrs: []string{callLBInnerIP + "/30"}},
		podrun.LinkEnd{NS: "node", Dev: "up0", Addrs: []string{callNodeInnerIP + "/30"}}))
	must(nw.Route("lb", podCIDR.Masked().String(), "via", callNodeInnerIP))
	must(nw.Route("node", "default", "via", callLBInnerIP))
	must(nw.Forward("lb"))
	for i := 0; i < replicas; i++ {
		short := fmt.Sprintf("coturn%d", i)
		ip := callPodAddr(podCIDR, 1, 5+i)
		must(nw.Namespace(short))
		addPod(short, fmt.Sprintf("vcot%d", i), ip)
		cn.relayIPs = append(cn.relayIPs, ip)
		cn.relayNS = append(cn.relayNS, nw.NetNS(short))
		cn.relayShort = append(cn.relayShort, short)
	}
	cn.ports = callServicePorts(t, svc, relay)
	must(nw.Nft("node", cn.kubeProxyRules()))
	must(cn.setLB(callPreserveClientIP))
	return cn
}

// servicePorts lists the Service's ports with the container port each
// reaches (a named targetPort resolved against the relay container).
func callServicePorts(t *testing.T, svc *corev1.Service, relay corev1.Container) []callPort {
	t.Helper()
	var out []callPort
	for _, sp := range svc.Spec.Ports {
		proto := strings.ToLower(string(sp.Protocol))
		if proto == "" {
			proto = "tcp"
		}
		target := sp.Port
		switch {
		case sp.TargetPort.Type == intstr.String:
			found := false
			for _, cp := range relay.Ports {
				if cp.Name == sp.TargetPort.StrVal {
					target, found = cp.ContainerPort, true
				}
			}
			if !found {
				t.Fatalf("Service %s port %s: targetPort %q names no port of container %s", svc.Name, sp.Name, sp.TargetPort.StrVal, relay.Name)
			}
		case sp.TargetPort.IntVal != 0:
			target = sp.TargetPort.IntVal
		}
		out = append(out, callPort{proto: proto, port: sp.Port, target: target})
	}
	if len(out) == 0 {
		t.Fatalf("Service %s publishes no port", svc.Name)
	}
	return out
}

// dnatRules are nft rules sending the published ports of addr to pod.
func (cn *callNet) dnatRules(match, pod string) string {
	var b strings.Builder
	for _, p := range cn.ports {
		fmt.Fprintf(&b, "    %s ip daddr %s %s dport %d dnat to %s:%d\n", match, callLBIP, p.proto, p.port, pod, p.target)
	}
	return b.String()
}

// kubeProxyRules: pods dialing the load balancer's address reach a relay
// pod from the node (the last replica, so that with several replicas the
// web pod and the browser land on different ones, the harder case), and a
// relay pod reaching itself is masqueraded, as kube-proxy does.
func (cn *callNet) kubeProxyRules() string {
	inCluster := cn.relayIPs[len(cn.relayIPs)-1]
	return "table ip kube-proxy {\n" +
		"  chain pre {\n    type nat hook prerouting priority dstnat; policy accept;\n" +
		cn.dnatRules("ip saddr "+cn.podCIDR.Masked().String(), inCluster) + "  }\n" +
		"  chain post {\n    type nat hook postrouting priority srcnat; policy accept;\n" +
		"    ct status dnat ip saddr " + inCluster + " ip daddr " + inCluster + " masquerade\n  }\n}\n"
}

// setLB loads one load-balancer variant (new flows to replica lbTarget,
// the first one unless newFlowsTo moved them).
func (cn *callNet) setLB(mode string) error {
	if cn.hostNetwork {
		return nil
	}
	post := ""
	if mode == callSNATToLB {
		post = "    ct status dnat oifname \"in0\" masquerade\n"
	}
	err := cn.nw.Nft("lb", "table ip lb {\n"+
		"  chain pre {\n    type nat hook prerouting priority dstnat; policy accept;\n"+
		cn.dnatRules("", cn.relayIPs[cn.lbTarget])+"  }\n"+
		"  chain post {\n    type nat hook postrouting priority srcnat; policy accept;\n"+post+"  }\n}\n")
	if err == nil {
		cn.lbMode = mode
	}
	return err
}

// newFlowsTo sends the load balancer's new flows to replica i, as when
// the replica it sent them to starts terminating: its endpoint leaves the
// ready set (kube-proxy's health check node port and the balancer follow).
// Replacing the rules keeps the conntrack entries of flows already
// mapped, so they go on reaching their replica, as kube-proxy keeps them
// while the endpoint still serves.
func (cn *callNet) newFlowsTo(i int) error {
	cn.lbTarget = i
	return cn.setLB(cn.lbMode)
}

// lbModes are the load-balancer variants to run calls through.
func (cn *callNet) lbModes() []string {
	if cn.hostNetwork {
		return []string{"host-network"}
	}
	return []string{callPreserveClientIP, callSNATToLB}
}

// relaySockets counts the UDP sockets bound in [lo, hi] in every relay
// namespace: one per allocation (the relayed transport address; the relay
// never relays over TCP: no-tcp-relay).
func (cn *callNet) relaySockets(t *testing.T, lo, hi int) int {
	t.Helper()
	n := 0
	for i := range cn.relayShort {
		n += cn.relaySocketsOn(t, i, lo, hi)
	}
	return n
}

// relaySocketsOn counts them in replica i's namespace.
func (cn *callNet) relaySocketsOn(t *testing.T, i, lo, hi int) int {
	t.Helper()
	n := 0
	for _, ns := range cn.relayShort[i : i+1] {
		for _, file := range []string{"/proc/net/udp", "/proc/net/udp6"} {
			out, err := cn.nw.Exec(ns, "cat", file)
			if err != nil {
				t.Fatalf("read %s in %s: %v", file, ns, err)
			}
			for _, line := range strings.Split(out, "\n")[1:] {
				f := strings.Fields(line)
				if len(f) < 2 {
					continue
				}
				_, portHex, ok := strings.Cut(f[1], ":")
				if !ok {
					continue
				}
				port, err := strconv.ParseUint(portHex, 16, 16)
				if err == nil && int(port) >= lo && int(port) <= hi {
					n++
				}
			}
		}
	}
	return n
}

// relayAddrs are the IPv4 addresses in replica i's namespace (the pod's,
// or every address of the node on the host network), loopback aside.
func (cn *callNet) relayAddrs(t *testing.T, i int) []string {
	t.Helper()
	out, err := cn.nw.Exec(cn.relayShort[i], "ip", "-4", "-o", "addr", "show")
	if err != nil {
		t.Fatalf("ip addr in %s: %v", cn.relayShort[i], err)
	}
	var addrs []string
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		for j := 0; j+1 < len(f); j++ {
			if f[j] == "inet" {
				if p, err := netip.ParsePrefix(f[j+1]); err == nil && !p.Addr().IsLoopback() {
					addrs = append(addrs, p.Addr().String())
				}
			}
		}
	}
	return addrs
}

// describe is one line on the model, for the report.
func (cn *callNet) describe() string {
	if cn.hostNetwork {
		return fmt.Sprintf("browser %s -> node %s (relay on the host network), web pod %s behind the node", callBrowserIP, callNodeIP, cn.webIP)
	}
	var ports []string
	for _, p := range cn.ports {
		ports = append(ports, fmt.Sprintf("%d/%s", p.port, p.proto))
	}
	sort.Strings(ports)
	return fmt.Sprintf("browser %s -> LB %s (%d published ports) -> node -> relay %s; web pod %s reaches %s through kube-proxy on the node",
		callBrowserIP, callLBIP, len(ports), strings.Join(cn.relayIPs, ","), cn.webIP, callLBIP)
}
