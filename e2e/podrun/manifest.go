package podrun

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"
)

// Manifest is the objects of one rendered file that a pod needs: its
// workloads and ConfigMaps.
type Manifest struct {
	// Path is the file the manifest was read from, or "" for ParseManifest.
	Path string
	// Namespace is the namespace of the first namespaced object, used for
	// metadata.namespace when an object names none.
	Namespace string
	// Workloads are the Deployments, StatefulSets, DaemonSets, Jobs and Pods,
	// in file order.
	Workloads []Workload
	// ConfigMaps are the rendered ConfigMaps by name.
	ConfigMaps map[string]*corev1.ConfigMap
}

// Workload is one object that carries a pod template.
type Workload struct {
	// Kind is Deployment, StatefulSet, DaemonSet, Job or Pod.
	Kind string
	// Name is metadata.name.
	Name string
	// Namespace is metadata.namespace, or the manifest's.
	Namespace string
	// Template is the pod template (for a Pod, its metadata and spec).
	Template corev1.PodTemplateSpec
	// ClaimTemplates are a StatefulSet's volumeClaimTemplates: each becomes
	// a volume of the template's name.
	ClaimTemplates []corev1.PersistentVolumeClaim
}

// Containers lists the init containers, then the containers, of the template.
func (w Workload) Containers() []corev1.Container {
	spec := w.Template.Spec
	return append(append([]corev1.Container{}, spec.InitContainers...), spec.Containers...)
}

// LoadManifest reads a multi-document YAML file such as dist/default.k8s.yaml.
func LoadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := ParseManifest(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m.Path = path
	return m, nil
}

// ParseManifest parses multi-document YAML.
func ParseManifest(data []byte) (*Manifest, error) {
	docs, err := splitDocuments(data)
	if err != nil {
		return nil, err
	}
	m := &Manifest{ConfigMaps: map[string]*corev1.ConfigMap{}}
	for i, doc := range docs {
		var head struct {
			Kind     string `json:"kind"`
			Metadata struct {
				Namespace string `json:"namespace"`
			} `json:"metadata"`
		}
		if err := yaml.Unmarshal(doc, &head); err != nil {
			return nil, fmt.Errorf("document %d: %w", i+1, err)
		}
		if m.Namespace == "" && head.Metadata.Namespace != "" {
			m.Namespace = head.Metadata.Namespace
		}
		w := Workload{Kind: head.Kind}
		switch head.Kind {
		case "ConfigMap":
			var cm corev1.ConfigMap
			if err := yaml.UnmarshalStrict(doc, &cm); err != nil {
				return nil, fmt.Errorf("document %d (ConfigMap): %w", i+1, err)
			}
			m.ConfigMaps[cm.Name] = &cm
			continue
		case "Deployment":
			var o appsv1.Deployment
			err = yaml.Unmarshal(doc, &o)
			w.Name, w.Namespace, w.Template = o.Name, o.Namespace, o.Spec.Template
		case "StatefulSet":
			var o appsv1.StatefulSet
			err = yaml.Unmarshal(doc, &o)
			w.Name, w.Namespace, w.Template, w.ClaimTemplates = o.Name, o.Namespace, o.Spec.Template, o.Spec.VolumeClaimTemplates
		case "DaemonSet":
			var o appsv1.DaemonSet
			err = yaml.Unmarshal(doc, &o)
			w.Name, w.Namespace, w.Template = o.Name, o.Namespace, o.Spec.Template
		case "Job":
			var o batchv1.Job
			err = yaml.Unmarshal(doc, &o)
			w.Name, w.Namespace, w.Template = o.Name, o.Namespace, o.Spec.Template
		case "Pod":
			var o corev1.Pod
			err = yaml.Unmarshal(doc, &o)
			w.Name, w.Namespace = o.Name, o.Namespace
			w.Template = corev1.PodTemplateSpec{ObjectMeta: o.ObjectMeta, Spec: o.Spec}
		default:
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("document %d (%s): %w", i+1, head.Kind, err)
		}
		m.Workloads = append(m.Workloads, w)
	}
	for i := range m.Workloads {
		if m.Workloads[i].Namespace == "" {
			m.Workloads[i].Namespace = m.Namespace
		}
	}
	return m, nil
}

// Workload finds a workload by kind and name.
func (m *Manifest) Workload(kind, name string) (Workload, error) {
	for _, w := range m.Workloads {
		if w.Kind == kind && w.Name == name {
			return w, nil
		}
	}
	var have []string
	for _, w := range m.Workloads {
		have = append(have, w.Kind+"/"+w.Name)
	}
	return Workload{}, fmt.Errorf("%s %s is not in %s (it has %s)", kind, name, m.source(), strings.Join(have, ", "))
}

// WorkloadByPrefix finds the one workload of a kind whose name starts with
// prefix, for objects whose names carry a hash (the migration Job).
func (m *Manifest) WorkloadByPrefix(kind, prefix string) (Workload, error) {
	var found []Workload
	for _, w := range m.Workloads {
		if w.Kind == kind && strings.HasPrefix(w.Name, prefix) {
			found = append(found, w)
		}
	}
	if len(found) != 1 {
		return Workload{}, fmt.Errorf("%s: want one %s named %s*, found %d", m.source(), kind, prefix, len(found))
	}
	return found[0], nil
}

func (m *Manifest) source() string {
	if m.Path == "" {
		return "manifest"
	}
	return m.Path
}

// splitDocuments splits YAML on "---" lines, dropping empty documents.
func splitDocuments(data []byte) ([][]byte, error) {
	var docs [][]byte
	var cur bytes.Buffer
	r := bufio.NewReader(bytes.NewReader(data))
	flush := func() {
		if len(bytes.TrimSpace(cur.Bytes())) > 0 {
			docs = append(docs, append([]byte(nil), cur.Bytes()...))
		}
		cur.Reset()
	}
	for {
		line, err := r.ReadString('\n')
		if strings.TrimRight(line, "\r\n") == "---" || strings.HasPrefix(line, "--- ") {
			flush()
		} else {
			cur.WriteString(line)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	flush()
	return docs, nil
}
