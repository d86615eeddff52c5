package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// kubectl runs kubectl against this cluster only: KUBECONFIG points at the
// cluster's kubeconfig and the discovery cache lives in its run folder.
func (c *Cluster) kubectl(stdin io.Reader, args ...string) (stdout, stderr string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, env.kubectl, args...)
	cmd.Dir = env.root
	cmd.Stdin = stdin
	cmd.Env = append(c.kubectlEnv(), "PATH="+os.Getenv("PATH"))
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	if err != nil {
		err = fmt.Errorf("kubectl %s: %w\n%s", strings.Join(args, " "), err, strings.TrimSpace(errOut.String()))
	}
	return out.String(), errOut.String(), err
}

// mustKubectl fails the test if kubectl fails, and returns its stdout.
func (c *Cluster) mustKubectl(t *testing.T, args ...string) string {
	t.Helper()
	out, _, err := c.kubectl(nil, args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// runDocumented runs one of the documented commands (commands_test.go)
// through sh, exactly as an operator types it, with the topology's file in
// place of dist/default.k8s.yaml.
func (c *Cluster) runDocumented(command, file string) (stdout, stderr string, err error) {
	rel, err := filepath.Rel(env.root, file)
	if err != nil {
		return "", "", err
	}
	// "kubectl" in the command must be the kubectl the suite uses.
	binDir := filepath.Join(c.Dir, "bin")
	if err := os.MkdirAll(binDir, 0o755); err != nil {
		return "", "", err
	}
	if err := os.Symlink(env.kubectl, filepath.Join(binDir, "kubectl")); err != nil && !os.IsExist(err) {
		return "", "", err
	}
	line := strings.ReplaceAll(command, defaultManifest, rel)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", line)
	cmd.Dir = env.root
	cmd.Env = append(c.kubectlEnv(), "PATH="+binDir+string(os.PathListSeparator)+os.Getenv("PATH"))
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err = cmd.Run(); err != nil {
		err = fmt.Errorf("%s: %w\n%s", line, err, strings.TrimSpace(errOut.String()))
	}
	return out.String(), errOut.String(), err
}

func (c *Cluster) kubectlEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "KUBECONFIG=") && !strings.HasPrefix(kv, "KUBECACHEDIR=") && !strings.HasPrefix(kv, "PATH=") {
			env = append(env, kv)
		}
	}
	return append(env, "KUBECONFIG="+c.Kubeconfig, "KUBECACHEDIR="+filepath.Join(c.Dir, "kubecache"))
}

// warningLines returns kubectl's "Warning:" lines: API deprecations, Pod
// Security warnings and the like, which the server sends as warning headers.
func warningLines(stderr string) []string {
	var ws []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "Warning:") {
			ws = append(ws, strings.TrimSpace(l))
		}
	}
	return ws
}
