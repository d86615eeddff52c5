package config_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"

	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/config/schemagen"
)

// config.schema.json is generated from the Go types and committed, so that
// editors can check an override file through its
// "# yaml-language-server: $schema=../config.schema.json" line. Regenerate
// it with `go test ./internal/config -run Schema -update` and review the
// diff.
var update = flag.Bool("update", false, "rewrite config.schema.json from the Go types")

const (
	schemaFile = "../../config.schema.json"
	regenerate = "go test ./internal/config -run Schema -update"
)

// generateSchema returns the schema of an operator's override file, encoded.
func generateSchema(t *testing.T) []byte {
	t.Helper()
	s, err := schemagen.Generate(reflect.TypeFor[config.Config](), ".", config.Default())
	require.NoError(t, err)
	s.Title = "Dograh operator configuration"
	s.Description += "\n\nAn override file names its base topology; every other key overrides that preset (maps merge key by key, lists replace) and unknown keys are errors. Defaults shown are the default topology's."
	s.Required = []string{"topology"}
	topology := s.Properties["topology"]
	require.NotNil(t, topology, "Config has no topology key")
	topology.Default = nil
	topology.Enum = nil
	for _, name := range config.PresetNames() {
		topology.Enum = append(topology.Enum, name)
	}
	out, err := s.Encode()
	require.NoError(t, err)
	return out
}

// schema is the generated schema, decoded the way a validator reads it.
func schema(t *testing.T) map[string]any {
	t.Helper()
	var s map[string]any
	require.NoError(t, json.Unmarshal(generateSchema(t), &s))
	return s
}

func TestSchema_MatchesCommittedFile(t *testing.T) {
	want := generateSchema(t)
	if *update {
		require.NoError(t, os.WriteFile(schemaFile, want, 0o644))
		return
	}
	got, err := os.ReadFile(schemaFile)
	require.NoError(t, err, "config.schema.json is missing: run `%s`", regenerate)
	if !bytes.Equal(got, want) {
		t.Fatalf("config.schema.json is stale (the types, doc comments or default preset in internal/config changed): run `%s` and review the diff:\n%s",
			regenerate, firstDiff(string(got), string(want)))
	}
}

func TestSchema_HasEveryConfigKey(t *testing.T) {
	var keys, structs []string
	configKeys(reflect.TypeFor[config.Config](), "", &keys, &structs)
	var schemaKeys []string
	collectKeys(schema(t), "", &schemaKeys)
	slices.Sort(keys)
	slices.Sort(schemaKeys)
	assert.Equal(t, keys, schemaKeys)
}

func TestSchema_ClosesEveryStruct(t *testing.T) {
	s := schema(t)
	var keys, structs []string
	configKeys(reflect.TypeFor[config.Config](), "", &keys, &structs)
	require.NotEmpty(t, structs)
	for _, path := range structs {
		assert.Equal(t, false, node(t, s, path)["additionalProperties"], "%s accepts unknown keys", at(path))
	}
}

func TestSchema_LoaderAcceptsEveryKey(t *testing.T) {
	doc := fill(schema(t)).(map[string]any)
	doc["topology"] = "default"
	raw, err := json.Marshal(doc)
	require.NoError(t, err)
	// Nulls leave the preset as it is or empty a list, so only unknown keys
	// could fail here, apart from validation of the emptied values.
	if _, err := config.Parse(raw); err != nil {
		assert.NotContains(t, err.Error(), "unknown key")
	}
}

func TestSchema_EnumeratesClosedSets(t *testing.T) {
	s := schema(t)
	assert.Equal(t, toAny(config.PresetNames()), node(t, s, "topology")["enum"])
	for path, want := range map[string][]string{
		"exposure.mode":          {string(config.ExposureGatewayAPI), string(config.ExposureIngress)},
		"database.mode":          {string(config.DatabaseInternal), string(config.DatabaseExternal)},
		"redis.mode":             {string(config.RedisInternal), string(config.RedisExternal)},
		"storage.mode":           {string(config.StorageInternalMinio), string(config.StorageExternalMinio), string(config.StorageS3)},
		"storage.s3.credentials": {string(config.S3CredentialsIRSA), string(config.S3CredentialsAccessKeys)},
	} {
		assert.Subset(t, node(t, s, path)["enum"], toAny(want), path)
	}
}

func TestSchema_DefaultsAreTheDefaultTopologys(t *testing.T) {
	s := schema(t)
	d := config.Default()
	assert.InDelta(t, d.Web.Replicas, node(t, s, "web.replicas")["default"], 0)
	assert.Equal(t, d.Storage.Bucket, node(t, s, "storage.bucket")["default"])
	assert.Equal(t, d.Images.API.Repository, node(t, s, "images.api.repository")["default"])
	assert.NotContains(t, node(t, s, "topology"), "default", "topology is required, so it has no default")
	// Every default is valid where it stands.
	var walk func(n map[string]any, path string)
	walk = func(n map[string]any, path string) {
		if v, ok := n["default"]; ok {
			assert.Empty(t, validate(t, n, v, path))
		}
		for k, p := range mapOf(n["properties"]) {
			walk(p.(map[string]any), join(path, k))
		}
	}
	walk(s, "")
}

func TestSchema_AcceptsEveryPreset(t *testing.T) {
	s := schema(t)
	for _, name := range config.PresetNames() {
		t.Run(name, func(t *testing.T) {
			raw, err := json.Marshal(config.Presets[name]())
			require.NoError(t, err)
			var doc any
			require.NoError(t, json.Unmarshal(raw, &doc))
			// A nil list or map without omitempty marshals as null; in a file
			// it would be left out.
			assert.Empty(t, validate(t, s, dropNulls(doc), ""))
		})
	}
}

func TestSchema_AcceptsEveryExampleThatPointsAtIt(t *testing.T) {
	files, err := filepath.Glob("../../examples/*.yaml")
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skip("no examples/*.yaml yet")
	}
	s := schema(t)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			assert.Contains(t, string(data), "# yaml-language-server: $schema=../config.schema.json", "editors find the schema through this line")
			assert.Empty(t, validate(t, s, yamlDoc(t, string(data)), ""))
		})
	}
}

// load reads a file as the command does: parsed, then validated.
func load(data []byte) error {
	cfg, err := config.Parse(data)
	if err != nil {
		return err
	}
	return check.Join(chart.Validate(cfg))
}

// The schema and the loader agree on what a file may say.
func TestSchema_AgreesWithLoader(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		want       string // the schema's complaint; empty: valid
	}{
		{name: "topology only", yaml: "topology: default"},
		{name: "typical overrides", yaml: `
topology: default
release: acme
imagePullSecrets: [regcred]
serviceAccount:
  annotations: {team: voice}
config:
  enableSignup: false
  fastapiWorkers: 1
web:
  image: {repository: dograhai/dograh-api, tag: "1.2.3"}
  replicas: 3
  tolerations: [{key: pool, operator: Equal, value: calls, effect: NoExecute, tolerationSeconds: 30}]
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms: [{matchExpressions: [{key: pool, operator: In, values: [calls]}]}]
exposure:
  mode: ingress
  hostnames: [dograh.example.com]
  ingress: {className: nginx}
database: {mode: external}
migrations: {ttlSecondsAfterFinished: null}
networkPolicy:
  ingressFrom: [{namespaceLabels: {kubernetes.io/metadata.name: ingress-nginx}}]
  externalDatabase: {cidrs: [10.20.0.0/16], port: 5432}
`},
		{name: "missing topology", yaml: "release: acme", want: "(root): missing required key topology"},
		{name: "unknown topology", yaml: "topology: tiny", want: `topology: "tiny" is not one of`},
		{name: "unknown key", yaml: "topology: default\nweb: {replica: 3}", want: "web: unknown key replica"},
		{name: "unknown key in a list item", yaml: "topology: default\nui: {tolerations: [{kee: pool}]}", want: "ui.tolerations[0]: unknown key kee"},
		{name: "unknown mode", yaml: "topology: default\ndatabase: {mode: postgres}", want: `database.mode: "postgres" is not one of`},
		{name: "string for a number", yaml: "topology: default\nweb: {replicas: two}", want: `web.replicas: "two" is not of type "integer"`},
		{name: "number for a map value", yaml: "topology: default\nserviceAccount: {annotations: {a: 1}}", want: `serviceAccount.annotations.a: 1 is not of type "string"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			errs := validate(t, schema(t), yamlDoc(t, tc.yaml), "")
			loadErr := load([]byte(tc.yaml))
			if tc.want == "" {
				assert.Empty(t, errs)
				assert.NoError(t, loadErr)
				return
			}
			require.Len(t, errs, 1)
			assert.Contains(t, errs[0], tc.want)
			assert.Error(t, loadErr, "the loader accepts what the schema rejects")
		})
	}
}

// configKeys lists the path of every key the loader accepts, matched the
// way load.go matches them (json tag names, embedded structs flattened),
// and of every struct value. "[]" steps into list items, "*" into map
// values.
func configKeys(t reflect.Type, path string, keys, structs *[]string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Slice:
		configKeys(t.Elem(), path+"[]", keys, structs)
	case reflect.Map:
		configKeys(t.Elem(), path+".*", keys, structs)
	case reflect.Struct:
		*structs = append(*structs, path)
		structKeys(t, path, keys, structs)
	}
}

func structKeys(t reflect.Type, path string, keys, structs *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case f.Anonymous && name == "":
			structKeys(f.Type, path, keys, structs)
		case name != "" && name != "-" && f.IsExported():
			*keys = append(*keys, join(path, name))
			configKeys(f.Type, join(path, name), keys, structs)
		}
	}
}

// collectKeys lists the path of every property in s, spelled as configKeys
// spells them.
func collectKeys(s map[string]any, path string, keys *[]string) {
	for k, p := range mapOf(s["properties"]) {
		*keys = append(*keys, join(path, k))
		collectKeys(p.(map[string]any), join(path, k), keys)
	}
	if items, ok := s["items"].(map[string]any); ok {
		collectKeys(items, path+"[]", keys)
	}
	if values, ok := s["additionalProperties"].(map[string]any); ok {
		collectKeys(values, path+".*", keys)
	}
}

// node is the schema at path, as configKeys spells paths.
func node(t *testing.T, s map[string]any, path string) map[string]any {
	t.Helper()
	if path == "" {
		return s
	}
	for _, key := range strings.Split(path, ".") {
		name, items := strings.CutSuffix(key, "[]")
		next, ok := mapOf(s["properties"])[name].(map[string]any)
		if name == "*" {
			next, ok = s["additionalProperties"].(map[string]any)
		}
		require.True(t, ok, "the schema has no %s", path)
		if items {
			next = next["items"].(map[string]any)
		}
		s = next
	}
	return s
}

// fill is a document that sets every key of s to null, with one item per
// list and one key per map.
func fill(s map[string]any) any {
	if props, ok := s["properties"].(map[string]any); ok {
		doc := map[string]any{}
		for k, p := range props {
			doc[k] = fill(p.(map[string]any))
		}
		return doc
	}
	if items, ok := s["items"].(map[string]any); ok {
		return []any{fill(items)}
	}
	if values, ok := s["additionalProperties"].(map[string]any); ok {
		return map[string]any{"key": fill(values)}
	}
	return nil
}

// validate checks v against s, understanding exactly the keywords the
// generator emits, and returns one path-qualified message per problem.
func validate(t *testing.T, s map[string]any, v any, path string) []string {
	t.Helper()
	for kw := range s {
		switch kw {
		case "$schema", "title", "description", "default", "contentEncoding",
			"type", "enum", "minimum", "properties", "additionalProperties", "items", "required":
		default:
			t.Fatalf("%s: the schema uses %q, which this test's validator does not check yet", at(path), kw)
		}
	}
	if typ, ok := s["type"]; ok && !hasType(typ, v) {
		return []string{fmt.Sprintf("%s: %s is not of type %s", at(path), js(v), js(typ))}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.ContainsFunc(enum, func(e any) bool { return reflect.DeepEqual(e, v) }) {
		return []string{fmt.Sprintf("%s: %s is not one of %s", at(path), js(v), js(enum))}
	}
	if minimum, ok := s["minimum"].(float64); ok {
		if n, ok := v.(float64); ok && n < minimum {
			return []string{fmt.Sprintf("%s: %s is less than %v", at(path), js(v), minimum)}
		}
	}
	var errs []string
	switch v := v.(type) {
	case map[string]any:
		for _, r := range sliceOf(s["required"]) {
			if _, ok := v[r.(string)]; !ok {
				errs = append(errs, fmt.Sprintf("%s: missing required key %s", at(path), r))
			}
		}
		props := mapOf(s["properties"])
		for _, k := range slices.Sorted(maps.Keys(v)) {
			sub, ok := props[k].(map[string]any)
			if !ok {
				switch values := s["additionalProperties"].(type) {
				case bool:
					if !values {
						errs = append(errs, fmt.Sprintf("%s: unknown key %s", at(path), k))
					}
					continue
				case map[string]any:
					sub = values
				default:
					continue
				}
			}
			errs = append(errs, validate(t, sub, v[k], join(path, k))...)
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, item := range v {
				errs = append(errs, validate(t, items, item, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	}
	return errs
}

func hasType(typ, v any) bool {
	if names, ok := typ.([]any); ok {
		return slices.ContainsFunc(names, func(name any) bool { return hasType(name, v) })
	}
	switch typ {
	case "null":
		return v == nil
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "integer":
		n, ok := v.(float64)
		return ok && n == math.Trunc(n)
	case "number":
		_, ok := v.(float64)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	}
	return false
}

func yamlDoc(t *testing.T, data string) any {
	t.Helper()
	raw, err := yaml.YAMLToJSON([]byte(data))
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(raw, &doc))
	return doc
}

func dropNulls(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range v {
			if e != nil {
				out[k] = dropNulls(e)
			}
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = dropNulls(e)
		}
		return out
	}
	return v
}

// firstDiff shows the first differing line of two texts, with context.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	var b strings.Builder
	for j := max(0, i-3); j < i; j++ {
		fmt.Fprintf(&b, "  %d   %s\n", j+1, g[j])
	}
	if i < len(g) {
		fmt.Fprintf(&b, "  %d - %s (committed)\n", i+1, g[i])
	}
	if i < len(w) {
		fmt.Fprintf(&b, "  %d + %s (generated)\n", i+1, w[i])
	}
	return b.String()
}

func mapOf(v any) map[string]any { m, _ := v.(map[string]any); return m }

func sliceOf(v any) []any { s, _ := v.([]any); return s }

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func js(v any) string {
	out, _ := json.Marshal(v)
	return string(out)
}

func at(path string) string {
	if path == "" {
		return "(root)"
	}
	return path
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
