package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goCmd runs the go command in dir as a module of its own: the workspace
// (go.work) is off, so only that module's go.mod decides what it builds.
func goCmd(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	out, err := cmd.Output()
	var stderr string
	if ee, ok := err.(*exec.ExitError); ok {
		stderr = string(ee.Stderr)
	}
	require.NoError(t, err, "go %s in %s: %s", strings.Join(args, " "), dir, stderr)
	return string(out)
}

// Importing a construct must not pull in the app's test and cluster
// tooling: the constructs module's non-test packages depend on none of it.
func TestConstructsModule_DependsOnNoClusterOrTestTooling(t *testing.T) {
	deps := goCmd(t, "constructs", "list", "-deps", "./...")
	require.Contains(t, deps, "github.com/dograh-hq/dograh-cdk8s/constructs/turn")
	for _, forbidden := range []string{"k8s.io/client-go", "sigs.k8s.io/gateway-api", "github.com/stretchr/testify", "github.com/dograh-hq/dograh-cdk8s/internal"} {
		for _, dep := range strings.Fields(deps) {
			assert.False(t, strings.HasPrefix(dep, forbidden), "constructs depends on %s", dep)
		}
	}
	mod, err := os.ReadFile(filepath.Join("constructs", "go.mod"))
	require.NoError(t, err)
	assert.Contains(t, string(mod), "\ngo 1.25.0\n", "the lowest go version its dependencies allow (apimachinery v0.35 and jsii-runtime-go v1.140 need 1.25)")
}

// A module outside this one imports two constructs and synthesizes a chart
// with them, as another team would.
func TestConsumerModule_SynthesizesWithTwoConstructs(t *testing.T) {
	out := goCmd(t, filepath.Join("testdata", "consumer"), "run", ".")
	for _, want := range []string{"kind: Deployment", "  name: shop-web", "kind: Service", "kind: Ingress", "secretName: shop-tls"} {
		assert.Contains(t, out, want)
	}
}
