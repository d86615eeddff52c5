package runtime

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

const (
	apiImage = "docker.io/dograhai/dograh-api"
	uiImage  = "docker.io/dograhai/dograh-ui"
)

// renderings remembers which container renderings already ran, so a
// container rendered identically in several topologies runs once.
var renderings = struct {
	sync.Mutex
	seen map[string]string
}{seen: map[string]string{}}

// firstRendering reports whether this rendering of a container (its spec,
// the pod's security context and volumes, the ConfigMaps it reads) runs for
// the first time; otherwise it records the topology it is identical to.
func firstRendering(t *testing.T, tp topology, w podrun.Workload, c corev1.Container, scenario string) bool {
	t.Helper()
	cms := map[string]map[string]string{}
	for _, ef := range c.EnvFrom {
		if ef.ConfigMapRef != nil {
			if cm, ok := tp.m.ConfigMaps[ef.ConfigMapRef.Name]; ok {
				cms[ef.ConfigMapRef.Name] = cm.Data
			}
		}
	}
	data, err := json.Marshal([]any{c, w.Template.Spec.SecurityContext, w.Template.Spec.Volumes, w.Template.Spec.TerminationGracePeriodSeconds, cms, scenario})
	require.NoError(t, err)
	key := fmt.Sprintf("%x", sha256.Sum256(data))
	renderings.Lock()
	defer renderings.Unlock()
	if first, ok := renderings.seen[key]; ok {
		report.ranContainer(tp.name, w, c.Name, scenario+": rendered as in "+first)
		return false
	}
	renderings.seen[key] = tp.name + " " + w.Name
	return true
}

// appProbePeriod replaces the app containers' probe periods. The workers
// have only a liveness probe (three tries, 90 s as rendered) that checks
// PID 1 has exec'd the app: 3 s covers the entrypoint reaching its exec
// with the whole suite running at once on two cores; 200 ms (0.6 s) did
// not.
const appProbePeriod = time.Second

// appPod prepares a pod of an app workload with the stand-ins, the
// Secrets, and the database hostname pointing at the pod's loopback, where
// the test's schema database listens when it is "up".
func appPod(t *testing.T, tp topology, w podrun.Workload) (*podrun.Pod, *schemaDB, func()) {
	t.Helper()
	opts := podrun.Options{Secrets: secretsFor(t, tp.m), StandIns: standIns(t), ProbePeriod: appProbePeriod}
	probe, err := podrun.NewPodFor(t, tp.m, w, opts)
	require.NoError(t, err)
	var dbHost, dbPort string
	for _, c := range w.Containers() {
		if imageRepository(c.Image) != apiImage {
			continue
		}
		env, err := probe.Env(c.Name)
		require.NoError(t, err)
		if u, err := url.Parse(env["DATABASE_URL"]); err == nil && u.Hostname() != "" {
			dbHost, dbPort = u.Hostname(), u.Port()
		}
	}
	if dbPort == "" {
		dbPort = "5432"
	}
	opts.Hosts = map[string]string{}
	if dbHost != "" {
		opts.Hosts[dbHost] = "127.0.0.1"
	}
	p, err := podrun.NewPodFor(t, tp.m, w, opts)
	require.NoError(t, err)
	db := &schemaDB{}
	up := func() {
		l, err := p.Listen("127.0.0.1:" + dbPort)
		require.NoError(t, err)
		db.l = l
		go db.serve()
	}
	return p, db, up
}

// The wait-for-schema gate of every app workload, run as rendered with the
// real scripts and an alembic stand-in: it opens when the schema equals the
// image's heads, keeps waiting while the schema is behind or the database
// is down, and lets a newer schema through (an image rollback).
func TestApp_InitContainers(t *testing.T) {
	t.Parallel()
	eachAPIContainer(t, true, "gate scenarios", runGate)
}

// eachAPIContainer runs f in a parallel subtest for every container of the
// API image (its init containers when init is set), once per distinct
// rendering across the topologies.
func eachAPIContainer(t *testing.T, init bool, scenario string, f func(*testing.T, topology, podrun.Workload, corev1.Container)) {
	needRunner(t)
	for _, tp := range topologies(t) {
		for _, w := range workloadsWithImage(tp.m, apiImage) {
			cs := w.Template.Spec.Containers
			if init {
				cs = w.Template.Spec.InitContainers
			}
			for _, c := range cs {
				if imageRepository(c.Image) != apiImage {
					continue
				}
				t.Run(tp.name+"/"+w.Name+"/"+c.Name, func(t *testing.T) {
					t.Parallel()
					if !firstRendering(t, tp, w, c, scenario) {
						t.Skip("rendered identically in an earlier topology")
					}
					f(t, tp, w, c)
				})
			}
		}
	}
}

func runGate(t *testing.T, tp topology, w podrun.Workload, c corev1.Container) {
	p, db, up := appPod(t, tp, w)
	keepsWaiting := func(what string) string {
		t.Helper()
		res, err := p.RunFor(c.Name, 2500*time.Millisecond)
		require.NoError(t, err)
		assert.True(t, res.TimedOut, "%s: %s must keep waiting while %s; it ended with exit code %d:\n%s", w.Name, c.Name, what, res.ExitCode, res.Output)
		report.refusedAsExpected(tp.name, fmt.Sprintf("%s %s keeps waiting while %s", w.Name, c.Name, what))
		return res.Output
	}
	opens := func(what string) string {
		t.Helper()
		res, err := p.RunFor(c.Name, 20*time.Second)
		require.NoError(t, err)
		assert.False(t, res.TimedOut, "%s must exit when %s:\n%s", c.Name, what, res.Output)
		assert.Zero(t, res.ExitCode, "%s must succeed when %s:\n%s", c.Name, what, res.Output)
		return res.Output
	}

	keepsWaiting("the database is down")
	up()
	usesAlembic := strings.Contains(strings.Join(append(c.Command, c.Args...), " "), "alembic")
	if usesAlembic {
		db.set(oldRevision)
		out := keepsWaiting("the schema is behind the image")
		assert.Contains(t, out, oldRevision, "the gate says where the schema is")
		db.set(headRevision)
		opens("the schema equals the image's heads")
		db.set(newerRevision)
		opens("the schema is newer than the image (a rollback)")
	} else {
		opens("the database accepts connections")
	}
	report.ranContainer(tp.name, w, c.Name, "gate: waits while the database is down or behind, opens at head")
}

// Every app container runs as rendered: the migration Job migrates to
// head; web, the worker and the singletons start from the real entrypoint
// scripts, pass their probes (httpGet for web, the /proc/1/cmdline grep for
// the others, which needs the entrypoint to exec the Python process), and
// stop on SIGTERM after their preStop hook.
func TestApp_Containers(t *testing.T) {
	t.Parallel()
	eachAPIContainer(t, false, "runs and stops", runAppContainer)
}

func runAppContainer(t *testing.T, tp topology, w podrun.Workload, c corev1.Container) {
	p, db, up := appPod(t, tp, w)
	up()
	defer report.probesPassed(tp.name, p)
	if w.Kind == "Job" {
		res, err := p.Run(c.Name)
		require.NoError(t, err)
		require.Zero(t, res.ExitCode, res.Output)
		assert.Equal(t, headRevision, db.get(), "the Job migrates the schema to the image's head")
		report.ranContainer(tp.name, w, c.Name, "migrates to head (alembic stand-in)")
		return
	}
	db.set(headRevision)
	require.NoError(t, p.RunInitContainers())
	require.NoError(t, p.Start(c.Name, drainTiming(t, p, c)))
	require.NoError(t, p.WaitReady(c.Name), p.Logs(c.Name))
	// The probes can pass before the process has set up its SIGTERM
	// handler; a stop signal then is lost on PID 1, as on a node. Stop once
	// it says it started.
	waitForOutput(t, p, c.Name)
	res, err := p.Stop(c.Name)
	require.NoError(t, err)
	assert.NoError(t, res.PreStopErr, res.PreStop)
	assert.False(t, res.Killed, "%s must stop within its grace period:\n%s", c.Name, p.Logs(c.Name))
	assert.Zero(t, res.ExitCode, p.Logs(c.Name))
	report.ranContainer(tp.name, w, c.Name, "real entrypoint, stand-in process; probes passed; preStop and SIGTERM")
}

// drainTiming shortens a drain hook's initial delay and poll interval (the
// DRAIN_* knobs the script reads) so tests do not wait 15 s; the rendered
// DRAIN_MAX_WAIT and grace period stay as they are.
func drainTiming(t *testing.T, p *podrun.Pod, c corev1.Container) podrun.Env {
	t.Helper()
	if c.Lifecycle == nil || c.Lifecycle.PreStop == nil || c.Lifecycle.PreStop.Exec == nil ||
		!strings.Contains(strings.Join(c.Lifecycle.PreStop.Exec.Command, " "), "drain") {
		return nil
	}
	return podrun.Env{"DRAIN_INITIAL_DELAY": "1", "DRAIN_INTERVAL": "1"}
}

// The web tier's preStop hook holds SIGTERM while the pod still has calls,
// and releases it once the active-calls endpoint reports 0
// (scripts/drain_web.sh at dograh-v1.45.0: polls /api/v1/health/active-calls
// with the devops secret until the count is 0 or DRAIN_MAX_WAIT passes).
func TestApp_WebDrainWaitsForCalls(t *testing.T) {
	needRunner(t)
	t.Parallel()
	for _, tp := range topologies(t) {
		for _, w := range workloadsWithImage(tp.m, apiImage) {
			for _, c := range w.Template.Spec.Containers {
				if c.Lifecycle == nil || c.Lifecycle.PreStop == nil || len(c.Ports) == 0 || imageRepository(c.Image) != apiImage {
					continue
				}
				t.Run(tp.name+"/"+w.Name, func(t *testing.T) {
					t.Parallel()
					if !firstRendering(t, tp, w, c, "drain with calls in flight") {
						t.Skip("rendered identically in an earlier topology")
					}
					runDrain(t, tp, w, c)
				})
			}
		}
	}
}

func runDrain(t *testing.T, tp topology, w podrun.Workload, c corev1.Container) {
	p, db, up := appPod(t, tp, w)
	up()
	db.set(headRevision)
	require.NoError(t, p.RunInitContainers())
	require.NoError(t, p.Start(c.Name, drainTiming(t, p, c)))
	require.NoError(t, p.WaitReady(c.Name), p.Logs(c.Name))
	port := int(c.Ports[0].ContainerPort)
	setCalls := func(n int) {
		t.Helper()
		resp, err := p.HTTPClient(5*time.Second).Post(fmt.Sprintf("http://%s:%d/podrun/active-calls?n=%d", p.IP(), port, n), "text/plain", nil)
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode)
	}
	setCalls(2)

	type stopped struct {
		res podrun.StopResult
		err error
	}
	done := make(chan stopped, 1)
	start := time.Now()
	go func() {
		res, err := p.Stop(c.Name)
		done <- stopped{res, err}
	}()
	select {
	case s := <-done:
		t.Fatalf("the preStop hook returned after %s with 2 calls in flight (a kubelet would then SIGTERM and cut them):\n%s", time.Since(start), s.res.PreStop)
	case <-time.After(5 * time.Second):
	}
	require.True(t, p.Running(c.Name), "web must keep serving while calls are in flight")
	report.refusedAsExpected(tp.name, w.Name+": preStop holds SIGTERM while 2 calls are in flight")
	setCalls(0)
	var s stopped
	select {
	case s = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the preStop hook did not return within 30 s of the calls ending")
	}
	require.NoError(t, s.err)
	assert.NoError(t, s.res.PreStopErr, s.res.PreStop)
	assert.Contains(t, s.res.PreStop, "drain: active_calls=2", "the hook polls the endpoint with the devops secret")
	assert.Contains(t, s.res.PreStop, "no active calls", "the hook releases SIGTERM at 0 calls")
	assert.GreaterOrEqual(t, s.res.PreStopDuration, 5*time.Second)
	assert.False(t, s.res.Killed)
	assert.Zero(t, s.res.ExitCode, p.Logs(c.Name))
	report.ranContainer(tp.name, w, c.Name, "drain: preStop waited for calls to end, then SIGTERM")
}

// Every app process writes where the app writes: /app/dograh_pcm_cache,
// which api/services/pipecat/audio_file_cache.py creates at import in every
// backend process (and the migration, which imports the telephony package),
// and /tmp, where it keeps temporary files. Each main container's sandbox
// runs that import as its user; where the path is read-only (no emptyDir on
// a read-only root) it fails with "Read-only file system", as the app would.
func TestApp_WritablePaths(t *testing.T) {
	needRunner(t)
	t.Parallel()
	for _, tp := range topologies(t) {
		for _, w := range workloadsWithImage(tp.m, apiImage) {
			for _, c := range w.Template.Spec.Containers {
				if imageRepository(c.Image) != apiImage {
					continue
				}
				t.Run(tp.name+"/"+w.Name+"/"+c.Name, func(t *testing.T) {
					t.Parallel()
					if !firstRendering(t, tp, w, c, "writable paths") {
						t.Skip("rendered identically in an earlier topology")
					}
					p, _, _ := appPod(t, tp, w)
					res, err := p.RunCommand(c.Name, 30*time.Second, []string{"python", "-c", "import api.services.pipecat.audio_file_cache"})
					require.NoError(t, err)
					assert.Zero(t, res.ExitCode, "%s/%s cannot write where the app writes; mount an emptyDir there:\n%s", w.Name, c.Name, res.Output)
				})
			}
		}
	}
}

func waitForOutput(t *testing.T, p *podrun.Pod, container string) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if strings.TrimSpace(p.Logs(container)) != "" {
			return
		}
	}
	t.Fatalf("%s wrote nothing within 15 s", container)
}
