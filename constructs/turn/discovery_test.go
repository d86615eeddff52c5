package turn_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

const (
	namespace      = "media"
	discoveryImage = "registry.k8s.io/kubectl:v1.33.0"
)

func discoveryProps() *turn.TurnRelayProps {
	p := relayProps()
	p.AddressDiscovery = &turn.AddressDiscoveryProps{Image: discoveryImage}
	return p
}

func TestTurnRelay_DiscoveryRendersRBACForItsOwnServiceOnly(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())

	sa := testutil.Find(t, objs, "ServiceAccount", name)
	assert.Equal(t, false, sa["automountServiceAccountToken"])
	assert.Equal(t, namespace, testutil.Get(sa, "metadata.namespace"))

	role := testutil.Find(t, objs, "Role", name)
	assert.Equal(t, []any{map[string]any{
		"apiGroups":     []any{""},
		"resources":     []any{"services"},
		"resourceNames": []any{name},
		"verbs":         []any{"get"},
	}}, role["rules"])

	binding := testutil.Find(t, objs, "RoleBinding", name)
	assert.Equal(t, map[string]any{"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": name}, binding["roleRef"])
	assert.Equal(t, []any{map[string]any{"kind": "ServiceAccount", "name": name, "namespace": namespace}}, binding["subjects"])

	for _, kind := range []string{"ServiceAccount", "Role", "RoleBinding"} {
		assert.Less(t, index(objs, kind), index(objs, "Deployment"), "%s is applied before the pod that uses it", kind)
	}
}

func TestTurnRelay_DiscoveryTokenReachesOnlyTheDiscoveryContainer(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())
	spec := testutil.Get(deployment(t, objs), "spec.template.spec")
	assert.Equal(t, name, testutil.Get(spec, "serviceAccountName"))
	assert.Equal(t, false, testutil.Get(spec, "automountServiceAccountToken"))

	v := podVolume(t, objs, "turn-api-access")
	assert.Equal(t, map[string]any{
		"defaultMode": float64(0o440),
		"sources": []any{
			map[string]any{"serviceAccountToken": map[string]any{"path": "token", "expirationSeconds": float64(turn.DiscoveryTokenExpirationSeconds)}},
			map[string]any{"configMap": map[string]any{"name": "kube-root-ca.crt", "items": []any{map[string]any{"key": "ca.crt", "path": "ca.crt"}}}},
			map[string]any{"downwardAPI": map[string]any{"items": []any{map[string]any{"path": "namespace", "fieldRef": map[string]any{"fieldPath": "metadata.namespace"}}}}},
		},
	}, v["projected"])

	inits, _ := testutil.Get(spec, "initContainers").([]any)
	require.Len(t, inits, 2)
	assert.Equal(t, turn.DiscoveryContainerName, testutil.Get(inits[0], "name"), "discovery runs before configure")
	assert.Equal(t, turn.InitContainerName, testutil.Get(inits[1], "name"))

	discover := podContainer(t, objs, turn.DiscoveryContainerName)
	assert.Equal(t, discoveryImage, discover["image"])
	mounts, _ := discover["volumeMounts"].([]any)
	assert.Contains(t, mounts, map[string]any{"name": "turn-api-access", "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "readOnly": true})
	assert.NotContains(t, mountNames(discover), "turn-auth-secret", "the token holder never sees the TURN secret")
	assert.NotContains(t, mountNames(initContainer(t, objs)), "turn-api-access")
	assert.NotContains(t, mountNames(mainContainer(t, objs)), "turn-api-access")
	assert.Nil(t, discover["env"], "nothing secret in the environment")
	for _, field := range []string{"allowPrivilegeEscalation", "readOnlyRootFilesystem", "runAsNonRoot"} {
		assert.NotNil(t, testutil.Get(discover, "securityContext."+field), field)
	}
	assert.Equal(t, []any{"ALL"}, testutil.Get(discover, "securityContext.capabilities.drop"))
	assert.Equal(t, turn.PodSecurityRestricted, discoveryProps().PodSecurityLevel())
}

func TestTurnRelay_DiscoveryLeavesTheAddressToTheInitContainers(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())
	assert.NotContains(t, configText(t, objs), "external-ip")
	assert.Contains(t, script(t, objs), `printf 'external-ip=%s\n' "$addr" >> "$conf"`)
	d := podContainer(t, objs, turn.DiscoveryContainerName)
	assert.Contains(t, testutil.Get(d, "command.2"), `-n "$ns" get service media-turn -o 'jsonpath=`)
	assert.NotContains(t, testutil.Get(d, "command.2"), "jq", "the kubectl image need not ship jq")
}

func TestTurnRelay_StaticExternalIPOverridesDiscovery(t *testing.T) {
	p := discoveryProps()
	p.ExternalIP = "203.0.113.10"
	p.Pod.ServiceAccountName = "media" // allowed: discovery is off
	objs := synth(t, p)                // no namespace needed either
	for _, kind := range []string{"ServiceAccount", "Role", "RoleBinding"} {
		assert.Zero(t, testutil.Kinds(objs, kind), kind)
	}
	inits, _ := testutil.Get(deployment(t, objs), "spec.template.spec.initContainers").([]any)
	assert.Len(t, inits, 1)
	assert.Contains(t, configText(t, objs), "\nexternal-ip=203.0.113.10\n")
	assert.Equal(t, "media", testutil.Get(deployment(t, objs), "spec.template.spec.serviceAccountName"))
}

func TestTurnRelay_AccessorsReturnTheOptionalObjects(t *testing.T) {
	app, chart := chartIn(t, namespace)
	none := turn.NewTurnRelay(chart, "plain", relayProps())
	assert.Nil(t, none.PodMonitor())
	assert.Nil(t, none.Certificate())
	assert.Nil(t, none.ServiceAccount())
	assert.Nil(t, none.Role())
	assert.Nil(t, none.RoleBinding())

	p := discoveryProps()
	p.Name = "media-turn-2"
	p.MaxRelayPort = 49199
	p.Metrics = &turn.MetricsProps{PodMonitor: true}
	p.TLS = &turn.TLSProps{SecretName: "turn-tls", CertManager: &turn.CertManagerProps{IssuerName: "letsencrypt", DNSNames: []string{"turn.example.com"}}}
	all := turn.NewTurnRelay(chart, "full", p)
	for kind, got := range map[string]*string{
		"PodMonitor":     all.PodMonitor().Name(),
		"Certificate":    all.Certificate().Name(),
		"ServiceAccount": all.ServiceAccount().Name(),
		"Role":           all.Role().Name(),
		"RoleBinding":    all.RoleBinding().Name(),
	} {
		assert.Equal(t, "media-turn-2", *got, kind)
	}
	require.NotEmpty(t, *app.SynthYaml())
}

func TestNewTurnRelay_DiscoveryNeedsAChartNamespace(t *testing.T) {
	assert.PanicsWithError(t, "turn: addressDiscovery needs the chart's namespace (cdk8s.ChartProps.Namespace): the RoleBinding must name its ServiceAccount's namespace", func() {
		synth(t, discoveryProps())
	})
}

// fakeAPI is a stand-in for the discovery container's tools: kubectl
// answers each call with the next of responses (the last one repeats) and
// records its arguments; getent resolves hosts from a table.
type fakeAPI struct {
	responses []string
	hosts     map[string]string // "ahostsv4 name" to getent's output
}

// runDiscovery runs the discovery container's script with fakes on PATH,
// its paths moved under dir. It returns the file it wrote, its output, its
// error and the kubectl calls.
func runDiscovery(t *testing.T, objs []map[string]any, dir string, api fakeAPI) (string, string, error, []string) {
	t.Helper()
	for _, tool := range []string{"sh", "sed"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s on PATH", tool)
		}
	}
	for _, d := range []string{"bin", "sa", "run", "api"} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, d), 0o700))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sa", "namespace"), []byte(namespace), 0o400)) // no final newline, like the kubelet's
	for i, r := range api.responses {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "api", fmt.Sprint(i)), []byte(r), 0o600))
	}
	kubectl := fmt.Sprintf(`#!/bin/sh
echo "$@" >> %[1]s/calls
n=$(wc -l < %[1]s/calls)
i=$((n - 1)); [ $i -lt %[2]d ] || i=%[3]d
cat %[1]s/api/$i
`, dir, len(api.responses), len(api.responses)-1)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "hosts"), 0o700))
	for k, v := range api.hosts {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "hosts", strings.ReplaceAll(k, " ", "_")), []byte(v), 0o600))
	}
	getent := fmt.Sprintf("#!/bin/sh\nf=%s/hosts/$1_$2\n[ -f \"$f\" ] || exit 2\ncat \"$f\"\n", dir)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bin", "kubectl"), []byte(kubectl), 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bin", "getent"), []byte(getent), 0o700))

	s, _ := testutil.Get(podContainer(t, objs, turn.DiscoveryContainerName), "command.2").(string)
	s = strings.NewReplacer(
		"/var/run/secrets/kubernetes.io/serviceaccount/", dir+"/sa/",
		"/run/turnrelay/", dir+"/run/",
		fmt.Sprintf("sleep %d", turn.DiscoveryPollSeconds), "sleep 0",
	).Replace(s)
	cmd := exec.Command("sh", "-c", s)
	cmd.Env = []string{"PATH=" + filepath.Join(dir, "bin") + ":" + os.Getenv("PATH")}
	out, err := cmd.CombinedOutput()
	written, _ := os.ReadFile(filepath.Join(dir, "run", "external-ip"))
	calls, _ := os.ReadFile(filepath.Join(dir, "calls"))
	return string(written), string(out), err, strings.Split(strings.TrimSpace(string(calls)), "\n")
}

// lbOut is what kubectl prints for the script's JSONPath: the first
// ingress entry's ip and hostname, separated by "|".
func lbOut(ip, hostname string) string { return ip + "|" + hostname }

func TestDiscoveryScript_ReadsTheIPOfItsOwnService(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())
	dir := t.TempDir()
	written, out, err, calls := runDiscovery(t, objs, dir, fakeAPI{responses: []string{
		lbOut("203.0.113.10", ""),
	}})
	require.NoError(t, err, out)
	assert.Equal(t, "203.0.113.10\n", written)
	require.Len(t, calls, 1)
	assert.Contains(t, calls[0], "-n media get service media-turn -o jsonpath=")
	assert.Contains(t, out, "Service media-turn is reachable at 203.0.113.10")

	// configure, next in line, appends it after the secret.
	conf, out, err := runConfigure(t, objs, dir, ptr("s3cret"))
	require.NoError(t, err, out)
	assert.True(t, strings.HasSuffix(conf, "\nstatic-auth-secret=s3cret\nexternal-ip=203.0.113.10\n"), "%q", conf)
}

func TestDiscoveryScript_WaitsForTheLoadBalancerAndResolvesAHostname(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())
	written, out, err, calls := runDiscovery(t, objs, t.TempDir(), fakeAPI{
		responses: []string{
			`Error from server (NotFound): services "media-turn" not found`,
			lbOut("", ""),
			lbOut("", ""),
			lbOut("", "nlb-1.elb.eu-west-1.amazonaws.com"),
		},
		hosts: map[string]string{
			"ahostsv4 nlb-1.elb.eu-west-1.amazonaws.com": "198.51.100.7    STREAM nlb-1.elb.eu-west-1.amazonaws.com\n198.51.100.7    DGRAM  \n192.0.2.9       STREAM \n",
		},
	})
	require.NoError(t, err, out)
	assert.Equal(t, "198.51.100.7\n", written, "the first IPv4 address")
	assert.Len(t, calls, 4)
	assert.Equal(t, 3, strings.Count(out, "waiting for an address in the status of Service media-turn"), out)
}

func TestDiscoveryScript_FallsBackToIPv6AndRetriesUnresolvedNames(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())
	written, out, err, _ := runDiscovery(t, objs, t.TempDir(), fakeAPI{
		responses: []string{
			lbOut("", "pending.example.com"),
			lbOut("", "v6.example.com"),
		},
		hosts: map[string]string{"ahosts v6.example.com": "2001:db8::7    STREAM v6.example.com\n"},
	})
	require.NoError(t, err, out)
	assert.Equal(t, "2001:db8::7\n", written)
	assert.Contains(t, out, "pending.example.com does not resolve yet")
}

func TestDiscoveryScript_IgnoresWhatIsNotAnAddress(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())
	written, out, err, _ := runDiscovery(t, objs, t.TempDir(), fakeAPI{responses: []string{
		lbOut("203.0.113.10\nno-auth", ""),
		lbOut("localhost", ""),
		lbOut("", "evil.example.com\nno-auth"),
		lbOut("203.0.113.11", ""),
	}})
	require.NoError(t, err, out)
	assert.Equal(t, "203.0.113.11\n", written)
	assert.Equal(t, 2, strings.Count(out, "ignoring the malformed address"), out)
	assert.Equal(t, 1, strings.Count(out, "ignoring the malformed hostname"), out)
}

func TestDiscoveryScript_FailsWithoutANamespace(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sa"), 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sa", "namespace"), nil, 0o400))
	s, _ := testutil.Get(podContainer(t, objs, turn.DiscoveryContainerName), "command.2").(string)
	s = strings.ReplaceAll(s, "/var/run/secrets/kubernetes.io/serviceaccount/", dir+"/sa/")
	out, err := exec.Command("sh", "-c", s).CombinedOutput()
	require.Error(t, err)
	assert.Contains(t, string(out), "namespace is missing or empty")
}

func TestStartupScript_FailsWithoutADiscoveredAddress(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())
	for _, tc := range []struct {
		name string
		file *string
	}{{"missing", nil}, {"empty", ptr("")}, {"not an address", ptr("203.0.113.10 no-auth\n")}} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.file != nil {
				require.NoError(t, os.MkdirAll(filepath.Join(dir, "run"), 0o700))
				require.NoError(t, os.WriteFile(filepath.Join(dir, "run", "external-ip"), []byte(*tc.file), 0o600))
			}
			conf, out, err := runConfigure(t, objs, dir, ptr("s3cret"))
			require.Error(t, err)
			assert.Contains(t, out, "external-ip holds no address; discover-address writes it")
			assert.NotContains(t, conf, "external-ip=")
		})
	}
}
