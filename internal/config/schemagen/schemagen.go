package schemagen

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// Draft is the JSON Schema dialect Generate declares.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// Schema is the part of JSON Schema that Generate emits. The fields are in
// the alphabetical order of their keywords, so encoded keys are sorted.
type Schema struct {
	Schema string `json:"$schema,omitempty"`
	// AdditionalProperties is false for a struct, a *Schema for a map's
	// values, and nil for a free-form object.
	AdditionalProperties any    `json:"additionalProperties,omitempty"`
	ContentEncoding      string `json:"contentEncoding,omitempty"`
	Default              any    `json:"default,omitempty"`
	Description          string `json:"description,omitempty"`
	// Enum lists the allowed values in declaration order; nil allows any.
	Enum       []any              `json:"enum,omitempty"`
	Items      *Schema            `json:"items,omitempty"`
	Minimum    *int               `json:"minimum,omitempty"`
	Properties map[string]*Schema `json:"properties,omitempty"`
	Required   []string           `json:"required,omitempty"`
	Title      string             `json:"title,omitempty"`
	// Type is a JSON type name, or a list of them when null is allowed too;
	// nil allows any value.
	Type any `json:"type,omitempty"`
}

// Generate derives the schema of root, a struct type, declaring Draft.
//
// srcDir holds the source of root's package: its doc comments become
// descriptions (a field's, then its type's) and its typed string constants
// enums. Types from other packages get no descriptions or enums.
//
// defaults, if not nil, is a value of root (or a pointer to one) whose
// scalar, list and map leaves become "default". Zero values other than
// false are left out (empty strings, lists and maps, zero numbers, nil
// pointers): in a Go config they usually mean "unset, derived", and the
// description says from what.
//
// Exported fields without a json tag are errors: a strict loader that
// matches keys by tag could never set them. So are keys declared twice,
// recursive types and map keys that cannot be JSON strings.
func Generate(root reflect.Type, srcDir string, defaults any) (*Schema, error) {
	if root.Kind() != reflect.Struct {
		return nil, fmt.Errorf("schemagen: root must be a struct type, not %s", root)
	}
	src, err := parseSource(root.PkgPath(), srcDir)
	if err != nil {
		return nil, err
	}
	var v reflect.Value
	if defaults != nil {
		v = reflect.Indirect(reflect.ValueOf(defaults))
		if v.Type() != root {
			return nil, fmt.Errorf("schemagen: defaults are a %s, not a %s", v.Type(), root)
		}
	}
	g := &generator{src: src, pkgPath: root.PkgPath(), visiting: map[reflect.Type]bool{}}
	s := g.schema(root, v, "")
	if len(g.errs) > 0 {
		return nil, errors.Join(g.errs...)
	}
	s.Schema = Draft
	return s, nil
}

// Encode renders s indented by two spaces, with a trailing newline. HTML
// characters stay as they are, since descriptions quote placeholders such
// as "<release>".
func (s *Schema) Encode() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

type generator struct {
	src      *source
	pkgPath  string
	visiting map[reflect.Type]bool
	errs     []error
}

func (g *generator) errorf(path, format string, args ...any) {
	if path == "" {
		path = "(root)"
	}
	g.errs = append(g.errs, fmt.Errorf("schemagen: %s: "+format, append([]any{path}, args...)...))
}

// schema returns the schema of t at path; v, when valid, is the defaults'
// value there.
func (g *generator) schema(t reflect.Type, v reflect.Value, path string) *Schema {
	if t.Kind() == reflect.Pointer {
		if v.IsValid() && !v.IsNil() {
			v = v.Elem()
		} else {
			v = reflect.Value{}
		}
		return nullable(g.schema(t.Elem(), v, path))
	}
	s := g.shape(t, v, path)
	if t.PkgPath() == g.pkgPath && t.Name() != "" {
		s.Description = paragraphs(g.src.typeDocs[t.Name()], s.Description)
	}
	if v.IsValid() && t.Kind() != reflect.Struct && !empty(v) {
		s.Default = v.Interface()
	}
	return s
}

// shape returns the schema of t without its type's description or default.
func (g *generator) shape(t reflect.Type, v reflect.Value, path string) *Schema {
	// Custom decoders accept whatever they like; a TextUnmarshaler takes a
	// JSON string.
	if reflect.PointerTo(t).Implements(jsonUnmarshaler) {
		return &Schema{}
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return &Schema{Type: "string"}
	}
	switch t.Kind() {
	case reflect.Bool:
		return &Schema{Type: "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &Schema{Type: "integer"}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		zero := 0
		return &Schema{Type: "integer", Minimum: &zero}
	case reflect.Float32, reflect.Float64:
		return &Schema{Type: "number"}
	case reflect.String:
		return g.str(t)
	case reflect.Interface:
		return &Schema{}
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			return &Schema{Type: "string", ContentEncoding: "base64"}
		}
		return &Schema{Type: "array", Items: g.schema(t.Elem(), reflect.Value{}, path+"[]")}
	case reflect.Map:
		switch k := t.Key(); {
		case k.Kind() == reflect.String, k.Implements(reflect.TypeFor[encoding.TextMarshaler]()):
		case k.Kind() >= reflect.Int && k.Kind() <= reflect.Uintptr:
		default:
			g.errorf(path, "map keys of type %s have no JSON form", k)
		}
		s := &Schema{Type: "object"}
		if t.Elem().Kind() != reflect.Interface {
			s.AdditionalProperties = g.schema(t.Elem(), reflect.Value{}, path+".*")
		}
		return s
	case reflect.Struct:
		if g.visiting[t] {
			g.errorf(path, "%s is recursive, which an inline schema cannot express", t)
			return &Schema{}
		}
		g.visiting[t] = true
		defer delete(g.visiting, t)
		s := &Schema{Type: "object", Properties: map[string]*Schema{}, AdditionalProperties: false}
		g.fields(s, t, v, path)
		return s
	}
	g.errorf(path, "a %s has no JSON form", t)
	return &Schema{}
}

// str is a string, or the enum of a named string type's constants.
func (g *generator) str(t reflect.Type) *Schema {
	s := &Schema{Type: "string"}
	if t.PkgPath() != g.pkgPath {
		return s
	}
	var lines []string
	for _, c := range g.src.enums[t.Name()] {
		s.Enum = append(s.Enum, c.value)
		quoted, _ := json.Marshal(c.value)
		// Go docs start with the constant's name; the file spells the value.
		doc, found := strings.CutPrefix(c.doc, c.name+" ")
		switch {
		case c.doc == "":
			lines = append(lines, "- "+string(quoted))
		case found:
			lines = append(lines, "- "+string(quoted)+" "+doc)
		default:
			lines = append(lines, "- "+string(quoted)+": "+c.doc)
		}
	}
	s.Description = strings.Join(lines, "\n")
	return s
}

// fields adds the properties of struct t to s, flattening embedded structs
// as encoding/json does.
func (g *generator) fields(s *Schema, t reflect.Type, v reflect.Value, path string) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		var fv reflect.Value
		if v.IsValid() {
			fv = v.Field(i)
		}
		switch {
		case name == "-":
			continue
		case f.Anonymous && name == "":
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
				if fv.IsValid() && !fv.IsNil() {
					fv = fv.Elem()
				} else {
					fv = reflect.Value{}
				}
			}
			if ft.Kind() != reflect.Struct {
				g.errorf(path, "embedded %s is not a struct; give it a json tag", f.Type)
				continue
			}
			g.fields(s, ft, fv, path)
			continue
		case !f.IsExported():
			continue
		case name == "":
			g.errorf(join(path, f.Name), "%s.%s has no json tag, so no key can set it", t, f.Name)
			continue
		}
		p := join(path, name)
		if _, dup := s.Properties[name]; dup {
			g.errorf(p, "key declared twice in %s", t)
			continue
		}
		fs := g.schema(f.Type, fv, p)
		if t.PkgPath() == g.pkgPath {
			fs.Description = paragraphs(g.src.fieldDocs[[2]string{t.Name(), f.Name}], fs.Description)
		}
		s.Properties[name] = fs
	}
}

// nullable lets s be null too, as a pointer may be.
func nullable(s *Schema) *Schema {
	switch typ := s.Type.(type) {
	case nil:
		return s // already anything, null included
	case string:
		s.Type = []string{typ, "null"}
	}
	if s.Enum != nil {
		s.Enum = append(s.Enum, nil)
	}
	return s
}

// empty reports a value that is better described than shown as a default.
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Bool:
		return false // false is "off", not "unset"
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	}
	return v.IsZero()
}

func paragraphs(ps ...string) string {
	var out []string
	for _, p := range ps {
		if p != "" && (len(out) == 0 || out[len(out)-1] != p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
