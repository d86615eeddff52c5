package chart

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// NotesSuffix ends every NOTES file name: "<topology>.NOTES.md".
const NotesSuffix = ".NOTES.md"

// applySetName names the ApplySet parent ConfigMap that records which
// objects an apply owns, so the next apply can prune what the file no
// longer holds.
func applySetName(cfg *config.Config) string { return namesOf(cfg).full + "-applyset" }

// ApplyCommand applies a topology's manifests and prunes the objects of an
// earlier apply that the file no longer holds (a disabled component).
// Server-side apply keeps field ownership exact, which makes a takeover
// from Helm safe. kubectl prunes server-side-applied objects only through
// an ApplySet (alpha in kubectl 1.27-1.35, hence the variable); only
// objects applied this way are ever pruned, so Secrets made by hand and
// anything Helm left are never candidates.
func ApplyCommand(cfg *config.Config, file string) string {
	return "KUBECTL_APPLYSET=true kubectl apply --server-side --prune --applyset=configmaps/" + applySetName(cfg) + " -n " + cfg.Namespace + " -f " + file
}

// TakeoverCommand adopts an installation made by the Helm chart: Helm's
// RollingUpdate fields are dropped from the Deployments rendered with
// Recreate (server-side apply cannot remove fields another manager owns,
// and Recreate forbids them), Helm objects this topology replaces are
// deleted, then the apply takes over the remaining fields
// (--force-conflicts).
func TakeoverCommand(cfg *config.Config, file string) string {
	n := namesOf(cfg)
	ns := cfg.Namespace
	var recreate []string
	if cfg.Coturn.Enabled && !internalRelay(cfg) {
		recreate = append(recreate, n.coturn)
	}
	if cfg.Storage.Mode == config.StorageInternalMinio {
		recreate = append(recreate, n.minio)
	}
	var steps []string
	if len(recreate) > 0 {
		steps = append(steps, "for d in "+strings.Join(recreate, " ")+"; do kubectl -n "+ns+` patch deployment "$d" --type=merge -p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}' || true; done`)
	}
	if internalRelay(cfg) {
		// Helm's Service publishes every relay port, as fields of Helm's
		// manager that the apply would leave in place: keep the listeners.
		var ports []string
		for _, p := range []struct {
			name, protocol string
			port           int
		}{{turn.ListenerUDPPortName, "UDP", turnPort}, {turn.ListenerTCPPortName, "TCP", turnPort}, {turn.TLSPortName, "TCP", turn.DefaultTLSPort}} {
			if p.name != turn.TLSPortName || cfg.Coturn.TLS.Enabled {
				ports = append(ports, fmt.Sprintf(`{"name":"%s","port":%d,"protocol":"%s","targetPort":%d}`, p.name, p.port, p.protocol, p.port))
			}
		}
		steps = append(steps, "kubectl -n "+ns+" patch service "+n.coturn+` --type=json -p '[{"op":"replace","path":"/spec/ports","value":[`+strings.Join(ports, ",")+`]}]' || true`)
	}
	var hpas []string
	for _, h := range []struct {
		name string
		ours bool
	}{
		{n.web, cfg.Web.Autoscaling.Enabled}, {n.arqWorker, cfg.ArqWorker.Autoscaling.Enabled}, {n.ui, cfg.UI.Autoscaling.Enabled},
	} {
		if !h.ours {
			hpas = append(hpas, h.name)
		}
	}
	if len(hpas) > 0 {
		steps = append(steps, "kubectl -n "+ns+" delete hpa "+strings.Join(hpas, " ")+" --ignore-not-found")
	}
	if cfg.Exposure.Mode == config.ExposureGatewayAPI {
		steps = append(steps, "kubectl -n "+ns+" delete ingress "+n.gateway+" --ignore-not-found")
	}
	steps = append(steps, strings.Replace(ApplyCommand(cfg, file), "--server-side", "--server-side --force-conflicts", 1))
	return strings.Join(steps, " && ")
}

// Notes is the post-synth guidance for cfg: what to do next, and warnings
// about unsafe choices. manifest is the path of the synthesized file.
func Notes(cfg *config.Config, manifest string) string {
	n := namesOf(cfg)
	ns := cfg.Namespace
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }

	p("# Dograh: %s topology", cfg.Topology)
	p("")
	p("Namespace `%s`, release `%s`, Pod Security level `%s`.", ns, cfg.Release, PodSecurityLevel(cfg))
	if w := warnings(cfg); len(w) > 0 {
		p("")
		p("## Warnings")
		p("")
		for _, line := range w {
			p("- %s", line)
		}
	}
	p("")
	p("## Next steps")
	p("")
	p("1. Create the namespace and, once, the Secrets the pods read (fresh random values; `create`, never `apply`, so a datastore keeps the password it was initialised with):")
	p("")
	p("   ```sh")
	p("   kubectl create namespace %s", ns)
	p("   go run . secrets -topology %s | kubectl create -f -   # or: go run . secrets -config site.yaml", cfg.Topology)
	p("   ```")
	var replace []string
	for _, s := range Secrets(cfg) {
		for _, k := range s.Keys {
			if k.Placeholder != "" {
				replace = append(replace, fmt.Sprintf("`%s/%s`", s.Name, k.Key))
			}
		}
	}
	if len(replace) > 0 {
		p("")
		p("   Only you know some values; replace the lines the output marks `# REPLACE` before creating them: %s.", strings.Join(replace, ", "))
	}
	if t := cfg.Exposure.TLSSecretName; t != "" && cfg.Exposure.AWS.CertificateARN == "" {
		host := orDefault(strings.TrimPrefix(firstHost(cfg), "*."), "localhost")
		p("")
		p("   Login needs HTTPS: the UI's session cookie is `Secure`, and browsers drop it over plain HTTP. Create the kubernetes.io/tls Secret `%s` for %s, from cert-manager or your CA, or for a first try a self-signed one:", t, hostList(cfg))
		p("")
		p("   ```sh")
		p("   openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj /CN=%s -addext subjectAltName=DNS:%s -keyout tls.key -out tls.crt", host, host)
		p("   kubectl -n %s create secret tls %s --cert=tls.crt --key=tls.key", ns, t)
		p("   ```")
	}
	if cfg.Database.Mode == config.DatabaseExternal {
		p("")
		p("   The migrations need the pgvector extension in the external database. Managed PostgreSQL lets only privileged roles create it, so run this once as such a role before the first apply:")
		p("")
		p("   ```sql")
		p("   CREATE EXTENSION IF NOT EXISTS vector;")
		p("   ```")
	}
	p("")
	crds := requiredCRDs(cfg)
	if len(crds) > 0 {
		p("2. Install the CRDs the manifests use, once per cluster:")
		p("")
		for _, c := range crds {
			p("   - %s", c)
		}
	} else {
		p("2. No CRDs are needed.")
	}
	p("")
	p("3. Apply. The Namespace comes first in the file, with its Pod Security labels. The command also prunes what an earlier apply created and the file no longer holds, e.g. a disabled component; only objects applied with it are ever pruned:")
	p("")
	p("   ```sh")
	p("   %s", ApplyCommand(cfg, manifest))
	p("   ```")
	p("")
	p("   Taking over an installation made by the Helm chart instead:")
	p("")
	p("   ```sh")
	p("   %s", TakeoverCommand(cfg, manifest))
	p("   ```")
	p("")
	if cfg.NetworkPolicy.Enabled {
		p("   NetworkPolicy denies everything but the app's own flows; web, ui and MinIO accept connections only from `networkPolicy.ingressFrom` (%s). It takes effect only with a CNI that enforces it.", peerList(cfg.NetworkPolicy.IngressFrom))
		p("")
	}
	p("4. Watch the rollout:")
	p("")
	p("   ```sh")
	if cfg.Migrations.Enabled {
		p("   kubectl -n %s get jobs -l app.kubernetes.io/component=migrate   # the alembic Job of this version", ns)
	}
	if cfg.Web.Enabled {
		p("   kubectl -n %s rollout status deployment/%s", ns, n.web)
	}
	p("   kubectl -n %s get pods", ns)
	p("   ```")
	if cfg.Migrations.Enabled && cfg.Migrations.GateApp {
		p("")
		p("   App pods wait in their `wait-for-schema` init container until the migration Job has brought the database to their image's schema.")
	}
	p("")
	p("5. Find the addresses:")
	p("")
	p("   ```sh")
	if cfg.Exposure.Mode == config.ExposureIngress {
		p("   kubectl -n %s get ingress %s", ns, n.gateway)
	} else if cfg.Exposure.GatewayAPI.CreateGateway {
		p("   kubectl -n %s get gateway %s -o jsonpath='{.status.addresses[*].value}'", ns, n.gateway)
	} else {
		g := cfg.Exposure.GatewayAPI.ExistingGateway
		p("   kubectl -n %s get httproute   # attached to Gateway %s/%s", ns, orDefault(g.Namespace, ns), g.Name)
	}
	p("   ```")
	p("")
	p("   Point DNS for %s at that address. The app believes it is served at `%s`.", hostList(cfg), publicURL(cfg))
	if cfg.Coturn.Enabled {
		p("")
		turnNotes(p, cfg, n)
	}
	return b.String()
}

func turnNotes(p func(string, ...any), cfg *config.Config, n names) {
	ns, c := cfg.Namespace, cfg.Coturn
	address := fmt.Sprintf("kubectl -n %s get service %s -o jsonpath='{.status.loadBalancer.ingress[0].ip}{.status.loadBalancer.ingress[0].hostname}'", ns, n.coturn)
	switch {
	case c.HostNetwork:
		p("6. TURN runs on its node's network (profile public) and advertises the node's address. Open UDP and TCP %d and UDP %d-%d on that node's firewall.", turnPort, c.MinRelayPort, c.MaxRelayPort)
		address = fmt.Sprintf("kubectl -n %s get pod -l app.kubernetes.io/component=coturn -o jsonpath='{.items[0].status.hostIP}'", ns)
	case internalRelay(cfg):
		listeners := fmt.Sprintf("UDP and TCP %d", turnPort)
		if c.TLS.Enabled {
			listeners += fmt.Sprintf(" and TCP %d", turn.DefaultTLSPort)
		}
		p("6. TURN runs with profile internal: %d coturn pods behind the `%s` LoadBalancer, which publishes only %s. Relayed addresses are the pods' own, which web's pods reach over the pod network, so the relay range (UDP %d-%d on each pod) is not on the load balancer and no public address is needed. Rollouts add a pod before one drains, and a PodDisruptionBudget lets node drains take one at a time.", c.Replicas, n.coturn, listeners, c.MinRelayPort, c.MaxRelayPort)
	case c.ExternalIP != "":
		p("6. TURN (profile public) advertises the static address %s; make sure the %s Service's load balancer has it.", c.ExternalIP, n.coturn)
	case discovers(cfg):
		p("6. TURN (profile public) learns its public address from its own Service at start: the pod waits in its `discover-address` init container until the load balancer has one, then in `configure` until a hostname resolves (`kubectl -n %s logs deploy/%s -c discover-address`, and `-c configure`). If the load balancer is ever replaced, restart it: `kubectl -n %s rollout restart deployment/%s`.", ns, n.coturn, ns, n.coturn)
	default:
		p("6. coturn (profile public) advertises the address it binds until you set `coturn.externalIp` to the load balancer's address.")
	}
	p("")
	if c.Host != "" {
		p("   Browsers reach TURN at `%s` (TURN_HOST). Point that DNS name at the relay's address:", c.Host)
		p("")
		p("   ```sh")
		p("   %s", address)
		p("   ```")
	} else {
		// web reads TURN_HOST from its environment at start, and the
		// address exists only once the load balancer does: a static value
		// is unavoidable without a DNS name.
		p("   web hands browsers TURN_HOST, read from its environment at start; without `coturn.host` (a DNS name) it is unknown until the load balancer exists. Set it once, with this one command (later applies leave the key alone):")
		p("")
		p("   ```sh")
		p(`   kubectl -n %s patch configmap %s --type merge -p "{\"data\":{\"TURN_HOST\":\"$(%s)\"}}" && kubectl -n %s rollout restart deployment/%s`, ns, n.config, address, ns, n.web)
		p("   ```")
	}
	if c.TLS.Enabled {
		p("")
		if c.TLS.CertManager.IssuerName != "" {
			p("   turns:// on TCP %d uses a certificate cert-manager issues into Secret `%s` from %s `%s` (use a DNS-01 solver: the TURN name points at a load balancer that forwards TURN ports only). coturn reloads it when it is renewed.", turn.DefaultTLSPort, n.coturnTLSSecret, orDefault(c.TLS.CertManager.IssuerKind, "ClusterIssuer"), c.TLS.CertManager.IssuerName)
		} else {
			p("   turns:// on TCP %d needs the kubernetes.io/tls Secret `%s` for `%s`; coturn reloads it when it changes.", turn.DefaultTLSPort, n.coturnTLSSecret, c.Host)
		}
	}
	p("")
	switch {
	case internalRelay(cfg):
		p("   coturn relays only to the app's pods in `coturn.podCidrs` (%s): every other address is denied in turnserver.conf, and NetworkPolicy lets it reach web's pods and its own only. **Confirm the pod network is yours** (`kubectl cluster-info dump | grep -m1 -e --cluster-cidr`, or `kubectl get nodes -o jsonpath='{.items[*].spec.podCIDR}'`; where pods take VPC addresses, as with EKS's VPC CNI, the VPC's CIDR): with a wrong range no relayed call connects. web offers its pod-address ICE candidates (SERVER_IP is the pod's IP), so media stays in the cluster.", strings.Join(c.PodCIDRs, ", "))
	case len(c.PodCIDRs) > 0:
		p("   coturn relays to public addresses and to the app's pods in `coturn.podCidrs` (%s); every other private or reserved range is denied, in turnserver.conf and in NetworkPolicy. web offers its pod-address ICE candidates (SERVER_IP is the pod's IP), so media can stay in the cluster.", strings.Join(c.PodCIDRs, ", "))
	default:
		p("   coturn relays to public addresses only: every private and reserved range is denied, in turnserver.conf and in NetworkPolicy, so TURN credentials (which browsers hold) cannot reach into the cluster. web offers only public ICE candidates. To let media take the in-cluster path to web, set `coturn.podCidrs` to the cluster's pod ranges.")
	}
	p("")
	capacity := RelayCapacity(cfg)
	p("   **Capacity:** the relay carries up to %d concurrent calls: %s. CPU and bandwidth may bound it first. `coturn.concurrentCalls` (%d) is within it. coturn.userQuota (default 10) also caps each TURN user's allocations on each pod: a dashboard user's calls share it, and so do the web-side allocations of every call of one embed widget (they use its creator's id).", capacity.Calls, capacity, c.ConcurrentCalls)
	p("")
	grace := coturnGracePeriodSeconds(cfg)
	p("   **Draining:** a stopping relay pod keeps its calls for up to %d s (web's %d s grace period plus %d): it waits %d s for load balancers to stop sending it new clients, sends coturn SIGUSR1 (4.8.0 then refuses new allocations and keeps existing ones), and waits until no allocation is left (`kubectl -n %s exec POD -c coturn -- cat %s` shows when it started). Readiness stays up meanwhile: an unready pod would lose its UDP flows to kube-proxy's conntrack cleanup.", grace, cfg.Web.TerminationGracePeriodSeconds, coturnGraceSlackSeconds, turn.DrainDelaySeconds, ns, turn.DrainingFile)
	if !internalRelay(cfg) {
		p("   With one pod and Recreate, a rollout waits for that drain, and new calls get no relay meanwhile; `coturn.profile: internal` rolls one pod at a time instead.")
	}
	if !c.HostNetwork {
		p("")
		lb := "   **Load balancer:** externalTrafficPolicy is Local, so coturn sees browsers' own addresses, which it reports back to them and checks permissions against."
		if isAWSNLB(c.ServiceAnnotations) {
			p("%s The NLB targets pod IPs, so it checks each pod itself, over TCP on %s (the controller's default, TCP on each listener's own port, fails for UDP-only ports) and stops sending new clients to a stopping pod once the controller deregisters it. Cross-zone balancing (`load_balancing.cross_zone.enabled=true`) lets every zonal address of TURN_HOST reach every relay pod, whichever zones they run in (cross-zone traffic is charged). The deregistration delay (`%s`) keeps a draining pod's flows until its grace period ends: UDP target groups cut a deregistered target's flows when the delay ends, after 300 s by default.",
				lb, c.ServiceAnnotations[awsHealthCheckPort], c.ServiceAnnotations[awsTargetGroupAttributes])
		} else {
			p("%s The balancer health-checks kube-proxy's healthCheckNodePort, which answers 200 only on nodes with a ready relay pod: a UDP listener gets a working health check, and nodes without a relay, or with only a draining one, get no new clients.", lb)
		}
	}
	p("")
	if k := c.PreviousSecretKey; k != "" {
		p("   **Rotating TURN_SECRET** without failing calls: put the new value in `TURN_SECRET` and the old one in `%s` (the app Secret `%s`), restart coturn (`kubectl -n %s rollout restart deployment/%s`), then web (`kubectl -n %s rollout restart deployment/%s`); once every credential the old value signed has expired (TURN_CREDENTIAL_TTL, a day by default), remove `%s` and restart coturn again.", k, n.appSecret, ns, n.coturn, ns, n.web, k)
	} else {
		p("   **Rotating TURN_SECRET** fails calls until web and coturn both use the new value; set `coturn.previousSecretKey` (e.g. TURN_SECRET_PREVIOUS) so coturn accepts the old value meanwhile.")
	}
}

// AWS Load Balancer Controller annotations the NOTES explain.
const (
	awsTargetType            = "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type"
	awsHealthCheckPort       = "service.beta.kubernetes.io/aws-load-balancer-healthcheck-port"
	awsTargetGroupAttributes = "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes"
)

// isAWSNLB reports an NLB of the AWS Load Balancer Controller that targets
// pod IPs, with the health check and deregistration delay the aws preset
// sets.
func isAWSNLB(a map[string]string) bool {
	return a[awsTargetType] == "ip" && a[awsHealthCheckPort] != "" && a[awsTargetGroupAttributes] != ""
}

// warnings flag choices that are unsafe or unfinished.
func warnings(cfg *config.Config) []string {
	var w []string
	for _, f := range Warnings(cfg) {
		w = append(w, fmt.Sprintf("`%s`: %s.", f.Field, f.Detail))
	}
	if cfg.Exposure.TLSSecretName == "" {
		w = append(w, "No TLS: browsers reach the app over plain HTTP, and WebRTC needs a secure origin outside localhost. Set `exposure.tlsSecretName`.")
	}
	if cfg.Exposure.Mode == config.ExposureGatewayAPI && cfg.Exposure.GatewayAPI.CreateGateway && cfg.Exposure.GatewayAPI.GatewayClassName == config.PlaceholderGatewayClass {
		w = append(w, fmt.Sprintf("The Gateway's class is the placeholder `%s`: no controller will serve it. Set `exposure.gatewayApi.gatewayClassName` (kubectl get gatewayclass).", config.PlaceholderGatewayClass))
	}
	if len(cfg.Exposure.Hostnames) == 0 && cfg.App.BackendAPIEndpoint == "" {
		w = append(w, "No hostname: BACKEND_API_ENDPOINT defaults to `http://localhost`. Set `exposure.hostnames` or `config.backendApiEndpoint`.")
	}
	for _, h := range []struct{ name, key string }{{cfg.Coturn.Host, "coturn.host"}, {cfg.Storage.PublicHostname, "storage.publicHostname"}} {
		if placeholderHost(h.name) {
			w = append(w, fmt.Sprintf("The hostname `%s` is a placeholder. Set `%s`.", h.name, h.key))
		}
	}
	for _, h := range cfg.Exposure.Hostnames {
		if placeholderHost(h) {
			w = append(w, fmt.Sprintf("The hostname `%s` is a placeholder. Set `exposure.hostnames`.", h))
		}
	}
	if cfg.ServiceAccount.Annotations[config.IRSAAnnotation] == config.PlaceholderRoleARN {
		w = append(w, fmt.Sprintf("The IAM role is the placeholder `%s`. Set `serviceAccount.annotations` %q.", config.PlaceholderRoleARN, config.IRSAAnnotation))
	}
	if cfg.Exposure.AWS.CertificateARN == config.PlaceholderCertificateARN && cfg.Exposure.Implementation == "aws-load-balancer-controller" {
		w = append(w, fmt.Sprintf("The ACM certificate is the placeholder `%s`: the AWS Load Balancer Controller serves HTTPS with an ACM certificate, not the TLS Secret. Set `exposure.aws.certificateArn`.", config.PlaceholderCertificateARN))
	}
	if cfg.App.EnableTelemetry {
		w = append(w, "Telemetry is on: usage events go to "+orDefault(cfg.App.PosthogHost, "PostHog")+". Set `config.enableTelemetry: false` to keep them in house.")
	}
	if !cfg.SharedTmp.Enabled {
		w = append(w, "sharedTmp is off. App versions whose web pods hand end-of-call files to a worker by local path lose those files across pods; for them, enable `sharedTmp` with a ReadWriteMany storage class.")
	}
	for _, img := range []struct {
		path  string
		image config.Image
	}{{"images.api", cfg.Images.API}, {"images.ui", cfg.Images.UI}} {
		if img.image.Tag == "latest" {
			w = append(w, fmt.Sprintf("`%s.tag` is `latest`: with imagePullPolicy IfNotPresent each node keeps whatever it pulled first, and the migration Job cannot tell versions apart. Pin a version.", img.path))
		}
	}
	if cfg.Coturn.Enabled && cfg.Coturn.HostNetwork {
		w = append(w, "coturn uses the node's network: the namespace needs Pod Security `privileged` (hostNetwork and hostPort are forbidden by `baseline` and `restricted`), and it is labelled so.")
	}
	if np := cfg.NetworkPolicy; np.Enabled && cfg.AriManager.Enabled && len(np.Asterisk.CIDRs) == 0 {
		w = append(w, "NetworkPolicy is on but `networkPolicy.asterisk.cidrs` is empty: web, the ARQ workers and ari-manager reach Asterisk only on `networkPolicy.internetEgressPorts`. Set the Asterisk host's CIDR and ARI port.")
	}
	if r := cfg.Storage; r.Mode != config.StorageS3 && cfg.Exposure.Mode != "" {
		w = append(w, fmt.Sprintf("The app gives the `%s` bucket an anonymous read, write, delete and list policy and hands out unsigned URLs (api/services/filesystem/minio.py): whoever reaches it through the public route can read and delete every recording. Keep that route off the open internet, or block listing at your proxy.", r.Bucket))
	}
	if !cfg.NetworkPolicy.Enabled {
		w = append(w, "NetworkPolicy is off: every pod accepts connections from anywhere in the cluster.")
	}
	if cfg.App.ForwardedAllowIPs == "*" {
		w = append(w, "`config.forwardedAllowIps` is `*`: uvicorn trusts X-Forwarded-* from any peer. Keep pods unreachable except through the gateway (NetworkPolicy), or list the proxies' addresses.")
	}
	return unique(w)
}

func firstHost(cfg *config.Config) string {
	if len(cfg.Exposure.Hostnames) > 0 {
		return cfg.Exposure.Hostnames[0]
	}
	return ""
}

// placeholderHost reports the reserved example names the presets use.
func placeholderHost(h string) bool {
	return strings.HasSuffix(h, "example.com") || strings.HasSuffix(h, ".local")
}

func requiredCRDs(cfg *config.Config) []string {
	var crds []string
	if c := cfg.Coturn; c.Enabled && c.Metrics.Enabled && c.Metrics.PodMonitor {
		crds = append(crds, "Prometheus Operator (PodMonitor), e.g. with kube-prometheus-stack; set `coturn.metrics.podMonitorLabels` to what your Prometheus selects")
	}
	if c := cfg.Coturn; c.Enabled && c.TLS.Enabled && c.TLS.CertManager.IssuerName != "" {
		crds = append(crds, "cert-manager v1.21 (Certificate), with the issuer named in `coturn.tls.certManager`")
	}
	if cfg.Web.Enabled && cfg.Web.KEDA.Enabled {
		crds = append(crds, "KEDA v2.21 (its ScaledObject and TriggerAuthentication CRDs come with it): `helm install keda kedacore/keda --namespace keda --create-namespace`")
	}
	if cfg.Exposure.Mode == config.ExposureGatewayAPI {
		crds = append(crds, "Gateway API v1.4.1, standard channel: `kubectl apply --server-side -f https://github.com/kubernetes-sigs/gateway-api/releases/download/v1.4.1/standard-install.yaml`")
	}
	return crds
}

func hostList(cfg *config.Config) string {
	hosts := append([]string{}, cfg.Exposure.Hostnames...)
	if cfg.Storage.PublicHostname != "" {
		hosts = append(hosts, cfg.Storage.PublicHostname)
	}
	if len(hosts) == 0 {
		return "your hostname"
	}
	return "`" + strings.Join(hosts, "`, `") + "`"
}

func orDefault(s, def string) string {
	if s != "" {
		return s
	}
	return def
}

func unique(lines []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range lines {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

func peerList(peers []config.Peer) string {
	var out []string
	for _, p := range peers {
		switch {
		case p.CIDR != "":
			out = append(out, p.CIDR)
		default:
			s := "namespaces " + labelString(p.NamespaceLabels)
			if len(p.PodLabels) > 0 {
				s += ", pods " + labelString(p.PodLabels)
			}
			out = append(out, s)
		}
	}
	return strings.Join(out, "; ")
}

func labelString(labels map[string]string) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		parts = append(parts, k+"="+labels[k])
	}
	return strings.Join(parts, ",")
}
