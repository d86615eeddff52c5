package turn_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

// tlsProps is relayProps with TURN over TLS, its relay range narrowed by
// one port so that 5349 fits an NLB's 50 listeners.
func tlsProps() *turn.TurnRelayProps {
	p := relayProps()
	p.MaxRelayPort = 49199
	p.TLS = &turn.TLSProps{SecretName: "turn-tls"}
	return p
}

func TestTurnRelay_TLSConfiguresTheListenerWithTheMountedCertificate(t *testing.T) {
	conf := configText(t, synth(t, tlsProps()))
	assert.Contains(t, conf, "\ntls-listening-port=5349\ncert=/etc/turnrelay/tls/tls.crt\npkey=/etc/turnrelay/tls/tls.key\nno-dtls\n")
	assert.NotContains(t, conf, "no-tls\n")
}

func TestTurnRelay_TLSPortIsOnTheServiceAndTheContainer(t *testing.T) {
	objs := synth(t, tlsProps())
	want := map[string]any{"name": "turns-tcp", "port": float64(5349), "targetPort": float64(5349), "protocol": "TCP"}
	svcPorts, _ := testutil.Get(testutil.Find(t, objs, "Service", name), "spec.ports").([]any)
	require.Len(t, svcPorts, 2+1+48)
	assert.Equal(t, want, svcPorts[2])
	numbers := map[any]bool{}
	for _, pt := range svcPorts {
		numbers[testutil.Get(pt, "port")] = true
	}
	assert.Len(t, numbers, turn.DefaultMaxLoadBalancerListeners, "3478, 5349 and 48 relay ports fill an NLB")

	ports, _ := mainContainer(t, objs)["ports"].([]any)
	assert.Equal(t, map[string]any{"name": "turns-tcp", "containerPort": float64(5349), "protocol": "TCP"}, ports[2])
}

func TestTurnRelay_TLSSecretIsMountedReadOnlyIntoTheMainContainerOnly(t *testing.T) {
	objs := synth(t, tlsProps())
	v := podVolume(t, objs, "turn-tls")
	assert.Equal(t, map[string]any{
		"secretName": "turn-tls",
		"items": []any{
			map[string]any{"key": "tls.crt", "path": "tls.crt"},
			map[string]any{"key": "tls.key", "path": "tls.key"},
		},
		"defaultMode": float64(0o440),
	}, v["secret"])

	mounts, _ := mainContainer(t, objs)["volumeMounts"].([]any)
	assert.Contains(t, mounts, map[string]any{"name": "turn-tls", "mountPath": "/etc/turnrelay/tls", "readOnly": true})
	assert.NotContains(t, mountNames(initContainer(t, objs)), "turn-tls")
}

func TestTurnRelay_TLSWatchesTheCertificateAndExecsTurnserver(t *testing.T) {
	c := mainContainer(t, synth(t, tlsProps()))
	cmd, _ := c["command"].([]any)
	require.Len(t, cmd, 3)
	assert.Equal(t, []any{"sh", "-c"}, cmd[:2])
	assert.Nil(t, c["args"])
	s := cmd[2].(string)
	assert.Contains(t, s, "kill -USR2 1")
	assert.True(t, strings.HasSuffix(s, "\nexec turnserver -c /run/turnrelay/turnserver.conf\n"), s)
}

func TestTurnRelay_TLSWithoutCertManagerRendersNoCertificate(t *testing.T) {
	objs := synth(t, tlsProps())
	assert.Zero(t, testutil.Kinds(objs, "Certificate"))
}

func TestTurnRelay_TLSCertManagerIssuesTheSecret(t *testing.T) {
	p := tlsProps()
	p.TLS.CertManager = &turn.CertManagerProps{IssuerName: "letsencrypt", DNSNames: []string{"turn.example.com", "turns.example.com"}}
	objs := synth(t, p)

	cert := testutil.Find(t, objs, "Certificate", name)
	assert.Equal(t, "cert-manager.io/v1", cert["apiVersion"])
	assert.Equal(t, map[string]any{
		"secretName": "turn-tls",
		"dnsNames":   []any{"turn.example.com", "turns.example.com"},
		"issuerRef":  map[string]any{"name": "letsencrypt", "kind": "ClusterIssuer", "group": "cert-manager.io"},
	}, cert["spec"])
	labels, _ := testutil.Get(cert, "metadata.labels").(map[string]any)
	assert.Equal(t, "media", labels["app.kubernetes.io/part-of"])
	assert.Less(t, index(objs, "Certificate"), index(objs, "Deployment"), "the Certificate is applied before the pod that mounts its Secret")

	p.TLS.CertManager.IssuerKind = turn.IssuerKindIssuer
	cert = testutil.Find(t, synth(t, p), "Certificate", name)
	assert.Equal(t, "Issuer", testutil.Get(cert, "spec.issuerRef.kind"))
}

// TestTLSReloadScript_SignalsTurnserverWhenTheCertificateChanges runs the
// main container's script with a stand-in turnserver that records the
// signals it gets.
func TestTLSReloadScript_SignalsTurnserverWhenTheCertificateChanges(t *testing.T) {
	p := tlsProps()
	cmd, _ := mainContainer(t, synth(t, p))["command"].([]any)
	require.Len(t, cmd, 3)
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "tls"), 0o700))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "bin"), 0o700))
	write := func(file, content string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "tls", file), []byte(content), 0o600))
	}
	write("tls.crt", "cert 1")
	write("tls.key", "key 1")
	signals := filepath.Join(dir, "signals")
	args := filepath.Join(dir, "args")
	started := filepath.Join(dir, "started")
	// It marks itself started only once its arguments are on disk.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bin", "turnserver"), []byte("#!/bin/sh\n"+
		"trap 'echo USR2 >> "+signals+"' USR2\n"+
		`echo "$@" > `+args+"\n"+
		": > "+started+"\n"+
		"while :; do sleep 0.02; done\n"), 0o700))
	path, shell := toolbox(t, p, pod.DefaultContainerName, dir)

	s := strings.NewReplacer("/etc/turnrelay/tls/", dir+"/tls/", "while sleep 60;", "while sleep 0.1;").Replace(cmd[2].(string))
	require.Contains(t, s, "while sleep 0.1;", "the interval moved")
	// As in the container, the script is PID 1 of its own PID namespace,
	// so "kill -USR2 1" reaches the exec'd stand-in and nothing else.
	unshare, err := exec.LookPath("unshare")
	if err != nil || os.Geteuid() != 0 {
		t.Skip("needs root and unshare (util-linux) for a PID namespace")
	}
	run := exec.Command(unshare, "--pid", "--fork", "--kill-child", shell, "-c", s)
	run.Env = []string{"PATH=" + path}
	run.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	require.NoError(t, run.Start())
	t.Cleanup(func() {
		_ = syscall.Kill(-run.Process.Pid, syscall.SIGKILL)
		_ = run.Wait()
	})

	count := func() int {
		b, _ := os.ReadFile(signals)
		return strings.Count(string(b), "USR2")
	}
	require.Eventually(t, func() bool { _, err := os.Stat(started); return err == nil }, 5*time.Second, 10*time.Millisecond)
	got, _ := os.ReadFile(args)
	assert.Equal(t, "-c /run/turnrelay/turnserver.conf\n", string(got))

	time.Sleep(500 * time.Millisecond)
	assert.Zero(t, count(), "no signal while the certificate is unchanged")

	write("tls.crt", "cert 2")
	assert.Eventually(t, func() bool { return count() == 1 }, 5*time.Second, 20*time.Millisecond, "a renewed certificate")
	write("tls.key", "key 2")
	assert.Eventually(t, func() bool { return count() == 2 }, 5*time.Second, 20*time.Millisecond, "a rotated key")
	time.Sleep(300 * time.Millisecond)
	assert.Equal(t, 2, count(), "one signal per change")
}
