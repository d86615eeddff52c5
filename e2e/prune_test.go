package e2e

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/wait"
	"k8s.io/client-go/discovery"
)

// coturnDisabled is the override file for the pruning scenario, read by
// the CLI's -config flag.
const coturnDisabled = "topology: default\ncoturn:\n  enabled: false\n"

// TestPrune_DisabledComponentIsRemoved installs the default topology with
// the documented pruning command, disables coturn, and runs the command
// again: exactly coturn's objects go, and nothing else in the namespace or
// the cluster does.
func TestPrune_DisabledComponentIsRemoved(t *testing.T) {
	tp := defaultTopology(t)
	c := startCluster(t)
	ctx := context.Background()

	variantFile := renderVariant(t, c.Dir, "coturn-disabled", coturnDisabled)
	variant := loadTopology(t, variantFile)
	inVariant := map[string]bool{}
	for _, o := range variant.objs {
		inVariant[objKey(o)] = true
	}
	// The prune must remove exactly what the variant drops: coturn's
	// objects, and Jobs it renames (a migration Job is named after its
	// inputs). Anything else dropped must at least say it is coturn's.
	var want, renamed []string
	for _, o := range tp.objs {
		k := objKey(o)
		switch {
		case inVariant[k] && componentOf(o) == "coturn":
			t.Errorf("%s still renders %s with coturn disabled", filepath.Base(variantFile), k)
		case inVariant[k]:
		case componentOf(o) == "coturn":
			want = append(want, k)
		case o.GetKind() == "Job":
			renamed = append(renamed, k)
		default:
			t.Errorf("disabling coturn drops %s, which is not labelled %s=coturn (or %s is stale: re-synthesize)", k, labelComponent, tp.source())
			want = append(want, k)
		}
	}
	if len(want) == 0 {
		t.Fatalf("%s renders no object labelled %s=coturn: nothing to prune", tp.source(), labelComponent)
	}
	coturn := len(want)
	want = append(want, renamed...)
	slices.Sort(want)

	// As README.md's first step: kubectl create namespace, then the Secrets.
	if _, err := c.Client.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: tp.namespace}}, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	createSecrets(t, c, tp)
	createVolumes(t, c, claims(tp.objs))
	if _, stderr, err := c.runDocumented(pruneCommand, tp.file); err != nil {
		t.Fatalf("install with the pruning command: %v", err)
	} else if ws := warningLines(stderr); len(ws) > 0 {
		t.Errorf("install printed warnings:\n  %s", strings.Join(ws, "\n  "))
	}
	waitAvailable(t, c, tp.namespace, tp.objs, false, availableTimeout)

	before := inventory(t, c, tp.namespace)
	stdout, stderr, err := c.runDocumented(pruneCommand, variantFile)
	if err != nil {
		t.Fatalf("apply the coturn-disabled variant with the pruning command: %v", err)
	}
	if ws := warningLines(stderr); len(ws) > 0 {
		t.Errorf("the pruning apply printed warnings:\n  %s", strings.Join(ws, "\n  "))
	}
	if n := strings.Count(stdout, " pruned"); n != len(want) {
		t.Errorf("kubectl pruned %d objects, want %d (%s):\n%s", n, len(want), strings.Join(want, ", "), stdout)
	}

	// Deletion is asynchronous (finalizers, garbage collection).
	var after map[string]string
	var removed []string
	wait.PollUntilContextTimeout(ctx, 250*time.Millisecond, 30*time.Second, true, func(context.Context) (bool, error) {
		after = inventory(t, c, tp.namespace)
		removed = removed[:0]
		for k := range before {
			if _, ok := after[k]; !ok {
				removed = append(removed, k)
			}
		}
		slices.Sort(removed)
		return slices.Equal(removed, want), nil
	})
	if !slices.Equal(removed, want) {
		t.Errorf("the prune removed:\n  %s\nwant exactly coturn's objects and the renamed Jobs:\n  %s", strings.Join(removed, "\n  "), strings.Join(want, "\n  "))
	}
	for k, uid := range before {
		if a, ok := after[k]; ok && a != uid {
			t.Errorf("%s was recreated by the prune", k)
		}
	}
	waitAvailable(t, c, variant.namespace, variant.objs, false, availableTimeout)
	if t.Failed() {
		return
	}
	summaryLine("prune: disabling coturn removed exactly its %d objects and %d renamed Job(s): %s", coturn, len(renamed), strings.Join(want, ", "))
}

// inventory maps every top-level object (no owner) in the namespace, and
// every cluster-scoped object, to its uid. Owned objects (ReplicaSets, Pods,
// EndpointSlices) follow their owners, as do a Service's Endpoints and
// ClusterIP IPAddress (tracked without owner references); events come and
// go.
var derived = map[string]bool{"events": true, "endpoints": true, "ipaddresses": true}

func inventory(t *testing.T, c *Cluster, ns string) map[string]string {
	t.Helper()
	ctx := context.Background()
	lists, err := c.Client.Discovery().ServerPreferredResources()
	if err != nil && !discovery.IsGroupDiscoveryFailedError(err) {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range lists {
		gv, err := schema.ParseGroupVersion(l.GroupVersion)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range l.APIResources {
			if !slices.Contains(r.Verbs, "list") || strings.Contains(r.Name, "/") || derived[r.Name] {
				continue
			}
			res := c.Dynamic.Resource(gv.WithResource(r.Name))
			namespace := ""
			if r.Namespaced {
				namespace = ns
			}
			items, err := res.Namespace(namespace).List(ctx, metav1.ListOptions{})
			if err != nil {
				t.Fatalf("list %s: %v", r.Name, err)
			}
			for _, o := range items.Items {
				if len(o.GetOwnerReferences()) > 0 {
					continue
				}
				out[objKey(&o)] = string(o.GetUID())
			}
		}
	}
	return out
}
