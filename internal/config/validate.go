package config

import (
	"fmt"
	"maps"
	"net"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/internal/check"
)

// Validate reports the problems of cfg that only the config can see, each
// at the path of its key as the YAML file spells it: the modes and the
// choices between them, the parts of image references, settings the app
// reads, keys that must not be zero (the constructs read 0 as their
// default), cross-component rules, and the keys that go straight into an
// object the chart renders itself. Everything the constructs check on the
// props built from cfg is left to them: chart.Validate runs both, and is
// what callers use.
func Validate(cfg *Config) field.ErrorList {
	v := &validator{}
	v.name(field.NewPath("release"), cfg.Release)
	v.name(field.NewPath("namespace"), cfg.Namespace)
	v.image(field.NewPath("images", "api"), cfg.Images.API)
	v.image(field.NewPath("images", "ui"), cfg.Images.UI)
	v.image(field.NewPath("images", "coturn"), cfg.Images.Coturn)
	for _, s := range []struct{ key, name string }{
		{"app", cfg.Secrets.App}, {"postgres", cfg.Secrets.Postgres}, {"redis", cfg.Secrets.Redis}, {"minio", cfg.Secrets.Minio},
	} {
		// Pods read these Secrets through env references, which no
		// construct checks.
		if s.name != "" {
			v.add(check.DNSSubdomain(field.NewPath("secrets", s.key), s.name))
		}
	}
	v.add(check.Annotations(field.NewPath("serviceAccount", "annotations"), cfg.ServiceAccount.Annotations))
	v.app(cfg)

	v.component("web", cfg.Web.Component, allProbes, true)
	v.replicas("web", cfg.Web.Replicas, cfg.Web.Autoscaling.Enabled || cfg.Web.KEDA.Enabled)
	v.web(cfg.Web)
	v.component("arqWorker", cfg.ArqWorker.Component, livenessOnly, true)
	v.replicas("arqWorker", cfg.ArqWorker.Replicas, cfg.ArqWorker.Autoscaling.Enabled)
	v.component("ariManager", cfg.AriManager.Component, livenessOnly, true)
	v.component("campaignOrchestrator", cfg.CampaignOrchestrator.Component, livenessOnly, true)
	v.component("ui", cfg.UI.Component, allProbes, false)
	v.replicas("ui", cfg.UI.Replicas, cfg.UI.Autoscaling.Enabled)
	v.pdb("ui", cfg.UI.PodDisruptionBudget)
	v.component("coturn", cfg.Coturn.Component, nil, false)
	v.coturn(cfg)
	v.exposure(cfg)
	v.login(cfg)
	v.datastores(cfg)
	v.migrations(cfg.Migrations)
	v.sharedTmp(cfg.SharedTmp)
	v.networkPolicy(cfg)
	return v.errs
}

// validator collects problems in order.
type validator struct{ errs field.ErrorList }

func (v *validator) add(errs field.ErrorList) { v.errs = append(v.errs, errs...) }

func (v *validator) invalid(at *field.Path, value any, why string) {
	v.errs = append(v.errs, field.Invalid(at, value, why))
}

func (v *validator) required(at *field.Path, why string) {
	v.errs = append(v.errs, field.Required(at, why))
}

// name checks the release and the namespace: DNS labels. The names
// derived from them are checked by the constructs that render them.
func (v *validator) name(at *field.Path, s string) {
	if s == "" {
		v.required(at, `set a lowercase name such as "dograh"`)
		return
	}
	v.add(check.DNSLabel(at, s))
}

// image checks the parts of an image reference, which the config spells
// out and the constructs see joined; the user it runs as is the
// constructs' to check.
func (v *validator) image(at *field.Path, i Image) {
	if i.Repository == "" {
		v.required(at.Child("repository"), `set the image repository, e.g. "dograhai/dograh-api"`)
	}
	if i.Tag == "" {
		v.required(at.Child("tag"), `set the image tag, e.g. "1.2.3"`)
	}
	// Only the registry may carry a port (":"); only it may not hold "/".
	for _, f := range []struct{ key, value, forbidden string }{
		{"registry", i.Registry, " \t\n/@"},
		{"repository", i.Repository, " \t\n:@"},
		{"tag", i.Tag, " \t\n:@/"},
	} {
		if strings.ContainsAny(f.value, f.forbidden) {
			v.invalid(at.Child(f.key), f.value, fmt.Sprintf("must not contain any of %q", strings.TrimLeft(f.forbidden, " \t\n")))
		}
	}
}

// The probes a component's timings tune: HTTP servers have all three,
// workers and singletons a liveness probe only, coturn fixed TCP probes.
var (
	allProbes    = []string{"readiness", "liveness", "startup"}
	livenessOnly = []string{"liveness"}
)

// component checks what the chart decides for a component: its image
// override's parts, timings of probes it does not render (tuned renders
// them), and the pod annotation it sets (api: it runs the API image).
func (v *validator) component(root string, c Component, tuned []string, api bool) {
	if !c.Enabled {
		return
	}
	at := field.NewPath(root)
	if c.Image != nil {
		v.image(at.Child("image"), *c.Image)
	}
	for _, p := range []struct {
		name string
		t    ProbeTiming
	}{{"readiness", c.Probes.Readiness}, {"liveness", c.Probes.Liveness}, {"startup", c.Probes.Startup}} {
		if p.t != (ProbeTiming{}) && !slices.Contains(tuned, p.name) {
			v.errs = append(v.errs, field.Forbidden(at.Child("probes", p.name), fmt.Sprintf("%s has no %s probe to tune (tunable: %s); remove it, it would be ignored", root, p.name, strings.Join(orNone(tuned), ", "))))
		}
	}
	// The API-image processes roll when the ConfigMap changes through
	// this annotation; a pod annotation of that name would replace it.
	if _, set := c.PodAnnotations[ConfigChecksumAnnotation]; set && api {
		v.errs = append(v.errs, field.Forbidden(at.Child("podAnnotations").Key(ConfigChecksumAnnotation),
			"is the hash that rolls the pods when the app's ConfigMap changes; a value here would keep them on stale settings, so remove it"))
	}
}

func orNone(s []string) []string {
	if len(s) == 0 {
		return []string{"none"}
	}
	return s
}

// ConfigChecksumAnnotation carries a hash of the app ConfigMap on the pod
// templates of the API image's processes, so editing a setting rolls
// them: pods read envFrom only at start.
const ConfigChecksumAnnotation = "checksum/config"

// replicas refuses 0 where no autoscaler owns the count: the constructs
// read 0 as their default replica count.
func (v *validator) replicas(root string, replicas int, autoscaled bool) {
	if !autoscaled && replicas == 0 {
		v.invalid(field.NewPath(root, "replicas"), replicas, "must be at least 1; to run none, set enabled: false")
	}
}

// pdb refuses a budget of 0 (the constructs read 0 as their default of 1).
func (v *validator) pdb(root string, p PodDisruptionBudget) {
	if p.Enabled && p.MinAvailable == 0 {
		v.invalid(field.NewPath(root, "podDisruptionBudget", "minAvailable"), p.MinAvailable, "must be at least 1; to allow evicting every pod, set enabled: false")
	}
}

func (v *validator) web(w Web) {
	if !w.Enabled {
		return
	}
	v.pdb("web", w.PodDisruptionBudget)
	if w.TerminationGracePeriodSeconds == 0 {
		v.invalid(field.NewPath("web", "terminationGracePeriodSeconds"), 0, "must be positive: calls last up to 20 minutes, so give them that long, e.g. 1260")
	}
	k := w.KEDA
	if !k.Enabled {
		return
	}
	at := field.NewPath("web", "keda")
	if k.Buffer < 0 {
		v.invalid(at.Child("buffer"), k.Buffer, "must be 0 or more")
	}
	if k.PollingIntervalSeconds == 0 {
		v.invalid(at.Child("pollingIntervalSeconds"), 0, "must be at least 1")
	}
	// KEDA's floor is outside the DrainingWebService, so the budget that
	// allows no eviction is refused here.
	if p := w.PodDisruptionBudget; p.Enabled && k.MinReplicas > 0 && p.MinAvailable >= k.MinReplicas {
		v.invalid(field.NewPath("web", "podDisruptionBudget", "minAvailable"), p.MinAvailable, fmt.Sprintf(
			"must be below web.keda.minReplicas (%d): a budget that keeps every pod allows no eviction, so every node drain waits forever; lower it to %d or raise web.keda.minReplicas to %d",
			k.MinReplicas, k.MinReplicas-1, p.MinAvailable+1))
	}
}

// coturn checks what the chart decides from the coturn keys; the TurnRelay
// construct checks the props they become, and chart.Validate the relay's
// call capacity.
func (v *validator) coturn(cfg *Config) {
	c := cfg.Coturn
	if !c.Enabled {
		return
	}
	at := field.NewPath("coturn")
	switch c.Profile {
	case CoturnInternal, CoturnPublic:
	default:
		v.errs = append(v.errs, field.NotSupported(at.Child("profile"), string(c.Profile), []string{string(CoturnInternal), string(CoturnPublic)}))
	}
	// The construct reads 0 as its default.
	v.replicas("coturn", c.Replicas, false)
	if c.ConcurrentCalls < 0 {
		v.invalid(at.Child("concurrentCalls"), c.ConcurrentCalls, "must be 0 (no target) or the number of calls the relay must carry at once")
	}
	if c.PreviousSecretKey == "TURN_SECRET" {
		v.invalid(at.Child("previousSecretKey"), c.PreviousSecretKey, "must differ from TURN_SECRET, which holds the current value; the previous one goes under another key, e.g. TURN_SECRET_PREVIOUS")
	}
	if c.DiscoverAddress && !c.HostNetwork && c.ExternalIP == "" && c.Profile != CoturnInternal {
		v.image(field.NewPath("images", "kubectl"), cfg.Images.Kubectl)
	}
}

// app checks the app's own settings against what the image does with them
// (CONTRACT.md cites each).
func (v *validator) app(cfg *Config) {
	a := cfg.App
	at := field.NewPath("config")
	if a.FastAPIWorkers > 1 {
		v.invalid(at.Child("fastapiWorkers"), a.FastAPIWorkers, "has no effect: the image's scripts/run_web.sh starts uvicorn with --workers 1; remove it and scale web.replicas (or web.autoscaling) instead")
	} else if a.FastAPIWorkers < 0 {
		v.invalid(at.Child("fastapiWorkers"), a.FastAPIWorkers, "must be 1 or unset")
	}
	if a.LangfuseHost != "" && a.LangfuseProjectID == "" {
		v.required(at.Child("langfuseProjectId"), "when config.langfuseHost is set: the app refuses to start without LANGFUSE_PROJECT_ID next to LANGFUSE_HOST (api/constants.py); copy it from the project's URL in Langfuse")
	}
	for _, k := range slices.Sorted(maps.Keys(a.ExtraEnv)) {
		key := at.Child("extraEnv").Key(k)
		if msgs := validation.IsEnvVarName(k); len(msgs) > 0 {
			v.invalid(key, k, "must be an environment variable name: "+strings.Join(msgs, "; "))
		} else if owner, ok := renderedEnv[k]; ok {
			v.invalid(key, k, "is already set by the manifests ("+owner+"); change that setting instead of overriding it")
		}
	}
	seen := map[string]bool{}
	for i, k := range a.SecretEnv {
		key := at.Child("secretEnv").Index(i)
		switch {
		case len(validation.IsEnvVarName(k)) > 0:
			v.invalid(key, k, "must be an environment variable name and a key of the app Secret, e.g. SENTRY_DSN")
		case seen[k]:
			v.errs = append(v.errs, field.Duplicate(key, k))
			v.errs[len(v.errs)-1].Detail = "is listed twice; remove one"
		case renderedEnv[k] != "":
			v.invalid(key, k, "is already set by the manifests ("+renderedEnv[k]+"); change that setting instead")
		case a.ExtraEnv[k] != "":
			v.invalid(key, k, "is also in config.extraEnv; keep one of them")
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
	v.required(field.NewPath("exposure", "tlsSecretName"), "the UI's session cookie is Secure, so nobody can log in over plain HTTP; name a kubernetes.io/tls Secret (kubectl create secret tls dograh-tls --cert=... --key=..., or one cert-manager issues), or, if TLS ends in front of the cluster, set config.backendApiEndpoint to its https:// URL")
}

func (v *validator) exposure(cfg *Config) {
	e := cfg.Exposure
	at := field.NewPath("exposure")
	if !cfg.Web.Enabled && !cfg.UI.Enabled && cfg.Storage.Mode != StorageInternalMinio && cfg.Storage.Mode != StorageExternalMinio {
		v.errs = append(v.errs, field.Forbidden(at, "has nothing to route: web and ui are disabled, and storage is not MinIO; enable web or ui"))
	}
	switch e.Mode {
	case ExposureGatewayAPI, ExposureIngress:
	default:
		v.errs = append(v.errs, field.NotSupported(at.Child("mode"), string(e.Mode), []string{string(ExposureGatewayAPI), string(ExposureIngress)}))
	}
	switch e.AWS.Scheme {
	case "", "internet-facing", "internal":
	default:
		v.errs = append(v.errs, field.NotSupported(at.Child("aws", "scheme"), e.AWS.Scheme, []string{"internet-facing", "internal"}))
	}
	if a := e.AWS.CertificateARN; a != "" && !strings.HasPrefix(a, "arn:aws") {
		v.invalid(at.Child("aws", "certificateArn"), a, "must be an ACM certificate ARN, arn:aws:acm:REGION:ACCOUNT:certificate/ID")
	}
}

// bucketName is an S3 bucket name (the S3 naming rules; MinIO's are the same).
var bucketName = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)

// hostPort reports whether s is host:port, the host a name an ExternalName
// Service can carry (validation.IsDNS1123Subdomain, as ValidateService
// checks it) and the port a port number.
func hostPort(s string) bool {
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		return false
	}
	n, err := strconv.Atoi(port)
	return err == nil && len(validation.IsValidPortNum(n)) == 0 && len(validation.IsDNS1123Subdomain(host)) == 0
}

// datastore checks a bundled datastore's image parts and that its volume
// has a size: the constructs would read an empty one as their default.
func (v *validator) datastore(root string, d Datastore, image Image, imagePath string) {
	v.image(field.NewPath("images", imagePath), image)
	if d.Persistence.Size == "" {
		v.required(field.NewPath(root, "persistence", "size"), `set the volume's size, e.g. "8Gi"`)
	}
}

func (v *validator) datastores(cfg *Config) {
	switch cfg.Database.Mode {
	case DatabaseInternal:
		v.datastore("database.internal", cfg.Database.Internal, cfg.Images.Postgres, "postgres")
	case DatabaseExternal:
	default:
		v.errs = append(v.errs, field.NotSupported(field.NewPath("database", "mode"), string(cfg.Database.Mode), []string{string(DatabaseInternal), string(DatabaseExternal)}))
	}
	switch cfg.Redis.Mode {
	case RedisInternal:
		v.datastore("redis.internal", cfg.Redis.Internal, cfg.Images.Redis, "redis")
	case RedisExternal:
	default:
		v.errs = append(v.errs, field.NotSupported(field.NewPath("redis", "mode"), string(cfg.Redis.Mode), []string{string(RedisInternal), string(RedisExternal)}))
	}
	st := cfg.Storage
	at := field.NewPath("storage")
	if !bucketName.MatchString(st.Bucket) {
		v.invalid(at.Child("bucket"), st.Bucket, "must be an S3 bucket name: 3 to 63 lowercase letters, digits, '.' and '-'")
	}
	switch st.Mode {
	case StorageInternalMinio:
		v.datastore("storage.internal", st.Internal, cfg.Images.Minio, "minio")
	case StorageExternalMinio:
		if st.External.Endpoint == "" {
			v.required(at.Child("external", "endpoint"), `when storage.mode is externalMinio: set host:port, e.g. "minio.example.com:9000"`)
		} else if !hostPort(st.External.Endpoint) {
			v.invalid(at.Child("external", "endpoint"), st.External.Endpoint, `must be host:port without a scheme, e.g. "minio.example.com:9000"`)
		}
		if p := st.External.PublicEndpoint; p != "" && !strings.HasPrefix(p, "http://") && !strings.HasPrefix(p, "https://") {
			v.invalid(at.Child("external", "publicEndpoint"), p, "must be a URL starting with http:// or https://")
		}
	case StorageS3:
		if st.S3.Region == "" {
			v.required(at.Child("s3", "region"), `when storage.mode is s3: set the bucket's AWS region, e.g. "us-east-1"`)
		}
		if p := st.S3.PublicEndpoint; p != "" && !strings.HasPrefix(p, "https://") {
			v.invalid(at.Child("s3", "publicEndpoint"), p, "must be an https:// URL")
		}
		if st.PublicHostname != "" {
			v.invalid(at.Child("publicHostname"), st.PublicHostname, "only MinIO is routed through the cluster; with s3, browsers reach S3 directly (storage.s3.publicEndpoint)")
		}
		switch st.S3.Credentials {
		case S3CredentialsIRSA:
			if cfg.ServiceAccount.Annotations[IRSAAnnotation] == "" {
				v.required(field.NewPath("serviceAccount", "annotations").Key(IRSAAnnotation), "when storage.s3.credentials is irsa: set the IAM role ARN the pods assume, or use credentials: accessKeys")
			}
		case S3CredentialsAccessKeys:
		default:
			v.errs = append(v.errs, field.NotSupported(at.Child("s3", "credentials"), string(st.S3.Credentials), []string{string(S3CredentialsIRSA), string(S3CredentialsAccessKeys)}))
		}
	default:
		v.errs = append(v.errs, field.NotSupported(at.Child("mode"), string(st.Mode), []string{string(StorageInternalMinio), string(StorageExternalMinio), string(StorageS3)}))
	}
}

// IRSAAnnotation binds a ServiceAccount to an AWS IAM role on EKS.
const IRSAAnnotation = "eks.amazonaws.com/role-arn"

// migrations refuses a deadline of 0, which the Job construct reads as
// its default.
func (v *validator) migrations(m Migrations) {
	if m.Enabled && m.ActiveDeadlineSeconds == 0 {
		v.invalid(field.NewPath("migrations", "activeDeadlineSeconds"), 0, "must be at least 1")
	}
}

// sharedTmp checks the claim the chart renders itself.
func (v *validator) sharedTmp(s SharedTmp) {
	if !s.Enabled {
		return
	}
	at := field.NewPath("sharedTmp")
	if s.StorageClass == "" {
		v.required(at.Child("storageClass"), "when sharedTmp is enabled: name a StorageClass that supports ReadWriteMany (EFS, Filestore, NFS)")
	} else {
		v.add(check.DNSSubdomain(at.Child("storageClass"), s.StorageClass))
	}
	if q, err := resource.ParseQuantity(s.Size); err != nil || q.Sign() <= 0 {
		v.invalid(at.Child("size"), s.Size, `must be a positive Kubernetes quantity, e.g. "10Gi"`)
	}
}

// networkPolicy checks what decides which rules the chart renders; the
// Firewall construct checks the peers, ranges and ports of those it gets.
func (v *validator) networkPolicy(cfg *Config) {
	np := cfg.NetworkPolicy
	if !np.Enabled {
		return
	}
	at := field.NewPath("networkPolicy")
	if len(np.IngressFrom) == 0 && (cfg.Web.Enabled || cfg.UI.Enabled) {
		v.required(at.Child("ingressFrom"), "when networkPolicy is enabled: name the gateway or ingress controller's namespace (namespaceLabels) or the load balancer's range (cidr), or nothing can reach web and ui")
	}
	for i, p := range np.IngressFrom {
		if p.CIDR != "" && (len(p.NamespaceLabels) > 0 || len(p.PodLabels) > 0) {
			v.invalid(at.Child("ingressFrom").Index(i).Child("cidr"), p.CIDR, "a peer is either a CIDR or namespaces/pods by labels, not both; split it into two peers")
		}
	}
	for _, d := range []struct {
		key  string
		dest Destination
		used bool
	}{
		{"externalDatabase", np.ExternalDatabase, cfg.Database.Mode == DatabaseExternal},
		{"externalRedis", np.ExternalRedis, cfg.Redis.Mode == RedisExternal},
		{"externalStorage", np.ExternalStorage, cfg.Storage.Mode == StorageExternalMinio},
		{"asterisk", np.Asterisk, cfg.AriManager.Enabled || cfg.Web.Enabled},
	} {
		// Port 0 would drop the rule (external datastores) or open every
		// port (Asterisk); an external MinIO's 0 means its endpoint's port.
		storageDefault := d.key == "externalStorage"
		if d.used && len(d.dest.CIDRs) > 0 && d.dest.Port == 0 && !storageDefault {
			v.required(at.Child(d.key, "port"), "set the TCP port the app connects to")
		}
		if d.used && len(d.dest.CIDRs) == 0 && d.key != "asterisk" {
			v.required(at.Child(d.key, "cidrs"), "when networkPolicy is enabled and that datastore is external: list the address ranges it is reached at, or the app cannot connect")
		}
	}
}
