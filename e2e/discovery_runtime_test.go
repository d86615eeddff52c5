package e2e

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"io"
	"net"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/wait"
	"sigs.k8s.io/yaml"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// The addresses a cloud would write into the relay Service's status, and
// the one the test's /etc/hosts gives the hostname (TEST-NET-3, RFC 5737).
const (
	discoveryStatusIP       = "203.0.113.7"
	discoveryStatusHostname = "turn-lb.podrun.test"
	discoveryHostnameIP     = "203.0.113.8"
	// discoveryAPIAddress is where the pod reaches the API server: the
	// first address of the cluster's Service range (kubernetes.default),
	// which the serving certificate names. A forwarder listens there
	// inside the pod's network namespace.
	discoveryAPIAddress = "10.96.0.1:443"
)

// TestDiscoveryRuntime_CoturnAdvertisesTheLoadBalancerAddress runs the
// relay's address discovery against a real API server: the relay's
// Namespace, ServiceAccount, Role, RoleBinding and Service of the public
// variant of the default topology (rendered by the CLI; no preset uses
// discovery) are applied, the discovery init
// container runs under podrun with a token for that ServiceAccount (kubectl
// create token), the cluster's CA and the namespace, and waits until the
// test writes a load-balancer status; then the configure container and
// turnserver run, and coturn must advertise the address: once for an ip
// status, once for a hostname status resolved through the pod's
// /etc/hosts. The token must not read anything else.
//
// The pod runs in its own network namespace, which cannot see the host's
// loopback, where the API server listens: a forwarder listening on
// 10.96.0.1:443 inside the namespace (the kubernetes Service address, in
// the serving certificate) relays to it, and the pod gets
// KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT as the kubelet sets
// them.
func TestDiscoveryRuntime_CoturnAdvertisesTheLoadBalancerAddress(t *testing.T) {
	if err := podrun.Requirements(); err != nil {
		t.Skipf("podrun cannot run pods on this machine: %v", err)
	}
	tp, w := discoveryTopology(t)
	m, err := podrun.LoadManifest(tp.file)
	if err != nil {
		t.Fatal(err)
	}
	c := startCluster(t)
	start := time.Now()

	services := applyRelayObjects(t, c, tp, w)
	createSecrets(t, c, tp)
	ns := tp.namespace
	secrets := clusterSecrets(t, c, ns, w)
	caPEM := rootCA(t, c, ns)
	sa := w.Template.Spec.ServiceAccountName
	token := strings.TrimSpace(c.mustKubectl(t, "create", "token", sa, "-n", ns, "--duration=10m"))
	checkTokenIsNarrow(t, c, ns, token, services)

	for _, tc := range []struct {
		name    string
		ingress map[string]string
		hosts   map[string]string
		want    string
	}{
		{"ip", map[string]string{"ip": discoveryStatusIP}, nil, discoveryStatusIP},
		{"hostname", map[string]string{"hostname": discoveryStatusHostname}, map[string]string{discoveryStatusHostname: discoveryHostnameIP}, discoveryHostnameIP},
	} {
		t.Run(tc.name, func(t *testing.T) {
			runDiscoveryPod(t, c, m, w, services, podrun.Options{
				Secrets:             secrets,
				ConfigMaps:          map[string]map[string]string{"kube-root-ca.crt": {"ca.crt": caPEM}},
				ServiceAccountToken: token,
				Hosts:               tc.hosts,
				// The relay has no startup probe: readiness's three tries
				// (30 s as rendered) must cover turnserver's start while
				// every suite runs at once; 200 ms periods (0.6 s) did not.
				ProbePeriod: time.Second,
				GracePeriod: ptrTo(3 * time.Second),
			}, tc.ingress, tc.want)
		})
	}
	summaryLine("address discovery (%s with coturn profile public, real API server, podrun): ip and hostname statuses advertised by coturn, its own pod address allowed; token refused secrets and other Services; %.0fs",
		tp.name, time.Since(start).Seconds())
}

func ptrTo[T any](v T) *T { return &v }

// discoveryPublicVariant is the default topology with coturn's public
// profile and address discovery, which no preset renders any more.
const discoveryPublicVariant = "testdata/default-public.yaml"

// discoveryTopology renders the public variant of the default topology
// through the CLI and returns it with its coturn Deployment, the one whose
// init container holds a projected service-account token. The file is
// named after its topology, default, so its Secrets are default's.
func discoveryTopology(t *testing.T) (topology, podrun.Workload) {
	t.Helper()
	variant, err := os.ReadFile(discoveryPublicVariant)
	if err != nil {
		t.Fatal(err)
	}
	tp := loadTopology(t, renderVariant(t, t.TempDir(), "default-public", string(variant)))
	m, err := podrun.LoadManifest(tp.file)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range m.Workloads {
		if w.Kind == "Deployment" && runsTurnserver(w) && discoveryContainer(w) != "" {
			return tp, w
		}
	}
	t.Fatalf("%s (coturn profile public, discoverAddress) renders no coturn Deployment with address discovery", tp.file)
	return topology{}, podrun.Workload{}
}

func runsTurnserver(w podrun.Workload) bool {
	for _, c := range w.Template.Spec.Containers {
		for _, a := range append(append([]string{}, c.Command...), c.Args...) {
			if path.Base(a) == "turnserver" || regexp.MustCompile(`(^|\s)(exec\s+)?turnserver\s`).MatchString(a) {
				return true
			}
		}
	}
	return false
}

// discoveryContainer names the init container that mounts a projected
// service-account token.
func discoveryContainer(w podrun.Workload) string {
	tokens := map[string]bool{}
	for _, v := range w.Template.Spec.Volumes {
		if v.Projected != nil {
			for _, s := range v.Projected.Sources {
				if s.ServiceAccountToken != nil {
					tokens[v.Name] = true
				}
			}
		}
	}
	for _, c := range w.Template.Spec.InitContainers {
		for _, vm := range c.VolumeMounts {
			if tokens[vm.Name] {
				return c.Name
			}
		}
	}
	return ""
}

// applyRelayObjects applies, from the topology's file, the Namespace, the
// relay pod's ServiceAccount, the RoleBindings naming it and their Roles,
// and the LoadBalancer Services selecting the pod, and returns those
// Services' names.
func applyRelayObjects(t *testing.T, c *Cluster, tp topology, w podrun.Workload) []string {
	t.Helper()
	sa := w.Template.Spec.ServiceAccountName
	podLabels := labels.Set(w.Template.Labels)
	// In apply order: the Namespace first, RoleBindings after their Roles.
	byKind := map[string][]*unstructured.Unstructured{}
	var services []string
	roles := map[string]bool{}
	for _, o := range tp.objs {
		if o.GetKind() != "RoleBinding" {
			continue
		}
		subjects, _, _ := unstructured.NestedSlice(o.Object, "subjects")
		for _, s := range subjects {
			sm, _ := s.(map[string]any)
			if sm["kind"] == "ServiceAccount" && sm["name"] == sa {
				byKind["RoleBinding"] = append(byKind["RoleBinding"], o)
				name, _, _ := unstructured.NestedString(o.Object, "roleRef", "name")
				roles[name] = true
			}
		}
	}
	for _, o := range tp.objs {
		switch o.GetKind() {
		case "Namespace":
			if o.GetName() == tp.namespace {
				byKind["Namespace"] = append(byKind["Namespace"], o)
			}
		case "ServiceAccount":
			if o.GetName() == sa {
				byKind["ServiceAccount"] = append(byKind["ServiceAccount"], o)
			}
		case "Role":
			if roles[o.GetName()] {
				byKind["Role"] = append(byKind["Role"], o)
			}
		case "Service":
			typ, _, _ := unstructured.NestedString(o.Object, "spec", "type")
			sel, _, _ := unstructured.NestedStringMap(o.Object, "spec", "selector")
			if typ == string(corev1.ServiceTypeLoadBalancer) && len(sel) > 0 && labels.SelectorFromSet(sel).Matches(podLabels) {
				byKind["Service"] = append(byKind["Service"], o)
				services = append(services, o.GetName())
			}
		}
	}
	var picked []*unstructured.Unstructured
	for _, k := range []string{"Namespace", "ServiceAccount", "Role", "RoleBinding", "Service"} {
		picked = append(picked, byKind[k]...)
	}
	if len(services) == 0 || len(roles) == 0 {
		t.Fatalf("%s: the relay renders discovery but no LoadBalancer Service selecting its pod (%v) or no Role bound to ServiceAccount %s (%v)", tp.file, services, sa, roles)
	}
	var docs []string
	var kinds []string
	for _, o := range picked {
		b, err := yaml.Marshal(o.Object)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
		kinds = append(kinds, o.GetKind()+"/"+o.GetName())
	}
	if _, _, err := c.kubectl(strings.NewReader(strings.Join(docs, "---\n")), "apply", "--server-side", "--field-manager=e2e", "-f", "-"); err != nil {
		t.Fatal(err)
	}
	t.Logf("applied from %s: %s", tp.file, strings.Join(kinds, ", "))
	return services
}

// clusterSecrets reads back the Secrets the relay pod reads, as the
// documented command created them in the cluster.
func clusterSecrets(t *testing.T, c *Cluster, ns string, w podrun.Workload) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	for _, v := range w.Template.Spec.Volumes {
		if v.Secret == nil {
			continue
		}
		s, err := c.Client.CoreV1().Secrets(ns).Get(context.Background(), v.Secret.SecretName, metav1.GetOptions{})
		if err != nil {
			t.Fatalf("Secret %s, which the relay mounts: %v", v.Secret.SecretName, err)
		}
		data := map[string]string{}
		for k, b := range s.Data {
			data[k] = string(b)
		}
		out[s.Name] = data
	}
	return out
}

// rootCA waits for the kube-root-ca.crt ConfigMap the controller-manager
// publishes into every namespace, as the kubelet would read it.
func rootCA(t *testing.T, c *Cluster, ns string) string {
	t.Helper()
	var ca string
	err := wait.PollUntilContextTimeout(context.Background(), 200*time.Millisecond, 30*time.Second, true, func(ctx context.Context) (bool, error) {
		cm, err := c.Client.CoreV1().ConfigMaps(ns).Get(ctx, "kube-root-ca.crt", metav1.GetOptions{})
		if err != nil {
			return false, nil
		}
		ca = cm.Data["ca.crt"]
		return ca != "", nil
	})
	if err != nil {
		t.Fatalf("ConfigMap %s/kube-root-ca.crt was not published within 30s: %v", ns, err)
	}
	return ca
}

// checkTokenIsNarrow proves the relay's token reads its own Service and
// nothing else: not the Secrets next to it, not other Services.
func checkTokenIsNarrow(t *testing.T, c *Cluster, ns, token string, services []string) {
	t.Helper()
	as := func(args ...string) (string, error) {
		base := []string{"--kubeconfig=/dev/null", "--server=" + c.apiURL, "--certificate-authority=" + c.pki.caFile, "--token=" + token, "-n", ns}
		out, _, err := c.kubectl(nil, append(base, args...)...)
		return out, err
	}
	if _, err := as("get", "service", services[0]); err != nil {
		t.Errorf("the relay's token cannot read its own Service: %v", err)
	}
	for _, args := range [][]string{
		{"get", "secrets"},
		{"get", "services"},
		{"get", "service", "kubernetes", "-n", "default"},
	} {
		_, err := as(args...)
		switch {
		case err == nil:
			t.Errorf("the relay's token may %s: it should read its own Service only", strings.Join(args, " "))
		case !strings.Contains(err.Error(), "Forbidden") && !strings.Contains(err.Error(), "forbidden"):
			t.Errorf("kubectl %s with the relay's token failed, but not as forbidden: %v", strings.Join(args, " "), err)
		}
	}
}

// runDiscoveryPod runs the relay's pod: discovery waits for a status, the
// test writes it, configure composes the file, and coturn must advertise
// want.
func runDiscoveryPod(t *testing.T, c *Cluster, m *podrun.Manifest, w podrun.Workload, services []string, opts podrun.Options, ingress map[string]string, want string) {
	start := time.Now()
	// The runner cannot add capabilities; NET_BIND_SERVICE serves ports
	// below 1024, which the relay does not use.
	w.Template = *w.Template.DeepCopy()
	for i := range w.Template.Spec.Containers {
		if sc := w.Template.Spec.Containers[i].SecurityContext; sc != nil && sc.Capabilities != nil {
			sc.Capabilities.Add = nil
		}
	}
	for _, svc := range services {
		patchLoadBalancerStatus(t, c, w.Namespace, svc, nil)
	}
	p, err := podrun.NewPodFor(t, m, w, opts)
	if err != nil {
		t.Fatal(err)
	}
	apiHost, apiPort, _ := net.SplitHostPort(discoveryAPIAddress)
	if out, err := p.HostExec("ip", "addr", "add", apiHost+"/32", "dev", "lo"); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	u, err := url.Parse(c.apiURL)
	if err != nil {
		t.Fatal(err)
	}
	forwardIntoPod(t, p, discoveryAPIAddress, u.Host)
	kubeEnv := podrun.Env{"KUBERNETES_SERVICE_HOST": apiHost, "KUBERNETES_SERVICE_PORT": apiPort}

	// Discovery must wait while the Service has no address.
	disc := discoveryContainer(w)
	if err := p.Start(disc, kubeEnv); err != nil {
		t.Fatal(err)
	}
	if res, _ := p.Wait(disc, 3*time.Second); !res.TimedOut {
		t.Fatalf("%s exited (code %d) before the Service had an address:\n%s", disc, res.ExitCode, res.Output)
	}
	for _, svc := range services {
		patchLoadBalancerStatus(t, c, w.Namespace, svc, ingress)
	}
	patched := time.Now()
	res, err := p.Wait(disc, 60*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if res.TimedOut || res.ExitCode != 0 {
		t.Fatalf("%s did not finish within 60s of the status update (timed out %v, exit code %d):\n%s", disc, res.TimedOut, res.ExitCode, res.Output)
	}
	t.Logf("%s returned %.1fs after the status update: %s", disc, time.Since(patched).Seconds(), strings.TrimSpace(res.Output))

	// Every other init container in order, with the kubelet's variables.
	for _, ic := range w.Template.Spec.InitContainers {
		if ic.Name == disc {
			continue
		}
		res, err := p.Run(ic.Name, kubeEnv)
		if err != nil {
			t.Fatal(err)
		}
		if res.ExitCode != 0 || res.TimedOut {
			t.Fatalf("init container %s failed (exit code %d, timed out %v):\n%s", ic.Name, res.ExitCode, res.TimedOut, res.Output)
		}
		t.Logf("%s: %s", ic.Name, strings.TrimSpace(res.Output))
	}

	relay := w.Template.Spec.Containers[0]
	conf := writtenTurnConf(t, p, relay)
	if got := lastOption(conf, "external-ip"); got != want {
		t.Errorf("the composed turnserver.conf has external-ip=%q, want %q", got, want)
	}
	// coturn maps a peer at external-ip back to the pod's address: the
	// relay must allow exactly that address (status.podIP).
	if got := lastOption(conf, "allowed-peer-ip"); got != p.IP() {
		t.Errorf("the composed turnserver.conf ends with allowed-peer-ip=%q, want the pod's address %q", got, p.IP())
	}

	// coturn needs an address on a non-loopback interface: move the pod
	// IP to an eth0 as on a node.
	for _, cmd := range [][]string{
		{"ip", "link", "add", "eth0", "type", "veth", "peer", "name", "peer0"},
		{"ip", "addr", "del", p.IP() + "/32", "dev", "lo"},
		{"ip", "addr", "add", p.IP() + "/32", "dev", "eth0"},
		{"ip", "link", "set", "eth0", "up"},
		{"ip", "link", "set", "peer0", "up"},
	} {
		if out, err := p.HostExec(cmd...); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(cmd, " "), err, out)
		}
	}
	if err := p.Start(relay.Name, kubeEnv); err != nil {
		t.Fatal(err)
	}
	if err := p.WaitReady(relay.Name); err != nil {
		t.Fatalf("%v\n--- %s log:\n%s", err, relay.Name, p.Logs(relay.Name))
	}
	// An allocation shows the relayed address coturn hands out.
	user, pass := turnRESTCredential(lastOption(conf, "static-auth-secret"), "e2e-discovery", time.Now().Add(time.Hour))
	out, err := p.HostExec("timeout", "30", "turnutils_uclient", "-v", "-c", "-n", "1", "-u", user, "-w", pass, "-e", "93.184.216.34", p.IP())
	if m := regexp.MustCompile(`Received relay addr: (\S+):\d+`).FindStringSubmatch(out); m == nil || m[1] != want {
		t.Errorf("coturn did not advertise %s in an allocation (err %v):\n%s", want, err, tailLines(out, 15))
	}
	if _, err := p.Stop(relay.Name); err != nil {
		t.Fatal(err)
	}
	t.Logf("coturn advertised %s; pod run took %.1fs", want, time.Since(start).Seconds())
}

// patchLoadBalancerStatus writes status.loadBalancer of a Service the way a
// cloud controller does, through the status subresource; nil clears it.
func patchLoadBalancerStatus(t *testing.T, c *Cluster, ns, svc string, ingress map[string]string) {
	t.Helper()
	lb := map[string]any{}
	if ingress != nil {
		lb["ingress"] = []any{ingress}
	} else {
		lb["ingress"] = nil
	}
	patch, _ := json.Marshal(map[string]any{"status": map[string]any{"loadBalancer": lb}})
	c.mustKubectl(t, "patch", "service", svc, "-n", ns, "--subresource=status", "--type=merge", "-p", string(patch))
}

// writtenTurnConf reads the file turnserver is started on (-c FILE) from
// the volume that holds it.
func writtenTurnConf(t *testing.T, p *podrun.Pod, relay corev1.Container) string {
	t.Helper()
	argv := strings.Join(append(append([]string{}, relay.Command...), relay.Args...), " ")
	m := regexp.MustCompile(`turnserver\s+(?:.*\s)?-c\s+(\S+)`).FindStringSubmatch(argv)
	if m == nil {
		t.Fatalf("container %s runs turnserver without -c FILE: %q", relay.Name, argv)
	}
	file := m[1]
	for _, vm := range relay.VolumeMounts {
		if strings.HasPrefix(file, strings.TrimSuffix(vm.MountPath, "/")+"/") {
			data, err := os.ReadFile(filepath.Join(p.Volume(vm.Name), strings.TrimPrefix(file, strings.TrimSuffix(vm.MountPath, "/")+"/")))
			if err != nil {
				t.Fatalf("the init containers did not write %s: %v", file, err)
			}
			return string(data)
		}
	}
	t.Fatalf("%s is on no volume of container %s", file, relay.Name)
	return ""
}

// lastOption is the value coturn keeps for an option: the last line.
func lastOption(conf, name string) string {
	v := ""
	for _, l := range strings.Split(conf, "\n") {
		if k, val, ok := strings.Cut(strings.TrimSpace(l), "="); ok && k == name {
			v = val
		}
	}
	return v
}

func tailLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// forwardIntoPod listens on addr inside the pod's network namespace and
// relays every connection to target, dialled from the host's namespace.
// It stops, and closes every connection, when the test ends.
func forwardIntoPod(t *testing.T, p *podrun.Pod, addr, target string) {
	t.Helper()
	ln, err := p.Listen(addr)
	if err != nil {
		t.Fatalf("listen on %s in the pod's network namespace: %v", addr, err)
	}
	var (
		mu    sync.Mutex
		conns []net.Conn
		wg    sync.WaitGroup
	)
	track := func(c net.Conn) {
		mu.Lock()
		conns = append(conns, c)
		mu.Unlock()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.DialTimeout("tcp", target, 5*time.Second)
			if err != nil {
				in.Close()
				continue
			}
			track(in)
			track(out)
			wg.Add(2)
			go func() { defer wg.Done(); io.Copy(out, in); out.Close() }()
			go func() { defer wg.Done(); io.Copy(in, out); in.Close() }()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
}

// turnRESTCredential mints a TURN REST API credential as Dograh does
// (dograh-hq/dograh api/routes/turn_credentials.py:75-91 at tag
// dograh-v1.45.0): username "<expiry unix time>:<user id>", password
// base64(HMAC-SHA1(TURN_SECRET, username)).
func turnRESTCredential(secret, user string, expiry time.Time) (username, password string) {
	username = strconv.FormatInt(expiry.Unix(), 10) + ":" + user
	mac := hmac.New(sha1.New, []byte(secret))
	mac.Write([]byte(username))
	return username, base64.StdEncoding.EncodeToString(mac.Sum(nil))
}
