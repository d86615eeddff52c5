package runtime

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// Every program dist/ names (commands, the image's entrypoint where the
// container gives none, exec probes, preStop hooks, and each simple command
// of their sh -c scripts) is in its image, as the image table says.
func TestExecutables_EveryProgramIsInItsImage(t *testing.T) {
	for _, tp := range topologies(t) {
		t.Run(tp.name, func(t *testing.T) {
			uses := podrun.CheckExecutables(tp.m, podrun.DefaultImages())
			require.NotEmpty(t, uses, "no workload in %s", tp.name)
			for _, u := range uses {
				if u.Problem != "" {
					t.Errorf("%s", u)
				}
			}
			t.Logf("%d program uses checked in %s", len(uses), tp.name)
		})
	}
}

// The check and the runner both refuse a script that calls a tool its image
// lacks: curl in the Alpine Redis image, sh in the shell-less kubectl image.
func TestExecutables_AMissingToolFailsTheCheckAndTheRun(t *testing.T) {
	m, err := podrun.ParseManifest([]byte(`
apiVersion: batch/v1
kind: Job
metadata: {name: probe-with-curl, namespace: demo}
spec:
  template:
    spec:
      securityContext: {runAsUser: 999, runAsGroup: 999}
      containers:
        - name: redis
          image: docker.io/redis:7.4-alpine
          command: [sh, -c, 'redis-cli -h 127.0.0.1 ping | grep -q PONG; curl -fsS http://127.0.0.1:8080/ready']
        - name: kubectl
          image: registry.k8s.io/kubectl:v1.33.0
          command: [sh, -c, 'kubectl get service x']
`))
	require.NoError(t, err)
	var problems []string
	for _, u := range podrun.CheckExecutables(m, podrun.DefaultImages()) {
		if u.Problem != "" {
			problems = append(problems, u.Container+":"+u.Name)
		}
	}
	assert.ElementsMatch(t, []string{"redis:curl", "kubectl:sh"}, problems)
	report.refusedAsExpected("synthetic", "the executables check flags curl in redis:7.4-alpine and sh in registry.k8s.io/kubectl")

	needRunner(t)
	p, err := podrun.NewPod(t, m, "Job", "probe-with-curl", podrun.Options{})
	require.NoError(t, err)
	res, err := p.Run("redis")
	require.NoError(t, err)
	assert.NotZero(t, res.ExitCode, res.Output)
	assert.Contains(t, res.Output, "curl: not found", "the sandbox holds only the image's programs")
	res, err = p.Run("kubectl")
	require.NoError(t, err)
	assert.NotZero(t, res.ExitCode)
	assert.True(t, strings.Contains(res.Output, "No such file") || strings.Contains(res.Output, "not found"), res.Output)
	report.refusedAsExpected("synthetic", "the runner fails a script calling curl in redis:7.4-alpine, and sh in the kubectl image")
}
