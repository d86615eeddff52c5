package e2e

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dograh-hq/dograh-cdk8s/internal/configgen"
)

// Property bounds: how many valid configs are dry-run on the API server,
// and how many configs are tried at most to find them.
const (
	propertyValid = 20
	propertyTried = 150
)

// TestProperty_GeneratedConfigsPassAServerSideDryRun runs the command on
// the examples, FuzzParse's corpus and generated configs (internal/configgen;
// seed 1, or E2E_PROPERTY_SEED). A config the command accepts must
// synthesize without a panic, and the API server must accept every object
// it wrote (kubectl apply --server-side --dry-run=server); a config it
// refuses must exit 2, write nothing, and name keys of config.schema.json.
func TestProperty_GeneratedConfigsPassAServerSideDryRun(t *testing.T) {
	c := startCluster(t)
	appBinary(t)
	raw, err := os.ReadFile(filepath.Join(env.root, "config.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	seed := uint64(1)
	if s := os.Getenv("E2E_PROPERTY_SEED"); s != "" {
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("E2E_PROPERTY_SEED: %v", err)
		}
	}
	corpus, err := configgen.Corpus(env.root)
	if err != nil {
		t.Fatal(err)
	}
	cases := append(corpus, configgen.Generate(seed, propertyTried)...)

	dir := t.TempDir()
	namespaces := map[string]bool{}
	valid, refused := 0, 0
	for i, cs := range cases {
		if valid == propertyValid || i == propertyTried {
			break
		}
		file := filepath.Join(dir, fmt.Sprintf("%03d.yaml", i))
		if err := os.WriteFile(file, cs.YAML, 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, fmt.Sprintf("%03d", i))
		cmd := appCommand("-config", file, "-out", out)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		// A Go panic also exits 2, so look for one first.
		if strings.Contains(stderr.String(), "panic:") || strings.Contains(stderr.String(), "goroutine ") {
			t.Fatalf("%s panicked:\n%s\n%s", cs.Name, cs.YAML, stderr.String())
		}
		switch code {
		case 0:
			valid++
			dryRun(t, c, cs, out, namespaces)
		case 2:
			refused++
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was refused but wrote %s", cs.Name, out)
			}
			paths := configgen.ReportedPaths(stderr.String())
			if len(paths) == 0 && !strings.Contains(stderr.String(), "YAML") {
				t.Errorf("%s was refused without a config path:\n%s", cs.Name, stderr.String())
			}
			for _, p := range paths {
				if !configgen.HasPath(schema, p) {
					t.Errorf("%s: %q is not a key of the config:\n%s\n%s", cs.Name, p, cs.YAML, stderr.String())
				}
			}
		default:
			t.Fatalf("%s: exit %d:\n%s\n%s", cs.Name, code, cs.YAML, stderr.String())
		}
	}
	t.Logf("seed %d: %d configs dry-run on the API server, %d refused", seed, valid, refused)
	if valid < propertyValid {
		t.Errorf("only %d of %d configs were valid, want %d: the generator errs too often", valid, propertyTried, propertyValid)
	}
}

// dryRun has the API server validate and admit every object the command
// wrote to out, without storing any. The namespace must exist; it is
// created once with the Pod Security level the manifest declares.
func dryRun(t *testing.T, c *Cluster, cs configgen.Case, out string, namespaces map[string]bool) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(out, "*.k8s.yaml"))
	if len(files) != 1 {
		t.Fatalf("%s: the command wrote %d manifests, want 1", cs.Name, len(files))
	}
	objs := loadManifest(t, files[0])
	if len(objs) == 0 || objs[0].GetKind() != "Namespace" {
		t.Fatalf("%s: the manifest does not start with its Namespace", cs.Name)
	}
	if ns := objs[0].GetName(); !namespaces[ns] {
		createNamespace(t, c, ns, objs[0].GetLabels()[psaPrefix+"enforce"])
		namespaces[ns] = true
	}
	// --force-conflicts: the namespace's labels are the harness's, and
	// another config may declare another Pod Security level.
	if _, stderr, err := c.kubectl(nil, "apply", "--server-side", "--force-conflicts", "--dry-run=server", "-f", files[0]); err != nil {
		t.Errorf("%s: the API server refuses what the command accepted:\n%s\n%v\n%s", cs.Name, cs.YAML, err, stderr)
	}
}
