package chart

import (
	"strconv"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// Ports and paths of Dograh's processes (DOGRAH.md).
const (
	webPort       = 8000
	uiPort        = 3010
	minioPort     = 9000
	turnPort      = 3478
	postgresPort  = 5432
	redisPort     = 6379
	healthPath    = "/api/v1/health"
	apiPathPrefix = "/api/v1/"
	appCacheHome  = "/tmp/.cache"
	postgresUser  = "dograh"
	postgresDB    = "dograh"
	scriptsDir    = "./scripts/"
)

// publicURL is the browser-facing base URL of the installation.
func publicURL(cfg *config.Config) string {
	if cfg.App.BackendAPIEndpoint != "" {
		return cfg.App.BackendAPIEndpoint
	}
	host := "localhost"
	if len(cfg.Exposure.Hostnames) > 0 {
		host = strings.TrimPrefix(cfg.Exposure.Hostnames[0], "*.")
	}
	return scheme(cfg) + "://" + host
}

// appSettings are the app's non-secret variables (the ConfigMap).
func appSettings(cfg *config.Config, n names) map[string]string {
	a := cfg.App
	s := map[string]string{
		"ENVIRONMENT":          a.Environment,
		"LOG_LEVEL":            a.LogLevel,
		"BACKEND_API_ENDPOINT": publicURL(cfg),
		// The UI shares the public origin; embed snippets load from it.
		"UI_APP_URL":                 publicURL(cfg),
		"ENABLE_TELEMETRY":           strconv.FormatBool(a.EnableTelemetry),
		"POSTHOG_HOST":               a.PosthogHost,
		"POSTHOG_API_KEY":            a.PosthogAPIKey,
		"FORCE_TURN_RELAY":           strconv.FormatBool(a.ForceTurnRelay),
		"ENABLE_COTURN":              strconv.FormatBool(cfg.Coturn.Enabled),
		"ENABLE_SIGNUP":              strconv.FormatBool(a.EnableSignup),
		"TELEPHONY_WS_TOKEN_ENFORCE": strconv.FormatBool(a.TelephonyWSTokenEnforce),
		"LANGFUSE_HOST":              a.LangfuseHost,
		"LANGFUSE_PROJECT_ID":        a.LangfuseProjectID,
		"FORWARDED_ALLOW_IPS":        a.ForwardedAllowIPs,
		"MINIO_BUCKET":               cfg.Storage.Bucket,
		"ENABLE_AWS_S3":              "false",
	}
	st := cfg.Storage
	switch st.Mode {
	case config.StorageInternalMinio:
		s["MINIO_ENDPOINT"] = n.minio + ":" + strconv.Itoa(minioPort)
		s["MINIO_SECURE"] = "false"
		s["MINIO_PUBLIC_ENDPOINT"] = minioPublicURL(cfg)
	case config.StorageExternalMinio:
		s["MINIO_ENDPOINT"] = st.External.Endpoint
		s["MINIO_SECURE"] = strconv.FormatBool(st.External.Secure)
		s["MINIO_PUBLIC_ENDPOINT"] = minioPublicURL(cfg)
	case config.StorageS3:
		// The app requires S3_BUCKET at import and addresses the bucket in
		// S3_REGION, not AWS_REGION, which the AWS SDK reads for the rest
		// (api/services/storage.py, api/constants.py; CONTRACT.md).
		s["ENABLE_AWS_S3"] = "true"
		s["S3_BUCKET"] = st.Bucket
		s["S3_REGION"] = st.S3.Region
		s["AWS_REGION"] = st.S3.Region
		s["MINIO_PUBLIC_ENDPOINT"] = s3PublicURL(cfg)
	}
	if cfg.Coturn.Enabled {
		// A DNS name, or the static address; empty until one is known (the
		// NOTES print the command that sets it).
		s["TURN_HOST"] = turnHost(cfg)
		s["TURN_EXTERNAL_IP"] = cfg.Coturn.ExternalIP
		s["TURN_PORT"] = strconv.Itoa(turnPort)
		// The app hands out turns: URIs whenever TURN_TLS_PORT is non-zero
		// (default 5349; api/routes/turn_credentials.py), so 0 turns them
		// off where coturn serves no TLS.
		s["TURN_TLS_PORT"] = "0"
		if cfg.Coturn.TLS.Enabled {
			s["TURN_TLS_PORT"] = strconv.Itoa(turn.DefaultTLSPort)
		}
	}
	for k, v := range a.ExtraEnv {
		s[k] = v // validation refused names set above
	}
	for k, v := range s {
		if v == "" {
			delete(s, k)
		}
	}
	return s
}

// minioPublicURL is where browsers fetch recordings: MinIO's own hostname,
// an external endpoint's public URL, or the app's hostname (the /<bucket>/
// route).
func minioPublicURL(cfg *config.Config) string {
	st := cfg.Storage
	switch {
	case st.Mode == config.StorageExternalMinio && st.External.PublicEndpoint != "":
		return st.External.PublicEndpoint
	case st.PublicHostname != "":
		return scheme(cfg) + "://" + st.PublicHostname
	}
	return publicURL(cfg)
}

func s3PublicURL(cfg *config.Config) string {
	if cfg.Storage.S3.PublicEndpoint != "" {
		return cfg.Storage.S3.PublicEndpoint
	}
	return "https://s3." + cfg.Storage.S3.Region + ".amazonaws.com"
}

func scheme(cfg *config.Config) string {
	if cfg.Exposure.TLSSecretName != "" {
		return "https"
	}
	return "http"
}

func turnHost(cfg *config.Config) string {
	if cfg.Coturn.Host != "" {
		return cfg.Coturn.Host
	}
	return cfg.Coturn.ExternalIP
}

func secretRef(secret, key string, optional bool) *k8s.EnvVarSource {
	ref := &k8s.SecretKeySelector{Name: jsii.String(secret), Key: jsii.String(key)}
	if optional {
		ref.Optional = jsii.Bool(true)
	}
	return &k8s.EnvVarSource{SecretKeyRef: ref}
}

func fromSecret(name, secret, key string, optional bool) *k8s.EnvVar {
	return &k8s.EnvVar{Name: jsii.String(name), ValueFrom: secretRef(secret, key, optional)}
}

func value(name, v string) *k8s.EnvVar {
	return &k8s.EnvVar{Name: jsii.String(name), Value: jsii.String(v)}
}

// appEnv is the env of every API-image process, in dependency order:
// password variables come before the URLs that expand them, because
// Kubernetes expands $(VAR) only for variables defined earlier. Every
// secret reference here is listed by Secrets, and a test holds them equal.
func appEnv(cfg *config.Config, n names) []*k8s.EnvVar {
	s := n.appSecret
	// HOME (/app) is read-only; Python libraries cache under XDG_CACHE_HOME.
	env := []*k8s.EnvVar{value("XDG_CACHE_HOME", appCacheHome)}
	if cfg.Database.Mode == config.DatabaseInternal {
		env = append(env,
			fromSecret("POSTGRES_PASSWORD", n.postgresSecret, "password", false),
			value("DATABASE_URL", "postgresql+asyncpg://"+postgresUser+":$(POSTGRES_PASSWORD)@"+n.postgres+":"+strconv.Itoa(postgresPort)+"/"+postgresDB))
	} else {
		env = append(env, fromSecret("DATABASE_URL", s, "DATABASE_URL", false))
	}
	if cfg.Redis.Mode == config.RedisInternal {
		env = append(env,
			fromSecret("REDIS_PASSWORD", n.redisSecret, "redis-password", false),
			value("REDIS_URL", "redis://:$(REDIS_PASSWORD)@"+n.redis+":"+strconv.Itoa(redisPort)))
	} else {
		env = append(env, fromSecret("REDIS_URL", s, "REDIS_URL", false))
	}
	switch cfg.Storage.Mode {
	case config.StorageInternalMinio:
		env = append(env,
			fromSecret("MINIO_ACCESS_KEY", n.minioSecret, "root-user", false),
			fromSecret("MINIO_SECRET_KEY", n.minioSecret, "root-password", false))
	case config.StorageExternalMinio:
		env = append(env,
			fromSecret("MINIO_ACCESS_KEY", s, "MINIO_ACCESS_KEY", false),
			fromSecret("MINIO_SECRET_KEY", s, "MINIO_SECRET_KEY", false))
	case config.StorageS3:
		if cfg.Storage.S3.Credentials == config.S3CredentialsAccessKeys {
			env = append(env,
				fromSecret("AWS_ACCESS_KEY_ID", s, "AWS_ACCESS_KEY_ID", false),
				fromSecret("AWS_SECRET_ACCESS_KEY", s, "AWS_SECRET_ACCESS_KEY", false))
		}
	}
	env = append(env,
		fromSecret("OSS_JWT_SECRET", s, "OSS_JWT_SECRET", false),
		// Optional: Secrets made by the Helm chart lack it, and without it
		// the drain hook only sleeps and the autoscale metric answers 503.
		fromSecret("DOGRAH_DEVOPS_SECRET", s, "DOGRAH_DEVOPS_SECRET", true))
	if cfg.Coturn.Enabled {
		env = append(env, fromSecret("TURN_SECRET", s, "TURN_SECRET", false))
	}
	if cfg.App.LangfuseHost != "" {
		env = append(env,
			fromSecret("LANGFUSE_PUBLIC_KEY", s, "LANGFUSE_PUBLIC_KEY", false),
			fromSecret("LANGFUSE_SECRET_KEY", s, "LANGFUSE_SECRET_KEY", false))
	}
	// Passed whenever the Secret has it, so the app's two-phase rollout
	// works: first the secret (tokens are issued), then enforcement.
	env = append(env, fromSecret("TELEPHONY_WS_TOKEN_SECRET", s, "TELEPHONY_WS_TOKEN_SECRET", !cfg.App.TelephonyWSTokenEnforce))
	if cfg.Coturn.Enabled && len(cfg.Coturn.PodCIDRs) > 0 {
		// A private SERVER_IP tells the app it runs on a private network,
		// so it keeps its pod-address ICE candidates (api/routes/
		// webrtc_signaling.py, resolve_ice_filter_policies); coturn may
		// relay to them (coturn.podCidrs).
		env = append(env, &k8s.EnvVar{Name: jsii.String("SERVER_IP"), ValueFrom: &k8s.EnvVarSource{
			FieldRef: &k8s.ObjectFieldSelector{FieldPath: jsii.String("status.podIP")}}})
	}
	for _, key := range cfg.App.SecretEnv {
		env = append(env, fromSecret(key, s, key, false))
	}
	return env
}
