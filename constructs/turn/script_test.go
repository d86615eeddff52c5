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
	assert.True(t, strings.HasSuffix(conf, "\nstatic-auth-secret=s3cret\nexternal-ip=192.0.2.4\n"), "%q", conf)

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
