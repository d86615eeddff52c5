package e2e

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/wait"
)

// restrictedViolation is a Deployment whose pods the "restricted" Pod
// Security level forbids (no securityContext at all).
const restrictedViolation = `apiVersion: apps/v1
kind: Deployment
metadata: {name: lax, namespace: harness}
spec:
  replicas: 1
  selector: {matchLabels: {app: lax}}
  template:
    metadata: {labels: {app: lax}}
    spec:
      containers: [{name: c, image: example.invalid/lax:1}]
`

// compliant is a pod that "restricted" admits, with a claim naming a
// storage class that does not exist here.
const compliant = `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data, namespace: harness}
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: gp3
  resources: {requests: {storage: 1Gi}}
---
apiVersion: v1
kind: Pod
metadata: {name: ok, namespace: harness}
spec:
  securityContext: {runAsNonRoot: true, runAsUser: 1000, seccompProfile: {type: RuntimeDefault}}
  containers:
    - name: c
      image: example.invalid/ok:1
      securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
      volumeMounts: [{name: data, mountPath: /data}]
  volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
`

// TestControlPlane_EnforcesWhatTheSuiteRelyOn proves the harness can fail
// the topology tests: Pod Security admission warns about and rejects what
// "restricted" forbids, kubectl's warnings reach the suite, and a compliant
// pod with a test-made volume runs on the kwok node.
func TestControlPlane_EnforcesWhatTheSuiteRelyOn(t *testing.T) {
	c := startCluster(t)
	ctx := context.Background()
	createNamespace(t, c, "harness", "restricted")

	lax := filepath.Join(c.Dir, "lax.yaml")
	writeFile(t, lax, restrictedViolation)
	_, stderr, err := c.kubectl(nil, "apply", "--server-side", "-f", lax)
	if err != nil {
		t.Fatalf("a Deployment is admitted with a warning, not refused: %v", err)
	}
	if ws := warningLines(stderr); len(ws) == 0 || !strings.Contains(ws[0], `violate PodSecurity "restricted`) {
		t.Errorf("want a Pod Security warning for the lax Deployment, kubectl printed:\n%s", stderr)
	}
	err = wait.PollUntilContextTimeout(ctx, 200*time.Millisecond, 30*time.Second, true, func(ctx context.Context) (bool, error) {
		events, err := c.Client.CoreV1().Events("harness").List(ctx, metav1.ListOptions{FieldSelector: "reason=FailedCreate"})
		if err != nil {
			return false, err
		}
		for _, e := range events.Items {
			if strings.Contains(e.Message, "violates PodSecurity") {
				return true, nil
			}
		}
		return false, nil
	})
	if err != nil {
		t.Errorf("the lax Deployment's pods were not refused by Pod Security admission: %v", err)
	}

	ok := filepath.Join(c.Dir, "ok.yaml")
	writeFile(t, ok, compliant)
	objs := loadManifest(t, ok)
	createVolumes(t, c, claims(objs))
	if _, stderr, err := c.kubectl(nil, "apply", "--server-side", "-f", ok); err != nil || len(warningLines(stderr)) > 0 {
		t.Fatalf("apply a compliant pod: %v\n%s", err, stderr)
	}
	err = wait.PollUntilContextTimeout(ctx, 200*time.Millisecond, 30*time.Second, true, func(ctx context.Context) (bool, error) {
		p, err := c.Client.CoreV1().Pods("harness").Get(ctx, "ok", metav1.GetOptions{})
		return err == nil && p.Spec.NodeName == nodeName && p.Status.Phase == corev1.PodRunning && podReady(p), nil
	})
	if err != nil {
		t.Errorf("the compliant pod did not run on %s: %v\n%s", nodeName, err, diagnose(c, "harness"))
	}
}
