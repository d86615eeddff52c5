package runtime

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// Addresses inside each pod's own network namespace. Nothing here is
// routed anywhere: the namespace has loopback and one veth pair whose both
// ends stay in it.
const (
	// coturnNodeIP is the node's address (status.hostIP). A host-network
	// pod has it as its own.
	coturnNodeIP = "10.0.0.10"
	// coturnLoadBalancerIP is the address the test writes into the relay
	// Service's status (TEST-NET-3, RFC 5737): coturn must advertise it.
	coturnLoadBalancerIP = "203.0.113.7"
	// coturnPeerPort is where turnutils_peer echoes relayed data.
	coturnPeerPort = "3480"
	// coturnClientTimeout bounds one turnutils_uclient run.
	coturnClientTimeout = "30"
)

// TestCoturn_RunsAsRendered runs the relay of every topology in dist/ that
// renders one: the init containers, then turnserver on the file they
// wrote, with the TURN secret from `dograh-cdk8s secrets`. It allocates
// over UDP, TCP and (where rendered) TLS with credentials minted as Dograh
// mints them, and checks that expired credentials, a wrong secret and
// every denied peer range are refused, that the metrics port answers, that
// a renewed certificate is served after the reload, and that turnserver
// stops on SIGTERM.
func TestCoturn_RunsAsRendered(t *testing.T) {
	needRunner(t)
	t.Parallel()
	for _, prog := range []string{"turnutils_uclient", "turnutils_peer", "timeout", "ss"} {
		if _, err := exec.LookPath(prog); err != nil {
			t.Skipf("%s is not installed: apt-get install -y coturn iproute2", prog)
		}
	}
	cli := buildCLI(t)
	for _, tp := range topologies(t) {
		t.Run(tp.name, func(t *testing.T) {
			// Each pod has its own network namespace and ports.
			t.Parallel()
			runCoturnTopology(t, cli, tp)
		})
	}
}

// coturnReport is what one topology's run proved. It feeds the package's
// summary and logs one line ("coturn-runtime <topology>: ...").
type coturnReport struct {
	topology    string
	allocations []string
	refused     []string
	skipped     []string
	notes       []string
}

func (r *coturnReport) refuse(what string) {
	r.refused = append(r.refused, what)
	report.refusedAsExpected(r.topology, "coturn: "+what)
}

func (r *coturnReport) log(t *testing.T) {
	t.Helper()
	t.Logf("coturn-runtime %s: allocations [%s]; refused as expected [%s]; skipped [%s]; notes [%s]",
		r.topology, strings.Join(r.allocations, ", "), strings.Join(r.refused, ", "),
		strings.Join(r.skipped, "; "), strings.Join(r.notes, "; "))
}

func runCoturnTopology(t *testing.T, cli string, tp topology) {
	start := time.Now()
	m := tp.m
	rep := &coturnReport{topology: tp.name}
	defer rep.log(t)

	w, relay, ok := coturnWorkload(m)
	if !ok {
		rep.notes = append(rep.notes, "renders no coturn")
		return
	}
	objects := manifestObjects(t, m.Path)

	// The runner cannot add capabilities. The rendered NET_BIND_SERVICE
	// only matters for ports below 1024, which the relay never binds
	// (checked below), and Debian's turnserver carries no file
	// capability that would need it in the bounding set.
	w, dropped := coturnWithoutAddedCaps(w)
	if len(dropped) > 0 {
		rep.notes = append(rep.notes, "runner drops capabilities.add "+strings.Join(dropped, ",")+" (ports below 1024 unused)")
	}

	if interval := coturnFastWatcher(&w, &relay); interval != "" {
		rep.notes = append(rep.notes, "certificate watcher runs as rendered but polls every "+coturnWatcherInterval+"s, not "+interval+"s")
	}

	secrets := documentedSecrets(t, cli, tp)
	ca := newCoturnCA(t)
	tlsSecrets := coturnTLSSecrets(t, w, objects, secrets, ca)

	discovery := coturnDiscoveryContainers(w)
	hostNetwork := w.Template.Spec.HostNetwork
	downward := map[string]string{"status.hostIP": coturnNodeIP}
	// coturn before 4.6.2 has no SIGTERM handler (added by coturn commit
	// 82646a90, "Add explicit SIGTERM and SIGINT handlers"), and as a PID
	// namespace's init it then ignores SIGTERM until the kubelet's
	// SIGKILL. 4.8.0 handles it; with Debian's 4.6.1 the test waits a
	// short grace period instead of the rendered one.
	var grace *time.Duration
	version := turnserverVersion(t)
	if !coturnVersionAtLeast(version, 4, 6, 2) {
		g := 3 * time.Second
		grace = &g
		rep.notes = append(rep.notes, "turnserver "+version+" ignores SIGTERM as PID 1 (no handler before 4.6.2): grace period shortened to 3s")
	}
	p, err := podrun.NewPodFor(t, m, w, podrun.Options{
		Secrets:  secrets,
		Downward: downward,
		// The cluster's CA, which only the discovery container reads;
		// it does not run here.
		ConfigMaps:  map[string]map[string]string{"kube-root-ca.crt": {"ca.crt": string(ca.certPEM)}},
		ProbePeriod: coturnProbePeriod,
		GracePeriod: grace,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer report.probesPassed(tp.name, p)

	template := coturnConfigMapConf(t, m, w)
	conf := parseTurnConf(template)
	checkCoturnPorts(t, w, relay, conf)
	allowed := allowedProbe(t, conf)
	denied := deniedProbes(t, conf)
	coturnPodNetwork(t, p, hostNetwork)

	// Init containers, in order. Discovery needs an API server: the
	// test writes what it would write (see coturnDiscoveryOutput); the e2e
	// suite runs it against a real one (TestDiscoveryRuntime_*).
	wantExternal := ""
	for _, c := range w.Template.Spec.InitContainers {
		if discovery[c.Name] {
			coturnDiscoveryOutput(t, p, w, c, map[string]any{"ip": coturnLoadBalancerIP})
			wantExternal = coturnLoadBalancerIP
			rep.notes = append(rep.notes, c.Name+" stood in for (status ip "+coturnLoadBalancerIP+")")
			report.ranContainer(tp.name, w, c.Name, "stood in: the test wrote its output for status ip "+coturnLoadBalancerIP+" (e2e TestDiscoveryRuntime runs it against an API server)")
			continue
		}
		res, err := p.Run(c.Name)
		if err != nil {
			t.Fatal(err)
		}
		if res.ExitCode != 0 || res.TimedOut {
			t.Fatalf("init container %s failed (exit code %d, timed out %v):\n%s", c.Name, res.ExitCode, res.TimedOut, res.Output)
		}
		if coturnUsesDownward(c, "status.hostIP") {
			wantExternal = downward["status.hostIP"]
		}
		report.ranContainer(tp.name, w, c.Name, fmt.Sprintf("ran (exit 0 in %.1fs)", res.Duration.Seconds()))
	}

	written := checkCoturnWrittenConf(t, p, w, relay, template, secrets, wantExternal)
	// external-ip is PUBLIC or PUBLIC/PRIVATE: relays report PUBLIC.
	advertised, _, _ := strings.Cut(written.get("external-ip"), "/")
	if advertised == "" {
		advertised = p.IP()
	}

	if err := p.Start(relay.Name); err != nil {
		t.Fatal(err)
	}
	if err := p.WaitReady(relay.Name); err != nil {
		t.Fatalf("%v\n--- %s log:\n%s", err, relay.Name, p.Logs(relay.Name))
	}
	t.Logf("%s: turnserver ready %.1fs after the test started", tp.name, time.Since(start).Seconds())
	checkCoturnOptions(t, p, relay, written, rep)

	// The peer echoes what the relay sends it, on every probe address.
	coturnPeerAddresses(t, p, allowed, denied)
	peerArgs := []string{"turnutils_peer", "-p", coturnPeerPort, "-L", allowed.addr.String()}
	for _, d := range denied {
		peerArgs = append(peerArgs, "-L", d.addr.String())
	}
	peer := p.HostCommand(peerArgs...)
	peerOut := &podrun.SyncBuffer{}
	peer.Stdout, peer.Stderr = peerOut, peerOut
	if err := peer.Start(); err != nil {
		t.Fatalf("start turnutils_peer: %v", err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-peer.Process.Pid, syscall.SIGKILL)
		_ = peer.Wait()
	})
	coturnWaitListening(t, p, "udp", allowed.addr.String()+":"+coturnPeerPort)

	secret := coturnSecretOf(t, w, secrets)
	caFile := filepath.Join(t.TempDir(), "ca.crt")
	if err := os.WriteFile(caFile, ca.certPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	tlsOn := written.has("tls-listening-port") && written.has("cert") && !written.has("no-tls")
	turnPort := written.port(t, "listening-port", 3478)
	tlsPort := written.port(t, "tls-listening-port", 5349)

	uclient := func(transport, user, password string, peer netip.Addr) (string, error) {
		args := []string{"timeout", coturnClientTimeout, "turnutils_uclient", "-v", "-c", "-n", "20", "-r", coturnPeerPort,
			"-u", user, "-w", password, "-e", peer.String()}
		switch transport {
		case "udp":
			args = append(args, "-p", strconv.Itoa(turnPort))
		case "tcp":
			args = append(args, "-t", "-p", strconv.Itoa(turnPort))
		case "tls":
			args = append(args, "-t", "-S", "-E", caFile, "-p", strconv.Itoa(tlsPort))
		}
		return p.HostExec(append(args, p.IP())...)
	}
	// relayTo allocates and sends to the allowed peer. turnutils_uclient
	// 4.6.1 over TLS sometimes stops reading its socket (records left in
	// the SSL buffer; seen here without any relay in between: 2 of 12 runs
	// lost messages), so a run that got nothing back is tried again,
	// up to three times, each with its own user.
	relayTo := func(transport, label string) (string, error) {
		var out string
		var err error
		for try := 1; try <= 3; try++ {
			user, pass := turnCredential(secret, fmt.Sprintf("podrun-%s-%d", label, try), time.Now().Add(time.Hour))
			out, err = uclient(transport, user, pass, allowed.addr)
			if err != nil || coturnReceived(out) > 0 {
				break
			}
		}
		return out, err
	}

	// Allocations that must work.
	transports := []string{"udp", "tcp"}
	if tlsOn {
		transports = append(transports, "tls")
	}
	for _, tr := range transports {
		out, err := relayTo(tr, tr)
		if err != nil {
			t.Errorf("%s allocation to %s (%s) failed: %v\n%s", tr, allowed.addr, allowed.why, err, out)
			continue
		}
		relayed := coturnRelayedAddress(out)
		if relayed != advertised {
			t.Errorf("%s allocation: coturn advertised relay address %q, want %q (external-ip)", tr, relayed, advertised)
		}
		if n := coturnReceived(out); n == 0 {
			t.Errorf("%s allocation: nothing came back from peer %s through the relay:\n%s", tr, allowed.addr, coturnTail(out, 15))
			continue
		}
		rep.allocations = append(rep.allocations, fmt.Sprintf("%s to %s via %s", tr, allowed.addr, relayed))
		report.allocated(tp.name, 1)
	}
	if !tlsOn {
		rep.skipped = append(rep.skipped, "tls: the topology renders no TLS listener")
	}

	// What must fail.
	for _, r := range []struct {
		name, secret string
		expiry       time.Time
	}{
		{"expired credential", secret, time.Now().Add(-time.Minute)},
		{"credential signed with another secret", secret + "-wrong", time.Now().Add(time.Hour)},
	} {
		user, pass := turnCredential(r.secret, "podrun-refused", r.expiry)
		out, err := uclient("udp", user, pass, allowed.addr)
		var ee *podrun.ExitError
		switch {
		case err == nil:
			t.Errorf("%s: the allocation succeeded, want it refused:\n%s", r.name, coturnTail(out, 10))
		case !errors.As(err, &ee):
			t.Errorf("%s: %v", r.name, err)
		case ee.Code == 124:
			t.Errorf("%s: turnutils_uclient neither succeeded nor was refused within %ss:\n%s", r.name, coturnClientTimeout, coturnTail(out, 10))
		case !strings.Contains(out, "Cannot complete Allocation"):
			t.Errorf("%s: failed for another reason than a refused allocation:\n%s", r.name, coturnTail(out, 10))
		default:
			rep.refuse(r.name)
		}
	}
	for i, d := range denied {
		// One user per probe (user-quota), over TCP: the allocation ends
		// with the connection, so the probes do not exhaust total-quota.
		user, pass := turnCredential(secret, fmt.Sprintf("podrun-denied-%d", i), time.Now().Add(time.Hour))
		out, err := uclient("tcp", user, pass, d.addr)
		var ee *podrun.ExitError
		switch {
		case err == nil:
			t.Errorf("peer %s (%s): relayed, want 403 Forbidden IP:\n%s", d.addr, d.why, coturnTail(out, 10))
		case !errors.As(err, &ee):
			t.Errorf("peer %s: %v", d.addr, err)
		case !strings.Contains(out, "403"):
			t.Errorf("peer %s (%s): failed, but not with 403 Forbidden IP:\n%s", d.addr, d.why, coturnTail(out, 10))
		default:
			rep.refuse("peer " + d.addr.String() + " (" + d.why + ")")
		}
	}

	t.Run("metrics", func(t *testing.T) {
		checkCoturnMetrics(t, p, relay, written, rep)
	})
	if tlsOn {
		t.Run("tls-reload", func(t *testing.T) {
			checkCoturnTLSReload(t, p, relay, written, tlsSecrets, ca, rep)
			// A TLS allocation with the renewed certificate.
			if out, err := relayTo("tls", "tls-renewed"); err != nil || coturnReceived(out) == 0 {
				t.Errorf("tls allocation after the reload failed: %v\n%s", err, coturnTail(out, 10))
			} else {
				rep.allocations = append(rep.allocations, "tls after reload")
				report.allocated(tp.name, 1)
			}
		})
	}

	if err := p.Probe(relay.Name, podrun.Liveness); err != nil && p.HasProbe(relay.Name, podrun.Liveness) {
		t.Errorf("liveness after the checks: %v", err)
	}
	res, err := p.Stop(relay.Name)
	if err != nil {
		t.Fatal(err)
	}
	if res.Killed && grace == nil {
		t.Errorf("%s ignored %v for the whole grace period and was killed", relay.Name, res.Signal)
	}
	rep.notes = append(rep.notes, fmt.Sprintf("stopped by %v in %.1fs (exit code %d); whole run %.1fs",
		res.Signal, res.Duration.Seconds(), res.ExitCode, time.Since(start).Seconds()))
	report.ranContainer(tp.name, w, relay.Name, fmt.Sprintf("ran: allocations [%s], %d refusals as expected",
		strings.Join(rep.allocations, ", "), len(rep.refused)))
	if t.Failed() {
		t.Logf("--- turnutils_peer:\n%s", coturnTail(peerOut.String(), 20))
	}
}

// coturnWorkload finds the Deployment whose main container runs
// turnserver.
func coturnWorkload(m *podrun.Manifest) (podrun.Workload, corev1.Container, bool) {
	for _, w := range m.Workloads {
		if w.Kind != "Deployment" {
			continue
		}
		for _, c := range w.Template.Spec.Containers {
			if coturnRunsProgram(c, "turnserver") {
				return w, c, true
			}
		}
	}
	return podrun.Workload{}, corev1.Container{}, false
}

// coturnRunsProgram reports whether a container's command line, or the sh -c
// script in it, runs prog.
func coturnRunsProgram(c corev1.Container, prog string) bool {
	re := regexp.MustCompile(`(^|[\s;&|(/])` + regexp.QuoteMeta(prog) + `(\s|$)`)
	for _, a := range append(append([]string{}, c.Command...), c.Args...) {
		if a == prog || path.Base(a) == prog || re.MatchString(a) {
			return true
		}
	}
	return false
}

// coturnWithoutAddedCaps returns a copy of the workload whose containers
// add no capabilities, and what it removed.
func coturnWithoutAddedCaps(w podrun.Workload) (podrun.Workload, []string) {
	w.Template = *w.Template.DeepCopy()
	var dropped []string
	strip := func(cs []corev1.Container) {
		for i := range cs {
			if sc := cs[i].SecurityContext; sc != nil && sc.Capabilities != nil && len(sc.Capabilities.Add) > 0 {
				for _, c := range sc.Capabilities.Add {
					dropped = append(dropped, cs[i].Name+":"+string(c))
				}
				sc.Capabilities.Add = nil
			}
		}
	}
	strip(w.Template.Spec.InitContainers)
	strip(w.Template.Spec.Containers)
	return w, dropped
}

// coturnProbePeriod replaces the relay's probe periods in tests. The relay
// has no startup probe, so readiness's three tries (30 s as rendered) must
// cover turnserver's start: 3 s does, with the whole suite running at once
// on two cores.
const coturnProbePeriod = time.Second

// coturnWatcherInterval is how often the test's copy of the certificate
// watcher polls, in seconds.
const coturnWatcherInterval = "2"

var coturnWatcherRe = regexp.MustCompile(`while sleep (\d+);`)

// coturnFastWatcher shortens the poll of the rendered certificate watcher
// (`while sleep N;` in the relay container's script), the one edit the
// test makes to it, so the reload check takes seconds rather than a
// minute: the script's logic runs as rendered. It returns the rendered
// interval ("" without a watcher).
func coturnFastWatcher(w *podrun.Workload, relay *corev1.Container) string {
	var interval string
	edit := func(args []string) []string {
		out := append([]string(nil), args...)
		for i, a := range out {
			if m := coturnWatcherRe.FindStringSubmatch(a); m != nil {
				interval = m[1]
				out[i] = coturnWatcherRe.ReplaceAllString(a, "while sleep "+coturnWatcherInterval+";")
			}
		}
		return out
	}
	w.Template = *w.Template.DeepCopy()
	for i := range w.Template.Spec.Containers {
		c := &w.Template.Spec.Containers[i]
		if c.Name == relay.Name {
			c.Command, c.Args = edit(c.Command), edit(c.Args)
			*relay = *c.DeepCopy()
		}
	}
	return interval
}

// coturnDiscoveryContainers are the init containers that mount a projected
// service-account token: they talk to the API server.
func coturnDiscoveryContainers(w podrun.Workload) map[string]bool {
	tokenVolumes := map[string]bool{}
	for _, v := range w.Template.Spec.Volumes {
		if v.Projected == nil {
			continue
		}
		for _, s := range v.Projected.Sources {
			if s.ServiceAccountToken != nil {
				tokenVolumes[v.Name] = true
			}
		}
	}
	out := map[string]bool{}
	for _, c := range w.Template.Spec.InitContainers {
		for _, vm := range c.VolumeMounts {
			if tokenVolumes[vm.Name] {
				out[c.Name] = true
			}
		}
	}
	return out
}

func coturnUsesDownward(c corev1.Container, field string) bool {
	for _, e := range c.Env {
		if e.ValueFrom != nil && e.ValueFrom.FieldRef != nil && e.ValueFrom.FieldRef.FieldPath == field {
			return true
		}
	}
	return false
}

// coturnConfigMapConf is the turnserver.conf the pod mounts from a ConfigMap
// (the one key of the manifest's ConfigMaps that the pod reads and that
// looks like coturn's configuration).
func coturnConfigMapConf(t *testing.T, m *podrun.Manifest, w podrun.Workload) string {
	t.Helper()
	for _, v := range w.Template.Spec.Volumes {
		if v.ConfigMap == nil {
			continue
		}
		cm, ok := m.ConfigMaps[v.ConfigMap.Name]
		if !ok {
			continue
		}
		for k, data := range cm.Data {
			if strings.HasSuffix(k, ".conf") && strings.Contains(data, "listening-port") {
				return data
			}
		}
	}
	t.Fatalf("%s mounts no ConfigMap holding a turnserver.conf", w.Name)
	return ""
}

// checkCoturnPorts checks that the ports the configuration opens are the
// ones the container declares, and that none is below 1024 (so the
// dropped NET_BIND_SERVICE is not needed).
func checkCoturnPorts(t *testing.T, w podrun.Workload, relay corev1.Container, conf turnConf) {
	t.Helper()
	declared := map[string]bool{}
	for _, p := range relay.Ports {
		declared[fmt.Sprintf("%d/%s", p.ContainerPort, p.Protocol)] = true
		if p.ContainerPort < 1024 || (p.HostPort != 0 && p.HostPort < 1024) {
			t.Errorf("container %s declares port %d below 1024", relay.Name, p.ContainerPort)
		}
	}
	want := []string{}
	lp := conf.port(t, "listening-port", 3478)
	if !conf.has("no-udp") {
		want = append(want, fmt.Sprintf("%d/UDP", lp))
	}
	if !conf.has("no-tcp") {
		want = append(want, fmt.Sprintf("%d/TCP", lp))
	}
	if conf.has("tls-listening-port") && !conf.has("no-tls") {
		want = append(want, fmt.Sprintf("%d/TCP", conf.port(t, "tls-listening-port", 5349)))
	}
	if conf.has("prometheus") {
		want = append(want, fmt.Sprintf("%d/TCP", conf.port(t, "prometheus-port", 9641)))
	}
	// The relay range is declared where it is published (the public
	// profile's LoadBalancer, or hostPorts on the node's network). In the
	// internal profile peers reach relay ports pod to pod, nothing
	// publishes them, and the container declares none of them.
	lo, hi := conf.port(t, "min-port", 49152), conf.port(t, "max-port", 65535)
	published := w.Template.Spec.HostNetwork
	for p := lo; p <= hi; p++ {
		published = published || declared[fmt.Sprintf("%d/UDP", p)]
	}
	for p := lo; published && p <= hi; p++ {
		want = append(want, fmt.Sprintf("%d/UDP", p))
	}
	var missing []string
	for _, p := range want {
		if !declared[p] {
			missing = append(missing, p)
		}
	}
	if len(missing) > 0 {
		t.Errorf("turnserver.conf opens ports container %s does not declare: %s", relay.Name, strings.Join(missing, ", "))
	}
}

// coturnPodNetwork moves the pod's address from the loopback device, where
// the runner puts it, to an eth0 as on a node: coturn relays only from
// addresses of non-loopback interfaces, and with none it refuses to start
// ("Cannot configure any meaningful IP listener address"). A host-network
// pod also gets the node's address. peer0, the other end, will hold the
// peers.
func coturnPodNetwork(t *testing.T, p *podrun.Pod, hostNetwork bool) {
	t.Helper()
	cmds := [][]string{
		{"ip", "link", "add", "eth0", "type", "veth", "peer", "name", "peer0"},
		{"ip", "addr", "del", p.IP() + "/32", "dev", "lo"},
		{"ip", "addr", "add", p.IP() + "/32", "dev", "eth0"},
	}
	if hostNetwork {
		cmds = append(cmds, []string{"ip", "addr", "add", coturnNodeIP + "/32", "dev", "eth0"})
	}
	cmds = append(cmds, []string{"ip", "link", "set", "eth0", "up"}, []string{"ip", "link", "set", "peer0", "up"})
	coturnHostExec(t, p, cmds...)
}

// coturnPeerAddresses puts every probe peer's address on peer0. It runs once
// turnserver is up: coturn relays from every local address it finds at
// start, and a relay bound to a reserved address (0.0.0.1, 240.0.0.1)
// would lose the peer's answers.
func coturnPeerAddresses(t *testing.T, p *podrun.Pod, allowed peerProbe, denied []peerProbe) {
	t.Helper()
	cmds := [][]string{{"ip", "addr", "add", allowed.addr.String() + "/32", "dev", "peer0"}}
	for _, d := range denied {
		if d.addr.IsLoopback() || d.addr.String() == p.IP() || d.addr.String() == coturnNodeIP {
			continue
		}
		cmds = append(cmds, []string{"ip", "addr", "add", d.addr.String() + "/32", "dev", "peer0"})
	}
	coturnHostExec(t, p, cmds...)
}

// waitListening waits up to 10s until a socket is bound to addr in the
// pod's namespace.
func coturnWaitListening(t *testing.T, p *podrun.Pod, proto, addr string) {
	t.Helper()
	flag := "-Hln" + map[string]string{"udp": "u", "tcp": "t"}[proto]
	var out string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		out, _ = p.HostExec("ss", flag)
		if strings.Contains(out, addr) {
			return
		}
	}
	t.Fatalf("nothing listens on %s/%s in the pod's namespace after 10s:\n%s", addr, proto, out)
}

func coturnHostExec(t *testing.T, p *podrun.Pod, cmds ...[]string) {
	t.Helper()
	for _, c := range cmds {
		if out, err := p.HostExec(c...); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(c, " "), err, out)
		}
	}
}

// coturnDiscoveryOutput does what the discovery init container would do
// once the relay's Service has status.loadBalancer.ingress[0] = ingress
// ({"ip": ...} or {"hostname": ...}): it reads the rendered command
// (go-runner --log-file=FILE ... kubectl --output=jsonpath=TEMPLATE),
// evaluates the template on such a Service and writes the result to FILE
// in the volume that holds it, as the pod's user, as go-runner writes
// kubectl's stdout into a new pod's empty volume.
func coturnDiscoveryOutput(t *testing.T, p *podrun.Pod, w podrun.Workload, c corev1.Container, ingress map[string]any) {
	t.Helper()
	argv := append(append([]string{}, c.Command...), c.Args...)
	logFile, template := "", ""
	for i, a := range argv {
		switch {
		case strings.HasPrefix(a, "--log-file="):
			logFile = strings.TrimPrefix(a, "--log-file=")
		case strings.HasPrefix(a, "--output=jsonpath="):
			template = strings.TrimPrefix(a, "--output=jsonpath=")
		case strings.HasPrefix(a, "-o=jsonpath="):
			template = strings.TrimPrefix(a, "-o=jsonpath=")
		case (a == "-o" || a == "--output") && i+1 < len(argv) && strings.HasPrefix(argv[i+1], "jsonpath="):
			template = strings.TrimPrefix(argv[i+1], "jsonpath=")
		}
	}
	if len(argv) == 0 || path.Base(argv[0]) != "go-runner" || logFile == "" || template == "" {
		t.Fatalf("init container %s: this test knows discovery as `go-runner --log-file=FILE kubectl ... --output=jsonpath=...`, "+
			"but it renders %q; teach coturnDiscoveryOutput the new shape (the e2e test TestDiscoveryRuntime_* runs it for real)", c.Name, argv)
	}
	svc := map[string]any{"status": map[string]any{"loadBalancer": map[string]any{"ingress": []any{ingress}}}}
	out, err := coturnJSONPath(template, svc)
	if err != nil {
		t.Fatalf("init container %s: --output jsonpath %q: %v", c.Name, template, err)
	}
	host := coturnHostPath(t, p, c, logFile)
	f, err := os.OpenFile(host, os.O_WRONLY|os.O_TRUNC|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(f, out); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if sc := w.Template.Spec.SecurityContext; sc != nil && sc.RunAsUser != nil {
		gid := -1
		if sc.RunAsGroup != nil {
			gid = int(*sc.RunAsGroup)
		}
		if err := os.Chown(host, int(*sc.RunAsUser), gid); err != nil {
			t.Fatal(err)
		}
	}
}

// coturnHostPath maps a path in a container to the host directory of the
// volume mounted there.
func coturnHostPath(t *testing.T, p *podrun.Pod, c corev1.Container, file string) string {
	t.Helper()
	best := corev1.VolumeMount{}
	for _, vm := range c.VolumeMounts {
		if (file == vm.MountPath || strings.HasPrefix(file, strings.TrimSuffix(vm.MountPath, "/")+"/")) && len(vm.MountPath) > len(best.MountPath) {
			best = vm
		}
	}
	if best.Name == "" {
		t.Fatalf("container %s writes %s, which is on no volume: its root filesystem is read-only", c.Name, file)
	}
	rel := strings.TrimPrefix(strings.TrimPrefix(file, best.MountPath), "/")
	return filepath.Join(p.Volume(best.Name), best.SubPath, rel)
}

// coturnConfigPath is the file turnserver reads: the argument of -c.
func coturnConfigPath(t *testing.T, relay corev1.Container) string {
	t.Helper()
	re := regexp.MustCompile(`turnserver\s+(?:.*\s)?-c\s+(\S+)`)
	argv := append(append([]string{}, relay.Command...), relay.Args...)
	if m := re.FindStringSubmatch(strings.Join(argv, " ")); m != nil {
		return m[1]
	}
	for i, a := range argv {
		if a == "-c" && i+1 < len(argv) {
			return argv[i+1]
		}
	}
	t.Fatalf("container %s runs turnserver without -c FILE: %q", relay.Name, argv)
	return ""
}

// checkCoturnWrittenConf reads the file the init containers composed and checks
// it: every line of the ConfigMap, the secret, the expected external-ip,
// and readable by the pod's user only.
func checkCoturnWrittenConf(t *testing.T, p *podrun.Pod, w podrun.Workload, relay corev1.Container, template string, secrets map[string]map[string]string, wantExternal string) turnConf {
	t.Helper()
	file := coturnConfigPath(t, relay)
	host := coturnHostPath(t, p, relay, file)
	data, err := os.ReadFile(host)
	if err != nil {
		t.Fatalf("the init containers wrote no %s: %v", file, err)
	}
	if !strings.HasPrefix(string(data), template) {
		t.Errorf("%s does not start with the ConfigMap's turnserver.conf", file)
	}
	conf := parseTurnConf(string(data))
	if conf.get("static-auth-secret") != coturnSecretOf(t, w, secrets) {
		t.Errorf("%s: static-auth-secret is not the Secret's value", file)
	}
	if public, _, _ := strings.Cut(conf.get("external-ip"), "/"); wantExternal != "" && public != wantExternal {
		t.Errorf("%s: external-ip is %q, want %q", file, conf.get("external-ip"), wantExternal)
	}
	if n := len(conf.values["static-auth-secret"]); n != 1 {
		t.Errorf("%s: %d static-auth-secret lines, want 1", file, n)
	}
	fi, err := os.Stat(host)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("%s holds the TURN secret but has mode %v: only its owner may read it", file, fi.Mode().Perm())
	}
	return conf
}

// coturnSecretOf is the TURN secret the pod reads: the Secret key that the
// configure container mounts.
func coturnSecretOf(t *testing.T, w podrun.Workload, secrets map[string]map[string]string) string {
	t.Helper()
	for _, v := range w.Template.Spec.Volumes {
		if v.Secret == nil {
			continue
		}
		for _, it := range v.Secret.Items {
			if s, ok := secrets[v.Secret.SecretName][it.Key]; ok && it.Key != "tls.crt" && it.Key != "tls.key" {
				return s
			}
		}
	}
	t.Fatalf("%s mounts no key of the Secrets `dograh-cdk8s secrets` prints", w.Name)
	return ""
}

// checkCoturnOptions fails on any option of the written file that
// turnserver did not accept, except those Debian's 4.6.1 build lacks for a
// known reason.
func checkCoturnOptions(t *testing.T, p *podrun.Pod, relay corev1.Container, conf turnConf, rep *coturnReport) {
	t.Helper()
	known := map[string]string{
		"prometheus":      "Debian's coturn is built without libprom",
		"prometheus-port": "Debian's coturn is built without libprom",
	}
	re := regexp.MustCompile(`Bad configuration format: (\S+)`)
	seen := map[string]bool{}
	for _, m := range re.FindAllStringSubmatch(p.Logs(relay.Name), -1) {
		opt := m[1]
		if seen[opt] {
			continue
		}
		seen[opt] = true
		if why, ok := known[opt]; ok {
			rep.notes = append(rep.notes, fmt.Sprintf("turnserver 4.6.1 ignores %q (%s)", opt, why))
			continue
		}
		t.Errorf("turnserver refused option %q of the rendered configuration", opt)
	}
	// Every peer range, IPv6 included, must have parsed: coturn logs each
	// one it accepts (add_ip_list_range in src/apps/relay/mainrelay.c,
	// 4.6.1 and 4.8.0).
	logs := p.Logs(relay.Name)
	for opt, verb := range map[string]string{"denied-peer-ip": "Black listing: ", "allowed-peer-ip": "White listing: "} {
		for _, v := range conf.values[opt] {
			if !strings.Contains(logs, verb+v+"\n") {
				t.Errorf("turnserver did not accept %s=%s (no %q in its log)", opt, v, verb+v)
			}
		}
	}
}

// coturnPrometheusBuiltIn reports whether this machine's turnserver has the
// Prometheus exporter: coturn only parses the option when built with it.
func coturnPrometheusBuiltIn(p *podrun.Pod, relay corev1.Container) bool {
	return !strings.Contains(p.Logs(relay.Name), "Bad configuration format: prometheus")
}

func checkCoturnMetrics(t *testing.T, p *podrun.Pod, relay corev1.Container, conf turnConf, rep *coturnReport) {
	if !conf.has("prometheus") {
		rep.skipped = append(rep.skipped, "metrics: the topology renders none")
		t.Skip("the topology renders no metrics")
	}
	if !coturnPrometheusBuiltIn(p, relay) {
		why := "metrics: Debian bookworm's turnserver 4.6.1 is built without Prometheus support (it logs \"Bad configuration format: prometheus\"); coturn/coturn:4.8.0 has it"
		rep.skipped = append(rep.skipped, why)
		t.Skip(why)
	}
	port := conf.port(t, "prometheus-port", 9641)
	url := fmt.Sprintf("http://%s:%d/metrics", p.IP(), port)
	resp, err := p.HTTPClient(5 * time.Second).Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode != 200 || !strings.Contains(string(body), "turn_") {
		t.Fatalf("GET %s: %s, no turn_ metrics:\n%s", url, resp.Status, coturnTail(string(body), 10))
	}
	rep.allocations = append(rep.allocations, "metrics "+url)
}

// checkCoturnTLSReload renews the certificate in the TLS Secret as the
// kubelet would, waits for the rendered reload (or, if the container
// renders none, sends SIGUSR2 itself) and checks the new one is served.
func checkCoturnTLSReload(t *testing.T, p *podrun.Pod, relay corev1.Container, conf turnConf, tlsSecrets map[string]coturnTLSSecret, ca *coturnCA, rep *coturnReport) {
	port := conf.port(t, "tls-listening-port", 5349)
	if len(tlsSecrets) != 1 {
		t.Fatalf("want one TLS Secret mounted into %s, found %d", relay.Name, len(tlsSecrets))
	}
	var name string
	var sec coturnTLSSecret
	for n, s := range tlsSecrets {
		name, sec = n, s
	}
	serial, err := coturnServedSerial(p, port, sec.dnsNames[0], ca)
	if err != nil {
		t.Fatalf("TLS handshake on %d before the renewal: %v", port, err)
	}
	if serial != 1 {
		t.Fatalf("served certificate has serial %d, want the first one (1)", serial)
	}

	certPEM, keyPEM := ca.issue(t, 2, sec.dnsNames)
	renewed := time.Now()
	if err := p.UpdateSecret(name, map[string]string{"tls.crt": string(certPEM), "tls.key": string(keyPEM), "ca.crt": string(ca.certPEM)}); err != nil {
		t.Fatal(err)
	}
	// The rendered watcher: `while sleep N` in the main container's script.
	wait := 0
	if m := regexp.MustCompile(`while sleep (\d+)`).FindStringSubmatch(strings.Join(append(append([]string{}, relay.Command...), relay.Args...), " ")); m != nil {
		wait, _ = strconv.Atoi(m[1])
	}
	how := "the rendered watcher"
	if wait == 0 {
		how = "SIGUSR2 from the test (the container renders no watcher)"
		if err := p.Signal(relay.Name, syscall.SIGUSR2); err != nil {
			t.Fatal(err)
		}
	}
	if coturnWaitForSerial(p, port, sec.dnsNames[0], ca, 2, time.Duration(wait)*time.Second+20*time.Second) {
		rep.notes = append(rep.notes, fmt.Sprintf("renewed certificate served %.0fs after the Secret update, by %s", time.Since(renewed).Seconds(), how))
		return
	}
	t.Errorf("the renewed certificate was not served within %s of the Secret update, by %s; log:\n%s",
		time.Since(renewed).Round(time.Second), how, coturnTail(p.Logs(relay.Name), 8))
	if wait == 0 {
		return
	}
	// Tell a broken watcher from a relay that does not reload.
	if err := p.Signal(relay.Name, syscall.SIGUSR2); err != nil {
		t.Fatal(err)
	}
	if coturnWaitForSerial(p, port, sec.dnsNames[0], ca, 2, 10*time.Second) {
		rep.notes = append(rep.notes, "the rendered watcher did not reload the certificate; SIGUSR2 from the test did")
	} else {
		t.Errorf("turnserver did not serve the renewed certificate after SIGUSR2 either")
	}
}

// coturnWaitForSerial polls the TLS listener until it serves the certificate
// with serial want, for at most d.
func coturnWaitForSerial(p *podrun.Pod, port int, serverName string, ca *coturnCA, want int64, d time.Duration) bool {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(time.Second) {
		if serial, err := coturnServedSerial(p, port, serverName, ca); err == nil && serial == want {
			return true
		}
	}
	return false
}

// coturnServedSerial completes a TLS handshake with the relay from inside the
// pod's namespace, verifying the chain and the name against the test CA,
// and returns the serial of the served certificate.
func coturnServedSerial(p *podrun.Pod, port int, serverName string, ca *coturnCA) (int64, error) {
	conn, err := p.Dial(p.IP(), port, 5*time.Second)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	pool := x509.NewCertPool()
	pool.AddCert(ca.cert)
	tc := tls.Client(conn, &tls.Config{RootCAs: pool, ServerName: serverName})
	_ = tc.SetDeadline(time.Now().Add(5 * time.Second))
	if err := tc.Handshake(); err != nil {
		return 0, err
	}
	return tc.ConnectionState().PeerCertificates[0].SerialNumber.Int64(), nil
}

var (
	coturnRelayAddrRe = regexp.MustCompile(`Received relay addr: (\S+):\d+`)
	coturnRecvRe      = regexp.MustCompile(`tot_recv_msgs=(\d+)`)
)

// coturnRelayedAddress is the XOR-RELAYED-ADDRESS coturn returned.
func coturnRelayedAddress(out string) string {
	if m := coturnRelayAddrRe.FindStringSubmatch(out); m != nil {
		return m[1]
	}
	return ""
}

// coturnReceived is the total turnutils_uclient reports at the end.
func coturnReceived(out string) int {
	n := 0
	for _, m := range coturnRecvRe.FindAllStringSubmatch(out, -1) {
		n, _ = strconv.Atoi(m[1])
	}
	return n
}

func coturnTail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
