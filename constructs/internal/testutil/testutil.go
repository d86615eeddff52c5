// Package testutil synthesizes constructs in tests and digs into the
// resulting manifests. It is shared by the construct packages' tests, and
// only by them: the examples, which are documentation, stay self-contained.
package testutil

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"k8s.io/apimachinery/pkg/util/validation/field"
	"sigs.k8s.io/yaml"
)

// Main runs a package's tests and then stops the jsii runtime, so no Node
// child or /tmp/jsii-runtime.* folder is left behind. Use it from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	jsii.Close()
	os.Exit(code)
}

// Synth builds a chart with build and returns its objects in output order.
func Synth(t testing.TB, build func(chart constructs.Construct)) []map[string]any {
	t.Helper()
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(t.TempDir())})
	chart := cdk8s.NewChart(app, jsii.String("test"), &cdk8s.ChartProps{DisableResourceNameHashes: jsii.Bool(true)})
	build(chart)
	return Parse(t, *app.SynthYaml())
}

// Parse splits a multi-document YAML string into objects.
func Parse(t testing.TB, manifests string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, doc := range strings.Split(manifests, "\n---\n") {
		if strings.TrimSpace(doc) == "" {
			continue
		}
		var obj map[string]any
		// The separator took the document's last newline; a trailing block
		// scalar ("|") needs it back to keep its final newline.
		if err := yaml.Unmarshal([]byte(doc+"\n"), &obj); err != nil {
			t.Fatalf("parse manifest: %v\n%s", err, doc)
		}
		out = append(out, obj)
	}
	return out
}

// Find returns the object of the given kind and name, failing the test if
// there is none.
func Find(t testing.TB, objs []map[string]any, kind, name string) map[string]any {
	t.Helper()
	for _, o := range objs {
		if o["kind"] == kind && Get(o, "metadata.name") == name {
			return o
		}
	}
	t.Fatalf("no %s %q among %s", kind, name, Names(objs))
	return nil
}

// Kinds counts objects of a kind.
func Kinds(objs []map[string]any, kind string) int {
	n := 0
	for _, o := range objs {
		if o["kind"] == kind {
			n++
		}
	}
	return n
}

// Names lists "Kind/name" of every object, for failure messages.
func Names(objs []map[string]any) []string {
	var out []string
	for _, o := range objs {
		out = append(out, fmt.Sprintf("%v/%v", o["kind"], Get(o, "metadata.name")))
	}
	return out
}

// Get follows a dotted path ("spec.template.spec.containers.0.name")
// through maps and slices, returning nil when any step is missing.
func Get(obj any, path string) any {
	cur := obj
	for _, step := range strings.Split(path, ".") {
		switch c := cur.(type) {
		case map[string]any:
			cur = c[step]
		case []any:
			i, err := strconv.Atoi(step)
			if err != nil || i < 0 || i >= len(c) {
				return nil
			}
			cur = c[i]
		default:
			return nil
		}
	}
	return cur
}

// AssertErrors checks that errs holds exactly the wanted messages, in
// order, each given as a prefix of one error's Error(), or is empty when
// none are wanted. Validation tables use it to pin their messages.
func AssertErrors(t testing.TB, errs field.ErrorList, want []string) {
	t.Helper()
	if len(want) == 0 {
		if len(errs) > 0 {
			t.Errorf("unexpected errors:\n%s", Lines(errs))
		}
		return
	}
	if len(errs) != len(want) {
		t.Fatalf("got %d errors, want %d:\n got: %s\nwant: %q", len(errs), len(want), Lines(errs), want)
	}
	for i, w := range want {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %d\n got: %s\nwant prefix: %s", i, errs[i].Error(), w)
		}
	}
}

// Lines joins the errors one a line, as a panic or the CLI shows them.
func Lines(errs field.ErrorList) string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return strings.Join(out, "\n")
}

// AssertErrorLines is AssertErrors for an error that joins its problems
// one a line, such as the evaluator's.
func AssertErrorLines(t testing.TB, err error, want []string) {
	t.Helper()
	if err == nil {
		AssertErrors(t, nil, want)
		return
	}
	if len(want) == 0 {
		t.Errorf("unexpected error: %v", err)
		return
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d errors, want %d:\n got: %q\nwant: %q", len(lines), len(want), lines, want)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("error %d\n got: %s\nwant prefix: %s", i, lines[i], w)
		}
	}
}
