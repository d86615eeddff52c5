package turn_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

// runScript runs the configure init container's script for relayProps()
// (in host-network mode if asked); see runConfigure.
func runScript(t *testing.T, hostNetwork bool, secret *string, env ...string) (string, string, error) {
	t.Helper()
	p := relayProps()
	p.HostNetwork = hostNetwork
	return runConfigure(t, p, synth(t, p), t.TempDir(), secret, env...)
}

// toolbox makes dir/bin hold exactly the executables p declares for the
// container (turn.TurnRelayProps.Executables), linked from this machine
// unless a fake of that name is there already, and returns the PATH to
// run a script with and the shell to run it. A script that calls anything
// else fails with "not found", as it would in an image without it.
func toolbox(t *testing.T, p *turn.TurnRelayProps, container, dir string) (path, shell string) {
	t.Helper()
	shell, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh on PATH")
	}
	bin := filepath.Join(dir, "bin")
	require.NoError(t, os.MkdirAll(bin, 0o700))
	found := false
	for _, c := range p.Executables() {
		if c.Container != container {
			continue
		}
		found = true
		for _, exe := range c.Executables {
			if _, err := os.Stat(filepath.Join(bin, exe)); err == nil {
				continue // a fake
			}
			host, err := exec.LookPath(exe)
			if err != nil {
				t.Skipf("no %s on PATH", exe)
			}
			require.NoError(t, os.Symlink(host, filepath.Join(bin, exe)))
		}
	}
	require.True(t, found, "Executables lists no container %q", container)
	return bin, shell
}

// runConfigure runs the configure init container's script from the
// synthesized manifests of p with /bin/sh (dash on Debian, like the coturn
// image) and only the executables p declares for it, its absolute paths
// moved under dir, where dir/discovery may already hold what the
// discovery container wrote and dir/bin fakes. It returns the composed
// turnserver.conf, the script's output and its error.
func runConfigure(t *testing.T, p *turn.TurnRelayProps, objs []map[string]any, dir string, secret *string, env ...string) (string, string, error) {
	t.Helper()
	return runEditedConfigure(t, p, objs, dir, secret, strings.NewReplacer(), env...)
}

// runEditedConfigure is runConfigure with edits applied to the script
// after the paths are moved.
func runEditedConfigure(t *testing.T, p *turn.TurnRelayProps, objs []map[string]any, dir string, secret *string, edits *strings.Replacer, env ...string) (string, string, error) {
	t.Helper()
	path, shell := toolbox(t, p, "configure", dir)
	conf := configText(t, objs)
	for _, d := range []string{"config", "secret", "run", "discovery"} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, d), 0o700))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "config", "turnserver.conf"), []byte(conf), 0o600))
	if secret != nil {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "secret", "auth-secret"), []byte(*secret), 0o400))
	}
	s := strings.NewReplacer(
		"/etc/turnrelay/config/", dir+"/config/",
		"/etc/turnrelay/secret/", dir+"/secret/",
		"/run/turnrelay/", dir+"/run/",
		"/run/turnrelay-discovery/", dir+"/discovery/",
		"sleep 5\n", "sleep 0\n",
	).Replace(script(t, objs))
	s = edits.Replace(s)

	cmd := exec.Command(shell, "-c", s)
	cmd.Env = append([]string{"PATH=" + path}, env...)
	out, err := cmd.CombinedOutput()
	composed, _ := os.ReadFile(filepath.Join(dir, "run", "turnserver.conf"))
	if err == nil {
		info, statErr := os.Stat(filepath.Join(dir, "run", "turnserver.conf"))
		require.NoError(t, statErr)
		assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "the composed file holds the secret")
		assert.True(t, strings.HasPrefix(string(composed), conf), "the ConfigMap's file comes first")
	}
	return string(composed), string(out), err
}

func ptr(s string) *string { return &s }

func TestStartupScript_AppendsTheSecretVerbatim(t *testing.T) {
	for _, tc := range []struct{ name, file, want string }{
		{"trailing newline", "s3cret\n", "s3cret"},
		{"no trailing newline", "s3cret", "s3cret"},
		{"shell and printf metacharacters", ` a\b%s$(id)"'* `, ` a\b%s$(id)"'* `},
		{"only the first line", "first\nsecond\n", "first"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			conf, out, err := runScript(t, false, &tc.file)
			require.NoError(t, err, out)
			assert.True(t, strings.HasSuffix(conf, "\nstatic-auth-secret="+tc.want+"\n"), "%q", conf)
			assert.Equal(t, 1, strings.Count(conf, "static-auth-secret="))
			assert.NotContains(t, conf, "external-ip")
		})
	}
}

func TestStartupScript_FailsWithoutSecret(t *testing.T) {
	for _, tc := range []struct {
		name   string
		secret *string
	}{{"missing file", nil}, {"empty", ptr("")}, {"empty line", ptr("\n")}} {
		t.Run(tc.name, func(t *testing.T) {
			conf, out, err := runScript(t, false, tc.secret)
			require.Error(t, err)
			assert.Contains(t, out, "configure: the TURN auth secret")
			assert.Empty(t, conf, "nothing is composed without a secret")
		})
	}
}

func TestStartupScript_HostNetworkAdvertisesTheNodeAddress(t *testing.T) {
	conf, out, err := runScript(t, true, ptr("s3cret"), "NODE_IP=192.0.2.4")
	require.NoError(t, err, out)
	// public/private: coturn would map a bare external-ip onto every
	// local address of the node and relay from the first.
	assert.True(t, strings.HasSuffix(conf, "\nstatic-auth-secret=s3cret\nexternal-ip=192.0.2.4/192.0.2.4\nrelay-ip=192.0.2.4\nallowed-peer-ip=192.0.2.4\n"), "%q", conf)

	conf, out, err = runScript(t, true, ptr("s3cret"))
	require.Error(t, err)
	assert.Contains(t, out, "NODE_IP (status.hostIP) is empty")
	assert.Empty(t, conf, "nothing is composed without an address")
}

func TestStartupScript_AppendsThePreviousSecretWhenPresent(t *testing.T) {
	for _, tc := range []struct {
		name     string
		previous *string
		want     string
	}{
		{"present", ptr("old-s3cret\n"), "static-auth-secret=new-s3cret\nstatic-auth-secret=old-s3cret\n"},
		{"absent from the Secret", nil, "static-auth-secret=new-s3cret\n"},
		{"empty", ptr(""), "static-auth-secret=new-s3cret\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := relayProps()
			p.PreviousAuthSecretKey = "TURN_SECRET_PREVIOUS"
			dir := t.TempDir()
			require.NoError(t, os.MkdirAll(filepath.Join(dir, "previous"), 0o700))
			if tc.previous != nil {
				require.NoError(t, os.WriteFile(filepath.Join(dir, "previous", "auth-secret"), []byte(*tc.previous), 0o400))
			}
			conf, out, err := runEditedConfigure(t, p, synth(t, p), dir, ptr("new-s3cret"),
				strings.NewReplacer("/etc/turnrelay/previous-secret/", dir+"/previous/"))
			require.NoError(t, err, out)
			assert.True(t, strings.HasSuffix(conf, "\n"+tc.want), "%q", conf)
			assert.Equal(t, strings.Count(tc.want, "\n"), strings.Count(conf, "static-auth-secret="))
		})
	}
}

// runPublicScript runs the configure script of a public relay with a
// static ExternalIP (host-network mode if asked) with env.
func runPublicScript(t *testing.T, hostNetwork bool, env ...string) (string, string, error) {
	t.Helper()
	p := relayProps()
	p.HostNetwork = hostNetwork
	p.ExternalIP = "203.0.113.10"
	return runConfigure(t, p, synth(t, p), t.TempDir(), ptr("s3cret"), env...)
}

// A public relay maps a peer at its own external-ip back to its own
// address, which denied-peer-ip covers: relay-to-relay on the same relay
// (a browser's relay candidate and the web pod's) needs that address
// allowed, and nothing else.
func TestStartupScript_PublicRelayAllowsItsOwnAddress(t *testing.T) {
	conf, out, err := runPublicScript(t, false, "POD_IP=10.1.2.3")
	require.NoError(t, err, out)
	assert.True(t, strings.HasSuffix(conf, "\nstatic-auth-secret=s3cret\nallowed-peer-ip=10.1.2.3\n"), "%q", conf)
	assert.Equal(t, 1, strings.Count(conf, "allowed-peer-ip="), "only the pod's own address")

	conf, out, err = runPublicScript(t, true, "NODE_IP=192.0.2.4", "POD_IP=10.1.2.3")
	require.NoError(t, err, out)
	assert.True(t, strings.HasSuffix(conf, "\nstatic-auth-secret=s3cret\nallowed-peer-ip=192.0.2.4\n"), "the node's address on the host network: %q", conf)

	conf, out, err = runScript(t, false, ptr("s3cret"), "POD_IP=10.1.2.3")
	require.NoError(t, err, out)
	assert.NotContains(t, conf, "allowed-peer-ip", "no external-ip, nothing mapped back: %q", conf)
}

func TestStartupScript_InternalRelayAddsNoPeer(t *testing.T) {
	p := relayProps()
	p.Profile = turn.ProfileInternal
	p.AllowedPeerCIDRs = []string{"10.0.0.0/8"}
	conf, out, err := runConfigure(t, p, synth(t, p), t.TempDir(), ptr("s3cret"), "POD_IP=10.1.2.3")
	require.NoError(t, err, out)
	assert.Equal(t, 1, strings.Count(conf, "allowed-peer-ip="), "only AllowedPeerCIDRs: %q", conf)
	assert.NotContains(t, conf, "allowed-peer-ip=10.1.2.3")
}

// The own address is checked as the discovered one is: only an IP address
// reaches turnserver.conf, so no line break or option can.
func TestStartupScript_OwnAddressMustBeAnIPAddress(t *testing.T) {
	for _, tc := range []struct {
		name, env, want string
		hostNetwork     bool
	}{
		{"pod IP missing", "", "configure: POD_IP (status.podIP) is empty", false},
		{"pod IP empty", "POD_IP=", "configure: POD_IP (status.podIP) is empty", false},
		{"pod IP with an option", "POD_IP=10.1.2.3 no-auth", "configure: POD_IP (status.podIP) is not an IP address", false},
		{"pod IP with a line break", "POD_IP=10.1.2.3\nno-auth", "is not an IP address", false},
		{"pod IP a name", "POD_IP=localhost", "is not an IP address", false},
		{"pod IP a number", "POD_IP=1234", "is not an IP address", false},
		{"pod IP too long", "POD_IP=" + strings.Repeat("1.", 23) + "1", "is not an IP address", false},
		{"node IP a name", "NODE_IP=node-1", "configure: NODE_IP (status.hostIP) is not an IP address", true},
		{"node IP with a line break", "NODE_IP=192.0.2.4\nno-auth", "is not an IP address", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var env []string
			if tc.env != "" {
				env = append(env, tc.env)
			}
			conf, out, err := runPublicScript(t, tc.hostNetwork, env...)
			require.Error(t, err, out)
			assert.Contains(t, out, tc.want)
			assert.Empty(t, conf, "nothing is composed without a checked address")
		})
	}
	// The host-network script without a static ExternalIP checks NODE_IP
	// before writing it into external-ip too.
	conf, out, err := runScript(t, true, ptr("s3cret"), "NODE_IP=192.0.2.4 no-auth")
	require.Error(t, err, out)
	assert.Contains(t, out, "NODE_IP (status.hostIP) is not an IP address")
	assert.Empty(t, conf)
}
