package podrun

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	corev1 "k8s.io/api/core/v1"
)

// Expand replaces $(VAR) in input with mapping(VAR) exactly as Kubernetes
// does for env values, command and args ($$ is a literal $, an unknown or
// unterminated reference stays as written). It is a port of
// k8s.io/kubernetes third_party/forked/golang/expansion (v1.35).
func Expand(input string, mapping func(string) string) string {
	var buf bytes.Buffer
	checkpoint := 0
	for cursor := 0; cursor < len(input); cursor++ {
		if input[cursor] == '$' && cursor+1 < len(input) {
			buf.WriteString(input[checkpoint:cursor])
			read, isVar, advance := readVariableName(input[cursor+1:])
			if isVar {
				buf.WriteString(mapping(read))
			} else {
				buf.WriteString(read)
			}
			cursor += advance
			checkpoint = cursor + 1
		}
	}
	return buf.String() + input[checkpoint:]
}

func readVariableName(input string) (string, bool, int) {
	r, size := utf8.DecodeRuneInString(input)
	switch r {
	case '$':
		return input[0:size], false, size
	case '(':
		for i := 1; i < len(input); i++ {
			if input[i] == ')' {
				return input[1:i], true, i + 1
			}
		}
		return "$(", false, 1
	default:
		return "$" + string(r), false, size
	}
}

// MappingFor looks a name up in each map in turn; an unknown name expands
// to itself, $(NAME), as in the kubelet.
func MappingFor(maps ...map[string]string) func(string) string {
	return func(name string) string {
		for _, m := range maps {
			if v, ok := m[name]; ok {
				return v
			}
		}
		return "$(" + name + ")"
	}
}

// Env is a set of environment overrides for one run of a container.
type Env map[string]string

// containerEnv builds what the kubelet's makeEnvironmentVariables builds
// (envFrom, then env in order, each value expanded from what came before),
// on top of the image's ENV and the runtime's HOSTNAME, with the test's
// overrides last. It returns the variables in a stable order.
func (p *Pod) containerEnv(c corev1.Container, im *Image, overrides []Env) ([]string, map[string]string, error) {
	tmp := map[string]string{}
	var fromOrder []string
	for _, ef := range c.EnvFrom {
		var data map[string]string
		var err error
		switch {
		case ef.ConfigMapRef != nil:
			data, err = p.configMapData(ef.ConfigMapRef.Name)
			if err != nil && ef.ConfigMapRef.Optional != nil && *ef.ConfigMapRef.Optional {
				continue
			}
		case ef.SecretRef != nil:
			data, err = p.secretData(ef.SecretRef.Name)
			if err != nil && ef.SecretRef.Optional != nil && *ef.SecretRef.Optional {
				continue
			}
		}
		if err != nil {
			return nil, nil, fmt.Errorf("container %s envFrom: %w", c.Name, err)
		}
		keys := sortedKeys(data)
		for _, k := range keys {
			tmp[ef.Prefix+k] = data[k]
			fromOrder = append(fromOrder, ef.Prefix+k)
		}
	}
	mapping := MappingFor(tmp)
	var order []string
	for _, ev := range c.Env {
		val := ev.Value
		if val != "" {
			val = Expand(val, mapping)
		} else if ev.ValueFrom != nil {
			v, skip, err := p.valueFrom(ev.ValueFrom)
			if err != nil {
				return nil, nil, fmt.Errorf("container %s env %s: %w", c.Name, ev.Name, err)
			}
			if skip {
				continue
			}
			val = v
		}
		tmp[ev.Name] = val
		order = append(order, ev.Name)
	}

	final := map[string]string{}
	var keys []string
	set := func(k, v string) {
		if _, ok := final[k]; !ok {
			keys = append(keys, k)
		}
		final[k] = v
	}
	for _, kv := range im.Env {
		k, v, _ := strings.Cut(kv, "=")
		set(k, v)
	}
	set("HOSTNAME", p.name)
	for _, k := range fromOrder {
		set(k, tmp[k])
	}
	for _, k := range order {
		set(k, tmp[k])
	}
	for _, o := range overrides {
		for _, k := range sortedKeys(o) {
			set(k, o[k])
		}
	}
	env := make([]string, 0, len(keys))
	for _, k := range keys {
		env = append(env, k+"="+final[k])
	}
	return env, final, nil
}

// valueFrom resolves one env valueFrom; skip reports an optional reference
// that does not resolve, which the kubelet leaves unset.
func (p *Pod) valueFrom(vf *corev1.EnvVarSource) (string, bool, error) {
	switch {
	case vf.FieldRef != nil:
		v, err := p.fieldValue(vf.FieldRef.FieldPath)
		return v, false, err
	case vf.ConfigMapKeyRef != nil:
		ref := vf.ConfigMapKeyRef
		optional := ref.Optional != nil && *ref.Optional
		data, err := p.configMapData(ref.Name)
		if err != nil {
			return "", optional, ifNot(optional, err)
		}
		v, ok := data[ref.Key]
		if !ok {
			return "", optional, ifNot(optional, fmt.Errorf("couldn't find key %s in ConfigMap %s/%s", ref.Key, p.w.Namespace, ref.Name))
		}
		return v, false, nil
	case vf.SecretKeyRef != nil:
		ref := vf.SecretKeyRef
		optional := ref.Optional != nil && *ref.Optional
		data, err := p.secretData(ref.Name)
		if err != nil {
			return "", optional, ifNot(optional, err)
		}
		v, ok := data[ref.Key]
		if !ok {
			return "", optional, ifNot(optional, fmt.Errorf("couldn't find key %s in Secret %s/%s", ref.Key, p.w.Namespace, ref.Name))
		}
		return v, false, nil
	}
	return "", false, fmt.Errorf("unsupported valueFrom (only fieldRef, configMapKeyRef and secretKeyRef)")
}

func ifNot(optional bool, err error) error {
	if optional {
		return nil
	}
	return err
}

// configMapData finds a ConfigMap in the manifest or in Options.ConfigMaps.
func (p *Pod) configMapData(name string) (map[string]string, error) {
	if d, ok := p.opts.ConfigMaps[name]; ok {
		return d, nil
	}
	if cm, ok := p.m.ConfigMaps[name]; ok {
		return cm.Data, nil
	}
	return nil, fmt.Errorf("configmap %q not found: it is neither in %s nor in Options.ConfigMaps", name, p.m.source())
}

// secretData finds a Secret the test created (Options.Secrets).
func (p *Pod) secretData(name string) (map[string]string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if d, ok := p.secrets[name]; ok {
		return d, nil
	}
	return nil, fmt.Errorf("secret %q not found: pass it in Options.Secrets, as created the documented way", name)
}

// fieldValue answers a downward API field path: Options.Downward first,
// then what the runner knows about the pod.
func (p *Pod) fieldValue(path string) (string, error) {
	if v, ok := p.opts.Downward[path]; ok {
		return v, nil
	}
	meta := p.w.Template.ObjectMeta
	switch {
	case path == "metadata.name":
		return p.name, nil
	case path == "metadata.namespace":
		return p.w.Namespace, nil
	case path == "spec.serviceAccountName":
		return p.w.Template.Spec.ServiceAccountName, nil
	case path == "status.podIP", path == "status.podIPs":
		return p.podIP, nil
	case path == "spec.nodeName":
		return "podrun-node", nil
	case strings.HasPrefix(path, "metadata.labels['") && strings.HasSuffix(path, "']"):
		return meta.Labels[strings.TrimSuffix(strings.TrimPrefix(path, "metadata.labels['"), "']")], nil
	case strings.HasPrefix(path, "metadata.annotations['") && strings.HasSuffix(path, "']"):
		return meta.Annotations[strings.TrimSuffix(strings.TrimPrefix(path, "metadata.annotations['"), "']")], nil
	}
	return "", fmt.Errorf("downward API field %s: this machine has no value for it; pass Options.Downward[%q]", path, path)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Env returns the environment a container would get (image ENV, HOSTNAME,
// the rendered env resolved and expanded), without running it.
func (p *Pod) Env(name string) (map[string]string, error) {
	spec, _, err := p.spec(name)
	if err != nil {
		return nil, err
	}
	im, err := p.images.Lookup(spec.Image)
	if err != nil {
		return nil, err
	}
	_, m, err := p.containerEnv(spec, im, nil)
	return m, err
}
