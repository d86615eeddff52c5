package synth_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func TestTopologies_ManagedAndAWSRenderNoDatastore(t *testing.T) {
	for _, file := range []string{"managed.k8s.yaml", "aws.k8s.yaml"} {
		objs := objects(t)[file]
		assert.Zero(t, testutil.Kinds(objs, "StatefulSet"), file)
		assert.Zero(t, testutil.Kinds(objs, "PersistentVolumeClaim"), file)
		for _, o := range objs {
			assert.NotContains(t, []string{"dograh-minio", "dograh-postgresql", "dograh-redisinternal-master"},
				testutil.Get(o, "metadata.name"), "%s: %v", file, o["kind"])
		}
	}
}

func TestTopologies_SingleNodeHasNoBudget(t *testing.T) {
	assert.Zero(t, testutil.Kinds(objects(t)["single-node.k8s.yaml"], "PodDisruptionBudget"))
}

func TestTopologies_NoAutoscaledDeploymentHasReplicas(t *testing.T) {
	for file, objs := range objects(t) {
		owned := map[string]bool{}
		for _, o := range objs {
			switch o["kind"] {
			case "HorizontalPodAutoscaler", "ScaledObject":
				owned[testutil.Get(o, "spec.scaleTargetRef.name").(string)] = true
			}
		}
		require.NotZero(t, testutil.Kinds(objs, "Deployment"), "%s renders no Deployment to check", file)
		for _, o := range objs {
			if o["kind"] != "Deployment" {
				continue
			}
			name := testutil.Get(o, "metadata.name").(string)
			_, has := testutil.Get(o, "spec").(map[string]any)["replicas"]
			assert.Equalf(t, !owned[name], has, "%s: Deployment %s: replicas present=%v, autoscaled=%v", file, name, has, owned[name])
		}
	}
}

// selects reports whether a selector matches labels.
func selects(selector, labels map[string]any) bool {
	if len(selector) == 0 {
		return false
	}
	for k, v := range selector {
		if labels[k] != v {
			return false
		}
	}
	return true
}

func TestTopologies_EveryServiceSelectsExactlyOneWorkload(t *testing.T) {
	for file, objs := range objects(t) {
		checked := 0
		for _, svc := range objs {
			if svc["kind"] != "Service" || testutil.Get(svc, "spec.type") == "ExternalName" {
				continue
			}
			checked++
			sel, _ := testutil.Get(svc, "spec.selector").(map[string]any)
			var matched []string
			for _, w := range objs {
				switch w["kind"] {
				case "Deployment", "StatefulSet":
					labels, _ := testutil.Get(w, "spec.template.metadata.labels").(map[string]any)
					if selects(sel, labels) {
						matched = append(matched, fmt.Sprintf("%v/%v", w["kind"], testutil.Get(w, "metadata.name")))
					}
				}
			}
			assert.Lenf(t, matched, 1, "%s: Service %v selects %v", file, testutil.Get(svc, "metadata.name"), matched)
		}
		assert.NotZero(t, checked, "%s renders no Service to check", file)
	}
}

func TestTopologies_EveryRouteBackendExists(t *testing.T) {
	for file, objs := range objects(t) {
		ports := map[string][]any{}
		for _, o := range objs {
			if o["kind"] == "Service" {
				for _, p := range testutil.Get(o, "spec.ports").([]any) {
					ports[testutil.Get(o, "metadata.name").(string)] = append(ports[testutil.Get(o, "metadata.name").(string)], testutil.Get(p, "port"))
				}
			}
		}
		var backends [][2]any
		for _, o := range objs {
			switch o["kind"] {
			case "HTTPRoute":
				for _, r := range testutil.Get(o, "spec.rules").([]any) {
					for _, b := range testutil.Get(r, "backendRefs").([]any) {
						backends = append(backends, [2]any{testutil.Get(b, "name"), testutil.Get(b, "port")})
					}
				}
			case "Ingress":
				for _, r := range testutil.Get(o, "spec.rules").([]any) {
					for _, p := range testutil.Get(r, "http.paths").([]any) {
						backends = append(backends, [2]any{testutil.Get(p, "backend.service.name"), testutil.Get(p, "backend.service.port.number")})
					}
				}
			}
		}
		assert.NotEmpty(t, backends, file)
		for _, b := range backends {
			assert.Containsf(t, ports[b[0].(string)], b[1], "%s: route backend %v:%v has no Service port", file, b[0], b[1])
		}
	}
}

func TestTopologies_PodSecurityLevelIsDeclaredOnTheNamespace(t *testing.T) {
	for file, objs := range objects(t) {
		ns := objs[0]
		assert.Equal(t, "Namespace", ns["kind"], "%s: the Namespace comes first", file)
		want := "restricted"
		for _, o := range objs {
			if testutil.Get(o, "spec.template.spec.hostNetwork") == true {
				want = "privileged"
			}
		}
		labels := testutil.Get(ns, "metadata.labels").(map[string]any)
		for _, mode := range []string{"enforce", "warn", "audit"} {
			assert.Equal(t, want, labels["pod-security.kubernetes.io/"+mode], "%s: %s", file, mode)
		}
	}
}
