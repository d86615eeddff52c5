package runtime

import (
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

var callUpdateAllocations = flag.Bool("update-allocations", false,
	"rewrite "+callAllocationsPath+" from the allocations the call test measures")

// callAllocationsPath holds the measured allocations per call, per
// topology, for the NOTES capacity figures (a chart test reads it).
const callAllocationsPath = "testdata/allocations-per-call.json"

// callUser is the dashboard user both peers get credentials for: the app
// mints the browser's and its own peer's for the same user id.
const callUser = "4242"

// Timeouts of one call, in seconds. A call that connects does so in about
// 5 s with the runtime suite alone, and took 9 s with every suite running
// at once on two cores (aiortc's ICE, DTLS and SCTP are CPU-bound Python);
// the bound leaves room for more. One that must not connect is given
// callNegativeTimeout, the time such a call is watched.
const (
	callTimeout         = 30
	callNegativeTimeout = 6
)

// TestCall_ConnectsThroughRenderedRelay places a call through the relay of
// every topology in dist/ that renders one, and of default-public, the
// default topology with coturn's public profile and address discovery
// (rendered by the CLI, since no preset uses them): the rendered coturn pod (init
// containers, then turnserver) on a network of namespaces with a public
// side, the Service's load balancer (with and without client-IP
// preservation) and a node routing the pod range (see callNet), a
// "browser" peer on the public side and Dograh's server peer in a "web"
// pod, both aiortc (the library Dograh's server runs), with the ICE
// servers and candidate filtering of Dograh 1.45.0. The browser is
// relay-only. A call passes when a data channel carries messages both
// ways.
//
// It also measures the relay allocations one call holds (checked against
// testdata/allocations-per-call.json; -update-allocations rewrites it),
// and shows that a wrong TURN secret gets no call, that the relay refuses
// a peer address its configuration denies, and that a wrong load-balancer
// address in external-ip is caught.
func TestCall_ConnectsThroughRenderedRelay(t *testing.T) {
	callRequirements(t)
	t.Parallel()
	cli := buildCLI(t)
	var mu sync.Mutex
	measured := map[string]callAllocation{}
	withRelay := map[string]bool{}
	tps := append(append([]topology{}, topologies(t)...), callPublicVariant(t, cli))
	// The group returns once its parallel subtests are done.
	t.Run("topologies", func(t *testing.T) {
		for _, tp := range tps {
			if _, _, ok := callRelayWorkload(tp.m); ok {
				withRelay[tp.name] = true
			}
			t.Run(tp.name, func(t *testing.T) {
				// Each topology has its own network namespaces.
				t.Parallel()
				if a, ok := runCallTopology(t, cli, tp); ok {
					mu.Lock()
					measured[tp.name] = a
					mu.Unlock()
				}
			})
		}
	})
	callCheckAllocations(t, measured, withRelay)
}

// callRequirements skips a call test where the machine cannot run one.
func callRequirements(t *testing.T) {
	t.Helper()
	needRunner(t)
	if _, err := exec.LookPath("nft"); err != nil {
		t.Skip("nft is not installed: make runtime-deps (nftables)")
	}
	if out, err := exec.Command(callPython, "-c", "import aiortc, aioice").CombinedOutput(); err != nil {
		t.Skipf("%s cannot import aiortc: make runtime-deps (python3-aiortc): %v\n%s", callPython, err, out)
	}
}

// callAllocation is what one call holds on the relay, in one topology.
type callAllocation struct {
	// Profile is how the relay is exposed: "public" (the Service publishes
	// the relay range), "internal" (it publishes only the listeners) or
	// "host-network".
	Profile string `json:"profile"`
	// TLS tells whether TURN over TLS is handed out.
	TLS bool `json:"tls"`
	// TurnURIs is how many TURN URIs the app hands the browser.
	TurnURIs int `json:"turnUris"`
	// Browser and Server are the allocations of each side.
	Browser int `json:"browserAllocations"`
	Server  int `json:"serverAllocations"`
	// PerCall is their sum: what one call holds.
	PerCall int `json:"allocationsPerCall"`
}

// callAllocationsFile is testdata/allocations-per-call.json.
type callAllocationsFile struct {
	Comment    string                    `json:"comment"`
	Method     string                    `json:"method"`
	Topologies map[string]callAllocation `json:"topologies"`
}

const callAllocationsMethod = "e2e/runtime TestCall_ConnectsThroughRenderedRelay: one call (Debian coturn 4.6.1 running the rendered pod; " +
	"aiortc 1.4.0 peers) counts the UDP sockets bound in the relay range (min-port..max-port) in the relay pods' network " +
	"namespaces (/proc/net/udp), one per allocation: before the call, after the browser gathered, after the web pod's " +
	"peer gathered. The browser, relay-only, allocates once per TURN URI the app hands it, as a browser gathers a relay " +
	"candidate per URI (aiortc itself uses only the first; the stand-in allocates on the rest); the web pod's aiortc " +
	"allocates once, on the first URI (turn: over UDP outside ENVIRONMENT=local)."

// checkAllocationsFile compares the measured counts with the committed
// file, or rewrites it with -update-allocations.
func callCheckAllocations(t *testing.T, measured map[string]callAllocation, withRelay map[string]bool) {
	t.Helper()
	want := callAllocationsFile{
		Comment: "Relay allocations one Dograh browser call holds, per topology. Written by " +
			"`go test ./e2e/runtime -run TestCall -update-allocations`; the test fails when a measurement differs.",
		Method:     callAllocationsMethod,
		Topologies: measured,
	}
	if *callUpdateAllocations {
		if len(measured) != len(withRelay) {
			t.Fatalf("-update-allocations: measured %d of %d topologies with a relay; fix the failures first", len(measured), len(withRelay))
		}
		data, err := json.MarshalIndent(want, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(callAllocationsPath, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", callAllocationsPath)
		return
	}
	data, err := os.ReadFile(callAllocationsPath)
	if err != nil {
		t.Fatalf("%v: run the test with -update-allocations", err)
	}
	var got callAllocationsFile
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%s: %v", callAllocationsPath, err)
	}
	for tp, m := range measured {
		if c, ok := got.Topologies[tp]; !ok || !reflect.DeepEqual(c, m) {
			t.Errorf("%s: %s says %+v, the call measured %+v: check the change, then rerun with -update-allocations", tp, callAllocationsPath, c, m)
		}
	}
	for tp := range got.Topologies {
		if !withRelay[tp] {
			t.Errorf("%s lists topology %s, which renders no relay in dist/: rerun with -update-allocations", callAllocationsPath, tp)
		}
	}
	if got.Method != callAllocationsMethod {
		t.Errorf("%s: the method text is stale: rerun with -update-allocations", callAllocationsPath)
	}
}

// callPublicVariantName names the public-profile variant of the default
// topology, which no preset renders: the relay range published by the
// LoadBalancer, external-ip learned by address discovery.
const callPublicVariantName = "default-public"

// callPublicVariantConfig is its override file, shared with the e2e
// discovery test.
const callPublicVariantConfig = "../testdata/default-public.yaml"

// callPublicVariant renders the public variant through the CLI (-config
// FILE -out DIR), as an operator would.
func callPublicVariant(t *testing.T, cli string) topology {
	t.Helper()
	cfg, err := filepath.Abs(callPublicVariantConfig)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	cmd := exec.Command(cli, "-config", cfg, "-out", out)
	cmd.Dir = filepath.Join("..", "..")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dograh-cdk8s -config %s: %v\n%s", cfg, err, b)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.k8s.yaml"))
	if len(files) != 1 {
		t.Fatalf("dograh-cdk8s -config %s wrote %d manifests, want 1: %v", cfg, len(files), files)
	}
	m, err := podrun.LoadManifest(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return topology{name: callPublicVariantName, m: m, config: cfg}
}

// callReport is what one topology's calls showed, for the summary.
type callReport struct {
	passed   []string
	refused  []string
	findings []string
	notes    []string
}

// callSetup is one topology's relay running on its call network, with
// what the app would hand out.
type callSetup struct {
	w      podrun.Workload
	relayC corev1.Container
	svc    *corev1.Service
	// replicas is the relay Deployment's spec.replicas.
	replicas    int
	hostNetwork bool
	webW        podrun.Workload
	webC        corev1.Container
	app         callApp
	// secret is the web pod's TURN_SECRET.
	secret string
	cn     *callNet
	relay  *callRelay
	// turnHost is where browsers dial TURN (TURN_HOST).
	turnHost string
	// env is the peers' environment (the test CA for turns:).
	env []string
	// grace is the relay pod's terminationGracePeriodSeconds.
	grace time.Duration
}

// newCallSetup starts a topology's relay pods, every replica, on a fresh
// call network, with Secrets made the documented way.
func newCallSetup(t *testing.T, cli string, tp topology, rep *callReport) *callSetup {
	t.Helper()
	w, relayC, ok := callRelayWorkload(tp.m)
	if !ok {
		t.Skip("renders no relay")
	}
	s := &callSetup{w: w, relayC: relayC, replicas: 1, hostNetwork: w.Template.Spec.HostNetwork, grace: 30 * time.Second}
	if g := w.Template.Spec.TerminationGracePeriodSeconds; g != nil {
		s.grace = time.Duration(*g) * time.Second
	}
	objects := manifestObjects(t, tp.m.Path)
	s.svc = callService(t, objects, w)
	if !s.hostNetwork && (s.svc == nil || s.svc.Spec.Type != corev1.ServiceTypeLoadBalancer) {
		t.Fatalf("%s runs neither on the host network nor behind a LoadBalancer Service: the call test knows no other way in", w.Name)
	}
	for _, o := range objects {
		if o["kind"] == "Deployment" && objField(o, "metadata", "name") == w.Name {
			if n, ok := objNested(o, "spec", "replicas").(float64); ok && n > 1 {
				s.replicas = int(n)
			}
		}
	}
	rendered := callParseConf(callRenderedConf(t, tp.m, w))
	podCIDR := netip.MustParsePrefix(callDefaultPodCIDR)
	if p, ok := rendered.firstAllowedRange(); ok {
		// coturn.podCidrs: put the pods in the range the relay allows.
		podCIDR = p
	}
	s.webW, s.webC = callWebWorkload(t, tp.m)
	s.app = callAppSettings(tp.m, s.webC)

	secrets := documentedSecrets(t, cli, tp)
	ca := newCoturnCA(t)
	callAddTLSSecrets(t, w, objects, secrets, ca)
	for _, e := range s.webC.Env {
		if e.Name == "TURN_SECRET" {
			s.secret = secrets[e.ValueFrom.SecretKeyRef.Name][e.ValueFrom.SecretKeyRef.Key]
		}
	}
	if s.secret == "" {
		t.Fatalf("`dograh-cdk8s secrets` for %s prints no value for web's TURN_SECRET", tp.name)
	}

	s.cn = callNewNet(t, s.hostNetwork, s.replicas, s.svc, relayC, podCIDR)
	s.relay = callStartRelay(t, tp, w, relayC, s.svc, secrets, s.cn)

	// TURN_HOST: rendered, or what the NOTES have the operator set (the
	// load balancer's status address, the node's address).
	s.turnHost = s.app.turnHost
	switch {
	case s.turnHost != "":
	case s.hostNetwork:
		s.turnHost = callNodeIP
	case s.relay.hostname != "":
		s.turnHost = s.relay.hostname
	default:
		s.turnHost = callLBIP
	}
	if s.app.turnHost == "" {
		rep.notes = append(rep.notes, "TURN_HOST not rendered: set to "+s.turnHost+" as the NOTES say")
	}
	if net.ParseIP(s.turnHost) == nil {
		// Public DNS (and cluster DNS) answer the load balancer's address.
		for _, ns := range []string{"pub", "web"} {
			if err := s.cn.nw.Hosts(ns, map[string]string{s.turnHost: s.cn.dial}); err != nil {
				t.Fatal(err)
			}
		}
	}
	caFile := filepath.Join(t.TempDir(), "ca.crt")
	if err := os.WriteFile(caFile, ca.certPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	s.env = []string{"SSL_CERT_FILE=" + caFile}
	return s
}

// browserCfg and webCfg are the two peers' configurations for a call
// with these ICE servers.
func (s *callSetup) browserCfg(servers []map[string]any) map[string]any {
	return map[string]any{"ice_servers": servers, "relay_only": true, "browser_allocations": true, "messages": 20}
}

func (s *callSetup) webCfg(servers []map[string]any, serverIP string) map[string]any {
	return map[string]any{"ice_servers": servers, "environment": s.app.environment, "force_turn_relay": s.app.forceRelay,
		"server_ip": serverIP, "messages": 20}
}

func runCallTopology(t *testing.T, cli string, tp topology) (callAllocation, bool) {
	start := time.Now()
	rep := &callReport{}
	s := newCallSetup(t, cli, tp, rep)
	w, relayC, webW, webC, app, secret, cn, relay, turnHost, env := s.w, s.relayC, s.webW, s.webC, s.app, s.secret, s.cn, s.relay, s.turnHost, s.env
	hostNetwork := s.hostNetwork
	t.Logf("%s: network: %s; relay ready after %.1fs", tp.name, cn.describe(), time.Since(start).Seconds())
	lo, hi := relay.relayRange()
	count := func() int { return cn.relaySockets(t, lo, hi) }
	// settled waits (at most 5s) until the previous call's allocations are
	// released (its peers send Refresh with lifetime 0 as they close).
	settled := func() int {
		n := count()
		for i := 0; i < 50 && n > 0; i++ {
			time.Sleep(100 * time.Millisecond)
			n = count()
		}
		return n
	}

	// What the relay must advertise: with the relay range published, the
	// load balancer's public address (or the node's on the host network).
	publishesRelays := false
	for _, p := range cn.ports {
		if p.proto == "udp" && int(p.target) >= lo && int(p.target) <= hi {
			publishesRelays = true
		}
	}
	profile := "internal"
	switch {
	case hostNetwork:
		profile = "host-network"
	case publishesRelays:
		profile = "public"
	}
	advertised := relay.advertised(0)
	if (hostNetwork || publishesRelays) && advertised != cn.dial {
		t.Errorf("the relay advertises %s (external-ip), want the public address peers reach it at, %s", advertised, cn.dial)
	}

	browserCfg, webCfg := s.browserCfg, s.webCfg
	serverIPs := []string{app.serverIP}
	if app.serverIPFromPod {
		// Rendered SERVER_IP is the pod's address; the app without it too.
		serverIPs = []string{cn.webIP, ""}
	}

	// The call, through each load-balancer variant.
	var alloc callAllocation
	mainFailed := false
	for _, mode := range cn.lbModes() {
		if err := cn.setLB(mode); err != nil {
			t.Fatal(err)
		}
		for _, sip := range serverIPs {
			name := fmt.Sprintf("call via %s, SERVER_IP=%q", mode, sip)
			res := callRun(t, cn, callSpec{name: name,
				browser: browserCfg(app.iceServers(turnHost, secret, callUser)),
				web:     webCfg(app.iceServers(turnHost, secret, callUser), sip),
				timeout: callTimeout, count: count, before: settled}, env)
			a := callAllocation{Profile: profile, TLS: app.turnTLSPort != 0, TurnURIs: len(app.turnURIs(turnHost)),
				Browser: res.browserAllocations(), Server: res.webAllocations()}
			a.PerCall = a.Browser + a.Server
			if alloc.PerCall == 0 {
				alloc = a
			} else if a != alloc {
				t.Errorf("%s: %+v allocations, the first call had %+v", name, a, alloc)
			}
			for _, c := range res.offer {
				addr, typ := callCandidateAddr(c)
				if typ != "relay" {
					t.Errorf("%s: the relay-only browser offered a %s candidate: %s", name, typ, c)
				} else if host, _, _ := strings.Cut(addr, ":"); host != advertised {
					t.Errorf("%s: the browser's relay candidate is %s, want the relay's advertised address %s", name, addr, advertised)
				}
			}
			if len(res.offer) == 0 && res.problem == "" {
				t.Errorf("%s: the browser offered no candidate", name)
			}
			if !res.connected {
				mainFailed = true
				t.Errorf("%s: no call (%s) in %.1fs%s\n--- transcript:\n%s", name, res.problem, res.duration.Seconds(),
					callDiagnose(relay.logs()), res.transcript)
				continue
			}
			rep.passed = append(rep.passed, fmt.Sprintf("%s: data channel both ways in %.1fs, browser %s", name, res.duration.Seconds(), callPairString(res.browserPair)))
			report.allocated(tp.name, a.PerCall)
		}
	}
	t.Logf("%s: one call holds %d allocations (browser %d over %d TURN URIs, web pod %d)", tp.name, alloc.PerCall, alloc.Browser, alloc.TurnURIs, alloc.Server)

	// A wrong secret: the app's TURN_SECRET is not the relay's.
	{
		res := callRun(t, cn, callSpec{name: "wrong secret",
			browser: browserCfg(app.iceServers(turnHost, secret+"-wrong", callUser)),
			web:     webCfg(app.iceServers(turnHost, secret+"-wrong", callUser), serverIPs[0]),
			timeout: callNegativeTimeout}, env)
		switch {
		case res.connected:
			t.Errorf("credentials signed with a wrong secret: the call connected, want none\n%s", res.transcript)
		case !strings.Contains(res.problem, "401"):
			t.Errorf("credentials signed with a wrong secret: no call, but the relay logged no 401 (%s)\n%s", res.problem, res.transcript)
		default:
			rep.refused = append(rep.refused, "wrong TURN secret: 401, no call")
			report.refusedAsExpected(tp.name, "call: credentials signed with a wrong TURN secret")
		}
	}

	// The web pod's own address as the only path: the browser's relay must
	// send to it, which the relay's peer rules decide.
	{
		webAddr := netip.MustParseAddr(cn.webIP)
		allowed := relay.written[0].allowsPeer(webAddr)
		timeout := callNegativeTimeout
		if allowed {
			timeout = callTimeout // this call must connect
		}
		res := callRun(t, cn, callSpec{name: "web pod address only",
			browser: browserCfg(app.iceServers(turnHost, secret, callUser)),
			// No TURN for the web peer, and SERVER_IP its pod address so
			// the app keeps its host candidate.
			web:     webCfg([]map[string]any{}, cn.webIP),
			timeout: timeout}, env)
		refusedLog := strings.Contains(relay.logs(), "A peer IP "+cn.webIP+" denied")
		switch {
		case allowed && !res.connected:
			t.Errorf("the relay allows peer %s (allowed-peer-ip), but a relay-only browser did not reach the web pod there (%s)%s\n%s",
				cn.webIP, res.problem, callDiagnose(relay.logs()), res.transcript)
		case allowed:
			rep.passed = append(rep.passed, "browser relay to the web pod's address "+cn.webIP+" (allowed peer): "+callPairString(res.browserPair))
		case res.connected:
			t.Errorf("the relay's configuration denies peer %s, but the browser's relay reached the web pod there\n%s", cn.webIP, res.transcript)
		case !refusedLog:
			t.Errorf("peer %s: no call as expected, but the relay logged no denial for it (%s)\n%s", cn.webIP, res.problem, res.transcript)
		default:
			rep.refused = append(rep.refused, "web pod address "+cn.webIP+" as peer: 403 Forbidden IP")
			report.refusedAsExpected(tp.name, "call: relay to the web pod's address "+cn.webIP+" (denied-peer-ip)")
		}
	}

	// The main call failed: tell whether the relay refused its own
	// address, which the relay's own configuration must allow.
	if mainFailed {
		for _, a := range cn.relayAddrs(t, 0) {
			if strings.Contains(relay.logs(), "A peer IP "+a+" denied") {
				finding := fmt.Sprintf("BUG: relay-to-relay is refused: coturn maps a peer at its own external-ip (%s) back to its own address %s "+
					"(coturn 4.6.1 src/client/ns_turn_msg.c:1536, map_addr_from_public_to_private) and its configuration denies that address", advertised, a)
				rep.findings = append(rep.findings, finding)
				t.Error(finding)
			}
		}
	}

	// A wrong load-balancer address in external-ip: the browser's relay
	// candidate then carries it, which the address check above catches.
	// A relay that advertises its pod address has no external-ip to get
	// wrong.
	if relay.written[0].get("external-ip") == "" {
		rep.notes = append(rep.notes, "no external-ip: the relay advertises its pod address, so there is no load-balancer address to get wrong")
	} else {
		wrongNode := ""
		if hostNetwork {
			wrongNode = callWrongLBIP
		}
		relay.restart(callWrongLBIP, wrongNode)
		res := callRun(t, cn, callSpec{name: "wrong external-ip",
			browser: browserCfg(app.iceServers(turnHost, secret, callUser)),
			web:     webCfg(app.iceServers(turnHost, secret, callUser), serverIPs[0]),
			timeout: callNegativeTimeout}, env)
		carried := ""
		for _, c := range res.offer {
			if addr, typ := callCandidateAddr(c); typ == "relay" {
				carried, _, _ = strings.Cut(addr, ":")
			}
		}
		switch {
		case relay.advertised(0) != callWrongLBIP:
			t.Errorf("the address source reported %s, but the relay advertises %s: external-ip does not come from it", callWrongLBIP, relay.advertised(0))
		case hostNetwork:
			// relay-ip and external-ip (NODE/NODE) both name status.hostIP:
			// a foreign one is no local address, so coturn allocates
			// nothing rather than advertising an address it does not
			// relay from.
			if carried != "" || res.connected {
				t.Errorf("status.hostIP %s (not the node's): relay-ip %s; the browser's relay candidate carries %q (call connected: %v), want no relay at all",
					callWrongLBIP, relay.written[0].get("relay-ip"), carried, res.connected)
			} else {
				rep.refused = append(rep.refused, fmt.Sprintf("status.hostIP %s (not the node's): relay-ip and external-ip name it, no relay candidate, no call", callWrongLBIP))
				report.refusedAsExpected(tp.name, "call: a status.hostIP that is not the node's own address gets no relay, not a wrong one")
			}
		case carried != callWrongLBIP:
			t.Errorf("external-ip %s: the browser's relay candidate carries %q", callWrongLBIP, carried)
		default:
			rep.refused = append(rep.refused, fmt.Sprintf("wrong external-ip %s: the relay candidate carries it, not %s (call connected: %v)", callWrongLBIP, cn.dial, res.connected))
			report.refusedAsExpected(tp.name, "call: a wrong public address in external-ip is caught by the relay-candidate check")
			if res.connected {
				rep.findings = append(rep.findings, "a wrong external-ip does not break a call between two peers on the same relay: "+
					"coturn maps its own external-ip back to its relay address, so relay-to-relay never leaves the pod")
			}
		}
	}

	for _, opt := range regexp.MustCompile(`Bad configuration format: (\S+)`).FindAllStringSubmatch(relay.logs(), -1) {
		note := "turnserver " + opt[1] + " ignored by Debian's 4.6.1 (built without it)"
		if !strings.Contains(strings.Join(rep.notes, ";"), note) {
			rep.notes = append(rep.notes, note)
		}
	}
	how := fmt.Sprintf("call test in %.0fs: passed [%s]; refused as expected [%s]; findings [%s]; notes [%s]",
		time.Since(start).Seconds(), strings.Join(rep.passed, "; "), strings.Join(rep.refused, "; "),
		strings.Join(rep.findings, "; "), strings.Join(rep.notes, "; "))
	RecordRun(t, tp.name, w, relayC.Name, how)
	for _, p := range relay.pods {
		report.probesPassed(tp.name, p)
	}
	RecordRun(t, tp.name, webW, webC.Name, fmt.Sprintf("stood in by an aiortc peer with the app's ICE servers and filtering (ENVIRONMENT=%s)", app.environment))
	t.Logf("call %s: %s", tp.name, how)
	if d := time.Since(start); d > 60*time.Second {
		t.Logf("call %s took %.0fs, over the 60s budget", tp.name, d.Seconds())
	}
	return alloc, alloc.PerCall > 0
}

// diagnoseCall is the relay's view of a failed call: its refusals.
func callDiagnose(logs string) string {
	var lines []string
	seen := map[string]bool{}
	for _, l := range strings.Split(logs, "\n") {
		if (strings.Contains(l, "denied") || strings.Contains(l, "error 4")) && !seen[l] {
			seen[l] = true
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	sort.Strings(lines)
	if len(lines) > 8 {
		lines = lines[len(lines)-8:]
	}
	if len(lines) == 0 {
		return ""
	}
	return "\n--- the relay refused:\n" + strings.Join(lines, "\n")
}

// callRenderedConf is the turnserver.conf of the ConfigMap the relay pod
// mounts.
func callRenderedConf(t *testing.T, m *podrun.Manifest, w podrun.Workload) string {
	t.Helper()
	for _, v := range w.Template.Spec.Volumes {
		if v.ConfigMap == nil || m.ConfigMaps[v.ConfigMap.Name] == nil {
			continue
		}
		for k, data := range m.ConfigMaps[v.ConfigMap.Name].Data {
			if strings.HasSuffix(k, ".conf") && strings.Contains(data, "listening-port") {
				return data
			}
		}
	}
	t.Fatalf("%s mounts no ConfigMap holding a turnserver.conf", w.Name)
	return ""
}
