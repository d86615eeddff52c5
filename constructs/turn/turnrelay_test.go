package turn_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

func TestMain(m *testing.M) { testutil.Main(m) }

const name = "media-turn"

func selector() map[string]string {
	return map[string]string{"app.kubernetes.io/name": "media", "app.kubernetes.io/component": "turn"}
}

func relayProps() *turn.TurnRelayProps {
	return &turn.TurnRelayProps{
		Name:           name,
		SelectorLabels: selector(),
		Labels:         map[string]string{"app.kubernetes.io/part-of": "media"},
		Container: pod.Container{
			Image:     "coturn/coturn:4.8.0",
			Resources: pod.Resources{CPURequest: "100m", MemoryRequest: "128Mi", CPULimit: "1", MemoryLimit: "512Mi"},
		},
		Pod:            pod.Spec{RunAsUser: 65534},
		AuthSecretName: "media-secret",
		AuthSecretKey:  "TURN_SECRET",
	}
}

func synth(t *testing.T, p *turn.TurnRelayProps) []map[string]any {
	t.Helper()
	return testutil.Synth(t, func(c constructs.Construct) { turn.NewTurnRelay(c, "turn", p) })
}

// synthIn synthesizes the relay in a chart with a namespace, which
// address discovery needs for its RoleBinding.
func synthIn(t *testing.T, namespace string, p *turn.TurnRelayProps) []map[string]any {
	t.Helper()
	app, chart := chartIn(t, namespace)
	turn.NewTurnRelay(chart, "turn", p)
	return testutil.Parse(t, *app.SynthYaml())
}

func chartIn(t *testing.T, namespace string) (cdk8s.App, cdk8s.Chart) {
	t.Helper()
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(t.TempDir())})
	chart := cdk8s.NewChart(app, jsii.String("test"), &cdk8s.ChartProps{
		Namespace:                 jsii.String(namespace),
		DisableResourceNameHashes: jsii.Bool(true),
	})
	return app, chart
}

// podContainer finds a container or init container of the relay's pod by
// name.
func podContainer(t *testing.T, objs []map[string]any, name string) map[string]any {
	t.Helper()
	for _, path := range []string{"containers", "initContainers"} {
		cs, _ := testutil.Get(deployment(t, objs), "spec.template.spec."+path).([]any)
		for _, c := range cs {
			if testutil.Get(c, "name") == name {
				return c.(map[string]any)
			}
		}
	}
	t.Fatalf("the relay's pod has no container %q", name)
	return nil
}

// podVolume finds a volume of the relay's pod by name.
func podVolume(t *testing.T, objs []map[string]any, name string) map[string]any {
	t.Helper()
	vols, _ := testutil.Get(deployment(t, objs), "spec.template.spec.volumes").([]any)
	for _, v := range vols {
		if testutil.Get(v, "name") == name {
			return v.(map[string]any)
		}
	}
	t.Fatalf("the relay's pod has no volume %q", name)
	return nil
}

// mountNames lists the names of the volumes a container mounts.
func mountNames(c map[string]any) []string {
	var out []string
	ms, _ := c["volumeMounts"].([]any)
	for _, m := range ms {
		out = append(out, testutil.Get(m, "name").(string))
	}
	return out
}

// index is the output position of the object of that kind, or -1.
func index(objs []map[string]any, kind string) int {
	for i, o := range objs {
		if o["kind"] == kind {
			return i
		}
	}
	return -1
}

func deployment(t *testing.T, objs []map[string]any) map[string]any {
	t.Helper()
	return testutil.Find(t, objs, "Deployment", name)
}

func configText(t *testing.T, objs []map[string]any) string {
	t.Helper()
	data, _ := testutil.Get(testutil.Find(t, objs, "ConfigMap", name), "data").(map[string]any)
	conf, ok := data[turn.ConfigKey].(string) // the key has a dot, which Get would split
	require.True(t, ok, "ConfigMap has no %s", turn.ConfigKey)
	return conf
}

func mainContainer(t *testing.T, objs []map[string]any) map[string]any {
	t.Helper()
	c, ok := testutil.Get(deployment(t, objs), "spec.template.spec.containers.0").(map[string]any)
	require.True(t, ok)
	return c
}

// initContainer is the configure init container.
func initContainer(t *testing.T, objs []map[string]any) map[string]any {
	t.Helper()
	return podContainer(t, objs, "configure")
}

func script(t *testing.T, objs []map[string]any) string {
	t.Helper()
	s, ok := testutil.Get(initContainer(t, objs), "command.2").(string)
	require.True(t, ok, "the init container runs no sh -c script")
	return s
}

func TestTurnRelay_RunsOneReplicaWithRecreate(t *testing.T) {
	d := deployment(t, synth(t, relayProps()))
	assert.EqualValues(t, 1, testutil.Get(d, "spec.replicas"))
	assert.Equal(t, "Recreate", testutil.Get(d, "spec.strategy.type"))
	assert.Nil(t, testutil.Get(d, "spec.strategy.rollingUpdate"))
}

// internalProps is relayProps as an internal relay on the pod network
// 10.244.0.0/16.
func internalProps() *turn.TurnRelayProps {
	p := relayProps()
	internal(p)
	return p
}

// hostNetworkProps is relayProps on the node's network.
func hostNetworkProps() *turn.TurnRelayProps {
	p := relayProps()
	p.HostNetwork = true
	return p
}

func TestTurnRelay_InternalRunsTwoReplicasThatRollOneAtATime(t *testing.T) {
	objs := synth(t, internalProps())
	d := deployment(t, objs)
	assert.EqualValues(t, 2, testutil.Get(d, "spec.replicas"))
	assert.Equal(t, "RollingUpdate", testutil.Get(d, "spec.strategy.type"))
	assert.Equal(t, map[string]any{"maxSurge": 1.0, "maxUnavailable": 0.0}, testutil.Get(d, "spec.strategy.rollingUpdate"), "never fewer ready than wanted")

	pdb := testutil.Find(t, objs, "PodDisruptionBudget", name)
	assert.EqualValues(t, 1, testutil.Get(pdb, "spec.maxUnavailable"))
	assert.Nil(t, testutil.Get(pdb, "spec.minAvailable"))
	assert.Equal(t, testutil.Get(d, "spec.selector"), testutil.Get(pdb, "spec.selector"))
	assert.Equal(t, "AlwaysAllow", testutil.Get(pdb, "spec.unhealthyPodEvictionPolicy"))

	one := internalProps()
	one.Replicas = 1
	objs = synth(t, one)
	assert.EqualValues(t, 1, testutil.Get(deployment(t, objs), "spec.replicas"))
	assert.Zero(t, testutil.Kinds(objs, "PodDisruptionBudget"), "a budget for one pod would block every drain")
	assert.Zero(t, testutil.Kinds(synth(t, relayProps()), "PodDisruptionBudget"), "a public relay runs one pod")
}

func TestTurnRelay_InternalPublishesOnlyTheListeners(t *testing.T) {
	p := internalProps()
	objs := synth(t, p)
	svc := testutil.Find(t, objs, "Service", name)
	assert.Equal(t, "LoadBalancer", testutil.Get(svc, "spec.type"))
	assert.Equal(t, "Local", testutil.Get(svc, "spec.externalTrafficPolicy"))
	assert.Equal(t, []any{
		map[string]any{"name": "turn-udp", "port": 3478.0, "targetPort": 3478.0, "protocol": "UDP"},
		map[string]any{"name": "turn-tcp", "port": 3478.0, "targetPort": 3478.0, "protocol": "TCP"},
	}, testutil.Get(svc, "spec.ports"), "one listener: UDP and TCP share 3478")
	ports, _ := testutil.Get(mainContainer(t, objs), "ports").([]any)
	assert.Len(t, ports, 2, "no relay port is declared")

	conf := configText(t, objs)
	assert.Contains(t, conf, "\nmin-port=49152\nmax-port=65535\n", "the wide default range")
	assert.Contains(t, conf, "\ntotal-quota=16384\n")
	assert.NotContains(t, conf, "external-ip")
	assert.NotContains(t, script(t, objs), "external-ip", "the pod's own address is advertised")

	p.MaxRelayPort = 49159
	p.TLS = &turn.TLSProps{SecretName: "turn-tls"}
	svc = testutil.Find(t, synthIn(t, namespace, p), "Service", name)
	var numbers []any
	for _, pt := range testutil.Get(svc, "spec.ports").([]any) {
		numbers = append(numbers, testutil.Get(pt, "port"))
	}
	assert.Equal(t, []any{3478.0, 3478.0, 5349.0}, numbers, "two listeners with TLS")
}

func TestTurnRelayProps_AllocationCapacity(t *testing.T) {
	for name, tc := range map[string]struct {
		p    *turn.TurnRelayProps
		want int
	}{
		"public: 49 relay ports":                      {relayProps(), 49},
		"internal: 16384 ports on each of 2 replicas": {internalProps(), 2 * 16384},
		"a total quota below the range": {func() *turn.TurnRelayProps {
			p := internalProps()
			p.Replicas = 3
			p.TotalQuota = intPtr(1000)
			return p
		}(), 3000},
		"no total quota": {func() *turn.TurnRelayProps {
			p := relayProps()
			p.TotalQuota = intPtr(0)
			return p
		}(), 49},
	} {
		assert.Equal(t, tc.want, tc.p.AllocationCapacity(), name)
	}
}

func TestTurnRelay_PreviousSecretReachesOnlyTheInitContainer(t *testing.T) {
	p := relayProps()
	p.PreviousAuthSecretKey = "TURN_SECRET_PREVIOUS"
	objs := synth(t, p)
	assert.Equal(t, map[string]any{
		"name": "turn-previous-auth-secret",
		"secret": map[string]any{
			"secretName":  "media-secret",
			"items":       []any{map[string]any{"key": "TURN_SECRET_PREVIOUS", "path": "auth-secret"}},
			"optional":    true,
			"defaultMode": float64(0o440),
		},
	}, podVolume(t, objs, "turn-previous-auth-secret"), "optional: the key exists only while the secret rotates")
	assert.Contains(t, mountNames(initContainer(t, objs)), "turn-previous-auth-secret")
	assert.NotContains(t, mountNames(mainContainer(t, objs)), "turn-previous-auth-secret")
	assert.Contains(t, configText(t, objs), `a second one from key "TURN_SECRET_PREVIOUS"`)

	objs = synth(t, relayProps())
	vols, _ := testutil.Get(deployment(t, objs), "spec.template.spec.volumes").([]any)
	for _, v := range vols {
		assert.NotEqual(t, "turn-previous-auth-secret", testutil.Get(v, "name"))
	}
	assert.NotContains(t, script(t, objs), "previous")
}

func TestTurnRelay_SelectsOnlyBySelectorLabels(t *testing.T) {
	objs := synth(t, relayProps())
	want := map[string]any{"app.kubernetes.io/name": "media", "app.kubernetes.io/component": "turn"}
	assert.Equal(t, want, testutil.Get(deployment(t, objs), "spec.selector.matchLabels"))
	assert.Equal(t, want, testutil.Get(testutil.Find(t, objs, "Service", name), "spec.selector"))
	for _, o := range objs {
		labels, _ := testutil.Get(o, "metadata.labels").(map[string]any)
		assert.Equal(t, "media", labels["app.kubernetes.io/part-of"], "%v", o["kind"])
	}
	podLabels, _ := testutil.Get(deployment(t, objs), "spec.template.metadata.labels").(map[string]any)
	assert.Equal(t, "media", podLabels["app.kubernetes.io/part-of"])
	assert.Equal(t, "turn", podLabels["app.kubernetes.io/component"])
}

func TestTurnRelay_ConfigMapHoldsConfigWithoutSecret(t *testing.T) {
	conf := configText(t, synth(t, relayProps()))
	for _, want := range []string{
		"listening-port=3478\n", "min-port=49152\n", "max-port=49200\n", "realm=media-turn\n",
		"use-auth-secret\n", "no-tcp-relay\n", "no-cli\n", "log-file=stdout\n",
		"pidfile=/run/turnrelay/turnserver.pid\n", "userdb=/run/turnrelay/turndb\n",
	} {
		assert.Contains(t, conf, want)
	}
	for _, l := range strings.Split(conf, "\n") {
		assert.False(t, strings.HasPrefix(l, "static-auth-secret"), "the ConfigMap sets the secret: %q", l)
	}
	assert.NotContains(t, conf, "external-ip", "no address is known without externalIP")
	assert.True(t, strings.HasSuffix(conf, "\n"), "the script appends lines, so the file must end with a newline")
}

func TestTurnRelay_ConfigHashAnnotationFollowsConfig(t *testing.T) {
	objs := synth(t, relayProps())
	conf := configText(t, objs)
	sum := sha256.Sum256([]byte(conf))
	annotation := func(objs []map[string]any) any {
		a, _ := testutil.Get(deployment(t, objs), "spec.template.metadata.annotations").(map[string]any)
		return a["checksum/config"]
	}
	assert.Equal(t, hex.EncodeToString(sum[:]), annotation(objs))
	assert.Equal(t, annotation(objs), annotation(synth(t, relayProps())), "same props, same hash")

	changed := relayProps()
	changed.Realm = "turn.example.com"
	assert.NotEqual(t, annotation(objs), annotation(synth(t, changed)))
}

func TestTurnRelay_SecretReachesOnlyTheInitContainerAsAFile(t *testing.T) {
	objs := synth(t, relayProps())
	spec := testutil.Get(deployment(t, objs), "spec.template.spec")

	var secretVolumes []string
	vols, _ := testutil.Get(spec, "volumes").([]any)
	for _, v := range vols {
		if s := testutil.Get(v, "secret"); s != nil {
			secretVolumes = append(secretVolumes, testutil.Get(v, "name").(string))
			assert.Equal(t, "media-secret", testutil.Get(s, "secretName"))
			assert.Equal(t, "TURN_SECRET", testutil.Get(s, "items.0.key"))
			assert.EqualValues(t, 0o440, testutil.Get(s, "defaultMode"))
		}
	}
	require.Len(t, secretVolumes, 1)
	assert.EqualValues(t, 65534, testutil.Get(spec, "securityContext.fsGroup"), "the group must be able to read the 0440 secret file")

	mounts := func(c map[string]any) []string {
		var out []string
		ms, _ := c["volumeMounts"].([]any)
		for _, m := range ms {
			out = append(out, testutil.Get(m, "name").(string))
		}
		return out
	}
	assert.Contains(t, mounts(initContainer(t, objs)), secretVolumes[0])
	assert.NotContains(t, mounts(mainContainer(t, objs)), secretVolumes[0])

	// No container takes the Secret through its environment, and no
	// command line carries a secret directive with a value.
	for _, path := range []string{"containers", "initContainers"} {
		cs, _ := testutil.Get(spec, path).([]any)
		for _, c := range cs {
			envs, _ := testutil.Get(c, "env").([]any)
			for _, e := range envs {
				assert.Nil(t, testutil.Get(e, "valueFrom.secretKeyRef"), "%s env %v", path, e)
			}
			assert.Nil(t, testutil.Get(c, "envFrom"))
			for _, field := range []string{"command", "args"} {
				argv, _ := testutil.Get(c, field).([]any)
				for _, a := range argv {
					assert.NotRegexp(t, `static-auth-secret=[^%]`, a, "%s %s", path, field)
				}
			}
		}
	}
	assert.Equal(t, []any{"turnserver", "-c", "/run/turnrelay/turnserver.conf"},
		append(mainContainer(t, objs)["command"].([]any), mainContainer(t, objs)["args"].([]any)...))

	// The script reads the secret with the read builtin and writes it with
	// the printf builtin; the secret variable appears nowhere else.
	s := script(t, objs)
	assert.Contains(t, s, `IFS= read -r secret < /etc/turnrelay/secret/auth-secret`)
	assert.Equal(t, 1, strings.Count(s, `printf 'static-auth-secret=%s\n' "$secret"`))
	assert.Equal(t, 2, strings.Count(s, "$secret"), "the emptiness check and printf only:\n%s", s)
}

func TestTurnRelay_RunDirectoryIsInMemory(t *testing.T) {
	objs := synth(t, relayProps())
	vols, _ := testutil.Get(deployment(t, objs), "spec.template.spec.volumes").([]any)
	found := false
	for _, v := range vols {
		if testutil.Get(v, "name") == "turn-run" {
			found = true
			assert.Equal(t, "Memory", testutil.Get(v, "emptyDir.medium"))
		}
	}
	assert.True(t, found, "no run volume among %v", vols)
}

func TestTurnRelay_ServiceIsLoadBalancerWithRelayRangePinned(t *testing.T) {
	p := relayProps()
	p.ServiceAnnotations = map[string]string{"service.beta.kubernetes.io/aws-load-balancer-type": "external"}
	svc := testutil.Find(t, synth(t, p), "Service", name)

	assert.Equal(t, "LoadBalancer", testutil.Get(svc, "spec.type"))
	assert.Equal(t, "Local", testutil.Get(svc, "spec.externalTrafficPolicy"))
	annotations, _ := testutil.Get(svc, "metadata.annotations").(map[string]any)
	assert.Equal(t, "external", annotations["service.beta.kubernetes.io/aws-load-balancer-type"])

	ports, _ := testutil.Get(svc, "spec.ports").([]any)
	require.Len(t, ports, 2+49)
	assert.Equal(t, map[string]any{"name": "turn-udp", "port": float64(3478), "targetPort": float64(3478), "protocol": "UDP"}, ports[0])
	assert.Equal(t, map[string]any{"name": "turn-tcp", "port": float64(3478), "targetPort": float64(3478), "protocol": "TCP"}, ports[1])
	numbers := map[float64]bool{}
	for i, pt := range ports[2:] {
		n := float64(49152 + i)
		assert.Equal(t, map[string]any{"name": fmt.Sprintf("relay-%d", 49152+i), "port": n, "targetPort": n, "protocol": "UDP"}, pt)
		numbers[n] = true
	}
	numbers[3478] = true
	assert.Len(t, numbers, turn.DefaultMaxLoadBalancerListeners, "the defaults fill an NLB's listeners exactly")
}

func TestTurnRelay_ContainerPortsCoverListenerAndRelayRange(t *testing.T) {
	c := mainContainer(t, synth(t, relayProps()))
	ports, _ := c["ports"].([]any)
	require.Len(t, ports, 2+49)
	assert.Equal(t, map[string]any{"name": "turn-udp", "containerPort": float64(3478), "protocol": "UDP"}, ports[0])
	assert.Equal(t, map[string]any{"name": "turn-tcp", "containerPort": float64(3478), "protocol": "TCP"}, ports[1])
	assert.Equal(t, map[string]any{"name": "relay-49200", "containerPort": float64(49200), "protocol": "UDP"}, ports[len(ports)-1])
}

func TestTurnRelay_ProbesTheTCPListener(t *testing.T) {
	c := mainContainer(t, synth(t, relayProps()))
	assert.Equal(t, "turn-tcp", testutil.Get(c, "readinessProbe.tcpSocket.port"))
	assert.Equal(t, "turn-tcp", testutil.Get(c, "livenessProbe.tcpSocket.port"))
}

func TestTurnRelay_MeetsRestrictedPodSecurity(t *testing.T) {
	p := relayProps()
	objs := synth(t, p)
	spec := testutil.Get(deployment(t, objs), "spec.template.spec")
	assert.Equal(t, turn.PodSecurityRestricted, p.PodSecurityLevel())

	assert.Nil(t, testutil.Get(spec, "hostNetwork"))
	assert.Equal(t, true, testutil.Get(spec, "securityContext.runAsNonRoot"))
	assert.EqualValues(t, 65534, testutil.Get(spec, "securityContext.runAsUser"))
	assert.Equal(t, "RuntimeDefault", testutil.Get(spec, "securityContext.seccompProfile.type"))
	for _, c := range []map[string]any{mainContainer(t, objs), initContainer(t, objs)} {
		assert.Equal(t, false, testutil.Get(c, "securityContext.allowPrivilegeEscalation"), c["name"])
		assert.Equal(t, true, testutil.Get(c, "securityContext.readOnlyRootFilesystem"), c["name"])
		assert.Equal(t, []any{"ALL"}, testutil.Get(c, "securityContext.capabilities.drop"), c["name"])
	}
	// Restricted allows adding back exactly NET_BIND_SERVICE, which the
	// image's turnserver binary needs in its bounding set to execute.
	assert.Equal(t, []any{"NET_BIND_SERVICE"}, testutil.Get(mainContainer(t, objs), "securityContext.capabilities.add"))
	assert.Nil(t, testutil.Get(initContainer(t, objs), "securityContext.capabilities.add"))
	assert.Nil(t, testutil.Get(mainContainer(t, objs), "ports.0.hostPort"))
}

func TestTurnRelay_StaticExternalIPGoesIntoConfig(t *testing.T) {
	p := relayProps()
	p.ExternalIP = "203.0.113.10"
	objs := synth(t, p)
	assert.Contains(t, configText(t, objs), "\nexternal-ip=203.0.113.10\n")
	assert.NotContains(t, script(t, objs), "external-ip")
	// The relay still allows its own pod address (see the script tests).
	assert.Equal(t, []any{map[string]any{"name": "POD_IP", "valueFrom": map[string]any{"fieldRef": map[string]any{"fieldPath": "status.podIP"}}}},
		initContainer(t, objs)["env"])
	assert.Contains(t, script(t, objs), `printf 'allowed-peer-ip=%s\n' "$POD_IP" >> "$conf"`)
}

func TestTurnRelay_HostNetworkBindsOnTheNodeAndAdvertisesItsAddress(t *testing.T) {
	p := relayProps()
	p.HostNetwork = true
	objs := synth(t, p)
	assert.Equal(t, turn.PodSecurityPrivileged, p.PodSecurityLevel())

	assert.Zero(t, testutil.Kinds(objs, "Service"), "host-network mode needs no Service")
	spec := testutil.Get(deployment(t, objs), "spec.template.spec")
	assert.Equal(t, true, testutil.Get(spec, "hostNetwork"))
	assert.Equal(t, "ClusterFirstWithHostNet", testutil.Get(spec, "dnsPolicy"))

	ports, _ := mainContainer(t, objs)["ports"].([]any)
	require.Len(t, ports, 2+49)
	for _, pt := range ports {
		assert.Equal(t, testutil.Get(pt, "containerPort"), testutil.Get(pt, "hostPort"), "%v", pt)
	}

	assert.Equal(t, []any{map[string]any{"name": "NODE_IP", "valueFrom": map[string]any{"fieldRef": map[string]any{"fieldPath": "status.hostIP"}}}},
		initContainer(t, objs)["env"])
	assert.Contains(t, script(t, objs), `printf 'external-ip=%s\n' "$NODE_IP/$NODE_IP" >> "$conf"`)
	assert.Contains(t, script(t, objs), `printf 'relay-ip=%s\n' "$NODE_IP" >> "$conf"`)
	assert.Contains(t, script(t, objs), `printf 'allowed-peer-ip=%s\n' "$NODE_IP" >> "$conf"`)
	assert.NotContains(t, configText(t, objs), "external-ip")
}

func TestTurnRelay_HostNetworkPrefersStaticExternalIP(t *testing.T) {
	p := relayProps()
	p.HostNetwork = true
	p.ExternalIP = "198.51.100.7"
	objs := synth(t, p)
	assert.Contains(t, configText(t, objs), "\nexternal-ip=198.51.100.7\n")
	assert.NotContains(t, script(t, objs), "external-ip", "the ConfigMap's external-ip wins")
	// The node's address is still the relay's own, which it allows.
	assert.Equal(t, []any{map[string]any{"name": "NODE_IP", "valueFrom": map[string]any{"fieldRef": map[string]any{"fieldPath": "status.hostIP"}}}},
		initContainer(t, objs)["env"])
	assert.Contains(t, script(t, objs), `printf 'allowed-peer-ip=%s\n' "$NODE_IP" >> "$conf"`)
}

func TestTurnRelay_ExtraConfigIsAppended(t *testing.T) {
	p := relayProps()
	p.ExtraConfig = []string{"denied-peer-ip=192.0.2.0-192.0.2.255", "stale-nonce=600"}
	conf := configText(t, synth(t, p))
	assert.True(t, strings.HasSuffix(conf, "\n# extraConfig\ndenied-peer-ip=192.0.2.0-192.0.2.255\nstale-nonce=600\n"), conf)
}

func TestTurnRelay_CustomRangeAndPort(t *testing.T) {
	p := relayProps()
	p.ListeningPort = 3479
	p.MinRelayPort = 50000
	p.MaxRelayPort = 50009
	objs := synth(t, p)
	conf := configText(t, objs)
	assert.Contains(t, conf, "listening-port=3479\nmin-port=50000\nmax-port=50009\n")
	ports, _ := testutil.Get(testutil.Find(t, objs, "Service", name), "spec.ports").([]any)
	assert.Len(t, ports, 12)
}

func TestTurnRelay_KeepsCallerInitContainersAfterItsOwn(t *testing.T) {
	p := relayProps()
	p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("wait"), Image: jsii.String("busybox:1.36"), Command: jsii.Strings("true")}}
	objs := synth(t, p)
	inits, _ := testutil.Get(deployment(t, objs), "spec.template.spec.initContainers").([]any)
	require.Len(t, inits, 2)
	assert.Equal(t, "configure", testutil.Get(inits[0], "name"))
	assert.Equal(t, "wait", testutil.Get(inits[1], "name"))
}

func TestTurnRelay_DoesNotMutateProps(t *testing.T) {
	full := func() *turn.TurnRelayProps {
		p := relayProps()
		p.ExtraConfig = []string{"stale-nonce=600"}
		p.AllowedPeerCIDRs = []string{"10.0.0.0/16"}
		p.UserQuota = intPtr(4)
		p.MaxRelayPort = 49199
		p.Metrics = &turn.MetricsProps{PodMonitor: true, PodMonitorLabels: map[string]string{"release": "prom"}}
		p.TLS = &turn.TLSProps{SecretName: "turn-tls", CertManager: &turn.CertManagerProps{IssuerName: "letsencrypt", DNSNames: []string{"turn.example.com"}}}
		p.AddressDiscovery = &turn.AddressDiscoveryProps{Image: "registry.k8s.io/kubectl:v1.33.0"}
		return p
	}
	p := full()
	synthIn(t, "media", p)
	assert.Equal(t, full(), p, "defaults must be applied to a copy, nested props included")
}

func intPtr(n int) *int { return &n }

// coturnOptions are the turnserver.conf options the construct may write,
// each accepted by both coturn 4.6.1 (Debian 12's) and 4.8.0: their
// long_options in src/apps/relay/mainrelay.c at tags 4.6.1 and 4.8.0.
// 4.8.0 dropped no-stun-backward-compatibility (it has
// stun-backward-compatibility instead), which it would ignore with "Bad
// configuration format"; no-rfc5780 and response-origin-only-with-rfc5780
// are accepted no-ops there, as 4.8.0 behaves that way by default.
var coturnOptions = []string{
	"listening-port", "min-port", "max-port", "realm", "external-ip", "use-auth-secret", "static-auth-secret",
	"fingerprint", "tls-listening-port", "cert", "pkey", "no-dtls", "no-tls", "no-tcp-relay", "no-multicast-peers",
	"allowed-peer-ip", "denied-peer-ip", "user-quota", "total-quota", "max-bps", "bps-capacity", "no-rfc5780",
	"response-origin-only-with-rfc5780", "no-cli", "log-file", "simple-log", "pidfile", "userdb", "prometheus",
	"prometheus-port",
}

func TestTurnRelay_ConfigUsesOnlyOptionsCoturn461And480Accept(t *testing.T) {
	full := discoveryProps()
	full.MaxRelayPort = 49199
	full.ExternalIP = "203.0.113.10"
	full.AllowedPeerCIDRs = []string{"10.0.0.0/16"}
	full.MaxBytesPerSecond = 64000
	full.CapacityBytesPerSecond = 6400000
	full.Metrics = &turn.MetricsProps{}
	full.TLS = &turn.TLSProps{SecretName: "turn-tls"}
	for name, p := range map[string]*turn.TurnRelayProps{"defaults": relayProps(), "every option": full} {
		objs := synthIn(t, namespace, p)
		// What configure appends at start counts too.
		conf := configText(t, objs) + "static-auth-secret=x\nexternal-ip=203.0.113.10\n"
		for _, l := range strings.Split(conf, "\n") {
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			option, _, _ := strings.Cut(l, "=")
			assert.Contains(t, coturnOptions, option, "%s: %q", name, l)
		}
	}
}

func TestTurnRelay_QuotasDefaultToOneUserAFifthOfTheRelayRange(t *testing.T) {
	conf := configText(t, synth(t, relayProps()))
	assert.Contains(t, conf, "\nuser-quota=10\ntotal-quota=49\n", "49 relay ports")
	assert.NotContains(t, conf, "max-bps")
	assert.NotContains(t, conf, "bps-capacity")

	small := relayProps()
	small.MinRelayPort, small.MaxRelayPort = 50000, 50005
	assert.Contains(t, configText(t, synth(t, small)), "\nuser-quota=6\ntotal-quota=6\n", "the user quota never exceeds the total")

	set := relayProps()
	set.UserQuota, set.TotalQuota = intPtr(0), intPtr(0)
	set.MaxBytesPerSecond, set.CapacityBytesPerSecond = 64000, 3200000
	assert.Contains(t, configText(t, synth(t, set)), "\nuser-quota=0\ntotal-quota=0\nmax-bps=64000\nbps-capacity=3200000\n", "0 is no cap, as in coturn")
}

func TestNewTurnRelay_PanicsWithIDAndMessage(t *testing.T) {
	p := relayProps()
	p.AuthSecretKey = ""
	assert.PanicsWithError(t, "turn: invalid TurnRelayProps:\nauthSecretKey: Required value: name the key of the shared secret in authSecretName", func() {
		synth(t, p)
	})
}
