package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"slices"
	"strings"

	yamlv3 "go.yaml.in/yaml/v3"
	"sigs.k8s.io/yaml"
)

// Parse reads an operator's override file and validates the result. The
// file names its base preset in "topology"; every other key overrides that
// preset (maps merge key by key, lists replace). Unknown keys are errors, so
// a typo never silently falls back to a default. Every problem is reported
// at once, each prefixed with its path.
func Parse(data []byte) (*Config, error) {
	if err := strictYAML(data); err != nil {
		return nil, err
	}
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("not a YAML mapping: %w", err)
	}
	name, _ := doc["topology"].(string)
	preset, ok := Presets[name]
	if !ok {
		return nil, fmt.Errorf("topology: invalid value %q: must name the base topology, one of %s", name, strings.Join(PresetNames(), ", "))
	}
	if unknown := unknownKeys(doc, reflect.TypeFor[Config](), ""); len(unknown) > 0 {
		return nil, errors.Join(unknown...)
	}
	cfg := preset()
	raw, err := yaml.YAMLToJSON(data)
	if err != nil {
		return nil, err
	}
	if err := json.NewDecoder(bytes.NewReader(raw)).Decode(cfg); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("%s: invalid value of type %s: must be %s", te.Field, te.Value, kindName(te.Type))
		}
		return nil, err
	}
	return cfg, Validate(cfg)
}

// strictYAML refuses what a YAML library would otherwise resolve silently:
// a second document (ignored) and a key given twice in one mapping (the
// last one wins). Each error names the line.
func strictYAML(data []byte) error {
	dec := yamlv3.NewDecoder(bytes.NewReader(data))
	var first yamlv3.Node
	if err := dec.Decode(&first); err != nil {
		if errors.Is(err, io.EOF) {
			return nil // empty: the topology check reports it
		}
		return fmt.Errorf("not a YAML mapping: %w", err)
	}
	var errs []error
	duplicateKeys(&first, "", &errs)
	var next yamlv3.Node
	if err := dec.Decode(&next); err == nil {
		errs = append(errs, fmt.Errorf("line %d: a second YAML document: the config is one document; remove the \"---\" and merge or delete what follows", documentLine(&next)))
	} else if !errors.Is(err, io.EOF) {
		errs = append(errs, fmt.Errorf("after the first document: %w", err))
	}
	return errors.Join(errs...)
}

// documentLine is where a document's content starts.
func documentLine(n *yamlv3.Node) int {
	if n.Kind == yamlv3.DocumentNode && len(n.Content) > 0 {
		return n.Content[0].Line
	}
	return n.Line
}

func duplicateKeys(n *yamlv3.Node, path string, errs *[]error) {
	switch n.Kind {
	case yamlv3.DocumentNode, yamlv3.SequenceNode:
		for i, c := range n.Content {
			p := path
			if n.Kind == yamlv3.SequenceNode {
				p = fmt.Sprintf("%s[%d]", path, i)
			}
			duplicateKeys(c, p, errs)
		}
	case yamlv3.MappingNode:
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			at := join(path, k.Value)
			if line, ok := seen[k.Value]; ok {
				*errs = append(*errs, fmt.Errorf("%s: duplicate key at line %d, first given at line %d: keep one", at, k.Line, line))
			} else {
				seen[k.Value] = k.Line
			}
			duplicateKeys(v, at, errs)
		}
	}
}

// unknownKeys lists every key of doc that no field of t (by its json tag)
// accepts, with its full path.
func unknownKeys(doc any, t reflect.Type, path string) []error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var errs []error
	switch t.Kind() {
	case reflect.Struct:
		m, ok := doc.(map[string]any)
		if !ok {
			return nil // a type error, reported by the decoder
		}
		fields := jsonFields(t)
		for _, k := range slices.Sorted(maps.Keys(m)) {
			f, ok := fields[k]
			if !ok {
				errs = append(errs, fmt.Errorf("%s: unknown key%s", join(path, k), suggest(k, fields)))
				continue
			}
			errs = append(errs, unknownKeys(m[k], f, join(path, k))...)
		}
	case reflect.Slice:
		if items, ok := doc.([]any); ok {
			for i, item := range items {
				errs = append(errs, unknownKeys(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	case reflect.Map:
		if m, ok := doc.(map[string]any); ok && t.Elem().Kind() == reflect.Struct {
			for _, k := range slices.Sorted(maps.Keys(m)) {
				errs = append(errs, unknownKeys(m[k], t.Elem(), join(path, k))...)
			}
		}
	}
	return errs
}

// jsonFields maps json names to field types, flattening embedded structs
// the way encoding/json does.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" {
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
			continue
		}
		if name != "" && name != "-" {
			out[name] = f.Type
		}
	}
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// suggest names a known key that differs from k only in case, or by one
// edit, since that is what typos look like.
func suggest(k string, fields map[string]reflect.Type) string {
	var names []string
	for name := range fields {
		if strings.EqualFold(name, k) || editDistance(name, k) <= 2 {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	if len(names) == 0 {
		return ""
	}
	return fmt.Sprintf(": did you mean %q?", names[0])
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "an integer"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "a mapping"
	}
	return t.String()
}
