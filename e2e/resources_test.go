package e2e

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	discoveryv1 "k8s.io/api/discovery/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/wait"
)

// createNamespace creates the topology's namespace with the Pod Security
// labels it must enforce before anything is applied, so no pod can slip in
// under a laxer level.
func createNamespace(t *testing.T, c *Cluster, name, level string) {
	t.Helper()
	ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: name, Labels: map[string]string{
		psaPrefix + "enforce": level,
		psaPrefix + "warn":    level,
	}}}
	if _, err := c.Client.CoreV1().Namespaces().Create(context.Background(), ns, metav1.CreateOptions{FieldManager: "e2e"}); err != nil {
		t.Fatalf("create namespace %s: %v", name, err)
	}
}

// createSecrets creates the Secrets an operator creates before the first
// apply: the output of `dograh-cdk8s secrets -topology NAME`, with kubectl
// create as it says (never apply). assertReferencesResolve later checks that
// it provides everything the pods read.
func createSecrets(t *testing.T, c *Cluster, tp topology) {
	t.Helper()
	manifest := appSecretsManifest(t, tp.name)
	if _, _, err := c.kubectl(strings.NewReader(manifest), "create", "-f", "-"); err != nil {
		t.Fatalf("kubectl create the output of dograh-cdk8s secrets -topology %s: %v", tp.name, err)
	}
}

// createVolumes pre-binds one hostPath PersistentVolume to each claim (no
// provisioner runs here). Each matches its claim's size, access modes,
// volume mode and storage class, whatever class the claim names.
func createVolumes(t *testing.T, c *Cluster, cs []claim) {
	t.Helper()
	for _, cl := range cs {
		size, _, _ := unstructured.NestedString(cl.spec, "resources", "requests", "storage")
		qty, err := resource.ParseQuantity(size)
		if err != nil {
			t.Fatalf("claim %s/%s: storage request %q: %v", cl.namespace, cl.name, size, err)
		}
		var modes []corev1.PersistentVolumeAccessMode
		ms, _, _ := unstructured.NestedStringSlice(cl.spec, "accessModes")
		for _, m := range ms {
			modes = append(modes, corev1.PersistentVolumeAccessMode(m))
		}
		class, _, _ := unstructured.NestedString(cl.spec, "storageClassName")
		mode := corev1.PersistentVolumeFilesystem
		if vm, _, _ := unstructured.NestedString(cl.spec, "volumeMode"); vm != "" {
			mode = corev1.PersistentVolumeMode(vm)
		}
		pv := &corev1.PersistentVolume{
			ObjectMeta: metav1.ObjectMeta{Name: "e2e-" + cl.namespace + "-" + cl.name},
			Spec: corev1.PersistentVolumeSpec{
				Capacity:                      corev1.ResourceList{corev1.ResourceStorage: qty},
				AccessModes:                   modes,
				VolumeMode:                    &mode,
				StorageClassName:              class,
				PersistentVolumeReclaimPolicy: corev1.PersistentVolumeReclaimRetain,
				ClaimRef:                      &corev1.ObjectReference{Kind: "PersistentVolumeClaim", APIVersion: "v1", Namespace: cl.namespace, Name: cl.name},
				PersistentVolumeSource: corev1.PersistentVolumeSource{
					HostPath: &corev1.HostPathVolumeSource{Path: "/var/lib/e2e/" + cl.namespace + "/" + cl.name},
				},
			},
		}
		if _, err := c.Client.CoreV1().PersistentVolumes().Create(context.Background(), pv, metav1.CreateOptions{}); err != nil {
			t.Fatalf("create PersistentVolume for claim %s/%s: %v", cl.namespace, cl.name, err)
		}
	}
}

// assertReferencesResolve fails for every non-optional Secret or ConfigMap
// reference that the cluster cannot satisfy; a real kubelet would keep such
// a container in CreateContainerConfigError.
func assertReferencesResolve(t *testing.T, c *Cluster, ns string, objs []*unstructured.Unstructured) {
	t.Helper()
	ctx := context.Background()
	// cert-manager, which does not run here, writes these Secrets.
	issued := map[string]string{}
	for _, o := range ofKind(objs, "Certificate") {
		if name, _, _ := unstructured.NestedString(o.Object, "spec", "secretName"); name != "" {
			issued[name] = o.GetName()
		}
	}
	var problems []string
	skipped := map[string]bool{}
	for _, r := range references(objs) {
		if r.optional {
			continue
		}
		if cert, ok := issued[r.name]; ok && r.kind == "Secret" {
			if msg := fmt.Sprintf("Secret %s: issued by cert-manager for Certificate %s, not checked", r.name, cert); !skipped[msg] {
				skipped[msg] = true
				t.Log(msg)
			}
			continue
		}
		var data map[string]bool
		var err error
		switch r.kind {
		case "Secret":
			var s *corev1.Secret
			if s, err = c.Client.CoreV1().Secrets(ns).Get(ctx, r.name, metav1.GetOptions{}); err == nil {
				data = map[string]bool{}
				for k := range s.Data {
					data[k] = true
				}
			}
		case "ConfigMap":
			var cm *corev1.ConfigMap
			if cm, err = c.Client.CoreV1().ConfigMaps(ns).Get(ctx, r.name, metav1.GetOptions{}); err == nil {
				data = map[string]bool{}
				for k := range cm.Data {
					data[k] = true
				}
				for k := range cm.BinaryData {
					data[k] = true
				}
			}
		}
		switch {
		case apierrors.IsNotFound(err):
			problems = append(problems, fmt.Sprintf("%s: %s %s does not exist", r.from, r.kind, r.name))
		case err != nil:
			t.Fatal(err)
		case r.key != "" && !data[r.key]:
			problems = append(problems, fmt.Sprintf("%s: %s %s has no key %s", r.from, r.kind, r.name, r.key))
		}
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		t.Errorf("references a kubelet could not resolve (the container would stay in CreateContainerConfigError):\n  %s", strings.Join(dedupe(problems), "\n  "))
	}
}

func dedupe(s []string) []string {
	var out []string
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// waitAvailable waits until every workload in objs has finished rolling
// out and is available, every Job has completed and every selector Service
// has a ready endpoint. With sameImages, every pod of those workloads must
// also run exactly the images of its template in objs. It fails listing each
// unmet condition.
func waitAvailable(t *testing.T, c *Cluster, ns string, objs []*unstructured.Unstructured, sameImages bool, timeout time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var pending []string
	err := wait.PollUntilContextCancel(ctx, 250*time.Millisecond, true, func(ctx context.Context) (bool, error) {
		var err error
		pending, err = notAvailable(ctx, c, ns, objs, sameImages)
		return len(pending) == 0, err
	})
	if err != nil {
		t.Fatalf("not available after %s: %v\n  %s\n%s", timeout, err, strings.Join(pending, "\n  "), diagnose(c, ns))
	}
}

func notAvailable(ctx context.Context, c *Cluster, ns string, objs []*unstructured.Unstructured, sameImages bool) ([]string, error) {
	var pending []string
	apps, batch, core := c.Client.AppsV1(), c.Client.BatchV1(), c.Client.CoreV1()
	for _, o := range objs {
		name := o.GetName()
		var selector *metav1.LabelSelector
		switch o.GetKind() {
		case "Deployment":
			d, err := apps.Deployments(ns).Get(ctx, name, metav1.GetOptions{})
			if err != nil {
				pending = append(pending, fmt.Sprintf("Deployment %s: %v", name, err))
				continue
			}
			if msg := deploymentPending(d); msg != "" {
				pending = append(pending, "Deployment "+name+": "+msg)
			}
			selector = d.Spec.Selector
		case "StatefulSet":
			s, err := apps.StatefulSets(ns).Get(ctx, name, metav1.GetOptions{})
			if err != nil {
				pending = append(pending, fmt.Sprintf("StatefulSet %s: %v", name, err))
				continue
			}
			want := ptrOr(s.Spec.Replicas, 1)
			st := s.Status
			if st.ObservedGeneration < s.Generation || st.ReadyReplicas != want || st.UpdatedReplicas != want || st.AvailableReplicas != want || st.CurrentRevision != st.UpdateRevision {
				pending = append(pending, fmt.Sprintf("StatefulSet %s: ready %d, updated %d, available %d of %d (revision %s -> %s)", name, st.ReadyReplicas, st.UpdatedReplicas, st.AvailableReplicas, want, st.CurrentRevision, st.UpdateRevision))
			}
			selector = s.Spec.Selector
		case "DaemonSet":
			d, err := apps.DaemonSets(ns).Get(ctx, name, metav1.GetOptions{})
			if err != nil {
				pending = append(pending, fmt.Sprintf("DaemonSet %s: %v", name, err))
				continue
			}
			st := d.Status
			if st.ObservedGeneration < d.Generation || st.NumberAvailable != st.DesiredNumberScheduled || st.UpdatedNumberScheduled != st.DesiredNumberScheduled {
				pending = append(pending, fmt.Sprintf("DaemonSet %s: available %d, updated %d of %d", name, st.NumberAvailable, st.UpdatedNumberScheduled, st.DesiredNumberScheduled))
			}
			selector = d.Spec.Selector
		case "Job":
			j, err := batch.Jobs(ns).Get(ctx, name, metav1.GetOptions{})
			if err != nil {
				pending = append(pending, fmt.Sprintf("Job %s: %v", name, err))
				continue
			}
			if cond(j.Status.Conditions, batchv1.JobFailed) {
				return nil, fmt.Errorf("job %s failed: %s", name, conditionMessage(j.Status.Conditions, batchv1.JobFailed))
			}
			if !cond(j.Status.Conditions, batchv1.JobComplete) {
				pending = append(pending, fmt.Sprintf("Job %s: not complete (%d active, %d succeeded)", name, j.Status.Active, j.Status.Succeeded))
			}
		case "Service":
			svc, err := core.Services(ns).Get(ctx, name, metav1.GetOptions{})
			if err != nil {
				pending = append(pending, fmt.Sprintf("Service %s: %v", name, err))
				continue
			}
			if len(svc.Spec.Selector) == 0 {
				continue
			}
			if n, err := readyEndpoints(ctx, c, ns, name); err != nil || n == 0 {
				pending = append(pending, fmt.Sprintf("Service %s: no ready endpoint (%v)", name, err))
			}
		}
		if sameImages && selector != nil {
			if msg, err := podsWithOtherImages(ctx, c, ns, selector, templateImages(o)); err != nil || msg != "" {
				pending = append(pending, fmt.Sprintf("%s %s: %s%v", o.GetKind(), name, msg, errOrEmpty(err)))
			}
		}
	}
	return pending, nil
}

func deploymentPending(d *appsv1.Deployment) string {
	want := ptrOr(d.Spec.Replicas, 1)
	st := d.Status
	if st.ObservedGeneration < d.Generation || st.UpdatedReplicas != want || st.AvailableReplicas != want || st.Replicas != want {
		return fmt.Sprintf("updated %d, available %d, total %d of %d desired (generation %d observed %d)", st.UpdatedReplicas, st.AvailableReplicas, st.Replicas, want, d.Generation, st.ObservedGeneration)
	}
	return ""
}

func podsWithOtherImages(ctx context.Context, c *Cluster, ns string, sel *metav1.LabelSelector, want map[string]string) (string, error) {
	s, err := metav1.LabelSelectorAsSelector(sel)
	if err != nil {
		return "", err
	}
	pods, err := c.Client.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{LabelSelector: s.String()})
	if err != nil {
		return "", err
	}
	for _, p := range pods.Items {
		for _, ctr := range append(p.Spec.InitContainers, p.Spec.Containers...) {
			if ctr.Image != want[ctr.Name] {
				return fmt.Sprintf("pod %s container %s runs %s, not %s", p.Name, ctr.Name, ctr.Image, want[ctr.Name]), nil
			}
		}
	}
	return "", nil
}

func readyEndpoints(ctx context.Context, c *Cluster, ns, service string) (int, error) {
	slices, err := c.Client.DiscoveryV1().EndpointSlices(ns).List(ctx, metav1.ListOptions{
		LabelSelector: labels.Set{discoveryv1.LabelServiceName: service}.String(),
	})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range slices.Items {
		for _, e := range s.Endpoints {
			if e.Conditions.Ready != nil && *e.Conditions.Ready {
				n++
			}
		}
	}
	return n, nil
}

// diagnose summarizes what usually explains a stuck rollout: pods that are
// not ready and the namespace's warning events.
func diagnose(c *Cluster, ns string) string {
	ctx := context.Background()
	var b strings.Builder
	pods, err := c.Client.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{})
	if err == nil {
		for _, p := range pods.Items {
			if !podReady(&p) {
				fmt.Fprintf(&b, "  pod %s: phase %s, node %q\n", p.Name, p.Status.Phase, p.Spec.NodeName)
			}
		}
	}
	events, err := c.Client.CoreV1().Events(ns).List(ctx, metav1.ListOptions{FieldSelector: "type=Warning"})
	if err == nil {
		for _, e := range events.Items {
			fmt.Fprintf(&b, "  event %s %s: %s: %s\n", e.InvolvedObject.Kind, e.InvolvedObject.Name, e.Reason, e.Message)
		}
	}
	pvcs, err := c.Client.CoreV1().PersistentVolumeClaims(ns).List(ctx, metav1.ListOptions{})
	if err == nil {
		for _, p := range pvcs.Items {
			if p.Status.Phase != corev1.ClaimBound {
				fmt.Fprintf(&b, "  claim %s: %s\n", p.Name, p.Status.Phase)
			}
		}
	}
	if b.Len() == 0 {
		return "  (no unready pods, unbound claims or warning events)"
	}
	return b.String()
}

func podReady(p *corev1.Pod) bool {
	for _, c := range p.Status.Conditions {
		if c.Type == corev1.PodReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}

func cond(conds []batchv1.JobCondition, typ batchv1.JobConditionType) bool {
	for _, c := range conds {
		if c.Type == typ && c.Status == corev1.ConditionTrue {
			return true
		}
	}
	return false
}

func conditionMessage(conds []batchv1.JobCondition, typ batchv1.JobConditionType) string {
	for _, c := range conds {
		if c.Type == typ {
			return c.Reason + ": " + c.Message
		}
	}
	return ""
}

func ptrOr(p *int32, def int32) int32 {
	if p == nil {
		return def
	}
	return *p
}

func errOrEmpty(err error) string {
	if err == nil {
		return ""
	}
	return " " + err.Error()
}

// live fetches the cluster's copy of a manifest object.
func live(ctx context.Context, c *Cluster, o *unstructured.Unstructured) (*unstructured.Unstructured, error) {
	gvk := o.GroupVersionKind()
	m, err := c.Mapper.RESTMapping(gvk.GroupKind(), gvk.Version)
	if err != nil {
		return nil, err
	}
	return c.Dynamic.Resource(m.Resource).Namespace(o.GetNamespace()).Get(ctx, o.GetName(), metav1.GetOptions{})
}
