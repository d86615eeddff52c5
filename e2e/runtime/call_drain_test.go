package runtime

import (
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// callDrainTopology is the topology whose relay the drain test stops: the
// default one, internal profile, two replicas behind the load balancer.
const callDrainTopology = "default"

// callDrainScript is what the drain test reads from the rendered preStop
// hook: the file it writes, its first wait and its poll interval.
type callDrainScript struct {
	file        string
	delay, poll time.Duration
}

// parseDrainScript reads the rendered hook, so the test follows what
// dist/ holds rather than constants of its own.
func parseDrainScript(t *testing.T, argv []string) callDrainScript {
	t.Helper()
	if len(argv) < 3 || argv[1] != "-c" {
		t.Fatalf("the relay's preStop hook is %q, want [sh -c SCRIPT]", argv)
	}
	script := argv[2]
	var d callDrainScript
	if m := regexp.MustCompile(`(?m)^date [^>]*> (\S+)$`).FindStringSubmatch(script); m != nil {
		d.file = m[1]
	}
	sleeps := regexp.MustCompile(`(?m)^\s*sleep (\d+)$`).FindAllStringSubmatch(script, -1)
	if d.file == "" || len(sleeps) != 2 {
		t.Fatalf("the relay's preStop hook no longer writes a draining file, then sleeps, then polls; update the drain test:\n%s", script)
	}
	a, _ := strconv.Atoi(sleeps[0][1])
	b, _ := strconv.Atoi(sleeps[1][1])
	d.delay, d.poll = time.Duration(a)*time.Second, time.Duration(b)*time.Second
	return d
}

// TestCall_RelayDrainKeepsCalls stops one relay replica of the default
// topology, as a rollout or a node drain does, while a call holds
// allocations on it, and checks what TurnRelay promises:
//   - the rendered preStop hook (run by the pod runner, unchanged, with the
//     rendered grace period) writes its draining file and holds the pod
//     while the call's allocations live, past its delay and the drain
//     signal;
//   - readiness keeps passing while it drains (see TurnRelay's doc);
//   - the call in flight goes on carrying data through the draining
//     replica;
//   - a new call, placed while the replica drains, allocates on the other
//     replica only and connects;
//   - once the call hangs up, the hook returns within one poll.
//
// The network is the call test's, with the load balancer modeling the
// terminating endpoint: new flows go to the other replica, and flows
// already mapped keep their conntrack entries, as kube-proxy keeps a
// terminating endpoint's while it serves. Debian's coturn 4.6.1 stands
// in for the image's 4.8.0: it has no drain mode, so the signal does
// nothing and new allocations are steered by the balancer alone; and as
// PID 1 it ignores SIGTERM, on which 4.8.0 exits (docs/turn-research.md
// §2.1), so once the hook returned the test kills it instead of waiting
// out the rest of the grace period.
func TestCall_RelayDrainKeepsCalls(t *testing.T) {
	callRequirements(t)
	t.Parallel()
	tp := callTopologyNamed(t, callDrainTopology)
	start := time.Now()
	rep := &callReport{}
	s := newCallSetup(t, buildCLI(t), tp, rep)
	if s.replicas < 2 || s.hostNetwork {
		t.Fatalf("%s's relay runs %d replica(s) (host network: %v): the drain test needs two behind the load balancer", tp.name, s.replicas, s.hostNetwork)
	}
	hook := s.relayC.Lifecycle
	if hook == nil || hook.PreStop == nil || hook.PreStop.Exec == nil {
		t.Fatalf("the relay container %s has no preStop exec hook", s.relayC.Name)
	}
	drain := parseDrainScript(t, hook.PreStop.Exec.Command)
	lo, hi := s.relay.relayRange()
	on := func(i int) int { return s.cn.relaySocketsOn(t, i, lo, hi) }
	pod0 := s.relay.pods[0]
	servers := func() []map[string]any { return s.app.iceServers(s.turnHost, s.secret, callUser) }

	// Call A: held open, its browser's allocations on replica 0 (where
	// the load balancer sends new flows), its web pod's on replica 1
	// (kube-proxy's choice for pods: the last replica).
	callA := startHeldCall(t, s, "call in flight")
	defer callA.hangUp()
	callA.waitFlowing()
	held0, held1 := on(0), on(1)
	if held0 == 0 {
		t.Fatalf("the call in flight holds no allocation on replica 0 (replica 1: %d)", held1)
	}
	t.Logf("call in flight: %d allocations on replica 0, %d on replica 1", held0, held1)

	// Replica 0 terminates: the balancer's new flows go to replica 1, and
	// the kubelet runs the preStop hook with the rendered grace period.
	type hookEnd struct {
		out string
		err error
		at  time.Time
	}
	hookDone := make(chan hookEnd, 1)
	stopped := make(chan podrun.StopResult, 1)
	drainStart := time.Now()
	if err := s.cn.newFlowsTo(1); err != nil {
		t.Fatal(err)
	}
	go func() {
		res, err := pod0.StopWith(s.relayC.Name, podrun.StopOptions{Grace: s.grace, HookDone: func(out string, err error) {
			hookDone <- hookEnd{out, err, time.Now()}
		}})
		if err != nil {
			res.PreStopErr = err
		}
		stopped <- res
	}()
	// Whatever happens below, the container stops before the test ends.
	defer func() {
		_ = pod0.Signal(s.relayC.Name, syscall.SIGKILL)
		select {
		case <-stopped:
		case <-time.After(10 * time.Second):
			t.Error("the drained relay did not stop 10s after SIGKILL")
		}
	}()
	hookReturned := func() (hookEnd, bool) {
		select {
		case h := <-hookDone:
			return h, true
		default:
			return hookEnd{}, false
		}
	}
	var marker string
	for i := 0; i < 50 && marker == ""; i++ {
		if out, err := pod0.Exec(s.relayC.Name, "cat", drain.file); err == nil {
			marker = strings.TrimSpace(out)
		} else {
			time.Sleep(100 * time.Millisecond)
		}
	}
	if marker == "" {
		t.Errorf("the preStop hook wrote no %s within 5s", drain.file)
	}
	if err := pod0.Probe(s.relayC.Name, podrun.Readiness); err != nil {
		t.Errorf("readiness failed while the relay drains (it must keep passing, so kube-proxy keeps the call's conntrack entries): %v", err)
	}

	// Call B, while replica 0 drains: every allocation lands on replica 1.
	before0, before1 := on(0), on(1)
	resB := callRun(t, s.cn, callSpec{name: "new call while draining",
		browser: s.browserCfg(servers()), web: s.webCfg(servers(), s.app.serverIP),
		timeout: callTimeout, count: func() int { return on(1) }, before: func() int { return before1 }}, s.env)
	switch {
	case !resB.connected:
		t.Errorf("a new call while replica 0 drains did not connect (%s)%s\n%s", resB.problem, callDiagnose(s.relay.logs()), resB.transcript)
	case resB.browserAllocations() < 1 || resB.webAllocations() < 1:
		t.Errorf("the new call allocated %d (browser) and %d (web pod) on replica 1, want at least one each", resB.browserAllocations(), resB.webAllocations())
	default:
		rep.passed = append(rep.passed, fmt.Sprintf("new call while draining: %d+%d allocations on replica 1, data channel both ways", resB.browserAllocations(), resB.webAllocations()))
		report.allocated(tp.name, resB.browserAllocations()+resB.webAllocations())
	}
	if now := on(0); now != before0 {
		t.Errorf("replica 0 held %d allocations before the new call and %d after it: the new call allocated on the draining replica", before0, now)
	}

	// Past the delay, the drain signal and one count, the call still
	// carries data and the hook still holds the pod.
	for time.Since(drainStart) < drain.delay+drain.poll+2*time.Second {
		callA.next()
		if h, ok := hookReturned(); ok {
			t.Fatalf("the preStop hook returned after %.0fs while the call held %d allocations on the replica (%v):\n%s",
				h.at.Sub(drainStart).Seconds(), on(0), h.err, h.out)
		}
	}
	if mark, now := callA.flowing(); now <= mark {
		t.Errorf("the call in flight stopped carrying data %.0fs into the drain (%d pongs, then %d)", time.Since(drainStart).Seconds(), mark, now)
	} else {
		rep.passed = append(rep.passed, fmt.Sprintf("call in flight carried data through the draining replica for %.0fs (past the %.0fs delay and the drain signal)",
			time.Since(drainStart).Seconds(), drain.delay.Seconds()))
	}
	if n := on(0); n != held0 {
		t.Errorf("replica 0 held %d allocations when the drain began and %d now", held0, n)
	}

	// Hang up: the allocations go, and the hook returns within one poll.
	hungUpAt := time.Now()
	if res := callA.end(); !res.connected {
		t.Errorf("the call in flight lost data during the drain (%s)\n%s", res.problem, res.transcript)
	} else {
		report.allocated(tp.name, held0+held1)
	}
	var h hookEnd
	select {
	case h = <-hookDone:
	case <-time.After(drain.poll + 10*time.Second):
		t.Fatalf("the preStop hook did not return within %v of the hang-up (replica 0 holds %d allocations)", drain.poll+10*time.Second, on(0))
	}
	if h.err != nil {
		t.Errorf("the preStop hook failed: %v\n%s", h.err, h.out)
	}
	took := h.at.Sub(drainStart)
	if took < drain.delay {
		t.Errorf("the preStop hook returned after %.0fs, before its %.0fs delay", took.Seconds(), drain.delay.Seconds())
	}
	rep.passed = append(rep.passed, fmt.Sprintf("preStop returned %.1fs after the hang-up (%.0fs into the drain of a %.0fs grace period)",
		h.at.Sub(hungUpAt).Seconds(), took.Seconds(), s.grace.Seconds()))

	how := fmt.Sprintf("drain test in %.0fs: %s", time.Since(start).Seconds(), strings.Join(rep.passed, "; "))
	RecordRun(t, tp.name, s.w, s.relayC.Name, how)
	t.Log(how)
}

// heldCall is a call held open (the browser's "stream" mode), whose
// progress the test follows.
type heldCall struct {
	t      *testing.T
	name   string
	ticks  chan map[string]any
	hangup chan struct{}
	closed bool
	done   chan callResult
	last   map[string]any
}

// startHeldCall places a call through s's relay and keeps it up until
// end (or hangUp).
func startHeldCall(t *testing.T, s *callSetup, name string) *heldCall {
	t.Helper()
	h := &heldCall{t: t, name: name, ticks: make(chan map[string]any, 1024), hangup: make(chan struct{}), done: make(chan callResult, 1)}
	servers := func() []map[string]any { return s.app.iceServers(s.turnHost, s.secret, callUser) }
	browser := s.browserCfg(servers())
	browser["stream"] = true
	web := s.webCfg(servers(), s.app.serverIP)
	web["messages"] = 1
	spec := callSpec{name: name, browser: browser, web: web, timeout: 150, hangup: h.hangup,
		onEvent: func(e map[string]any) {
			if e["event"] == "tick" || e["event"] == "result" {
				h.ticks <- e
			}
		}}
	go func() { h.done <- callRun(t, s.cn, spec, s.env) }()
	return h
}

// received is how many pongs the browser had at its last tick.
func (h *heldCall) received() int {
	n, _ := h.last["received"].(float64)
	return int(n)
}

// next waits (at most 20s) for the call's next tick: one a second.
func (h *heldCall) next() {
	h.t.Helper()
	h.nextWithin(20 * time.Second)
}

func (h *heldCall) nextWithin(d time.Duration) {
	h.t.Helper()
	select {
	case e := <-h.ticks:
		if e["event"] == "result" {
			h.t.Fatalf("%s ended: %v", h.name, e)
		}
		h.last = e
	case <-time.After(d):
		h.t.Fatalf("%s sent no tick in %v", h.name, d)
	}
}

// waitFlowing waits (bounded) until the data channel carried a pong. The
// first tick comes once the call connected.
func (h *heldCall) waitFlowing() {
	h.t.Helper()
	h.nextWithin(time.Duration(callTimeout+10) * time.Second)
	for i := 0; i < 30 && h.received() == 0; i++ {
		h.next()
	}
	if h.received() == 0 {
		h.t.Fatalf("%s carried no data", h.name)
	}
}

// flowing reads the pongs now and three ticks (about 3s) later.
func (h *heldCall) flowing() (before, after int) {
	h.t.Helper()
	before = h.received()
	for i := 0; i < 3; i++ {
		h.next()
	}
	return before, h.received()
}

func (h *heldCall) hangUp() {
	if !h.closed {
		h.closed = true
		close(h.hangup)
	}
}

// end hangs up and returns how the call went (at most 30s).
func (h *heldCall) end() callResult {
	h.t.Helper()
	h.hangUp()
	select {
	case r := <-h.done:
		return r
	case <-time.After(30 * time.Second):
		h.t.Fatalf("%s did not end 30s after hanging up", h.name)
	}
	return callResult{}
}

// TestCall_UnreadyRelayCutsCalls shows why a draining relay keeps its
// readiness: on the same network, a call held through replica 0 stops
// carrying data once that replica's UDP flows lose their conntrack
// entries, which is what kube-proxy does to the flows of an endpoint that
// stops serving, as one failing its readiness probe does (CleanStaleEntries,
// pkg/proxy/conntrack/cleanup.go at Kubernetes v1.35.4). The browser's
// next packets are balanced afresh to replica 1, which holds none of its
// allocations. TestCall_RelayDrainKeepsCalls is the same call with the
// entries kept.
func TestCall_UnreadyRelayCutsCalls(t *testing.T) {
	callRequirements(t)
	if _, err := exec.LookPath("conntrack"); err != nil {
		t.Skip("conntrack is not installed: make runtime-deps (conntrack)")
	}
	t.Parallel()
	tp := callTopologyNamed(t, callDrainTopology)
	s := newCallSetup(t, buildCLI(t), tp, &callReport{})
	if s.replicas < 2 || s.hostNetwork {
		t.Fatalf("%s's relay runs %d replica(s) (host network: %v): the test needs two behind the load balancer", tp.name, s.replicas, s.hostNetwork)
	}
	call := startHeldCall(t, s, "call through a relay turned unready")
	defer call.hangUp()
	call.waitFlowing()
	if mark, now := call.flowing(); now <= mark {
		t.Fatalf("the call carried no data before the relay turned unready (%d pongs, then %d)", mark, now)
	}

	// Replica 0 stops serving: new flows go to replica 1, and its UDP
	// flows' entries are deleted where the balancer translated them.
	if err := s.cn.newFlowsTo(1); err != nil {
		t.Fatal(err)
	}
	out, err := s.cn.nw.Exec("lb", "conntrack", "-D", "-p", "udp", "--reply-src", s.cn.relayIPs[0])
	if m := regexp.MustCompile(`(\d+) flow entries have been deleted`).FindStringSubmatch(out); m == nil || m[1] == "0" {
		t.Fatalf("conntrack -D deleted no flow to replica 0 (%v):\n%s", err, out)
	}
	t.Logf("conntrack -D --reply-src %s: %s", s.cn.relayIPs[0], strings.TrimSpace(out))
	call.next() // what was in flight drains
	call.next()
	if mark, now := call.flowing(); now > mark {
		t.Errorf("the call still carried data after its relay's conntrack entries were deleted (%d pongs, then %d): "+
			"then readiness could fail while a relay drains; revisit TurnRelay's readiness", mark, now)
	} else {
		report.refusedAsExpected(tp.name, "call: a relay whose UDP flows lose their conntrack entries (as when it turns unready) cuts the call in flight")
	}
	call.end()
}

// callTopologyNamed is the topology of dist/ called name.
func callTopologyNamed(t *testing.T, name string) topology {
	t.Helper()
	for _, tp := range topologies(t) {
		if tp.name == name {
			return tp
		}
	}
	t.Fatalf("dist/ has no %s topology", name)
	return topology{}
}
