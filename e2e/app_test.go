package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// app is this repository's CLI, built once per run. The suite renders
// variants only through it (in a child process), never with the jsii
// runtime in this process.
var app struct {
	once sync.Once
	bin  string
	err  error
}

func appBinary(t *testing.T) string {
	t.Helper()
	app.once.Do(func() {
		app.bin = filepath.Join(env.scratch, "dograh-cdk8s")
		cmd := exec.Command("go", "build", "-o", app.bin, ".")
		cmd.Dir = env.root
		if out, err := cmd.CombinedOutput(); err != nil {
			app.err = &buildError{string(out), err}
		}
	})
	if app.err != nil {
		t.Fatalf("build the dograh-cdk8s CLI: %v", app.err)
	}
	return app.bin
}

type buildError struct {
	output string
	err    error
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.output }

func appCommand(args ...string) *exec.Cmd {
	cmd := exec.Command(app.bin, args...)
	cmd.Dir = env.root
	// The Makefile's Node (node_modules/.bin) and its banner switch.
	cmd.Env = append(os.Environ(),
		"PATH="+filepath.Join(env.root, "node_modules", ".bin")+string(os.PathListSeparator)+os.Getenv("PATH"),
		"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20",
	)
	return cmd
}

// renderVariant synthesizes one site from an override file through the CLI
// (-config FILE -out DIR) and returns the manifest it wrote.
func renderVariant(t *testing.T, dir, name, config string) string {
	t.Helper()
	appBinary(t)
	cfg := filepath.Join(dir, name+".yaml")
	if err := os.WriteFile(cfg, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, name)
	if b, err := appCommand("-config", cfg, "-out", out).CombinedOutput(); err != nil {
		t.Fatalf("dograh-cdk8s -config %s: %v\n%s", cfg, err, b)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.k8s.yaml"))
	if len(files) != 1 {
		t.Fatalf("dograh-cdk8s -config %s wrote %d manifests, want 1: %v", cfg, len(files), files)
	}
	return files[0]
}

// appSecretsManifest returns the Secret YAML that `dograh-cdk8s secrets
// -topology NAME` prints for a first install.
func appSecretsManifest(t *testing.T, topologyName string) string {
	t.Helper()
	appBinary(t)
	out, err := appCommand("secrets", "-topology", topologyName).Output()
	if err != nil {
		stderr := ""
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("dograh-cdk8s secrets -topology %s: %v\n%s", topologyName, err, stderr)
	}
	return string(out)
}
