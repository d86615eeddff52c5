// Package configgen generates operator config files for property tests:
// each names a reference topology and overrides a random handful of its
// knobs, most with values a careful operator writes and some with the
// mistakes operators make. It also says whether a field path exists in
// the config's JSON Schema, so a test can demand that every problem is
// reported at a key an operator can write.
package configgen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"sigs.k8s.io/yaml"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// Case is one config file.
type Case struct {
	Name string // e.g. "seed-7" or the corpus file's name
	YAML []byte
}

// Generate returns n config files, deterministic for seed.
func Generate(seed uint64, n int) []Case {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var out []Case
	for i := range n {
		doc := map[string]any{"topology": pick(r, config.PresetNames())}
		for range 1 + r.IntN(4) {
			knobs[r.IntN(len(knobs))](r, doc)
		}
		data, err := yaml.Marshal(doc)
		if err != nil {
			panic(err) // maps of plain values always marshal
		}
		out = append(out, Case{Name: fmt.Sprintf("seed-%d-%d", seed, i), YAML: data})
	}
	return out
}

// Corpus returns the example configs and the fuzz corpus of
// config.FuzzParse (internal/config/testdata/fuzz/FuzzParse, when a run of
// the fuzzer kept inputs there), under the repository root.
func Corpus(root string) ([]Case, error) {
	var out []Case
	examples, err := filepath.Glob(filepath.Join(root, "examples", "*.yaml"))
	if err != nil {
		return nil, err
	}
	for _, f := range examples {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, Case{Name: "examples/" + filepath.Base(f), YAML: data})
	}
	fuzz, _ := filepath.Glob(filepath.Join(root, "internal", "config", "testdata", "fuzz", "FuzzParse", "*"))
	for _, f := range fuzz {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if input, ok := fuzzInput(data); ok {
			out = append(out, Case{Name: "fuzz/" + filepath.Base(f), YAML: input})
		}
	}
	return out, nil
}

// fuzzInput reads a corpus file of the form the go command writes:
// "go test fuzz v1" and one []byte("...") line.
func fuzzInput(data []byte) ([]byte, bool) {
	lines := strings.SplitN(string(data), "\n", 3)
	if len(lines) < 2 || lines[0] != "go test fuzz v1" {
		return nil, false
	}
	lit, ok := strings.CutPrefix(strings.TrimSpace(lines[1]), "[]byte(")
	if !ok {
		return nil, false
	}
	var s string
	if err := json.Unmarshal([]byte(strings.TrimSuffix(lit, ")")), &s); err != nil {
		return nil, false // a Go literal JSON cannot read; skip it
	}
	return []byte(s), true
}

func pick[T any](r *rand.Rand, from []T) T { return from[r.IntN(len(from))] }

// set puts v at the dotted path in doc, creating mappings on the way.
func set(doc map[string]any, path string, v any) {
	keys := strings.Split(path, ".")
	m := doc
	for _, k := range keys[:len(keys)-1] {
		next, ok := m[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	m[keys[len(keys)-1]] = v
}

// components have the placement knobs; coturn's probes are not tunable.
var (
	components = []string{"web", "arqWorker", "ariManager", "campaignOrchestrator", "ui", "coturn"}
	replicated = []string{"web", "arqWorker", "ui"}
)

// knobs each override one setting, mostly with values that are right.
var knobs = []func(r *rand.Rand, doc map[string]any){
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "release", pick(r, []string{"acme", "voice", "acme-dograh", "Acme"}))
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "namespace", pick(r, []string{"voice", "dograh-prod", "voice_prod"}))
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, pick(r, replicated)+".replicas", pick(r, []int{1, 2, 3, 4, 0, -1}))
	},
	func(r *rand.Rand, doc map[string]any) {
		c := pick(r, []string{"web", "ui"})
		set(doc, c+".podDisruptionBudget", map[string]any{"enabled": r.IntN(4) > 0, "minAvailable": pick(r, []int{1, 1, 2, 3})})
		set(doc, c+".replicas", pick(r, []int{2, 3, 4}))
	},
	func(r *rand.Rand, doc map[string]any) {
		min := 1 + r.IntN(3)
		set(doc, pick(r, replicated)+".autoscaling", map[string]any{"enabled": true, "minReplicas": min, "maxReplicas": min + pick(r, []int{0, 2, 5, -1}), "cpuUtilizationPercent": pick(r, []int{60, 70, 80})})
	},
	func(r *rand.Rand, doc map[string]any) {
		t := map[string]any{"key": pick(r, []string{"pool", "dedicated", "example.com/voice"}), "operator": pick(r, []string{"Equal", "Exists", "Equal", "Maybe"})}
		if t["operator"] != "Exists" || r.IntN(6) == 0 {
			t["value"] = pick(r, []string{"calls", "voice", "calls and more"})
		}
		if e := pick(r, []string{"NoSchedule", "NoExecute", "PreferNoSchedule", "", "NoEntry"}); e != "" {
			t["effect"] = e
		}
		if r.IntN(3) == 0 {
			t["tolerationSeconds"] = pick(r, []int{30, 300})
		}
		set(doc, pick(r, components)+".tolerations", []any{t})
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, pick(r, components)+".nodeSelector", map[string]any{pick(r, []string{"pool", "kubernetes.io/os", "node pool"}): pick(r, []string{"calls", "linux", "voice and video"})})
	},
	func(r *rand.Rand, doc map[string]any) {
		op := pick(r, []string{"In", "NotIn", "Exists", "DoesNotExist", "Gt", "Near"})
		expr := map[string]any{"key": pick(r, []string{"pool", "topology.kubernetes.io/zone"}), "operator": op}
		switch {
		case op == "In" || op == "NotIn":
			expr["values"] = []any{pick(r, []string{"calls", "eu-west-1a"})}
		case op == "Gt":
			expr["values"] = []any{pick(r, []string{"3", "ten"})}
		case r.IntN(4) == 0:
			expr["values"] = []any{"calls"}
		}
		affinity := map[string]any{"nodeAffinity": map[string]any{}}
		if r.IntN(2) == 0 {
			affinity["nodeAffinity"] = map[string]any{"requiredDuringSchedulingIgnoredDuringExecution": map[string]any{"nodeSelectorTerms": []any{map[string]any{"matchExpressions": []any{expr}}}}}
		} else {
			affinity["nodeAffinity"] = map[string]any{"preferredDuringSchedulingIgnoredDuringExecution": []any{map[string]any{"weight": pick(r, []int{1, 50, 100, 0, 101}), "preference": map[string]any{"matchExpressions": []any{expr}}}}}
		}
		set(doc, pick(r, components)+".affinity", affinity)
	},
	func(r *rand.Rand, doc map[string]any) {
		c := pick(r, components)
		term := map[string]any{"labelSelector": map[string]any{"matchLabels": map[string]any{"app.kubernetes.io/component": c}}}
		if r.IntN(5) > 0 {
			term["topologyKey"] = pick(r, []string{"kubernetes.io/hostname", "topology.kubernetes.io/zone"})
		}
		set(doc, c+".affinity", map[string]any{"podAntiAffinity": map[string]any{"preferredDuringSchedulingIgnoredDuringExecution": []any{map[string]any{"weight": 100, "podAffinityTerm": term}}}})
	},
	func(r *rand.Rand, doc map[string]any) {
		tsc := map[string]any{
			"maxSkew":           pick(r, []int{1, 1, 2, 0}),
			"topologyKey":       pick(r, []string{"topology.kubernetes.io/zone", "kubernetes.io/hostname", ""}),
			"whenUnsatisfiable": pick(r, []string{"ScheduleAnyway", "DoNotSchedule", "Never"}),
		}
		if r.IntN(3) == 0 {
			tsc["minDomains"] = pick(r, []int{2, 3})
		}
		set(doc, pick(r, components)+".topologySpreadConstraints", []any{tsc})
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, pick(r, components)+".podAnnotations", map[string]any{pick(r, []string{"example.com/team", "prometheus.io/scrape", "my key"}): "true"})
	},
	func(r *rand.Rand, doc map[string]any) {
		req := pick(r, []string{"100m", "250m", "1", "lots"})
		lim := pick(r, []string{"500m", "1", "2"})
		set(doc, pick(r, components)+".resources", map[string]any{
			"requests": map[string]any{"cpu": req, "memory": pick(r, []string{"256Mi", "512Mi", "4Gi"})},
			"limits":   map[string]any{"cpu": lim, "memory": pick(r, []string{"1Gi", "2Gi"})},
		})
	},
	func(r *rand.Rand, doc map[string]any) {
		c := pick(r, []string{"web", "ui"})
		set(doc, c+".probes", map[string]any{pick(r, []string{"readiness", "liveness", "startup"}): map[string]any{"periodSeconds": pick(r, []int{5, 10, 30, -1}), "failureThreshold": pick(r, []int{3, 6})}})
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "coturn.maxRelayPort", pick(r, []int{49160, 49199, 49200, 49300}))
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "coturn.podCidrs", []any{pick(r, []string{"10.42.0.0/16", "10.244.0.0/16", "10.42.0.1/16"})})
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "exposure.hostnames", []any{pick(r, []string{"voice.example.com", "app.example.org", "Voice_Example.com"})})
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "networkPolicy.internetEgressPorts", []any{443, pick(r, []int{8443, 11434, 70000})})
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "sharedTmp", map[string]any{"enabled": true, "storageClass": pick(r, []string{"efs", "nfs-client", ""}), "size": pick(r, []string{"10Gi", "5Gi"})})
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "migrations.ttlSecondsAfterFinished", pick(r, []int{0, 3600, -5}))
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "database.internal.persistence.size", pick(r, []string{"4Gi", "16Gi", "big"}))
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "web.keda", map[string]any{"enabled": true, "minReplicas": pick(r, []int{1, 2, 3}), "maxReplicas": pick(r, []int{3, 10})})
		set(doc, "web.autoscaling.enabled", false)
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "config.extraEnv", map[string]any{pick(r, []string{"SENTRY_DSN", "AUTH_PROVIDER", "LOG_LEVEL", "1BAD"}): "x"})
	},
	func(r *rand.Rand, doc map[string]any) {
		c := pick(r, []string{"ariManager", "campaignOrchestrator", "coturn"})
		set(doc, c+".enabled", r.IntN(2) == 0)
	},
	func(r *rand.Rand, doc map[string]any) {
		set(doc, "coturn.tls", map[string]any{"enabled": true, "certManager": map[string]any{"issuerName": "letsencrypt", "issuerKind": pick(r, []string{"ClusterIssuer", "Issuer", "Isuer"})}})
		set(doc, "coturn.host", pick(r, []string{"turn.example.com", "", "turn_example"}))
	},
}

// HasPath reports whether path, a field path as field.Error spells it
// ("web.tolerations[0].effect", "web.podAnnotations[my key]"), names a key
// of the schema: a property, an item of a list, a key of a map, or
// anything under a free-form object (affinity). schema is the decoded
// config.schema.json.
func HasPath(schema map[string]any, path string) bool {
	node := schema
	for _, step := range steps(path) {
		if open(node) {
			return true
		}
		switch {
		case step.index:
			if items, ok := node["items"].(map[string]any); ok {
				node = items
			} else if values, ok := node["additionalProperties"].(map[string]any); ok {
				node = values
			} else {
				return false
			}
		default:
			props, _ := node["properties"].(map[string]any)
			next, ok := props[step.name].(map[string]any)
			if !ok {
				return false
			}
			node = next
		}
	}
	return true
}

// open says a schema node is a free-form object: any key below it is
// written by the operator in Kubernetes syntax.
func open(node map[string]any) bool {
	_, props := node["properties"]
	_, closed := node["additionalProperties"]
	return node["type"] == "object" && !props && !closed
}

type step struct {
	name  string
	index bool // a list index or a map key, written [...]
}

// steps splits a field path at dots and brackets; a bracket holds
// anything up to its closing bracket, dots included.
func steps(path string) []step {
	var out []step
	for path != "" {
		switch path[0] {
		case '.':
			path = path[1:]
		case '[':
			end := strings.IndexByte(path, ']')
			if end < 0 {
				end = len(path) - 1
			}
			out = append(out, step{name: path[1:end], index: true})
			path = path[end+1:]
		default:
			end := strings.IndexAny(path, ".[")
			if end < 0 {
				end = len(path)
			}
			out = append(out, step{name: path[:end]})
			path = path[end:]
		}
	}
	return out
}

// ReportedPaths are the paths of the problems the command prints, one a
// line after the headline: "  path: message". Lines that carry no path (a
// file that is not YAML) are left out.
func ReportedPaths(stderr string) []string {
	var out []string
	for _, line := range strings.Split(stderr, "\n") {
		body, ok := strings.CutPrefix(line, "  ")
		if !ok || strings.HasPrefix(body, " ") {
			continue
		}
		if p, ok := pathOf(body); ok {
			out = append(out, p)
		}
	}
	return out
}

// pathOf is the field path before the first ": " outside brackets, if
// what follows is one of field.Error's types.
func pathOf(line string) (string, bool) {
	depth := 0
	for i := 0; i+1 < len(line); i++ {
		switch line[i] {
		case '[':
			depth++
		case ']':
			depth--
		case ':':
			if depth == 0 && line[i+1] == ' ' {
				rest := line[i+2:]
				if slices.ContainsFunc(errorTypes, func(t string) bool { return strings.HasPrefix(rest, t) }) {
					return line[:i], true
				}
				return "", false
			}
		}
	}
	return "", false
}

// errorTypes are how field.Error spells its types.
var errorTypes = []string{"Invalid value", "Required value", "Unsupported value", "Duplicate value", "Forbidden", "Too long", "Too many", "Not found", "Internal error"}
