package runtime

import (
	"bufio"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// callPython is Debian's interpreter, which has python3-aiortc; a python3
// earlier on PATH (pyenv) may not.
const callPython = "/usr/bin/python3"

// callApp is what Dograh's web reads for WebRTC, from the web workload's
// rendered environment, with the app's defaults where it sets nothing
// (dograh-hq/dograh api/constants.py at dograh-v1.45.0: ENVIRONMENT
// line 6, SERVER_IP 51, ENABLE_COTURN..FORCE_TURN_RELAY 243-255).
type callApp struct {
	environment  string
	enableCoturn bool
	forceRelay   bool
	// turnHost is TURN_HOST, or PUBLIC_HOST; "" when neither is set (the
	// app then hands out "localhost").
	turnHost    string
	turnPort    int
	turnTLSPort int
	ttl         int
	// serverIPFromPod: SERVER_IP is the pod's own address (status.podIP).
	serverIPFromPod bool
	serverIP        string
}

// callWebWorkload is the app's web: the Deployment that reads TURN_SECRET
// and serves a port.
func callWebWorkload(t *testing.T, m *podrun.Manifest) (podrun.Workload, corev1.Container) {
	t.Helper()
	for _, w := range m.Workloads {
		if w.Kind != "Deployment" {
			continue
		}
		for _, c := range w.Template.Spec.Containers {
			if len(c.Ports) == 0 {
				continue
			}
			for _, e := range c.Env {
				if e.Name == "TURN_SECRET" && e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
					return w, c
				}
			}
		}
	}
	t.Fatalf("%s: no Deployment reads TURN_SECRET and serves a port (Dograh's web)", m.Path)
	return podrun.Workload{}, corev1.Container{}
}

// callAppSettings resolves the web container's environment as far as the
// manifest tells it: envFrom ConfigMaps, literal values, ConfigMap keys,
// and status.podIP.
func callAppSettings(m *podrun.Manifest, c corev1.Container) callApp {
	env := map[string]string{}
	fromPod := map[string]bool{}
	for _, ef := range c.EnvFrom {
		if ef.ConfigMapRef != nil {
			if cm := m.ConfigMaps[ef.ConfigMapRef.Name]; cm != nil {
				for k, v := range cm.Data {
					env[ef.Prefix+k] = v
				}
			}
		}
	}
	for _, e := range c.Env {
		switch {
		case e.ValueFrom == nil:
			env[e.Name] = e.Value
		case e.ValueFrom.ConfigMapKeyRef != nil:
			if cm := m.ConfigMaps[e.ValueFrom.ConfigMapKeyRef.Name]; cm != nil {
				env[e.Name] = cm.Data[e.ValueFrom.ConfigMapKeyRef.Key]
			}
		case e.ValueFrom.FieldRef != nil && e.ValueFrom.FieldRef.FieldPath == "status.podIP":
			fromPod[e.Name] = true
			env[e.Name] = ""
		}
	}
	atoi := func(name string, def int) int {
		if v, err := strconv.Atoi(env[name]); err == nil {
			return v
		}
		return def
	}
	app := callApp{
		environment:     env["ENVIRONMENT"],
		enableCoturn:    strings.EqualFold(env["ENABLE_COTURN"], "true"),
		forceRelay:      strings.EqualFold(env["FORCE_TURN_RELAY"], "true"),
		turnHost:        env["TURN_HOST"],
		turnPort:        atoi("TURN_PORT", 3478),
		turnTLSPort:     atoi("TURN_TLS_PORT", 5349),
		ttl:             atoi("TURN_CREDENTIAL_TTL", 86400),
		serverIPFromPod: fromPod["SERVER_IP"],
		serverIP:        env["SERVER_IP"],
	}
	if app.environment == "" {
		app.environment = "local"
	}
	if app.turnHost == "" {
		app.turnHost = env["PUBLIC_HOST"]
	}
	return app
}

// turnURIs are the URIs generate_turn_credentials hands out
// (api/routes/turn_credentials.py:93-124): UDP then TCP outside LOCAL (TCP
// first in LOCAL), then TURN over TLS twice when TURN_TLS_PORT is set.
func (a callApp) turnURIs(host string) []string {
	udp := fmt.Sprintf("turn:%s:%d", host, a.turnPort)
	tcp := udp + "?transport=tcp"
	uris := []string{udp, tcp}
	if a.environment == "local" {
		uris = []string{tcp, udp}
	}
	if a.turnTLSPort != 0 {
		tls := fmt.Sprintf("turns:%s:%d", host, a.turnTLSPort)
		uris = append(uris, tls, tls+"?transport=tcp")
	}
	return uris
}

// callCredential mints a TURN REST API credential as Dograh does
// (turn_credentials.py:75-91): username "<expiry>:<user id>", password
// base64(HMAC-SHA1(TURN_SECRET, username)).
func callCredential(secret, user string, expiry time.Time) (string, string) {
	username := strconv.FormatInt(expiry.Unix(), 10) + ":" + user
	mac := hmac.New(sha1.New, []byte(secret))
	mac.Write([]byte(username))
	return username, base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// iceServers is the TURN entry the app hands out for a user: to the
// browser (GET /api/v1/turn/credentials) and to its own peer
// (get_ice_servers, webrtc_signaling.py:227-298). The STUN entry both add
// unless FORCE_TURN_RELAY (stun:stun.l.google.com:19302) is left out: it
// cannot be reached here.
func (a callApp) iceServers(host, secret, user string) []map[string]any {
	if !a.enableCoturn || host == "" {
		return []map[string]any{}
	}
	username, password := callCredential(secret, user, time.Now().Add(time.Duration(a.ttl)*time.Second))
	return []map[string]any{{"urls": a.turnURIs(host), "username": username, "credential": password}}
}

// callSpec is one call: the two peers' configurations.
type callSpec struct {
	name string
	// browser and web are the peers' JSON configurations (call_peer.py).
	browser, web map[string]any
	// timeout bounds each peer, in seconds.
	timeout int
	// count, if set, measures allocations: before (the baseline, once
	// the relay is idle) is called before the call, count after the
	// browser gathered and after the web peer did.
	count, before func() int
	// For a call held open ("stream" in the browser's configuration):
	// onEvent sees each of the browser's events as it comes (its
	// "tick"s), and closing hangup ends the call.
	onEvent func(map[string]any)
	hangup  <-chan struct{}
}

// callResult is how a call went.
type callResult struct {
	connected bool
	// browserPair and webPair are each side's selected candidate pair.
	browserPair, webPair map[string]any
	offer, answer        []string // the candidates each side signaled
	extra                []any    // the browser's further allocations
	// before, afterBrowser, afterWeb are relay-socket counts (-1 when not
	// counted).
	before, afterBrowser, afterWeb int
	problem                        string
	transcript                     string
	duration                       time.Duration
}

// browserAllocations and webAllocations are what each side added.
func (r callResult) browserAllocations() int { return r.afterBrowser - r.before }
func (r callResult) webAllocations() int     { return r.afterWeb - r.afterBrowser }

// callPeerProc is one running peer.
type callPeerProc struct {
	name   string
	stdin  io.WriteCloser
	events chan map[string]any
	stderr *podrun.SyncBuffer
}

// runCall runs the browser in pub and the web peer in web, passing the
// offer and the answer between them (the test is the signaling server).
func callRun(t *testing.T, cn *callNet, spec callSpec, env []string) callResult {
	t.Helper()
	start := time.Now()
	script, err := filepath.Abs(filepath.Join("testdata", "peers", "call_peer.py"))
	if err != nil {
		t.Fatal(err)
	}
	var transcript strings.Builder
	var tmu sync.Mutex
	logf := func(format string, args ...any) {
		tmu.Lock()
		defer tmu.Unlock()
		fmt.Fprintf(&transcript, "%5.1fs ", time.Since(start).Seconds())
		fmt.Fprintf(&transcript, format+"\n", args...)
	}
	launch := func(role, ns string, cfg map[string]any) *callPeerProc {
		cfg["timeout"] = spec.timeout
		data, err := json.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		cmd := cn.nw.Command(ns, callPython, script, role, string(data))
		cmd.Env = append(os.Environ(), env...)
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		p := &callPeerProc{name: role, stdin: stdin, events: make(chan map[string]any, 16), stderr: &podrun.SyncBuffer{}}
		cmd.Stderr = p.stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() {
			sc := bufio.NewScanner(stdout)
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			for sc.Scan() {
				var e map[string]any
				if json.Unmarshal(sc.Bytes(), &e) != nil {
					logf("%s: %s", role, sc.Text())
					continue
				}
				logf("%s: %s", role, callBrief(e))
				p.events <- e
			}
			close(p.events)
			_ = cmd.Wait()
		}()
		return p
	}
	res := callResult{before: -1, afterBrowser: -1, afterWeb: -1}
	if spec.count != nil {
		res.before = spec.before()
	}
	browser := launch("browser", "pub", spec.browser)
	web := launch("web", "web", spec.web)
	deadline := time.Now().Add(time.Duration(spec.timeout+15) * time.Second)
	await := func(p *callPeerProc, kinds ...string) map[string]any {
		for {
			select {
			case e, ok := <-p.events:
				if !ok {
					return map[string]any{"event": "result", "connected": false, "error": p.name + " exited: " + p.stderr.String()}
				}
				if spec.onEvent != nil && p == browser {
					spec.onEvent(e)
				}
				for _, k := range kinds {
					if e["event"] == k {
						return e
					}
				}
				if e["event"] == "extra-allocations" {
					res.extra, _ = e["allocations"].([]any)
				}
			case <-time.After(time.Until(deadline)):
				return map[string]any{"event": "result", "connected": false, "error": p.name + " did not answer in time"}
			}
		}
	}
	send := func(p *callPeerProc, e map[string]any) {
		data, _ := json.Marshal(e)
		if _, err := p.stdin.Write(append(data, '\n')); err != nil {
			logf("signaling to %s: %v", p.name, err)
		}
	}
	var bres, wres map[string]any
	offer := await(browser, "offer", "result")
	if offer["event"] == "offer" {
		res.offer = callStrings(offer["candidates"])
		if spec.count != nil {
			res.afterBrowser = spec.count()
		}
		send(web, offer)
		answer := await(web, "answer", "result")
		if answer["event"] == "answer" {
			res.answer = callStrings(answer["candidates"])
			if spec.count != nil {
				res.afterWeb = spec.count()
			}
			send(browser, answer)
			if spec.hangup != nil {
				go func() {
					<-spec.hangup
					send(browser, map[string]any{"event": "hangup"})
				}()
			}
			bres = await(browser, "result")
		} else {
			wres = answer
			send(browser, map[string]any{"type": "answer", "sdp": ""})
			bres = await(browser, "result")
		}
	} else {
		bres = offer
	}
	web.stdin.Close()
	browser.stdin.Close()
	if wres == nil {
		wres = await(web, "result")
	}
	res.connected = bres["connected"] == true && wres["connected"] == true
	res.browserPair, _ = bres["pair"].(map[string]any)
	res.webPair, _ = wres["pair"].(map[string]any)
	for _, r := range []map[string]any{bres, wres} {
		if e, ok := r["error"].(string); ok && res.problem == "" {
			res.problem = e
		}
	}
	// Both exit once they printed their result; the Network kills what
	// is left at the end of the test.
	for _, p := range []*callPeerProc{browser, web} {
		select {
		case <-p.events:
		case <-time.After(5 * time.Second):
		}
	}
	res.duration = time.Since(start)
	tmu.Lock()
	res.transcript = transcript.String()
	tmu.Unlock()
	return res
}

// callBrief shortens an event for the transcript (no SDP bodies).
func callBrief(e map[string]any) string {
	c := map[string]any{}
	for k, v := range e {
		if k != "sdp" {
			c[k] = v
		}
	}
	data, _ := json.Marshal(c)
	return string(data)
}

func callStrings(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, x := range l {
			out = append(out, fmt.Sprint(x))
		}
	}
	return out
}

// candidateAddr is the "address:port typ" of an SDP candidate line.
func callCandidateAddr(c string) (addr, typ string) {
	f := strings.Fields(c)
	for i := range f {
		if f[i] == "typ" && i >= 2 && i+1 < len(f) {
			return f[i-2] + ":" + f[i-1], f[i+1]
		}
	}
	return "", ""
}

// pairString is "local type addr -> remote type addr".
func callPairString(p map[string]any) string {
	if p == nil {
		return "none"
	}
	side := func(k string) string {
		s, _ := p[k].(map[string]any)
		return fmt.Sprintf("%v %v", s["type"], s["address"])
	}
	return side("local") + " -> " + side("remote")
}
