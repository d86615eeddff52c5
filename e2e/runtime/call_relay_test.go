package runtime

import (
	"encoding/json"
	"fmt"
	"net/netip"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// callConvert turns a plain object into a typed one.
func callConvert(t *testing.T, o map[string]any, into any) {
	t.Helper()
	data, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, into); err != nil {
		t.Fatal(err)
	}
}

// callRelayWorkload finds the Deployment whose container runs turnserver,
// and that container.
func callRelayWorkload(m *podrun.Manifest) (podrun.Workload, corev1.Container, bool) {
	for _, w := range m.Workloads {
		if w.Kind != "Deployment" {
			continue
		}
		for _, c := range w.Template.Spec.Containers {
			argv := strings.Join(append(append([]string{}, c.Command...), c.Args...), " ")
			if regexp.MustCompile(`(^|[\s;&|(/])turnserver(\s|$)`).MatchString(argv) {
				return w, c, true
			}
		}
	}
	return podrun.Workload{}, corev1.Container{}, false
}

// callService finds the Service whose selector picks the workload's pods.
func callService(t *testing.T, objects []map[string]any, w podrun.Workload) *corev1.Service {
	t.Helper()
	for _, o := range objects {
		if o["kind"] != "Service" {
			continue
		}
		var svc corev1.Service
		callConvert(t, o, &svc)
		if len(svc.Spec.Selector) == 0 {
			continue
		}
		match := true
		for k, v := range svc.Spec.Selector {
			if w.Template.Labels[k] != v {
				match = false
			}
		}
		if match {
			return &svc
		}
	}
	return nil
}

// callConf is a turnserver.conf: one option per line, "name=value" or a
// bare flag.
type callConf map[string][]string

func callParseConf(text string) callConf {
	c := callConf{}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		name, value, _ := strings.Cut(l, "=")
		name = strings.TrimPrefix(strings.TrimSpace(name), "--")
		c[name] = append(c[name], strings.TrimSpace(value))
	}
	return c
}

// get is the last value of an option (coturn keeps the last).
func (c callConf) get(name string) string {
	if v := c[name]; len(v) > 0 {
		return v[len(v)-1]
	}
	return ""
}

func (c callConf) port(name string, def int) int {
	if p, err := strconv.Atoi(c.get(name)); err == nil {
		return p
	}
	return def
}

// inRanges reports whether a is in one of the option's address ranges
// ("A-B", a single address, or a CIDR, as coturn accepts them).
func (c callConf) inRanges(name string, a netip.Addr) bool {
	for _, v := range c[name] {
		if p, err := netip.ParsePrefix(v); err == nil {
			if p.Contains(a) {
				return true
			}
			continue
		}
		lo, hi, isRange := strings.Cut(v, "-")
		first, err := netip.ParseAddr(strings.TrimSpace(lo))
		if err != nil {
			continue
		}
		last := first
		if isRange {
			if last, err = netip.ParseAddr(strings.TrimSpace(hi)); err != nil {
				continue
			}
		}
		if first.Is4() == a.Is4() && first.Compare(a) <= 0 && a.Compare(last) <= 0 {
			return true
		}
	}
	return false
}

// allowsPeer is coturn's good_peer_addr (coturn 4.6.1
// src/server/ns_turn_server.c:267): an allowed-peer-ip range wins, then a
// denied-peer-ip range refuses; loopback needs allow-loopback-peers.
func (c callConf) allowsPeer(a netip.Addr) bool {
	if a.IsLoopback() {
		_, ok := c["allow-loopback-peers"]
		return ok
	}
	if c.inRanges("allowed-peer-ip", a) {
		return true
	}
	return !c.inRanges("denied-peer-ip", a)
}

// firstAllowedRange is the first IPv4 allowed-peer-ip range as a prefix
// covering it (the pod range coturn.podCidrs renders), if any.
func (c callConf) firstAllowedRange() (netip.Prefix, bool) {
	for _, v := range c["allowed-peer-ip"] {
		if p, err := netip.ParsePrefix(v); err == nil && p.Addr().Is4() {
			return p.Masked(), true
		}
		lo, hi, _ := strings.Cut(v, "-")
		first, err1 := netip.ParseAddr(strings.TrimSpace(lo))
		last, err2 := netip.ParseAddr(strings.TrimSpace(hi))
		if err1 != nil || err2 != nil || !first.Is4() {
			continue
		}
		for bits := 32; bits >= 8; bits-- {
			p := netip.PrefixFrom(first, bits).Masked()
			if p.Addr() == first && p.Contains(last) {
				return p, true
			}
		}
	}
	return netip.Prefix{}, false
}

// addTLSSecrets issues every TLS Secret the relay pod mounts that the
// documented command does not print, for the names of the Certificate
// that writes it.
func callAddTLSSecrets(t *testing.T, w podrun.Workload, objects []map[string]any, secrets map[string]map[string]string, ca *coturnCA) {
	t.Helper()
	for _, v := range w.Template.Spec.Volumes {
		if v.Secret == nil || secrets[v.Secret.SecretName] != nil {
			continue
		}
		names := []string{"turn.podrun.test"}
		for _, o := range objects {
			if o["kind"] != "Certificate" {
				continue
			}
			spec, _ := o["spec"].(map[string]any)
			if spec["secretName"] != v.Secret.SecretName {
				continue
			}
			if dns, ok := spec["dnsNames"].([]any); ok && len(dns) > 0 {
				names = nil
				for _, n := range dns {
					names = append(names, fmt.Sprint(n))
				}
			}
		}
		crtPEM, keyPEM := ca.issue(t, 2, names)
		crt, key := string(crtPEM), string(keyPEM)
		secrets[v.Secret.SecretName] = map[string]string{"tls.crt": crt, "tls.key": key, "ca.crt": string(ca.certPEM)}
	}
}

// callRelay is the rendered relay, one pod per replica, on a callNet.
type callRelay struct {
	t        *testing.T
	topology string
	w        podrun.Workload
	relay    corev1.Container
	cn       *callNet
	pods     []*podrun.Pod
	// written is the turnserver.conf the init containers composed, per
	// replica.
	written []callConf
	// hostname is the load balancer's status hostname, when it reports
	// one instead of an IP (an NLB).
	hostname string
	notes    []string
}

// startCallRelay runs every replica: init containers (discovery stood in
// for, with the load balancer's status), then turnserver until ready.
func callStartRelay(t *testing.T, tp topology, w podrun.Workload, relay corev1.Container, svc *corev1.Service, secrets map[string]map[string]string, cn *callNet) *callRelay {
	t.Helper()
	// The runner cannot add capabilities; the relay binds no port below
	// 1024, so the rendered NET_BIND_SERVICE is not needed here.
	w.Template = *w.Template.DeepCopy()
	for _, cs := range [][]corev1.Container{w.Template.Spec.InitContainers, w.Template.Spec.Containers} {
		for i := range cs {
			if sc := cs[i].SecurityContext; sc != nil && sc.Capabilities != nil {
				sc.Capabilities.Add = nil
			}
		}
	}
	r := &callRelay{t: t, topology: tp.name, w: w, relay: relay, cn: cn}
	// An AWS Load Balancer Controller NLB reports a hostname; the
	// configure container resolves it (getent), here through /etc/hosts.
	hosts := map[string]string{}
	if svc != nil {
		for k := range svc.Annotations {
			if strings.HasPrefix(k, "service.beta.kubernetes.io/aws-load-balancer-") {
				r.hostname = callNLBHostname
				hosts[callNLBHostname] = callLBIP
			}
		}
	}
	grace := time.Second
	for i := range cn.relayIPs {
		p, err := podrun.NewPodFor(t, tp.m, w, podrun.Options{
			Secrets:  secrets,
			Downward: map[string]string{"status.hostIP": callNodeIP},
			// Only the discovery container, stood in for, reads it.
			ConfigMaps:  map[string]map[string]string{"kube-root-ca.crt": {"ca.crt": "unused"}},
			Hosts:       hosts,
			ProbePeriod: coturnProbePeriod,
			// Debian's turnserver 4.6.1 ignores SIGTERM as PID 1
			// (docs/turn-research.md §2.1): restarts kill it at once.
			GracePeriod: &grace,
			NetNS:       cn.relayNS[i],
			PodIP:       cn.relayIPs[i],
			PodName:     fmt.Sprintf("%s-%d", w.Name, i),
			RunTimeout:  30 * time.Second,
		})
		if err != nil {
			t.Fatal(err)
		}
		r.pods = append(r.pods, p)
		r.written = append(r.written, nil)
		r.configure(i, callLBIP, "")
		r.start(i)
	}
	return r
}

// discoveryInit reports whether an init container talks to the API server
// (mounts a projected service-account token): address discovery.
func (r *callRelay) discoveryInit(c corev1.Container) bool {
	for _, v := range r.w.Template.Spec.Volumes {
		if v.Projected == nil {
			continue
		}
		for _, s := range v.Projected.Sources {
			if s.ServiceAccountToken == nil {
				continue
			}
			for _, vm := range c.VolumeMounts {
				if vm.Name == v.Name {
					return true
				}
			}
		}
	}
	return false
}

// configure runs replica i's init containers. Discovery is stood in for:
// the test writes what it prints once the Service's status holds lbIP (or
// the NLB hostname). hostIP, when set, replaces status.hostIP for the
// containers that read it.
func (r *callRelay) configure(i int, lbIP, hostIP string) {
	t := r.t
	t.Helper()
	p := r.pods[i]
	for _, c := range r.w.Template.Spec.InitContainers {
		if r.discoveryInit(c) {
			ingress := map[string]any{"ip": lbIP}
			if r.hostname != "" && lbIP == callLBIP {
				ingress = map[string]any{"hostname": r.hostname}
			}
			coturnDiscoveryOutput(t, p, r.w, c, ingress)
			RecordRun(t, r.topology, r.w, c.Name, "stood in by the call test (status of the load balancer written as discovery prints it)")
			continue
		}
		var overrides []podrun.Env
		if hostIP != "" {
			env := podrun.Env{}
			for _, e := range c.Env {
				if e.ValueFrom != nil && e.ValueFrom.FieldRef != nil && e.ValueFrom.FieldRef.FieldPath == "status.hostIP" {
					env[e.Name] = hostIP
				}
			}
			overrides = append(overrides, env)
		}
		res, err := p.Run(c.Name, overrides...)
		if err != nil {
			t.Fatal(err)
		}
		if res.ExitCode != 0 || res.TimedOut {
			t.Fatalf("init container %s failed (exit code %d, timed out %v):\n%s", c.Name, res.ExitCode, res.TimedOut, res.Output)
		}
		RecordRun(t, r.topology, r.w, c.Name, "ran for the call test")
	}
	file := r.configFile()
	data, err := os.ReadFile(coturnHostPath(t, p, r.relay, file))
	if err != nil {
		t.Fatalf("the init containers wrote no %s: %v", file, err)
	}
	r.written[i] = callParseConf(string(data))
}

// configFile is the file turnserver reads: the argument of -c.
func (r *callRelay) configFile() string {
	r.t.Helper()
	argv := strings.Join(append(append([]string{}, r.relay.Command...), r.relay.Args...), " ")
	if m := regexp.MustCompile(`turnserver\s+(?:.*\s)?-c\s+(\S+)`).FindStringSubmatch(argv); m != nil {
		return m[1]
	}
	if m := regexp.MustCompile(`^-c\s+(\S+)`).FindStringSubmatch(strings.Join(r.relay.Args, " ")); m != nil {
		return m[1]
	}
	r.t.Fatalf("container %s runs turnserver without -c FILE: %q", r.relay.Name, argv)
	return ""
}

// start starts replica i's turnserver and waits until it is ready.
func (r *callRelay) start(i int) {
	r.t.Helper()
	p := r.pods[i]
	if err := p.Start(r.relay.Name); err != nil {
		r.t.Fatal(err)
	}
	if err := p.WaitReady(r.relay.Name); err != nil {
		r.t.Fatalf("%v\n--- %s log:\n%s", err, r.relay.Name, p.Logs(r.relay.Name))
	}
}

// restart stops every replica and starts it again after its init
// containers ran with the load balancer at lbIP (or the node at hostIP).
func (r *callRelay) restart(lbIP, hostIP string) {
	r.t.Helper()
	for i, p := range r.pods {
		if _, err := p.Stop(r.relay.Name); err != nil {
			r.t.Fatal(err)
		}
		r.configure(i, lbIP, hostIP)
		r.start(i)
	}
}

// logs is every replica's turnserver output.
func (r *callRelay) logs() string {
	var b strings.Builder
	for i, p := range r.pods {
		fmt.Fprintf(&b, "--- %s replica %d:\n%s", r.relay.Name, i, p.Logs(r.relay.Name))
	}
	return b.String()
}

// relayRange is the written min-port..max-port.
func (r *callRelay) relayRange() (int, int) {
	return r.written[0].port("min-port", 49152), r.written[0].port("max-port", 65535)
}

// advertised is the address the relay puts in its relayed candidates:
// external-ip, or its own address without one.
func (r *callRelay) advertised(i int) string {
	if ext := r.written[i].get("external-ip"); ext != "" {
		public, _, _ := strings.Cut(ext, "/")
		return public
	}
	return r.cn.relayIPs[i]
}
