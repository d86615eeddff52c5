package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"regexp"
	"sort"
	"strings"

	"github.com/dograh-hq/dograh-cdk8s/internal/check"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation"
)

// Validate reports every problem of cfg at once, one line each, prefixed
// with the path of the offending key as it is spelled in the YAML file.
func Validate(cfg *Config) error {
	v := &validator{}
	v.name("topology", cfg.Topology)
	v.name("release", cfg.Release)
	v.name("namespace", cfg.Namespace)
	v.image("images.api", cfg.Images.API)
	v.runAsUser("images.api", cfg.Images.API)
	v.image("images.ui", cfg.Images.UI)
	v.runAsUser("images.ui", cfg.Images.UI)
	v.image("images.coturn", cfg.Images.Coturn)
	v.runAsUser("images.coturn", cfg.Images.Coturn)
	for i, s := range cfg.ImagePullSecrets {
		v.name(fmt.Sprintf("imagePullSecrets[%d]", i), s)
	}
	if cfg.Secrets.App != "" {
		v.name("secrets.app", cfg.Secrets.App)
	}
	v.app(cfg)

	v.component("web", cfg.Web.Component)
	v.replicas("web", cfg.Web.Replicas, cfg.Web.Autoscaling)
	v.keda(cfg.Web)
	v.pdb("web", cfg.Web.PodDisruptionBudget)
	v.component("arqWorker", cfg.ArqWorker.Component)
	v.replicas("arqWorker", cfg.ArqWorker.Replicas, cfg.ArqWorker.Autoscaling)
	v.component("ariManager", cfg.AriManager.Component)
	v.component("campaignOrchestrator", cfg.CampaignOrchestrator.Component)
	v.component("ui", cfg.UI.Component)
	v.replicas("ui", cfg.UI.Replicas, cfg.UI.Autoscaling)
	v.pdb("ui", cfg.UI.PodDisruptionBudget)
	v.component("coturn", cfg.Coturn.Component)
	v.coturn(cfg)
	v.exposure(cfg.Exposure)
	v.login(cfg)
	v.datastores(cfg)
	v.migrations(cfg.Migrations)
	v.sharedTmp(cfg.SharedTmp)
	v.networkPolicy(cfg)
	return v.Err()
}

// validator collects problems with the shared, path-qualified wording.
type validator struct{ check.Errors }

func (v *validator) name(path, s string) {
	switch {
	case s == "":
		v.Required(path, "set a lowercase name such as \"dograh\"")
	case len(s) > 40 || !check.DNSLabelPattern.MatchString(s):
		v.Invalid(path, s, "must be a lowercase RFC 1123 label of at most 40 characters (a-z, 0-9, '-'), leaving room for suffixes such as \"-campaign-orchestrator\"")
	}
}

func (v *validator) image(path string, i Image) {
	if i.Repository == "" {
		v.Required(path+".repository", `set the image repository, e.g. "dograhai/dograh-api"`)
	}
	if i.Tag == "" {
		v.Required(path+".tag", `set the image tag, e.g. "1.2.3"`)
	}
	// Only the registry may carry a port (":"); only it may not hold "/".
	for _, f := range []struct{ key, value, forbidden string }{
		{"registry", i.Registry, " \t\n/@"},
		{"repository", i.Repository, " \t\n:@"},
		{"tag", i.Tag, " \t\n:@/"},
	} {
		if strings.ContainsAny(f.value, f.forbidden) {
			v.Invalid(path+"."+f.key, f.value, fmt.Sprintf("must not contain any of %q", strings.TrimLeft(f.forbidden, " \t\n")))
		}
	}
}

// runAsUser requires the UID of an image a pod runs; not root, since the
// pods run with runAsNonRoot.
func (v *validator) runAsUser(path string, i Image) {
	if i.RunAsUser < 1 {
		v.Invalid(path+".runAsUser", i.RunAsUser, "must be the numeric non-root UID the image runs as (its USER), e.g. 1000")
	}
}

func (v *validator) component(path string, c Component) {
	if !c.Enabled {
		return
	}
	if c.Image != nil {
		v.image(path+".image", *c.Image)
		if c.Image.RunAsUser < 0 {
			v.Invalid(path+".image.runAsUser", c.Image.RunAsUser, "must be a non-root UID, or unset to keep the default image's")
		}
	}
	v.quantity(path+".resources.requests.cpu", c.Resources.Requests.CPU, `"250m"`)
	v.quantity(path+".resources.requests.memory", c.Resources.Requests.Memory, `"512Mi"`)
	v.quantity(path+".resources.limits.cpu", c.Resources.Limits.CPU, `"1"`)
	v.quantity(path+".resources.limits.memory", c.Resources.Limits.Memory, `"1Gi"`)
	for _, pair := range [][3]string{
		{"cpu", c.Resources.Requests.CPU, c.Resources.Limits.CPU},
		{"memory", c.Resources.Requests.Memory, c.Resources.Limits.Memory},
	} {
		req, err1 := resource.ParseQuantity(pair[1])
		lim, err2 := resource.ParseQuantity(pair[2])
		if err1 == nil && err2 == nil && req.Cmp(lim) > 0 {
			v.Invalid(path+".resources.requests."+pair[0], pair[1], fmt.Sprintf("must not exceed resources.limits.%s (%q)", pair[0], pair[2]))
		}
	}
	for _, probe := range []struct {
		name string
		t    ProbeTiming
	}{{"readiness", c.Probes.Readiness}, {"liveness", c.Probes.Liveness}, {"startup", c.Probes.Startup}} {
		for _, f := range []struct {
			name string
			n    int
		}{
			{"initialDelaySeconds", probe.t.InitialDelaySeconds}, {"periodSeconds", probe.t.PeriodSeconds},
			{"timeoutSeconds", probe.t.TimeoutSeconds}, {"failureThreshold", probe.t.FailureThreshold},
		} {
			if f.n < 0 {
				v.Invalid(path+".probes."+probe.name+"."+f.name, f.n, "must not be negative; 0 keeps the default")
			}
		}
	}
	if c.Affinity != nil {
		v.kubernetes(path+".affinity", c.Affinity, &corev1.Affinity{})
	}
	for i, tsc := range c.TopologySpreadConstraints {
		v.kubernetes(fmt.Sprintf("%s.topologySpreadConstraints[%d]", path, i), tsc, &corev1.TopologySpreadConstraint{})
	}
	for i, t := range c.Tolerations {
		switch t.Operator {
		case "", "Equal", "Exists":
		default:
			v.Invalid(fmt.Sprintf("%s.tolerations[%d].operator", path, i), t.Operator, "must be Equal or Exists")
		}
	}
}

func (v *validator) quantity(path, s, example string) {
	if s == "" {
		v.Required(path, "set it explicitly, e.g. "+example)
		return
	}
	if _, err := resource.ParseQuantity(s); err != nil {
		v.Invalid(path, s, "must be a Kubernetes quantity, e.g. "+example)
	}
}

func (v *validator) replicas(path string, replicas int, a Autoscaling) {
	if a.Enabled {
		if a.MinReplicas < 1 {
			v.Invalid(path+".autoscaling.minReplicas", a.MinReplicas, "must be at least 1")
		}
		if a.MaxReplicas < a.MinReplicas {
			v.Invalid(path+".autoscaling.maxReplicas", a.MaxReplicas, fmt.Sprintf("must be at least autoscaling.minReplicas (%d)", a.MinReplicas))
		}
		for _, f := range []struct {
			name string
			pct  int
		}{{"cpuUtilizationPercent", a.CPUUtilizationPercent}, {"memoryUtilizationPercent", a.MemoryUtilizationPercent}} {
			if f.pct < 0 || f.pct > 1000 {
				v.Invalid(path+".autoscaling."+f.name, f.pct, "must be a percentage of the request between 1 and 1000")
			}
		}
		return
	}
	if replicas < 1 {
		v.Invalid(path+".replicas", replicas, "must be at least 1; to run none, set enabled: false")
	}
}

func (v *validator) pdb(path string, p PodDisruptionBudget) {
	if p.Enabled && p.MinAvailable < 1 {
		v.Invalid(path+".podDisruptionBudget.minAvailable", p.MinAvailable, "must be at least 1; to allow evicting every pod, set enabled: false")
	}
}

func (v *validator) coturn(cfg *Config) {
	c := cfg.Coturn
	if !c.Enabled {
		return
	}
	if c.MinRelayPort < 1024 || c.MinRelayPort > 65535 {
		v.Invalid("coturn.minRelayPort", c.MinRelayPort, "must be a port between 1024 and 65535")
	}
	if c.MaxRelayPort < c.MinRelayPort || c.MaxRelayPort > 65535 {
		v.Invalid("coturn.maxRelayPort", c.MaxRelayPort, fmt.Sprintf("must be between coturn.minRelayPort (%d) and 65535", c.MinRelayPort))
	}
	if c.MaxLoadBalancerListeners < 1 && !c.HostNetwork {
		v.Invalid("coturn.maxLoadBalancerListeners", c.MaxLoadBalancerListeners, "must be at least 1 (AWS NLB: 50)")
	}
	// A listener is one port number; TCP and UDP on 3478 count once.
	relay := c.MaxRelayPort - c.MinRelayPort + 1
	fixed, names := 1, "3478"
	if c.TLS.Enabled {
		fixed, names = 2, "3478 and 5349"
	}
	if need := relay + fixed; !c.HostNetwork && c.MaxLoadBalancerListeners > 0 && relay > 0 && need > c.MaxLoadBalancerListeners {
		v.Invalid("coturn.maxRelayPort", c.MaxRelayPort, fmt.Sprintf(
			"the LoadBalancer Service needs %d listeners (%d relay ports plus %s), more than coturn.maxLoadBalancerListeners (%d); lower coturn.maxRelayPort to %d, or raise coturn.maxLoadBalancerListeners if your load balancer allows more",
			need, relay, names, c.MaxLoadBalancerListeners, c.MinRelayPort+c.MaxLoadBalancerListeners-fixed-1))
	}
	if c.ExternalIP != "" && net.ParseIP(c.ExternalIP) == nil {
		v.Invalid("coturn.externalIp", c.ExternalIP, "must be an IP address; for a load balancer hostname, leave it empty and let discoverAddress resolve it")
	}
	if c.TLS.Enabled && c.TLS.CertManager.IssuerName != "" && c.Host == "" {
		v.Errorf("coturn.host", "required when coturn.tls.certManager is set: the certificate is issued for this DNS name")
	}
	switch c.TLS.CertManager.IssuerKind {
	case "", "ClusterIssuer", "Issuer":
	default:
		v.Invalid("coturn.tls.certManager.issuerKind", c.TLS.CertManager.IssuerKind, "must be ClusterIssuer or Issuer")
	}
	if c.DiscoverAddress && !c.HostNetwork && c.ExternalIP == "" {
		v.image("images.kubectl", cfg.Images.Kubectl)
	}
	for i, p := range c.PodCIDRs {
		v.cidr(fmt.Sprintf("coturn.podCidrs[%d]", i), p)
	}
	if c.UserQuota < 0 {
		v.Invalid("coturn.userQuota", c.UserQuota, "must be 1 or more, or unset for the default")
	}
	if c.TotalQuota < 0 {
		v.Invalid("coturn.totalQuota", c.TotalQuota, "must be 1 or more, or unset for the default")
	}
	if c.HostNetwork && len(c.ServiceAnnotations) > 0 {
		v.Invalid("coturn.serviceAnnotations", fmt.Sprintf("%d annotations", len(c.ServiceAnnotations)), "host-network mode renders no Service; remove them or set hostNetwork: false")
	}
}

// app checks the app's own settings against what the image does with them
// (CONTRACT.md cites each).
func (v *validator) app(cfg *Config) {
	a := cfg.App
	if a.FastAPIWorkers > 1 {
		v.Invalid("config.fastapiWorkers", a.FastAPIWorkers, "has no effect: the image's scripts/run_web.sh starts uvicorn with --workers 1; remove it and scale web.replicas (or web.autoscaling) instead")
	} else if a.FastAPIWorkers < 0 {
		v.Invalid("config.fastapiWorkers", a.FastAPIWorkers, "must be 1 or unset")
	}
	if a.LangfuseHost != "" && a.LangfuseProjectID == "" {
		v.Errorf("config.langfuseProjectId", "required when config.langfuseHost is set: the app refuses to start without LANGFUSE_PROJECT_ID next to LANGFUSE_HOST (api/constants.py); copy it from the project's URL in Langfuse")
	}
	for _, k := range sortedKeys(a.ExtraEnv) {
		at := "config.extraEnv." + k
		if msgs := validation.IsEnvVarName(k); len(msgs) > 0 {
			v.Invalid(at, k, "must be an environment variable name: "+strings.Join(msgs, "; "))
		} else if owner, ok := renderedEnv[k]; ok {
			v.Invalid(at, k, "is already set by the manifests ("+owner+"); change that setting instead of overriding it")
		}
	}
	seen := map[string]bool{}
	for i, k := range a.SecretEnv {
		at := fmt.Sprintf("config.secretEnv[%d]", i)
		switch {
		case len(validation.IsEnvVarName(k)) > 0:
			v.Invalid(at, k, "must be an environment variable name and a key of the app Secret, e.g. SENTRY_DSN")
		case seen[k]:
			v.Invalid(at, k, "is listed twice; remove one")
		case renderedEnv[k] != "":
			v.Invalid(at, k, "is already set by the manifests ("+renderedEnv[k]+"); change that setting instead")
		case a.ExtraEnv[k] != "":
			v.Invalid(at, k, "is also in config.extraEnv; keep one of them")
		}
		seen[k] = true
	}
}

// renderedEnv are the variables the manifests set in API-image processes
// themselves, with the setting that controls each: extraEnv and secretEnv
// may not shadow them.
var renderedEnv = map[string]string{
	"ENVIRONMENT": "config.environment", "LOG_LEVEL": "config.logLevel", "BACKEND_API_ENDPOINT": "config.backendApiEndpoint", "UI_APP_URL": "config.backendApiEndpoint",
	"ENABLE_TELEMETRY": "config.enableTelemetry", "POSTHOG_HOST": "config.posthogHost", "POSTHOG_API_KEY": "config.posthogApiKey",
	"FORCE_TURN_RELAY": "config.forceTurnRelay", "ENABLE_COTURN": "coturn.enabled", "ENABLE_SIGNUP": "config.enableSignup",
	"TELEPHONY_WS_TOKEN_ENFORCE": "config.telephonyWsTokenEnforce", "TELEPHONY_WS_TOKEN_SECRET": "the app Secret, always passed",
	"LANGFUSE_HOST": "config.langfuseHost", "LANGFUSE_PROJECT_ID": "config.langfuseProjectId",
	"LANGFUSE_PUBLIC_KEY": "config.langfuseHost", "LANGFUSE_SECRET_KEY": "config.langfuseHost",
	"FORWARDED_ALLOW_IPS": "config.forwardedAllowIps", "MINIO_BUCKET": "storage.bucket", "S3_BUCKET": "storage.bucket",
	"ENABLE_AWS_S3": "storage.mode", "AWS_REGION": "storage.s3.region", "S3_REGION": "storage.s3.region",
	"MINIO_ENDPOINT": "storage", "MINIO_SECURE": "storage", "MINIO_PUBLIC_ENDPOINT": "storage",
	"MINIO_ACCESS_KEY": "storage", "MINIO_SECRET_KEY": "storage", "AWS_ACCESS_KEY_ID": "storage.s3.credentials", "AWS_SECRET_ACCESS_KEY": "storage.s3.credentials",
	"TURN_HOST": "coturn.host", "TURN_PORT": "coturn", "TURN_TLS_PORT": "coturn.tls", "TURN_SECRET": "coturn.enabled", "SERVER_IP": "coturn.podCidrs",
	"DATABASE_URL": "database", "POSTGRES_PASSWORD": "database", "REDIS_URL": "redis", "REDIS_PASSWORD": "redis",
	"OSS_JWT_SECRET": "the app Secret", "DOGRAH_DEVOPS_SECRET": "the app Secret", "XDG_CACHE_HOME": "the manifests",
	"WEB_PORT": "the manifests", "DRAIN_INITIAL_DELAY": "web.drain.initialDelaySeconds", "DRAIN_MAX_WAIT": "web.drain.maxWaitSeconds",
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// login refuses an exposure where nobody could log in: the UI sets its
// session cookie Secure (standalone Next.js runs with NODE_ENV=production;
// ui/src/app/api/auth/session/route.ts), and browsers drop Secure cookies
// received over plain HTTP.
func (v *validator) login(cfg *Config) {
	e := cfg.Exposure
	if !cfg.UI.Enabled || e.TLSSecretName != "" || e.AWS.CertificateARN != "" {
		return
	}
	if strings.HasPrefix(cfg.App.BackendAPIEndpoint, "https://") {
		return // TLS ends in front of the cluster
	}
	v.Errorf("exposure.tlsSecretName", "required: the UI's session cookie is Secure, so nobody can log in over plain HTTP; name a kubernetes.io/tls Secret (kubectl create secret tls dograh-tls --cert=... --key=..., or one cert-manager issues), or, if TLS ends in front of the cluster, set config.backendApiEndpoint to its https:// URL")
}

func (v *validator) exposure(e Exposure) {
	switch e.Mode {
	case ExposureGatewayAPI:
		g := e.GatewayAPI
		if g.CreateGateway && g.GatewayClassName == "" {
			v.Errorf("exposure.gatewayApi.gatewayClassName", "required when createGateway is true: set the GatewayClass your controller installs (kubectl get gatewayclass)")
		}
		if !g.CreateGateway && g.ExistingGateway.Name == "" {
			v.Errorf("exposure.gatewayApi.existingGateway.name", "required when createGateway is false: name the Gateway the routes attach to")
		}
	case ExposureIngress:
		if e.Ingress.ClassName == "" {
			v.Errorf("exposure.ingress.className", `required in ingress mode: set the IngressClass, e.g. "nginx" or "traefik" (kubectl get ingressclass)`)
		}
	default:
		v.Invalid("exposure.mode", string(e.Mode), "must be gatewayApi or ingress")
	}
	switch e.AWS.Scheme {
	case "", "internet-facing", "internal":
	default:
		v.Invalid("exposure.aws.scheme", e.AWS.Scheme, "must be internet-facing or internal")
	}
	if a := e.AWS.CertificateARN; a != "" && !strings.HasPrefix(a, "arn:aws") {
		v.Invalid("exposure.aws.certificateArn", a, "must be an ACM certificate ARN, arn:aws:acm:REGION:ACCOUNT:certificate/ID")
	}
}

func (v *validator) resources(path string, r Resources) {
	v.component(path, Component{Enabled: true, Resources: r})
}

func (v *validator) datastore(path string, d Datastore, image Image, imagePath string) {
	v.image(imagePath, image)
	v.runAsUser(imagePath, image)
	v.resources(path, d.Resources)
	v.quantity(path+".persistence.size", d.Persistence.Size, `"8Gi"`)
	if d.Persistence.StorageClass != "" && !check.DNSSubdomainPattern.MatchString(d.Persistence.StorageClass) {
		v.Invalid(path+".persistence.storageClass", d.Persistence.StorageClass, "must be a StorageClass name (kubectl get storageclass)")
	}
}

var (
	bucketName = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)
	hostPort   = regexp.MustCompile(`^[a-z0-9]([-a-z0-9.]*[a-z0-9])?:[0-9]{1,5}$`)
)

func (v *validator) datastores(cfg *Config) {
	switch cfg.Database.Mode {
	case DatabaseInternal:
		v.datastore("database.internal", cfg.Database.Internal, cfg.Images.Postgres, "images.postgres")
	case DatabaseExternal:
	default:
		v.Invalid("database.mode", string(cfg.Database.Mode), "must be internal or external")
	}
	switch cfg.Redis.Mode {
	case RedisInternal:
		v.datastore("redis.internal", cfg.Redis.Internal, cfg.Images.Redis, "images.redis")
	case RedisExternal:
	default:
		v.Invalid("redis.mode", string(cfg.Redis.Mode), "must be internal or external")
	}
	st := cfg.Storage
	if !bucketName.MatchString(st.Bucket) {
		v.Invalid("storage.bucket", st.Bucket, "must be an S3 bucket name: 3 to 63 lowercase letters, digits, '.' and '-'")
	}
	if st.PublicHostname != "" && !check.DNSSubdomainPattern.MatchString(st.PublicHostname) {
		v.Invalid("storage.publicHostname", st.PublicHostname, "must be a DNS name such as \"media.example.com\"")
	}
	switch st.Mode {
	case StorageInternalMinio:
		v.datastore("storage.internal", st.Internal, cfg.Images.Minio, "images.minio")
	case StorageExternalMinio:
		if st.External.Endpoint == "" {
			v.Errorf("storage.external.endpoint", "required when storage.mode is externalMinio: set host:port, e.g. \"minio.example.com:9000\"")
		} else if !hostPort.MatchString(st.External.Endpoint) {
			v.Invalid("storage.external.endpoint", st.External.Endpoint, "must be host:port without a scheme, e.g. \"minio.example.com:9000\"")
		}
		if p := st.External.PublicEndpoint; p != "" && !strings.HasPrefix(p, "http://") && !strings.HasPrefix(p, "https://") {
			v.Invalid("storage.external.publicEndpoint", p, "must be a URL starting with http:// or https://")
		}
	case StorageS3:
		if st.S3.Region == "" {
			v.Errorf("storage.s3.region", "required when storage.mode is s3: set the bucket's AWS region, e.g. \"us-east-1\"")
		}
		if p := st.S3.PublicEndpoint; p != "" && !strings.HasPrefix(p, "https://") {
			v.Invalid("storage.s3.publicEndpoint", p, "must be an https:// URL")
		}
		if st.PublicHostname != "" {
			v.Invalid("storage.publicHostname", st.PublicHostname, "only MinIO is routed through the cluster; with s3, browsers reach S3 directly (storage.s3.publicEndpoint)")
		}
		switch st.S3.Credentials {
		case S3CredentialsIRSA:
			if cfg.ServiceAccount.Annotations[IRSAAnnotation] == "" {
				v.Errorf("serviceAccount.annotations", "%s: required when storage.s3.credentials is irsa: set the IAM role ARN the pods assume, or use credentials: accessKeys", IRSAAnnotation)
			}
		case S3CredentialsAccessKeys:
		default:
			v.Invalid("storage.s3.credentials", string(st.S3.Credentials), "must be irsa or accessKeys")
		}
	default:
		v.Invalid("storage.mode", string(st.Mode), "must be internalMinio, externalMinio or s3")
	}
}

// IRSAAnnotation binds a ServiceAccount to an AWS IAM role on EKS.
const IRSAAnnotation = "eks.amazonaws.com/role-arn"

func (v *validator) migrations(m Migrations) {
	if !m.Enabled {
		return
	}
	v.resources("migrations", m.Resources)
	if m.BackoffLimit < 0 {
		v.Invalid("migrations.backoffLimit", m.BackoffLimit, "must be 0 or more")
	}
	if m.ActiveDeadlineSeconds < 1 {
		v.Invalid("migrations.activeDeadlineSeconds", m.ActiveDeadlineSeconds, "must be at least 1")
	}
	if m.TTLSecondsAfterFinished != nil && *m.TTLSecondsAfterFinished < 0 {
		v.Invalid("migrations.ttlSecondsAfterFinished", *m.TTLSecondsAfterFinished, "must be 0 or more, or unset to keep finished Jobs")
	}
}

func (v *validator) sharedTmp(s SharedTmp) {
	if !s.Enabled {
		return
	}
	if s.StorageClass == "" {
		v.Errorf("sharedTmp.storageClass", "required when sharedTmp is enabled: name a StorageClass that supports ReadWriteMany (EFS, Filestore, NFS)")
	}
	v.quantity("sharedTmp.size", s.Size, `"10Gi"`)
}

// kubernetes checks a free-form value against the Kubernetes Go type it
// will become, rejecting unknown fields, so a misspelt affinity key is an
// error rather than silently dropped.
func (v *validator) kubernetes(path string, value any, into any) {
	raw, err := json.Marshal(value)
	if err == nil {
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		err = dec.Decode(into)
	}
	if err != nil {
		v.Errorf(path, "invalid: %s", strings.TrimPrefix(err.Error(), "json: "))
	}
}

func (v *validator) networkPolicy(cfg *Config) {
	np := cfg.NetworkPolicy
	if !np.Enabled {
		return
	}
	if len(np.IngressFrom) == 0 && (cfg.Web.Enabled || cfg.UI.Enabled) {
		v.Errorf("networkPolicy.ingressFrom", "required when networkPolicy is enabled: name the gateway or ingress controller's namespace (namespaceLabels) or the load balancer's range (cidr), or nothing can reach web and ui")
	}
	for i, p := range np.IngressFrom {
		at := fmt.Sprintf("networkPolicy.ingressFrom[%d]", i)
		switch {
		case p.CIDR != "" && (len(p.NamespaceLabels) > 0 || len(p.PodLabels) > 0):
			v.Invalid(at+".cidr", p.CIDR, "a peer is either a CIDR or namespaces/pods by labels, not both; split it into two peers")
		case p.CIDR == "" && len(p.NamespaceLabels) == 0:
			v.Errorf(at, "required: set namespaceLabels (optionally with podLabels) or cidr")
		case p.CIDR != "":
			v.cidr(at+".cidr", p.CIDR)
		}
	}
	for i, p := range np.InternetEgressPorts {
		if p < 1 || p > 65535 {
			v.Invalid(fmt.Sprintf("networkPolicy.internetEgressPorts[%d]", i), p, "must be a port number between 1 and 65535")
		}
	}
	if cfg.Web.KEDA.Enabled && np.KEDAFrom.CIDR == "" && len(np.KEDAFrom.NamespaceLabels) == 0 {
		v.Errorf("networkPolicy.kedaFrom", "required when web.keda is enabled: name KEDA's namespace, e.g. namespaceLabels {kubernetes.io/metadata.name: keda}")
	}
	for _, d := range []struct {
		path string
		dest Destination
		used bool
	}{
		{"networkPolicy.externalDatabase", np.ExternalDatabase, cfg.Database.Mode == DatabaseExternal},
		{"networkPolicy.externalRedis", np.ExternalRedis, cfg.Redis.Mode == RedisExternal},
		{"networkPolicy.externalStorage", np.ExternalStorage, cfg.Storage.Mode == StorageExternalMinio},
		{"networkPolicy.asterisk", np.Asterisk, cfg.AriManager.Enabled},
	} {
		for i, c := range d.dest.CIDRs {
			v.cidr(fmt.Sprintf("%s.cidrs[%d]", d.path, i), c)
		}
		storageDefault := d.path == "networkPolicy.externalStorage" && d.dest.Port == 0 // the endpoint's port
		if d.used && len(d.dest.CIDRs) > 0 && !storageDefault && (d.dest.Port < 1 || d.dest.Port > 65535) {
			v.Invalid(d.path+".port", d.dest.Port, "must be a port number between 1 and 65535")
		}
		if d.used && len(d.dest.CIDRs) == 0 && d.path != "networkPolicy.asterisk" {
			v.Errorf(d.path+".cidrs", "required when networkPolicy is enabled and that datastore is external: list the address ranges it is reached at, or the app cannot connect")
		}
	}
}

func (v *validator) cidr(path, s string) {
	if _, n, err := net.ParseCIDR(s); err != nil {
		v.Invalid(path, s, "must be a CIDR such as \"10.0.0.0/16\"")
	} else if n.String() != s {
		v.Invalid(path, s, fmt.Sprintf("has host bits set; use %q", n.String()))
	}
}

func (v *validator) keda(w Web) {
	k := w.KEDA
	if !k.Enabled {
		return
	}
	if w.Autoscaling.Enabled {
		v.Errorf("web.keda.enabled", "invalid value true: web.autoscaling is enabled too; one Deployment takes one autoscaler, so disable one of them")
	}
	if k.CallsPerPod < 1 {
		v.Invalid("web.keda.callsPerPod", k.CallsPerPod, "must be at least 1")
	}
	if k.Buffer < 0 {
		v.Invalid("web.keda.buffer", k.Buffer, "must be 0 or more")
	}
	if k.MinReplicas < 1 {
		v.Invalid("web.keda.minReplicas", k.MinReplicas, "must be at least 1: web must keep serving calls")
	}
	if k.MaxReplicas < k.MinReplicas {
		v.Invalid("web.keda.maxReplicas", k.MaxReplicas, fmt.Sprintf("must be at least web.keda.minReplicas (%d)", k.MinReplicas))
	}
	if k.PollingIntervalSeconds < 1 {
		v.Invalid("web.keda.pollingIntervalSeconds", k.PollingIntervalSeconds, "must be at least 1")
	}
}
