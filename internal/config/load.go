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
	"k8s.io/apimachinery/pkg/util/validation/field"
	"sigs.k8s.io/yaml"

	"github.com/dograh-hq/dograh-cdk8s/internal/check"
)

// Parse reads an operator's override file onto its base preset. The file
// names its base preset in "topology"; every other key overrides that
// preset (maps merge key by key, lists replace). It refuses what a YAML
// library would otherwise resolve silently (a key given twice, a second
// document) and unknown keys, so a typo never falls back to a default, and
// values of the wrong type. Each problem of a key is a *field.Error at its
// path; the errors are joined (check.Leaves lists them). Parse does not
// validate the values: chart.Validate does, for the whole config.
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
		return nil, field.NotSupported(field.NewPath("topology"), name, PresetNames())
	}
	if unknown := unknownKeys(doc, reflect.TypeFor[Config](), nil); len(unknown) > 0 {
		return nil, check.Join(unknown)
	}
	cfg := preset()
	// encoding/json decodes a list into the preset's slice element by
	// element, merging each item with the preset's item at its index; a
	// list in the file replaces the preset's, so empty those first.
	clearLists(doc, reflect.ValueOf(cfg).Elem())
	raw, err := yaml.YAMLToJSON(data)
	if err != nil {
		return nil, err
	}
	if err := json.NewDecoder(bytes.NewReader(raw)).Decode(cfg); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, field.TypeInvalid(jsonPath(te.Field), field.OmitValueType{}, fmt.Sprintf("a %s, where it must be %s", te.Value, kindName(te.Type)))
		}
		return nil, err
	}
	return cfg, nil
}

// jsonPath turns encoding/json's dotted field path into the file's: the
// names of embedded structs ("web.Component.resources") are Go's, not
// keys, and are left out.
func jsonPath(dotted string) *field.Path {
	var p *field.Path
	for _, step := range strings.Split(dotted, ".") {
		if step == "" || (step[0] >= 'A' && step[0] <= 'Z') {
			continue
		}
		p = child(p, step)
	}
	if p == nil {
		return field.NewPath("(root)")
	}
	return p
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
	var dups field.ErrorList
	duplicateKeys(&first, reflect.TypeFor[Config](), nil, &dups)
	for _, d := range dups {
		errs = append(errs, d)
	}
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

// duplicateKeys walks n, which decodes into t (nil when unknown), and
// reports every key given twice in one mapping. A map's keys are
// path.Key, a struct's path.Child, as unknownKeys names them.
func duplicateKeys(n *yamlv3.Node, t reflect.Type, path *field.Path, errs *field.ErrorList) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	elem := func() reflect.Type {
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Map) {
			return t.Elem()
		}
		return nil
	}
	switch n.Kind {
	case yamlv3.DocumentNode:
		for _, c := range n.Content {
			duplicateKeys(c, t, path, errs)
		}
	case yamlv3.SequenceNode:
		for i, c := range n.Content {
			duplicateKeys(c, elem(), path.Index(i), errs)
		}
	case yamlv3.MappingNode:
		var fields map[string]reflect.Type
		if t != nil && t.Kind() == reflect.Struct {
			fields = jsonFields(t)
		}
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			at, next := child(path, k.Value), fields[k.Value]
			if t != nil && t.Kind() == reflect.Map {
				at, next = path.Key(k.Value), elem()
			}
			if line, ok := seen[k.Value]; ok {
				e := field.Duplicate(at, k.Value)
				e.Detail = fmt.Sprintf("given again at line %d, first at line %d: keep one", k.Line, line)
				*errs = append(*errs, e)
			} else {
				seen[k.Value] = k.Line
			}
			duplicateKeys(v, next, at, errs)
		}
	}
}

// clearLists sets every slice of v that doc gives a value to its zero
// value, recursing into structs and into the values of maps of structs.
func clearLists(doc any, v reflect.Value) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	m, ok := doc.(map[string]any)
	if !ok || v.Kind() != reflect.Struct {
		return
	}
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if f.Anonymous {
			clearLists(doc, v.Field(i))
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		sub, set := m[name]
		if !set {
			continue
		}
		switch fv := v.Field(i); fv.Kind() {
		case reflect.Slice:
			fv.Set(reflect.Zero(fv.Type()))
		case reflect.Struct, reflect.Pointer:
			clearLists(sub, fv)
		}
	}
}

// unknownKeys lists every key of doc that no field of t (by its json tag)
// accepts, with its full path.
func unknownKeys(doc any, t reflect.Type, path *field.Path) field.ErrorList {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var errs field.ErrorList
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
				errs = append(errs, field.Forbidden(child(path, k), "unknown key"+suggest(k, fields)))
				continue
			}
			errs = append(errs, unknownKeys(m[k], f, child(path, k))...)
		}
	case reflect.Slice:
		if items, ok := doc.([]any); ok {
			for i, item := range items {
				errs = append(errs, unknownKeys(item, t.Elem(), path.Index(i))...)
			}
		}
	case reflect.Map:
		if m, ok := doc.(map[string]any); ok && t.Elem().Kind() == reflect.Struct {
			for _, k := range slices.Sorted(maps.Keys(m)) {
				errs = append(errs, unknownKeys(m[k], t.Elem(), path.Key(k))...)
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

// child is the path of a struct's key at path (nil: the top level).
func child(path *field.Path, key string) *field.Path {
	if path == nil {
		return field.NewPath(key)
	}
	return path.Child(key)
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
