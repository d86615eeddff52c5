package e2e

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// TestTakeover_HelmInstallation adopts a running installation made by the
// Helm chart: the documented takeover command must hit no immutable field,
// keep every Secret and PersistentVolumeClaim as it was, and leave every
// workload available.
func TestTakeover_HelmInstallation(t *testing.T) {
	tp := defaultTopology(t)
	if tp.namespace != "dograh" {
		t.Fatalf("the takeover fixture is the chart's release in namespace dograh; %s renders namespace %q", tp.source(), tp.namespace)
	}
	helmFile, err := filepath.Abs(filepath.Join("testdata", "helm-dograh.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	helmObjs := loadManifest(t, helmFile)
	c := startCluster(t)
	ctx := context.Background()

	// helm install --create-namespace makes a namespace without labels.
	if _, err := c.Client.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: tp.namespace}}, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	createVolumes(t, c, uniqueClaims(claims(helmObjs), claims(tp.objs)))
	c.mustKubectl(t, "create", "--field-manager=helm", "-f", helmFile)
	waitAvailable(t, c, tp.namespace, helmObjs, false, availableTimeout)

	secretsBefore := secretData(t, c, tp.namespace)
	claimsBefore := claimState(t, c, tp.namespace)
	uidsBefore := workloadUIDs(t, c, tp.namespace)

	_, stderr, err := c.runDocumented(takeoverCommand, tp.file)
	if err != nil {
		t.Fatalf("takeover failed (an immutable field, or a conflict --force-conflicts cannot take?):\n%v", err)
	}
	// Expected here: Pod Security warns that the Helm pods, still running,
	// violate the "restricted" level the namespace now enforces.
	for _, w := range warningLines(stderr) {
		t.Logf("takeover warning: %s", w)
	}
	waitAvailable(t, c, tp.namespace, tp.objs, false, availableTimeout)
	assertReferencesResolve(t, c, tp.namespace, tp.objs)

	secretsAfter := secretData(t, c, tp.namespace)
	for name, before := range secretsBefore {
		if after, ok := secretsAfter[name]; !ok {
			t.Errorf("Secret %s disappeared", name)
		} else if after != before {
			t.Errorf("Secret %s changed:\n  before %s\n  after  %s", name, before, after)
		}
	}
	claimsAfter := claimState(t, c, tp.namespace)
	for name, before := range claimsBefore {
		if after := claimsAfter[name]; after != before {
			t.Errorf("PersistentVolumeClaim %s changed:\n  before %s\n  after  %s", name, before, after)
		}
	}
	uidsAfter := workloadUIDs(t, c, tp.namespace)
	for name, uid := range uidsBefore {
		if after, ok := uidsAfter[name]; ok && after != uid {
			t.Errorf("%s was recreated rather than adopted", name)
		}
	}

	ours := map[string]bool{}
	for _, o := range tp.objs {
		ours[o.GetKind()+" "+o.GetName()] = true
	}
	var left []string
	for _, o := range helmObjs {
		// Secrets are the operator's, kept on purpose.
		if k := o.GetKind() + " " + o.GetName(); !ours[k] && o.GetKind() != "Secret" {
			left = append(left, k)
		}
	}
	if len(left) > 0 {
		t.Logf("left as Helm made them (not in %s; delete them if unwanted): %s", tp.source(), strings.Join(left, ", "))
	}
	if t.Failed() {
		return
	}
	summaryLine("takeover of a Helm install: %d objects adopted with %q, Secrets and claims unchanged, %d Helm-only objects left in place",
		len(tp.objs), takeoverCommand, len(left))
}

func uniqueClaims(lists ...[]claim) []claim {
	seen := map[string]bool{}
	var out []claim
	for _, l := range lists {
		for _, c := range l {
			if k := c.namespace + "/" + c.name; !seen[k] {
				seen[k] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// secretData describes each Secret by uid and data, so any change shows.
func secretData(t *testing.T, c *Cluster, ns string) map[string]string {
	t.Helper()
	list, err := c.Client.CoreV1().Secrets(ns).List(context.Background(), metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, s := range list.Items {
		var kv []string
		for _, k := range slices.Sorted(maps.Keys(s.Data)) {
			kv = append(kv, fmt.Sprintf("%s=%q", k, s.Data[k]))
		}
		out[s.Name] = fmt.Sprintf("uid %s, %s", s.UID, strings.Join(kv, " "))
	}
	return out
}

func claimState(t *testing.T, c *Cluster, ns string) map[string]string {
	t.Helper()
	list, err := c.Client.CoreV1().PersistentVolumeClaims(ns).List(context.Background(), metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, p := range list.Items {
		req := p.Spec.Resources.Requests[corev1.ResourceStorage]
		out[p.Name] = fmt.Sprintf("uid %s, volume %s, %s, %s, %v", p.UID, p.Spec.VolumeName, p.Status.Phase, req.String(), p.Spec.AccessModes)
	}
	return out
}

func workloadUIDs(t *testing.T, c *Cluster, ns string) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	deps, err := c.Client.AppsV1().Deployments(ns).List(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range deps.Items {
		out["Deployment "+d.Name] = string(d.UID)
	}
	sts, err := c.Client.AppsV1().StatefulSets(ns).List(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sts.Items {
		out["StatefulSet "+s.Name] = string(s.UID)
	}
	return out
}

// componentOf is the app.kubernetes.io/component label of a manifest object.
func componentOf(o *unstructured.Unstructured) string {
	return o.GetLabels()[labelComponent]
}
