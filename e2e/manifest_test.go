package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/yaml"
)

const (
	labelPartOf    = "app.kubernetes.io/part-of"
	labelComponent = "app.kubernetes.io/component"
	psaPrefix      = "pod-security.kubernetes.io/"
)

// topology is one rendered file in dist/.
type topology struct {
	name      string // file name without .k8s.yaml
	file      string // this run's copy of the file
	objs      []*unstructured.Unstructured
	namespace string // from the Namespace object that opens the file
}

// topologies loads every dist/*.k8s.yaml, the default topology first. An
// empty dist/ is a failure: the suite proves what dist/ holds.
func topologies(t *testing.T) []topology {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(distSnapshot(t), "*.k8s.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("dist/ holds no *.k8s.yaml: synthesize first (make synth)")
	}
	sort.SliceStable(files, func(i, j int) bool {
		return filepath.Base(files[i]) == "default.k8s.yaml" && filepath.Base(files[j]) != "default.k8s.yaml"
	})
	var tps []topology
	for _, f := range files {
		tps = append(tps, loadTopology(t, f))
	}
	return tps
}

// dist is one copy of dist/ per run, so every test sees the same
// manifests even if dist/ is re-synthesized meanwhile.
var dist struct {
	once sync.Once
	dir  string
	err  error
}

func distSnapshot(t *testing.T) string {
	t.Helper()
	dist.once.Do(func() {
		dist.dir = filepath.Join(env.scratch, "dist")
		if dist.err = os.MkdirAll(dist.dir, 0o755); dist.err != nil {
			return
		}
		files, _ := filepath.Glob(filepath.Join(env.root, "dist", "*.k8s.yaml"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err == nil {
				err = os.WriteFile(filepath.Join(dist.dir, filepath.Base(f)), data, 0o644)
			}
			if err != nil {
				dist.err = err
				return
			}
		}
	})
	if dist.err != nil {
		t.Fatalf("snapshot dist/: %v", dist.err)
	}
	return dist.dir
}

func loadTopology(t *testing.T, file string) topology {
	t.Helper()
	tp := topology{name: strings.TrimSuffix(filepath.Base(file), ".k8s.yaml"), file: file, objs: loadManifest(t, file)}
	if len(tp.objs) == 0 || tp.objs[0].GetKind() != "Namespace" {
		t.Fatalf("%s: the first object must be the Namespace, so it exists before anything in it", file)
	}
	tp.namespace = tp.objs[0].GetName()
	return tp
}

// source names the topology's file as the repository has it.
func (tp topology) source() string { return "dist/" + tp.name + ".k8s.yaml" }

func defaultTopology(t *testing.T) topology {
	t.Helper()
	file := filepath.Join(distSnapshot(t), filepath.Base(defaultManifest))
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("%s is missing: synthesize first (make synth)", defaultManifest)
	}
	return loadTopology(t, file)
}

func loadManifest(t *testing.T, file string) []*unstructured.Unstructured {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := splitYAML(data)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var objs []*unstructured.Unstructured
	for i, doc := range docs {
		u := &unstructured.Unstructured{}
		if err := yaml.Unmarshal(doc, &u.Object); err != nil {
			t.Fatalf("%s: document %d: %v", file, i+1, err)
		}
		if len(u.Object) > 0 {
			objs = append(objs, u)
		}
	}
	return objs
}

func ofKind(objs []*unstructured.Unstructured, kind string) []*unstructured.Unstructured {
	var out []*unstructured.Unstructured
	for _, o := range objs {
		if o.GetKind() == kind {
			out = append(out, o)
		}
	}
	return out
}

func objKey(o *unstructured.Unstructured) string {
	return fmt.Sprintf("%s/%s %s", o.GroupVersionKind().GroupKind().String(), o.GetNamespace(), o.GetName())
}

// podSpecPath is where each workload kind keeps its pod spec.
var podSpecPath = map[string][]string{
	"Pod":         {"spec"},
	"Deployment":  {"spec", "template", "spec"},
	"StatefulSet": {"spec", "template", "spec"},
	"DaemonSet":   {"spec", "template", "spec"},
	"ReplicaSet":  {"spec", "template", "spec"},
	"Job":         {"spec", "template", "spec"},
	"CronJob":     {"spec", "jobTemplate", "spec", "template", "spec"},
}

func podSpec(o *unstructured.Unstructured) (map[string]any, bool) {
	path, ok := podSpecPath[o.GetKind()]
	if !ok {
		return nil, false
	}
	spec, found, _ := unstructured.NestedMap(o.Object, path...)
	return spec, found
}

// containers returns the pod spec's init and regular containers.
func containers(spec map[string]any) []map[string]any {
	var out []map[string]any
	for _, field := range []string{"initContainers", "containers"} {
		list, _, _ := unstructured.NestedSlice(spec, field)
		for _, c := range list {
			if m, ok := c.(map[string]any); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// expectedPodSecurity is the Pod Security level a topology must declare:
// restricted, unless a pod uses the host network (host-network TURN), which
// only "privileged" admits.
func expectedPodSecurity(objs []*unstructured.Unstructured) string {
	for _, o := range objs {
		if spec, ok := podSpec(o); ok {
			if hn, _, _ := unstructured.NestedBool(spec, "hostNetwork"); hn {
				return "privileged"
			}
		}
	}
	return "restricted"
}

// ref is one Secret or ConfigMap a pod needs from the cluster.
type ref struct {
	kind, name, key string // key is empty for whole-object references
	optional        bool
	from            string // where the reference is, for messages
}

// references lists every Secret and ConfigMap a pod template refers to:
// env, envFrom, and volumes (plain and projected). The kubelet refuses to
// start a container whose non-optional reference does not resolve; kwok
// does not, so the suite checks them itself.
func references(objs []*unstructured.Unstructured) []ref {
	var refs []ref
	for _, o := range objs {
		spec, ok := podSpec(o)
		if !ok {
			continue
		}
		where := fmt.Sprintf("%s %s", o.GetKind(), o.GetName())
		for _, c := range containers(spec) {
			cname, _ := c["name"].(string)
			envs, _, _ := unstructured.NestedSlice(c, "env")
			for _, e := range envs {
				em, _ := e.(map[string]any)
				ename, _ := em["name"].(string)
				from := fmt.Sprintf("%s container %s env %s", where, cname, ename)
				for field, kind := range map[string]string{"secretKeyRef": "Secret", "configMapKeyRef": "ConfigMap"} {
					if r, ok, _ := unstructured.NestedMap(em, "valueFrom", field); ok {
						refs = append(refs, ref{kind: kind, name: str(r, "name"), key: str(r, "key"), optional: boolean(r, "optional"), from: from})
					}
				}
			}
			envFrom, _, _ := unstructured.NestedSlice(c, "envFrom")
			for _, e := range envFrom {
				em, _ := e.(map[string]any)
				from := fmt.Sprintf("%s container %s envFrom", where, cname)
				for field, kind := range map[string]string{"secretRef": "Secret", "configMapRef": "ConfigMap"} {
					if r, ok, _ := unstructured.NestedMap(em, field); ok {
						refs = append(refs, ref{kind: kind, name: str(r, "name"), optional: boolean(r, "optional"), from: from})
					}
				}
			}
		}
		vols, _, _ := unstructured.NestedSlice(spec, "volumes")
		for _, v := range vols {
			vm, _ := v.(map[string]any)
			from := fmt.Sprintf("%s volume %s", where, str(vm, "name"))
			var sources []map[string]any
			if s, ok, _ := unstructured.NestedMap(vm, "secret"); ok {
				s["name"] = s["secretName"]
				sources = append(sources, map[string]any{"secret": s})
			}
			if s, ok, _ := unstructured.NestedMap(vm, "configMap"); ok {
				sources = append(sources, map[string]any{"configMap": s})
			}
			projected, _, _ := unstructured.NestedSlice(vm, "projected", "sources")
			for _, p := range projected {
				if pm, ok := p.(map[string]any); ok {
					sources = append(sources, pm)
				}
			}
			for _, s := range sources {
				for field, kind := range map[string]string{"secret": "Secret", "configMap": "ConfigMap"} {
					r, ok, _ := unstructured.NestedMap(s, field)
					if !ok {
						continue
					}
					items, _, _ := unstructured.NestedSlice(r, "items")
					refs = append(refs, ref{kind: kind, name: str(r, "name"), optional: boolean(r, "optional"), from: from})
					for _, it := range items {
						im, _ := it.(map[string]any)
						refs = append(refs, ref{kind: kind, name: str(r, "name"), key: str(im, "key"), optional: boolean(r, "optional"), from: from})
					}
				}
			}
		}
	}
	return refs
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func boolean(m map[string]any, k string) bool {
	b, _ := m[k].(bool)
	return b
}

// claim is a PersistentVolumeClaim the topology will create, directly or
// through a StatefulSet's claim templates.
type claim struct {
	namespace, name string
	spec            map[string]any
}

func claims(objs []*unstructured.Unstructured) []claim {
	var out []claim
	for _, o := range objs {
		switch o.GetKind() {
		case "PersistentVolumeClaim":
			spec, _, _ := unstructured.NestedMap(o.Object, "spec")
			out = append(out, claim{o.GetNamespace(), o.GetName(), spec})
		case "StatefulSet":
			replicas, found, _ := unstructured.NestedInt64(o.Object, "spec", "replicas")
			if !found {
				replicas = 1
			}
			start, _, _ := unstructured.NestedInt64(o.Object, "spec", "ordinals", "start")
			tpls, _, _ := unstructured.NestedSlice(o.Object, "spec", "volumeClaimTemplates")
			for _, tpl := range tpls {
				tm, _ := tpl.(map[string]any)
				tname, _, _ := unstructured.NestedString(tm, "metadata", "name")
				spec, _, _ := unstructured.NestedMap(tm, "spec")
				for i := start; i < start+replicas; i++ {
					out = append(out, claim{o.GetNamespace(), fmt.Sprintf("%s-%s-%d", tname, o.GetName(), i), spec})
				}
			}
		}
	}
	return out
}

// templateImages maps each container (init containers included) of a
// workload's pod template to its image.
func templateImages(o *unstructured.Unstructured) map[string]string {
	spec, ok := podSpec(o)
	if !ok {
		return nil
	}
	out := map[string]string{}
	for _, c := range containers(spec) {
		out[str(c, "name")] = str(c, "image")
	}
	return out
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
