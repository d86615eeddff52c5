package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// The bundled Redis StatefulSet runs as rendered, with Debian's
// redis-server and redis-cli standing in for the image's: the password file
// its shell builds in memory, the REDISCLI_AUTH probes, a refused client
// without the password, SET/GET with it, and a clean stop.
func TestRedis_RunsAsRendered(t *testing.T) {
	needRunner(t)
	t.Parallel()
	eachWorkloadWithImage(t, "docker.io/redis", runRedis)
}

func runRedis(t *testing.T, tp topology, w podrun.Workload) {
	require.Len(t, w.Template.Spec.Containers, 1, "the Redis pod has one container")
	name := w.Template.Spec.Containers[0].Name
	p, err := podrun.NewPodFor(t, tp.m, w, podrun.Options{Secrets: secretsFor(t, tp.m), ProbePeriod: 200 * time.Millisecond})
	require.NoError(t, err)
	require.NoError(t, p.RunInitContainers())
	require.NoError(t, p.Start(name))
	require.NoError(t, p.WaitReady(name), p.Logs(name))
	report.ranContainer(tp.name, w, name, "Redis 7.0 (Debian) standing in; probes passed")
	defer report.probesPassed(tp.name, p)

	env, err := p.Env(name)
	require.NoError(t, err)
	password := env["REDISCLI_AUTH"]
	require.NotEmpty(t, password, "the probes authenticate through REDISCLI_AUTH")
	require.NotContains(t, password, "$(", "REDISCLI_AUTH must expand from an earlier variable")

	// The password is on no command line, and its file is private.
	cmdline, err := p.Exec(name, "cat", "/proc/1/cmdline")
	require.NoError(t, err)
	assert.NotContains(t, cmdline, password, "the password must not be on redis-server's command line")
	assert.Contains(t, cmdline, "redis-server", "the shell execs redis-server as PID 1")

	// A client on the pod network without the password is refused.
	out, _ := p.HostExec("redis-cli", "-h", "127.0.0.1", "-p", "6379", "SET", "k", "v")
	assert.Contains(t, out, "NOAUTH", "a client without the password must be refused")
	report.refusedAsExpected(tp.name, w.Name+": redis-cli without the password gets NOAUTH")
	out, _ = p.HostExec("env", "REDISCLI_AUTH=wrong-"+password, "redis-cli", "-h", "127.0.0.1", "PING")
	assert.Contains(t, out, "WRONGPASS", "a wrong password must be refused")
	report.refusedAsExpected(tp.name, w.Name+": redis-cli with a wrong password gets WRONGPASS")

	// With it, SET and GET work, and the data lands in the claim.
	out, err = p.HostExec("env", "REDISCLI_AUTH="+password, "redis-cli", "-h", "127.0.0.1", "SET", "dograh", "ok")
	require.NoError(t, err, out)
	assert.Equal(t, "OK", strings.TrimSpace(out))
	out, err = p.HostExec("env", "REDISCLI_AUTH="+password, "redis-cli", "-h", "127.0.0.1", "GET", "dograh")
	require.NoError(t, err, out)
	assert.Equal(t, "ok", strings.TrimSpace(out))

	res, err := p.Stop(name)
	require.NoError(t, err)
	assert.False(t, res.Killed, "redis-server must stop on SIGTERM within the grace period")
	assert.Zero(t, res.ExitCode, p.Logs(name))
	// appendonly yes in --dir /data: Redis 7 keeps appendonlydir there.
	for _, vm := range w.Template.Spec.Containers[0].VolumeMounts {
		if vm.MountPath == "/data" {
			entries, err := os.ReadDir(filepath.Join(p.Volume(vm.Name)))
			require.NoError(t, err)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			assert.Contains(t, names, "appendonlydir", "AOF persistence writes to the claim at /data")
		}
	}
}
