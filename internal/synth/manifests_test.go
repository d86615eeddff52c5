package synth_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	gatewayv1 "sigs.k8s.io/gateway-api/apis/v1"
	"sigs.k8s.io/yaml"

	"github.com/dograh-hq/dograh-cdk8s/internal/synth"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

// goTypes are the upstream Go types each rendered kind must decode into.
var goTypes = map[string]func() any{
	"v1/Namespace":                             func() any { return &corev1.Namespace{} },
	"v1/ServiceAccount":                        func() any { return &corev1.ServiceAccount{} },
	"v1/ConfigMap":                             func() any { return &corev1.ConfigMap{} },
	"v1/Secret":                                func() any { return &corev1.Secret{} },
	"v1/Service":                               func() any { return &corev1.Service{} },
	"v1/PersistentVolumeClaim":                 func() any { return &corev1.PersistentVolumeClaim{} },
	"apps/v1/Deployment":                       func() any { return &appsv1.Deployment{} },
	"apps/v1/StatefulSet":                      func() any { return &appsv1.StatefulSet{} },
	"batch/v1/Job":                             func() any { return &batchv1.Job{} },
	"policy/v1/PodDisruptionBudget":            func() any { return &policyv1.PodDisruptionBudget{} },
	"autoscaling/v2/HorizontalPodAutoscaler":   func() any { return &autoscalingv2.HorizontalPodAutoscaler{} },
	"networking.k8s.io/v1/Ingress":             func() any { return &networkingv1.Ingress{} },
	"networking.k8s.io/v1/NetworkPolicy":       func() any { return &networkingv1.NetworkPolicy{} },
	"rbac.authorization.k8s.io/v1/Role":        func() any { return &rbacv1.Role{} },
	"rbac.authorization.k8s.io/v1/RoleBinding": func() any { return &rbacv1.RoleBinding{} },
	"gateway.networking.k8s.io/v1/Gateway":     func() any { return &gatewayv1.Gateway{} },
	"gateway.networking.k8s.io/v1/HTTPRoute":   func() any { return &gatewayv1.HTTPRoute{} },
}

// serverValidated are custom resources with no upstream Go types this
// module depends on. The real-control-plane suite (e2e) applies them with
// strict field validation against their installed CRDs instead.
var serverValidated = map[string]bool{
	"gateway.envoyproxy.io/v1alpha1/ClientTrafficPolicy":  true,
	"gateway.envoyproxy.io/v1alpha1/BackendTrafficPolicy": true,
	"gateway.k8s.aws/v1beta1/LoadBalancerConfiguration":   true,
	"gateway.k8s.aws/v1beta1/TargetGroupConfiguration":    true,
	"networking.gke.io/v1/HealthCheckPolicy":              true,
	"networking.gke.io/v1/GCPBackendPolicy":               true,
	"cloud.google.com/v1/BackendConfig":                   true,
	"keda.sh/v1alpha1/ScaledObject":                       true,
	"keda.sh/v1alpha1/TriggerAuthentication":              true,
	"monitoring.coreos.com/v1/PodMonitor":                 true,
	"monitoring.coreos.com/v1/ServiceMonitor":             true,
	"cert-manager.io/v1/Certificate":                      true,
}

// docs splits every rendered topology into its YAML documents.
func docs(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for name, data := range manifests(t) {
		for _, d := range strings.Split(string(data), "\n---\n") {
			if strings.TrimSpace(d) != "" {
				out[name] = append(out[name], d)
			}
		}
	}
	return out
}

func TestManifests_DecodeStrictlyIntoUpstreamTypes(t *testing.T) {
	for file, ds := range docs(t) {
		for _, d := range ds {
			var head struct {
				APIVersion string                `json:"apiVersion"`
				Kind       string                `json:"kind"`
				Metadata   struct{ Name string } `json:"metadata"`
			}
			require.NoError(t, yaml.Unmarshal([]byte(d), &head))
			id := fmt.Sprintf("%s: %s/%s %s", file, head.APIVersion, head.Kind, head.Metadata.Name)
			if serverValidated[head.APIVersion+"/"+head.Kind] {
				continue
			}
			newObj, ok := goTypes[head.APIVersion+"/"+head.Kind]
			if !assert.Truef(t, ok, "%s: no upstream Go type registered for this kind", id) {
				continue
			}
			raw, err := yaml.YAMLToJSON([]byte(d))
			require.NoError(t, err, id)
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.DisallowUnknownFields()
			assert.NoError(t, dec.Decode(newObj()), id)
		}
	}
}

// manifests are the rendered manifest files, without the NOTES.
func manifests(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for name, data := range render(t) {
		if strings.HasSuffix(name, synth.ManifestSuffix) {
			out[name] = data
		}
	}
	return out
}

// objects parses every topology into generic objects.
func objects(t *testing.T) map[string][]map[string]any {
	t.Helper()
	out := map[string][]map[string]any{}
	for name, data := range manifests(t) {
		out[name] = testutil.Parse(t, string(data))
	}
	return out
}

func podSpecs(o map[string]any) (any, bool) {
	switch o["kind"] {
	case "Deployment", "StatefulSet":
		return testutil.Get(o, "spec.template.spec"), true
	case "Job":
		return testutil.Get(o, "spec.template.spec"), true
	}
	return nil, false
}

func TestManifests_SelectorsCarryNoHashedLabel(t *testing.T) {
	for file, objs := range objects(t) {
		selectors := 0
		for _, o := range objs {
			for _, path := range []string{"spec.selector.matchLabels", "spec.selector"} {
				sel, ok := testutil.Get(o, path).(map[string]any)
				if !ok {
					continue
				}
				selectors++
				for k := range sel {
					assert.NotContainsf(t, k, "cdk8s.io", "%s: %v/%v selects by hashed label %s", file, o["kind"], testutil.Get(o, "metadata.name"), k)
				}
			}
		}
		assert.NotZero(t, selectors, "%s renders no selector to check", file)
	}
}

func TestManifests_EveryObjectCarriesPartOfAndManagedBy(t *testing.T) {
	for file, objs := range objects(t) {
		assert.NotEmpty(t, objs, "%s renders nothing to check", file)
		for _, o := range objs {
			labels, _ := testutil.Get(o, "metadata.labels").(map[string]any)
			id := fmt.Sprintf("%s: %v/%v", file, o["kind"], testutil.Get(o, "metadata.name"))
			assert.Equal(t, "dograh", labels["app.kubernetes.io/part-of"], id)
			assert.Equal(t, "cdk8s", labels["app.kubernetes.io/managed-by"], id)
			if sel, ok := testutil.Get(o, "spec.selector.matchLabels").(map[string]any); ok {
				assert.NotContains(t, sel, "app.kubernetes.io/part-of", id)
				assert.NotContains(t, sel, "app.kubernetes.io/managed-by", id)
			}
		}
	}
}

var literalSecret = regexp.MustCompile(`(static-auth-secret=|requirepass |PASSWORD=)[^%$\s'"]`)

var quantity = regexp.MustCompile(`^[0-9.]+(m|Mi|Gi|Ki)?$`)

func TestManifests_EveryContainerMeetsRestrictedPodSecurity(t *testing.T) {
	for file, objs := range objects(t) {
		pods := 0
		for _, o := range objs {
			spec, ok := podSpecs(o)
			if !ok {
				continue
			}
			pods++
			id := fmt.Sprintf("%s: %v/%v", file, o["kind"], testutil.Get(o, "metadata.name"))
			if testutil.Get(spec, "hostNetwork") == true {
				continue // declared privileged; covered by its own test
			}
			assert.Equal(t, true, testutil.Get(spec, "securityContext.runAsNonRoot"), id)
			assert.Greater(t, testutil.Get(spec, "securityContext.runAsUser"), 0.0, id)
			assert.Equal(t, "RuntimeDefault", testutil.Get(spec, "securityContext.seccompProfile.type"), id)
			var containers []any
			for _, key := range []string{"initContainers", "containers"} {
				cs, _ := testutil.Get(spec, key).([]any)
				containers = append(containers, cs...)
			}
			require.NotEmpty(t, containers, id)
			mountsTmp := false
			for _, c := range containers {
				cid := fmt.Sprintf("%s container %v", id, testutil.Get(c, "name"))
				assert.Equal(t, "IfNotPresent", testutil.Get(c, "imagePullPolicy"), cid)
				assert.Equal(t, false, testutil.Get(c, "securityContext.allowPrivilegeEscalation"), cid)
				assert.Equal(t, true, testutil.Get(c, "securityContext.readOnlyRootFilesystem"), cid)
				assert.Equal(t, []any{"ALL"}, testutil.Get(c, "securityContext.capabilities.drop"), cid)
				for _, r := range []string{"requests.cpu", "requests.memory", "limits.cpu", "limits.memory"} {
					v, _ := testutil.Get(c, "resources."+r).(string)
					assert.Regexpf(t, quantity, v, "%s: resources.%s", cid, r)
				}
				mounts, _ := testutil.Get(c, "volumeMounts").([]any)
				for _, m := range mounts {
					if testutil.Get(m, "mountPath") == "/tmp" {
						mountsTmp = true
					}
				}
			}
			assert.True(t, mountsTmp, "%s: nothing mounts a writable /tmp", id)
		}
		assert.NotZero(t, pods, "%s renders no pod to check", file)
	}
}

func TestDefault_SingletonsRunOnceWithRecreateAndExecLiveness(t *testing.T) {
	objs := objects(t)["default.k8s.yaml"]
	for _, name := range []string{"dograh-ari-manager", "dograh-campaign-orchestrator"} {
		d := testutil.Find(t, objs, "Deployment", name)
		assert.Equal(t, 1.0, testutil.Get(d, "spec.replicas"), name)
		assert.Equal(t, "Recreate", testutil.Get(d, "spec.strategy.type"), name)
		cmd, _ := testutil.Get(d, "spec.template.spec.containers.0.livenessProbe.exec.command").([]any)
		require.Len(t, cmd, 4, name)
		assert.Equal(t, []any{"grep", "-qa"}, cmd[:2], "the image has no pgrep")
		assert.Equal(t, "/proc/1/cmdline", cmd[3], name)
	}
}

func TestDefault_WebDrainsCallsBeforeStopping(t *testing.T) {
	d := testutil.Find(t, objects(t)["default.k8s.yaml"], "Deployment", "dograh-web")
	assert.Equal(t, 2.0, testutil.Get(d, "spec.replicas"))
	assert.Equal(t, 1260.0, testutil.Get(d, "spec.template.spec.terminationGracePeriodSeconds"))
	assert.Equal(t, []any{"./scripts/drain_web.sh"}, testutil.Get(d, "spec.template.spec.containers.0.lifecycle.preStop.exec.command"))
	assert.Equal(t, 0.0, testutil.Get(d, "spec.strategy.rollingUpdate.maxUnavailable"))
	assert.Equal(t, "/api/v1/health", testutil.Get(d, "spec.template.spec.containers.0.readinessProbe.httpGet.path"))
}

func TestDefault_RoutesAPIPrefixNotAllOfAPI(t *testing.T) {
	objs := objects(t)["default.k8s.yaml"]
	api := testutil.Find(t, objs, "HTTPRoute", "dograh-api")
	assert.Equal(t, "/api/v1/", testutil.Get(api, "spec.rules.0.matches.0.path.value"), "/api/ would capture the UI's /api/auth")
	assert.Equal(t, "dograh-web", testutil.Get(api, "spec.rules.0.backendRefs.0.name"))
	assert.Equal(t, "dograh-ui", testutil.Get(testutil.Find(t, objs, "HTTPRoute", "dograh-ui"), "spec.rules.0.backendRefs.0.name"))
	assert.Equal(t, 9000.0, testutil.Get(testutil.Find(t, objs, "HTTPRoute", "dograh-minio"), "spec.rules.0.backendRefs.0.port"))
}

func TestDefault_UIListensOnAllInterfacesAndFindsWeb(t *testing.T) {
	d := testutil.Find(t, objects(t)["default.k8s.yaml"], "Deployment", "dograh-ui")
	env := map[string]any{}
	for _, e := range testutil.Get(d, "spec.template.spec.containers.0.env").([]any) {
		env[testutil.Get(e, "name").(string)] = testutil.Get(e, "value")
	}
	assert.Equal(t, "0.0.0.0", env["HOSTNAME"])
	assert.Equal(t, "http://dograh-web:8000", env["BACKEND_URL"])
	assert.Equal(t, 1001.0, testutil.Get(d, "spec.template.spec.securityContext.runAsUser"))
}

func TestManifests_HoldNoSecretValues(t *testing.T) {
	for file, objs := range objects(t) {
		for _, o := range objs {
			if o["kind"] == "Secret" {
				assert.Nil(t, o["data"], "%s: Secret %v carries data", file, testutil.Get(o, "metadata.name"))
				assert.Nil(t, o["stringData"], "%s: Secret %v carries stringData", file, testutil.Get(o, "metadata.name"))
			}
		}
		// A literal value after a secret-bearing key; "%s" (a printf
		// placeholder) and $(VAR) references are fine.
		if m := literalSecret.FindString(string(render(t)[file])); m != "" {
			t.Errorf("%s: secret value rendered: %q", file, m)
		}
	}
}

// The kubelet expands command and args before the process sees them: "$$"
// becomes "$" and "$(NAME)" becomes the value of an env var defined in the
// container (k8s.io/kubernetes third_party/forked/golang/expansion). A
// script written for sh must therefore hold neither, or it runs changed:
// coturn's certificate watcher sent "kill -USR2 $" and never reloaded.
func TestManifests_CommandsSurviveKubeletExpansion(t *testing.T) {
	ref := regexp.MustCompile(`\$\(([A-Za-z_][A-Za-z0-9_]*)\)`)
	n := 0
	for file, objs := range objects(t) {
		for _, o := range objs {
			spec, ok := podSpecs(o)
			if !ok {
				continue
			}
			for _, key := range []string{"initContainers", "containers"} {
				list, _ := testutil.Get(spec, key).([]any)
				for _, c := range list {
					c := c.(map[string]any)
					defined := map[string]bool{}
					env, _ := c["env"].([]any)
					for _, e := range env {
						defined[e.(map[string]any)["name"].(string)] = true
					}
					var words []any
					for _, f := range []string{"command", "args"} {
						w, _ := c[f].([]any)
						words = append(words, w...)
					}
					for _, w := range words {
						n++
						s := w.(string)
						id := fmt.Sprintf("%s %v/%v %v", file, o["kind"], testutil.Get(o, "metadata.name"), c["name"])
						assert.NotContains(t, s, "$$", "%s: the kubelet turns $$ into $", id)
						for _, m := range ref.FindAllStringSubmatch(s, -1) {
							assert.False(t, defined[m[1]], "%s: the kubelet replaces $(%s) with the env var's value", id, m[1])
						}
					}
				}
			}
		}
	}
	require.Positive(t, n, "commands checked")
}
