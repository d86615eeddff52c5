package podrun_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// needRunner skips when the machine cannot run pods (not root, no bwrap).
func needRunner(t *testing.T) {
	t.Helper()
	if err := podrun.Requirements(); err != nil {
		t.Skipf("cannot run pods here: %v", err)
	}
}

const synthetic = `
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg, namespace: demo}
data:
  GREETING: hello
  conf.txt: "a=1\n"
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: demo, namespace: demo}
spec:
  template:
    spec:
      securityContext: {runAsUser: 999, runAsGroup: 999, fsGroup: 1234, runAsNonRoot: true}
      terminationGracePeriodSeconds: 5
      initContainers:
        - name: seed
          image: docker.io/redis:7.4-alpine
          command: [sh, -c, 'echo seeded > /work/seed && echo "$(GREETING) $GREETING"']
          envFrom: [{configMapRef: {name: cfg}}]
          volumeMounts: [{name: work, mountPath: /work}]
          securityContext: {readOnlyRootFilesystem: true, allowPrivilegeEscalation: false}
      containers:
        - name: main
          image: docker.io/redis:7.4-alpine
          command: [sh, -c]
          args:
            - |
              trap 'echo got-term; exit 0' TERM
              trap 'echo got-usr2' USR2
              id
              touch /rootfs-write 2>/dev/null || echo root-is-read-only
              cat /work/seed /etc/cfg/conf.txt
              stat -c '%a %g' /etc/secret/..data/token
              echo "A=$A B=$B C=$C"
              while :; do sleep 0.2; done
          env:
            - {name: A, value: one}
            - {name: B, value: "$(A)-two-$(C)"}
            - {name: C, value: three}
            - {name: TOKEN, valueFrom: {secretKeyRef: {name: sec, key: token}}}
            - {name: NOPE, valueFrom: {secretKeyRef: {name: sec, key: missing, optional: true}}}
          volumeMounts:
            - {name: work, mountPath: /work}
            - {name: cfg, mountPath: /etc/cfg, readOnly: true}
            - {name: secret, mountPath: /etc/secret}
            - {name: mem, mountPath: /run/mem}
          readinessProbe:
            exec: {command: [sh, -c, 'test -f /work/seed']}
            periodSeconds: 10
          lifecycle:
            preStop:
              exec: {command: [sh, -c, 'echo prestop > /work/prestop']}
          securityContext: {readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
      volumes:
        - {name: work, emptyDir: {}}
        - {name: mem, emptyDir: {medium: Memory, sizeLimit: 1Mi}}
        - {name: cfg, configMap: {name: cfg, items: [{key: conf.txt, path: conf.txt}]}}
        - {name: secret, secret: {secretName: sec, defaultMode: 0400}}
`

func TestPod_RunsLikeAKubelet(t *testing.T) {
	needRunner(t)
	m, err := podrun.ParseManifest([]byte(synthetic))
	require.NoError(t, err)
	p, err := podrun.NewPod(t, m, "Deployment", "demo", podrun.Options{
		Secrets:     map[string]map[string]string{"sec": {"token": "t0ken"}},
		ProbePeriod: 100 * time.Millisecond,
	})
	require.NoError(t, err)

	require.NoError(t, p.RunInitContainers())
	assert.Contains(t, p.Logs("seed"), "hello hello", "command and args expand $(VAR) from the container's env, envFrom included")
	require.NoError(t, p.Start("main"))
	require.NoError(t, p.WaitReady("main"))
	logs := waitFor(t, p, "main", "A=")
	assert.Contains(t, logs, "uid=999(redis) gid=999 groups=999,1000(redis),1234", "runAsUser, runAsGroup, the image's group membership and fsGroup")
	assert.Contains(t, logs, "root-is-read-only")
	assert.Contains(t, logs, "seeded\na=1")
	assert.Contains(t, logs, "440 1234", "a 0400 secret file gains group read under fsGroup")
	assert.Contains(t, logs, "A=one B=one-two-$(C) C=three", "$(VAR) expands only earlier variables")

	out, err := p.Exec("main", "sh", "-c", `echo "$TOKEN:${NOPE-unset}:$(cat /proc/1/cmdline | tr '\0' ' ')"`)
	require.NoError(t, err)
	assert.Contains(t, out, "t0ken:unset:sh -c", "exec sees the container's env and PID 1")

	_, err = p.Exec("main", "sh", "-c", "head -c 2000000 /dev/zero > /run/mem/big")
	assert.Error(t, err, "sizeLimit bounds a memory emptyDir")

	require.NoError(t, p.Signal("main", syscall.SIGUSR2))
	waitFor(t, p, "main", "got-usr2")

	res, err := p.Stop("main")
	require.NoError(t, err)
	assert.NoError(t, res.PreStopErr)
	assert.False(t, res.Killed)
	assert.Contains(t, p.Logs("main"), "got-term")
	data, err := os.ReadFile(filepath.Join(p.Volume("work"), "prestop"))
	require.NoError(t, err)
	assert.Equal(t, "prestop\n", string(data))
}

func TestPod_MissingToolFailsAsOnANode(t *testing.T) {
	needRunner(t)
	m, err := podrun.ParseManifest([]byte(`
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: demo}
spec:
  template:
    spec:
      securityContext: {runAsUser: 999}
      containers:
        - name: c
          image: docker.io/redis:7.4-alpine
          command: [sh, -c, 'curl -fsS http://127.0.0.1/ && echo reached']
`))
	require.NoError(t, err)
	p, err := podrun.NewPod(t, m, "Job", "j", podrun.Options{})
	require.NoError(t, err)
	res, err := p.Run("c")
	require.NoError(t, err)
	assert.Equal(t, 127, res.ExitCode, res.Output)
	assert.Contains(t, res.Output, "curl: not found")
}

func waitFor(t *testing.T, p *podrun.Pod, container, text string) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if logs := p.Logs(container); strings.Contains(logs, text) {
			return logs
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s never logged %q:\n%s", container, text, p.Logs(container))
	return ""
}

// StopWith replaces the grace period for one stop and reports the preStop
// hook's end before the stop signal: a process that ignores SIGTERM is
// killed once the shorter grace period is over, not the pod's 60 s.
func TestPod_StopWithGraceAndHookDone(t *testing.T) {
	needRunner(t)
	m, err := podrun.ParseManifest([]byte(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: stubborn, namespace: demo}
spec:
  template:
    spec:
      securityContext: {runAsUser: 999, runAsGroup: 999}
      terminationGracePeriodSeconds: 60
      containers:
        - name: main
          image: docker.io/redis:7.4-alpine
          command: [sh, -c, "trap '' TERM; echo started; while :; do sleep 0.2; done"]
          lifecycle:
            preStop:
              exec: {command: [sh, -c, 'echo hook-ran']}
`))
	require.NoError(t, err)
	p, err := podrun.NewPod(t, m, "Deployment", "stubborn", podrun.Options{})
	require.NoError(t, err)
	require.NoError(t, p.Start("main"))
	waitFor(t, p, "main", "started")

	var hookOut []string
	res, err := p.StopWith("main", podrun.StopOptions{Grace: time.Second, HookDone: func(out string, err error) {
		assert.NoError(t, err)
		assert.True(t, p.Running("main"), "the hook ends before the stop signal")
		hookOut = append(hookOut, out)
	}})
	require.NoError(t, err)
	assert.Equal(t, []string{"hook-ran\n"}, hookOut, "HookDone runs once, with the hook's output")
	assert.True(t, res.Killed, "a process ignoring SIGTERM is killed when the grace period ends")
	assert.Less(t, res.Duration, 30*time.Second, "the 1 s grace period (2 s after a hook, as the kubelet allows) replaced the pod's 60 s")
}
