package e2e

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/apimachinery/pkg/util/wait"
	"k8s.io/client-go/informers"
	"k8s.io/client-go/tools/cache"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

const (
	availableTimeout = 2 * time.Minute
	rolloutTag       = "e2e-rollout"
	webDeployment    = "dograh-web"
)

// singletons must never run two pods at once (DOGRAH.md: the ARI manager
// double-handles events, the orchestrator's locks live in memory).
var singletons = []string{"dograh-ari-manager", "dograh-campaign-orchestrator"}

// TestTopologies applies every topology in dist/ to its own control plane
// and walks it through acceptance, availability, idempotence, a rollout and
// the disruption budgets. Each step needs the previous one.
func TestTopologies(t *testing.T) {
	for _, tp := range topologies(t) {
		t.Run(tp.name, func(t *testing.T) {
			rep := newTopologyReport(tp.name)
			c := startCluster(t)
			var applied time.Time
			steps := []struct {
				name string
				run  func(t *testing.T)
			}{
				{"acceptance", func(t *testing.T) { applied = testAcceptance(t, c, tp, rep) }},
				{"availability", func(t *testing.T) { testAvailability(t, c, tp, rep, applied) }},
				{"idempotence", func(t *testing.T) { testIdempotence(t, c, tp) }},
				{"rollout", func(t *testing.T) { testRollout(t, c, tp, rep) }},
				{"eviction", func(t *testing.T) { testEviction(t, c, tp, rep) }},
			}
			for _, s := range steps {
				if !t.Run(s.name, s.run) {
					t.Fatalf("%s failed; the later steps depend on it", s.name)
				}
			}
		})
	}
}

// testAcceptance: the documented server-side apply into a namespace that
// enforces the declared Pod Security level gives no error and no warning.
func testAcceptance(t *testing.T, c *Cluster, tp topology, rep *topologyReport) time.Time {
	level := expectedPodSecurity(tp.objs)
	nsLabels := tp.objs[0].GetLabels()
	for _, mode := range []string{"enforce", "warn", "audit"} {
		if got := nsLabels[psaPrefix+mode]; got != level {
			t.Errorf("Namespace %s label %s%s = %q, want %q (privileged only for host-network pods)", tp.namespace, psaPrefix, mode, got, level)
		}
	}
	for _, o := range tp.objs[1:] {
		if ns := o.GetNamespace(); ns != "" && ns != tp.namespace {
			t.Errorf("%s is in namespace %q, not the topology's %q", objKey(o), ns, tp.namespace)
		}
	}
	if t.Failed() {
		t.FailNow()
	}

	createNamespace(t, c, tp.namespace, level)
	createSecrets(t, c, tp)
	createVolumes(t, c, claims(tp.objs))

	start := time.Now()
	stdout, stderr, err := c.runDocumented(applyCommand, tp.file)
	if err != nil {
		t.Fatalf("%s:\n%v", applyCommand, err)
	}
	if ws := warningLines(stderr); len(ws) > 0 {
		t.Errorf("%s printed %d warning(s):\n  %s", applyCommand, len(ws), strings.Join(ws, "\n  "))
	}
	if n := strings.Count(stdout, "serverside-applied"); n != len(tp.objs) {
		t.Errorf("kubectl reported %d objects applied, the file has %d:\n%s", n, len(tp.objs), stdout)
	}
	rep.objects = len(tp.objs)
	return start
}

// testAvailability: everything runs on the simulated node, and every Secret
// and ConfigMap reference resolves as a kubelet needs.
func testAvailability(t *testing.T, c *Cluster, tp topology, rep *topologyReport, applied time.Time) {
	waitAvailable(t, c, tp.namespace, tp.objs, false, availableTimeout)
	rep.secondsToAvailable = time.Since(applied).Seconds()
	for _, svc := range []string{"dograh-web", "dograh-ui"} {
		if n, err := readyEndpoints(context.Background(), c, tp.namespace, svc); err != nil || n == 0 {
			t.Errorf("Service %s has no ready endpoint (%v)", svc, err)
		}
	}
	migrations := 0
	for _, j := range ofKind(tp.objs, "Job") {
		if strings.HasPrefix(j.GetName(), "dograh-migrate") {
			migrations++
		}
	}
	if migrations == 0 && tp.name == "default" {
		t.Errorf("%s renders no migration Job (dograh-migrate-*)", tp.source())
	}
	assertReferencesResolve(t, c, tp.namespace, tp.objs)
}

// testIdempotence: applying the same file again changes no object's
// generation and recreates nothing.
func testIdempotence(t *testing.T, c *Cluster, tp topology) {
	ctx := context.Background()
	type state struct {
		generation int64
		uid, rv    string
	}
	snapshot := func() (map[string]state, map[string]string) {
		objs := map[string]state{}
		for _, o := range tp.objs {
			l, err := live(ctx, c, o)
			if err != nil {
				t.Fatalf("get %s: %v", objKey(o), err)
			}
			objs[objKey(o)] = state{generation: l.GetGeneration(), uid: string(l.GetUID()), rv: l.GetResourceVersion()}
		}
		jobs := map[string]string{}
		list, err := c.Client.BatchV1().Jobs(tp.namespace).List(ctx, metav1.ListOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range list.Items {
			jobs[j.Name] = string(j.UID)
		}
		return objs, jobs
	}
	before, jobsBefore := snapshot()
	_, stderr, err := c.runDocumented(applyCommand, tp.file)
	if err != nil {
		t.Fatalf("re-apply: %v", err)
	}
	if ws := warningLines(stderr); len(ws) > 0 {
		t.Errorf("re-apply printed warnings:\n  %s", strings.Join(ws, "\n  "))
	}
	after, jobsAfter := snapshot()
	var written []string
	for k, b := range before {
		a := after[k]
		if a.uid != b.uid {
			t.Errorf("%s was recreated (uid %s -> %s)", k, b.uid, a.uid)
		}
		if a.generation != b.generation {
			t.Errorf("%s generation changed %d -> %d: the re-apply changed its spec", k, b.generation, a.generation)
		}
		if a.rv != b.rv {
			written = append(written, k)
		}
	}
	for name, uid := range jobsBefore {
		if jobsAfter[name] != uid {
			t.Errorf("Job %s was recreated or removed by the re-apply", name)
		}
	}
	for name := range jobsAfter {
		if _, ok := jobsBefore[name]; !ok {
			t.Errorf("the re-apply created Job %s", name)
		}
	}
	sort.Strings(written)
	t.Logf("re-apply: %d objects, generations unchanged; resourceVersion changed (status or metadata only) for %d: %v", len(before), len(written), written)
}

// rolloutWatch records, from a watch over the whole rollout, the most pods
// each singleton had at once and the fewest available web pods.
type rolloutWatch struct {
	mu          sync.Mutex
	pods        map[string]*corev1.Pod // by uid
	selectors   map[string]labels.Selector
	maxPods     map[string]int
	seenPods    map[string]map[string]bool // deployment -> pod uids seen
	webDesired  int32
	minWebAvail int32 // from the Deployment's status
	minWebReady int   // counted from pods: ready and not terminating
	armed       bool  // false while the watches replay the initial list
}

// arm starts measuring once the watches hold the state before the rollout.
func (w *rolloutWatch) arm() {
	w.mu.Lock()
	w.armed = true
	w.mu.Unlock()
	w.onPod(nil, false)
}

func (w *rolloutWatch) onPod(p *corev1.Pod, deleted bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case p == nil:
	case deleted:
		delete(w.pods, string(p.UID))
	default:
		w.pods[string(p.UID)] = p
	}
	if !w.armed {
		return
	}
	for name, sel := range w.selectors {
		running, ready := 0, 0
		for _, q := range w.pods {
			if !sel.Matches(labels.Set(q.Labels)) {
				continue
			}
			if w.seenPods[name] == nil {
				w.seenPods[name] = map[string]bool{}
			}
			w.seenPods[name][string(q.UID)] = true
			// A terminating pod still runs its containers until it is gone.
			if q.Status.Phase != corev1.PodSucceeded && q.Status.Phase != corev1.PodFailed {
				running++
			}
			if q.DeletionTimestamp == nil && podReady(q) {
				ready++
			}
		}
		if running > w.maxPods[name] {
			w.maxPods[name] = running
		}
		if name == webDeployment && (w.minWebReady < 0 || ready < w.minWebReady) {
			w.minWebReady = ready
		}
	}
}

func (w *rolloutWatch) onDeployment(d *appsv1.Deployment) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.armed && d.Name == webDeployment && (w.minWebAvail < 0 || d.Status.AvailableReplicas < w.minWebAvail) {
		w.minWebAvail = d.Status.AvailableReplicas
	}
}

// testRollout: every image gets a new tag and the result is applied while
// a watch counts pods. Singletons never overlap; web never drops below its
// desired count.
func testRollout(t *testing.T, c *Cluster, tp topology, rep *topologyReport) {
	ctx := context.Background()
	w := &rolloutWatch{pods: map[string]*corev1.Pod{}, selectors: map[string]labels.Selector{}, maxPods: map[string]int{},
		seenPods: map[string]map[string]bool{}, minWebAvail: -1, minWebReady: -1}
	present := map[string]bool{}
	for _, d := range ofKind(tp.objs, "Deployment") {
		present[d.GetName()] = true
	}
	var watched []string
	for _, name := range append([]string{webDeployment}, singletons...) {
		switch {
		case present[name]:
			watched = append(watched, name)
		case tp.name == "default" || name == webDeployment:
			t.Fatalf("the rollout checks need Deployment %s, which %s does not render", name, tp.source())
		default:
			t.Logf("%s does not render %s: nothing to check for it", tp.source(), name)
		}
	}
	for _, name := range watched {
		d, err := c.Client.AppsV1().Deployments(tp.namespace).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		sel, err := metav1.LabelSelectorAsSelector(d.Spec.Selector)
		if err != nil {
			t.Fatal(err)
		}
		w.selectors[name] = sel
		if name == webDeployment {
			w.webDesired = ptrOr(d.Spec.Replicas, 1)
		}
	}

	stop := make(chan struct{})
	defer close(stop)
	f := informers.NewSharedInformerFactoryWithOptions(c.Client, 0, informers.WithNamespace(tp.namespace))
	podInf, depInf := f.Core().V1().Pods().Informer(), f.Apps().V1().Deployments().Informer()
	podReg, err := podInf.AddEventHandler(cache.ResourceEventHandlerFuncs{
		AddFunc:    func(o any) { w.onPod(o.(*corev1.Pod), false) },
		UpdateFunc: func(_, o any) { w.onPod(o.(*corev1.Pod), false) },
		DeleteFunc: func(o any) {
			if p, ok := o.(*corev1.Pod); ok {
				w.onPod(p, true)
			} else if d, ok := o.(cache.DeletedFinalStateUnknown); ok {
				w.onPod(d.Obj.(*corev1.Pod), true)
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	depReg, err := depInf.AddEventHandler(cache.ResourceEventHandlerFuncs{
		AddFunc:    func(o any) { w.onDeployment(o.(*appsv1.Deployment)) },
		UpdateFunc: func(_, o any) { w.onDeployment(o.(*appsv1.Deployment)) },
	})
	if err != nil {
		t.Fatal(err)
	}
	f.Start(stop)
	// The handlers, not just the caches, must have seen the initial state.
	if !cache.WaitForCacheSync(stop, podReg.HasSynced, depReg.HasSynced) {
		t.Fatal("pod and deployment watches did not sync")
	}
	if d, err := c.Client.AppsV1().Deployments(tp.namespace).Get(ctx, webDeployment, metav1.GetOptions{}); err == nil {
		w.minWebAvail = d.Status.AvailableReplicas
	}
	w.arm()

	// New tags come from the CLI, as an operator would render them: derived
	// names (the migration Job's) must follow the image.
	file := renderVariant(t, c.Dir, tp.name+"-retagged", retagConfig(tp.name, rolloutTag))
	objs := loadManifest(t, file)
	_, stderr, err := c.runDocumented(applyCommand, file)
	if err != nil {
		t.Fatalf("apply with new image tags: %v", err)
	}
	if ws := warningLines(stderr); len(ws) > 0 {
		t.Errorf("apply with new image tags printed warnings:\n  %s", strings.Join(ws, "\n  "))
	}
	waitAvailable(t, c, tp.namespace, objs, true, availableTimeout)
	// Let the watch deliver the last events of the rollout.
	time.Sleep(500 * time.Millisecond)

	w.mu.Lock()
	defer w.mu.Unlock()
	for _, name := range watched[1:] {
		rep.maxSingletonPods[name] = w.maxPods[name]
		if w.maxPods[name] > 1 {
			t.Errorf("singleton %s had %d pods at once during the rollout, want at most 1", name, w.maxPods[name])
		}
		if len(w.seenPods[name]) < 2 {
			t.Errorf("singleton %s was not replaced during the rollout (saw %d pod(s)): the check proved nothing", name, len(w.seenPods[name]))
		}
	}
	rep.webDesired = int(w.webDesired)
	rep.minWebAvailable = int(min(w.minWebAvail, int32(w.minWebReady)))
	rep.rolled = true
	if w.minWebAvail < w.webDesired {
		t.Errorf("%s reported %d available replicas during its rollout, want never fewer than %d", webDeployment, w.minWebAvail, w.webDesired)
	}
	if w.minWebReady < int(w.webDesired) {
		t.Errorf("%s had %d ready, non-terminating pods during its rollout, want never fewer than %d", webDeployment, w.minWebReady, w.webDesired)
	}
	if got, want := len(w.seenPods[webDeployment]), 2*int(w.webDesired); got < want {
		t.Errorf("%s: saw %d pods, want at least %d (old and new): the rollout was not observed", webDeployment, got, want)
	}
}

// testEviction: for each PodDisruptionBudget, evictions succeed while the
// budget allows them and the next one, for the last protected pod, is
// refused with 429.
func testEviction(t *testing.T, c *Cluster, tp topology, rep *topologyReport) {
	ctx := context.Background()
	pdbs := ofKind(tp.objs, "PodDisruptionBudget")
	names := map[string]bool{}
	for _, p := range pdbs {
		names[p.GetName()] = true
	}
	// The default topology must protect web and ui; others may choose not
	// to (one replica on one node, where a budget would only block drains).
	for _, want := range []string{"dograh-web", "dograh-ui"} {
		if !names[want] && tp.name == "default" {
			t.Errorf("no PodDisruptionBudget %s in %s", want, tp.source())
		}
	}
	if len(pdbs) == 0 {
		t.Logf("%s renders no PodDisruptionBudget: nothing to evict against", tp.source())
		return
	}
	// As kubectl drain does: cordon first, so an evicted pod's replacement
	// cannot become ready and refill the budget between two evictions.
	if _, err := c.Client.CoreV1().Nodes().Patch(ctx, nodeName, types.MergePatchType, []byte(`{"spec":{"unschedulable":true}}`), metav1.PatchOptions{}); err != nil {
		t.Fatalf("cordon %s: %v", nodeName, err)
	}
	for _, o := range pdbs {
		name := o.GetName()
		var pdb *policyv1.PodDisruptionBudget
		var pods []corev1.Pod
		// The disruption controller must have counted the current pods.
		err := wait.PollUntilContextTimeout(ctx, 200*time.Millisecond, 30*time.Second, true, func(ctx context.Context) (bool, error) {
			var err error
			if pdb, err = c.Client.PolicyV1().PodDisruptionBudgets(tp.namespace).Get(ctx, name, metav1.GetOptions{}); err != nil {
				return false, err
			}
			sel, err := metav1.LabelSelectorAsSelector(pdb.Spec.Selector)
			if err != nil {
				return false, err
			}
			list, err := c.Client.CoreV1().Pods(tp.namespace).List(ctx, metav1.ListOptions{LabelSelector: sel.String()})
			if err != nil {
				return false, err
			}
			pods = pods[:0]
			for _, p := range list.Items {
				if p.DeletionTimestamp == nil && podReady(&p) {
					pods = append(pods, p)
				}
			}
			return pdb.Status.ObservedGeneration == pdb.Generation && int(pdb.Status.CurrentHealthy) == len(pods) && len(list.Items) == len(pods), nil
		})
		if err != nil {
			t.Fatalf("PodDisruptionBudget %s never settled: %v (status %+v)", name, err, pdb.Status)
		}
		allowed := int(pdb.Status.DisruptionsAllowed)
		if allowed >= len(pods) {
			t.Errorf("PodDisruptionBudget %s allows %d disruptions of %d pods: it protects no pod", name, allowed, len(pods))
			continue
		}
		sort.Slice(pods, func(i, j int) bool { return pods[i].Name < pods[j].Name })
		for i := 0; i <= allowed; i++ {
			err := c.Client.PolicyV1().Evictions(tp.namespace).Evict(ctx, &policyv1.Eviction{
				ObjectMeta: metav1.ObjectMeta{Name: pods[i].Name, Namespace: tp.namespace},
			})
			switch {
			case i < allowed && err != nil:
				t.Errorf("PodDisruptionBudget %s: eviction %d of %d allowed was refused: %v", name, i+1, allowed, err)
			case i == allowed && err == nil:
				now, _ := c.Client.PolicyV1().PodDisruptionBudgets(tp.namespace).Get(ctx, name, metav1.GetOptions{})
				t.Errorf("PodDisruptionBudget %s: evicting pod %s, the last one it protects, succeeded (budget status before %+v, now %+v)", name, pods[i].Name, pdb.Status, now.Status)
			case i == allowed && !apierrors.IsTooManyRequests(err):
				t.Errorf("PodDisruptionBudget %s: evicting the last protected pod failed with %v, want HTTP 429", name, err)
			case i == allowed && !strings.Contains(err.Error(), "disruption budget"):
				t.Errorf("PodDisruptionBudget %s: 429 for another reason than the budget: %v", name, err)
			case i == allowed:
				rep.evictionRefused = append(rep.evictionRefused, fmt.Sprintf("%s (%d pods, %d allowed)", name, len(pods), allowed))
			}
		}
	}
}

// retagConfig is an override file that gives every image in config.Images
// the tag.
func retagConfig(topologyName, tag string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "topology: %s\nimages:\n", topologyName)
	images := reflect.TypeFor[config.Images]()
	for i := range images.NumField() {
		name, _, _ := strings.Cut(images.Field(i).Tag.Get("json"), ",")
		fmt.Fprintf(&b, "  %s: {tag: %s}\n", name, tag)
	}
	return b.String()
}
