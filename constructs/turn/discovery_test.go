package turn_test

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/client-go/util/jsonpath"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
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
		"verbs":         []any{"get", "list", "watch"},
	}}, role["rules"], "kubectl wait lists and watches by name, which resourceNames matches")

	binding := testutil.Find(t, objs, "RoleBinding", name)
	assert.Equal(t, map[string]any{"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": name}, binding["roleRef"])
	assert.Equal(t, []any{map[string]any{"kind": "ServiceAccount", "name": name, "namespace": namespace}}, binding["subjects"])

	for _, kind := range []string{"ServiceAccount", "Role", "RoleBinding", "Service"} {
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
	assert.Equal(t, "discover-address", testutil.Get(inits[0], "name"), "discovery runs before configure")
	assert.Equal(t, "configure", testutil.Get(inits[1], "name"))

	discover := podContainer(t, objs, "discover-address")
	assert.Equal(t, discoveryImage, discover["image"])
	assert.Equal(t, []any{
		map[string]any{"name": "turn-discovery", "mountPath": "/run/turnrelay-discovery"},
		map[string]any{"name": "turn-api-access", "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "readOnly": true},
	}, discover["volumeMounts"], "the token holder sees neither the TURN secret nor the run directory")
	assert.NotContains(t, mountNames(initContainer(t, objs)), "turn-api-access")
	assert.NotContains(t, mountNames(mainContainer(t, objs)), "turn-api-access")
	assert.NotContains(t, mountNames(mainContainer(t, objs)), "turn-discovery")
	assert.Contains(t, initContainer(t, objs)["volumeMounts"], map[string]any{"name": "turn-discovery", "mountPath": "/run/turnrelay-discovery", "readOnly": true})
	assert.Equal(t, map[string]any{}, podVolume(t, objs, "turn-discovery")["emptyDir"])
	assert.Nil(t, discover["env"], "nothing secret in the environment")
	for _, field := range []string{"allowPrivilegeEscalation", "readOnlyRootFilesystem", "runAsNonRoot"} {
		assert.NotNil(t, testutil.Get(discover, "securityContext."+field), field)
	}
	assert.Equal(t, []any{"ALL"}, testutil.Get(discover, "securityContext.capabilities.drop"))
	assert.Equal(t, turn.PodSecurityRestricted, discoveryProps().PodSecurityLevel())
}

func TestTurnRelay_DiscoveryRunsKubectlWithoutAShell(t *testing.T) {
	objs := synthIn(t, namespace, discoveryProps())
	d := podContainer(t, objs, "discover-address")
	assert.Nil(t, d["args"])
	assert.Equal(t, []any{
		"/go-runner",
		"--log-file=/run/turnrelay-discovery/ingress",
		"--also-stdout=true",
		"--redirect-stderr=false",
		"/bin/kubectl", "wait",
		"--namespace=media",
		"service/media-turn",
		"--for=jsonpath={.status.loadBalancer.ingress}",
		"--timeout=600s",
		`--output=jsonpath={.status.loadBalancer.ingress[0].ip}{"|"}{.status.loadBalancer.ingress[0].hostname}{"\n"}`,
		"--cache-dir=/run/turnrelay-discovery/kube-cache",
	}, d["command"])
	assert.NotContains(t, configText(t, objs), "external-ip")
	assert.Contains(t, script(t, objs), `printf 'external-ip=%s\n' "$addr" >> "$conf"`)
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
	assert.PanicsWithError(t, "turn: invalid TurnRelayProps:\naddressDiscovery: Required value: needs the chart's namespace (cdk8s.ChartProps.Namespace): the RoleBinding must name its ServiceAccount's namespace", func() {
		synth(t, discoveryProps())
	})
}

// goRunner runs the discovery container's command the way go-runner does
// (kubernetes/release images/build/go-runner/go-runner.go: its three
// flags, then the command, whose stdout is appended to --log-file), with
// kubectl wait stood in for by client-go's JSONPath, which kubectl uses:
// each of statuses is what the API server holds in turn; the first that
// meets --for is printed with --output, with missing keys allowed as
// kubectl does. dir/discovery is the discovery directory.
func goRunner(t *testing.T, objs []map[string]any, dir string, statuses ...string) error {
	t.Helper()
	cmd, _ := podContainer(t, objs, "discover-address")["command"].([]any)
	var argv []string
	for _, a := range cmd {
		argv = append(argv, a.(string))
	}
	require.Equal(t, "/go-runner", argv[0])
	flags := flag.NewFlagSet("go-runner", flag.ContinueOnError)
	logFile := flags.String("log-file", "", "")
	flags.Bool("also-stdout", false, "")
	flags.Bool("redirect-stderr", true, "")
	require.NoError(t, flags.Parse(argv[1:]), "go-runner would refuse its flags")
	kubectl := flags.Args()
	require.GreaterOrEqual(t, len(kubectl), 2)
	require.Equal(t, []string{"/bin/kubectl", "wait"}, kubectl[:2])

	opts := map[string]string{}
	var positional []string
	for _, a := range kubectl[2:] {
		if name, value, ok := strings.Cut(strings.TrimPrefix(a, "--"), "="); ok && strings.HasPrefix(a, "--") {
			opts[name] = value
			continue
		}
		positional = append(positional, a)
	}
	require.Equal(t, []string{"service/" + name}, positional)
	for o := range opts {
		require.Contains(t, []string{"namespace", "for", "timeout", "output", "cache-dir"}, o, "kubectl wait flag")
	}
	cond, ok := strings.CutPrefix(opts["for"], "jsonpath=")
	require.True(t, ok, opts["for"])
	tmpl, ok := strings.CutPrefix(opts["output"], "jsonpath=")
	require.True(t, ok, opts["output"])

	wait := jsonpath.New("wait").AllowMissingKeys(true)
	require.NoError(t, wait.Parse(cond))
	out := jsonpath.New("out").AllowMissingKeys(true)
	require.NoError(t, out.Parse(tmpl))
	for _, status := range statuses {
		var obj map[string]any
		require.NoError(t, json.Unmarshal([]byte(`{"kind":"Service","metadata":{"name":"`+name+`"},"status":`+status+`}`), &obj))
		found, err := wait.FindResults(obj)
		require.NoError(t, err)
		if len(found) == 0 || len(found[0]) == 0 {
			continue
		}
		var b strings.Builder
		require.NoError(t, out.Execute(&b, obj))
		path := strings.Replace(*logFile, "/run/turnrelay-discovery/", dir+"/discovery/", 1)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o700))
		f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		require.NoError(t, err)
		_, err = f.WriteString(b.String())
		require.NoError(t, err)
		require.NoError(t, f.Close())
		return nil
	}
	return errors.New("error: timed out waiting for the condition on services/" + name)
}

// ingress is a Service status with one load balancer ingress entry.
func ingress(ip, hostname string) string {
	entry := map[string]string{}
	if ip != "" {
		entry["ip"] = ip
	}
	if hostname != "" {
		entry["hostname"] = hostname
	}
	e, _ := json.Marshal(entry)
	return `{"loadBalancer":{"ingress":[` + string(e) + `]}}`
}

// fakeGetent writes a getent into dir/bin that answers "getent DB NAME"
// from hosts (keyed "DB NAME") once it has been asked `failures` times,
// and exits 2 (not found) before, and for anything else.
func fakeGetent(t *testing.T, dir string, failures int, hosts map[string]string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "bin"), 0o700))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "hosts"), 0o700))
	for k, v := range hosts {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "hosts", strings.ReplaceAll(k, " ", "_")), []byte(v), 0o600))
	}
	// Only builtins: the PATH holds nothing the configure container lacks.
	getent := fmt.Sprintf(`#!/bin/sh
n=0; [ ! -f %[1]s/calls ] || read -r n < %[1]s/calls
n=$((n + 1)); echo $n > %[1]s/calls
[ $n -gt %[2]d ] || exit 2
f=%[1]s/hosts/$1_$2
[ -f "$f" ] || exit 2
while IFS= read -r l; do echo "$l"; done < "$f"
`, dir, failures)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bin", "getent"), []byte(getent), 0o700))
}

func TestDiscovery_WaitsForTheServiceAndAdvertisesItsIP(t *testing.T) {
	p := discoveryProps()
	objs := synthIn(t, namespace, p)
	dir := t.TempDir()
	require.NoError(t, goRunner(t, objs, dir, `{}`, `{"loadBalancer":{}}`, ingress("203.0.113.10", "")))
	written, err := os.ReadFile(filepath.Join(dir, "discovery", "ingress"))
	require.NoError(t, err)
	assert.Equal(t, "203.0.113.10|\n", string(written))

	conf, out, err := runConfigure(t, p, objs, dir, ptr("s3cret"), "POD_IP=10.1.2.3")
	require.NoError(t, err, out)
	assert.True(t, strings.HasSuffix(conf, "\nstatic-auth-secret=s3cret\nexternal-ip=203.0.113.10\nallowed-peer-ip=10.1.2.3\n"), "%q", conf)
	assert.Contains(t, out, "configure: Service media-turn is reachable at 203.0.113.10")
}

func TestDiscovery_ResolvesAHostnameOnceItResolves(t *testing.T) {
	p := discoveryProps()
	objs := synthIn(t, namespace, p)
	dir := t.TempDir()
	require.NoError(t, goRunner(t, objs, dir, ingress("", "nlb-1.elb.eu-west-1.amazonaws.com")))
	fakeGetent(t, dir, 4, map[string]string{
		"ahostsv4 nlb-1.elb.eu-west-1.amazonaws.com": "198.51.100.7    STREAM nlb-1.elb.eu-west-1.amazonaws.com\n198.51.100.7    DGRAM  \n192.0.2.9       STREAM \n",
	})
	conf, out, err := runConfigure(t, p, objs, dir, ptr("s3cret"), "POD_IP=10.1.2.3")
	require.NoError(t, err, out)
	assert.True(t, strings.HasSuffix(conf, "\nexternal-ip=198.51.100.7\nallowed-peer-ip=10.1.2.3\n"), "the first IPv4 address: %q", conf)
	assert.Equal(t, 2, strings.Count(out, "waiting for nlb-1.elb.eu-west-1.amazonaws.com, the hostname of Service media-turn, to resolve"), out)
}

func TestDiscovery_FallsBackToIPv6(t *testing.T) {
	p := discoveryProps()
	objs := synthIn(t, namespace, p)
	dir := t.TempDir()
	require.NoError(t, goRunner(t, objs, dir, ingress("", "v6.example.com")))
	fakeGetent(t, dir, 0, map[string]string{"ahosts v6.example.com": "2001:db8::7    STREAM v6.example.com\n"})
	conf, out, err := runConfigure(t, p, objs, dir, ptr("s3cret"), "POD_IP=fd00::3")
	require.NoError(t, err, out)
	assert.True(t, strings.HasSuffix(conf, "\nexternal-ip=2001:db8::7\nallowed-peer-ip=fd00::3\n"), "%q", conf)
}

func TestDiscovery_GivesUpOnAHostnameThatNeverResolves(t *testing.T) {
	p := discoveryProps()
	objs := synthIn(t, namespace, p)
	dir := t.TempDir()
	require.NoError(t, goRunner(t, objs, dir, ingress("", "pending.example.com")))
	fakeGetent(t, dir, 0, nil)
	// 600 s would be 120 lookups; 20 s show the count as well.
	short := strings.NewReplacer(`[ "$waited" -ge 600 ]`, `[ "$waited" -ge 20 ]`)
	conf, out, err := runEditedConfigure(t, p, objs, dir, ptr("s3cret"), short)
	require.Error(t, err)
	assert.Contains(t, out, "pending.example.com, the hostname of Service media-turn, did not resolve within 600 seconds")
	assert.Equal(t, 4, strings.Count(out, "waiting for pending.example.com"), "one lookup every 5 s")
	assert.Empty(t, conf, "nothing is composed without an address")
}

func TestDiscovery_TimesOutWithoutAnAddressAndConfigureRefusesToStart(t *testing.T) {
	p := discoveryProps()
	objs := synthIn(t, namespace, p)
	dir := t.TempDir()
	err := goRunner(t, objs, dir, `{}`, `{"loadBalancer":{}}`)
	require.EqualError(t, err, "error: timed out waiting for the condition on services/media-turn")

	conf, out, err := runConfigure(t, p, objs, dir, ptr("s3cret"))
	require.Error(t, err)
	assert.Contains(t, out, "/discovery/ingress holds no load balancer address; the discover-address init container writes it")
	assert.Empty(t, conf)
}

func TestDiscovery_UsesTheLatestAddressWhenTheInitContainersRunAgain(t *testing.T) {
	p := discoveryProps()
	objs := synthIn(t, namespace, p)
	dir := t.TempDir()
	require.NoError(t, goRunner(t, objs, dir, ingress("203.0.113.10", "")))
	require.NoError(t, goRunner(t, objs, dir, ingress("203.0.113.11", "")))
	conf, out, err := runConfigure(t, p, objs, dir, ptr("s3cret"), "POD_IP=10.1.2.3")
	require.NoError(t, err, out)
	assert.True(t, strings.HasSuffix(conf, "\nexternal-ip=203.0.113.11\nallowed-peer-ip=10.1.2.3\n"), "%q", conf)
}

func TestDiscovery_OnlyAnIPAddressReachesTheConfig(t *testing.T) {
	for _, tc := range []struct{ name, status, want string }{
		{"ip with an option", ingress("203.0.113.10 no-auth", ""), "holds no IP address"},
		{"ip with a line break", ingress("203.0.113.10\nno-auth", ""), "holds no IP address"},
		{"ip that is a name", ingress("localhost", ""), "holds no IP address"},
		{"ip without separators", ingress("cafe", ""), "holds no IP address"},
		{"hostname with a line break", ingress("", "evil.example.com\nno-auth"), "holds no load balancer address"},
		{"hostname with a space", ingress("", "evil.example.com no-auth"), "holds neither an IP address nor a hostname"},
		{"hostname with a pipe", ingress("", "a|b"), "holds neither an IP address nor a hostname"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := discoveryProps()
			objs := synthIn(t, namespace, p)
			dir := t.TempDir()
			require.NoError(t, goRunner(t, objs, dir, tc.status))
			fakeGetent(t, dir, 0, nil)
			conf, out, err := runConfigure(t, p, objs, dir, ptr("s3cret"))
			require.Error(t, err)
			assert.Contains(t, out, tc.want)
			assert.Empty(t, conf, "nothing is composed")
		})
	}
}

func TestDiscovery_ConfigureFailsWithoutWhatDiscoveryWrites(t *testing.T) {
	p := discoveryProps()
	objs := synthIn(t, namespace, p)
	for _, tc := range []struct {
		name string
		file *string
	}{{"missing", nil}, {"empty", ptr("")}, {"no separator", ptr("203.0.113.10\n")}} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.file != nil {
				require.NoError(t, os.MkdirAll(filepath.Join(dir, "discovery"), 0o700))
				require.NoError(t, os.WriteFile(filepath.Join(dir, "discovery", "ingress"), []byte(*tc.file), 0o600))
			}
			conf, out, err := runConfigure(t, p, objs, dir, ptr("s3cret"))
			require.Error(t, err)
			assert.Contains(t, out, "ingress holds no load balancer address; the discover-address init container writes it")
			assert.Empty(t, conf)
		})
	}
}
