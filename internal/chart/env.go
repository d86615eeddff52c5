package chart

import (
	"strconv"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// Ports and paths of Dograh's processes (DOGRAH.md).
const (
	webPort        = 8000
	uiPort         = 3010
	minioPort      = 9000
	postgresPort   = 5432
	redisPort      = 6379
	healthPath     = "/api/v1/health"
	apiPathPrefix  = "/api/v1/"
	minioBucket    = "voice-audio"
	apiUID, uiUID  = 999, 1001
	coturnUID      = 65534
	appCacheHome   = "/tmp/.cache"
	postgresUser   = "dograh"
	postgresDB     = "dograh"
	scriptsDir     = "./scripts/"
	drainScript    = scriptsDir + "drain_web.sh"
	processGrepArg = "-qa"
)

// publicURL is the browser-facing base URL of the installation.
func publicURL(cfg *config.Config) string {
	if cfg.App.BackendAPIEndpoint != "" {
		return cfg.App.BackendAPIEndpoint
	}
	scheme := "http"
	if cfg.Exposure.TLSSecretName != "" {
		scheme = "https"
	}
	host := "localhost"
	if len(cfg.Exposure.Hostnames) > 0 {
		host = strings.TrimPrefix(cfg.Exposure.Hostnames[0], "*.")
	}
	return scheme + "://" + host
}

// appSettings are the app's non-secret variables (the ConfigMap).
func appSettings(cfg *config.Config, n names) map[string]string {
	a := cfg.App
	s := map[string]string{
		"ENVIRONMENT":                a.Environment,
		"LOG_LEVEL":                  a.LogLevel,
		"BACKEND_API_ENDPOINT":       publicURL(cfg),
		"ENABLE_TELEMETRY":           strconv.FormatBool(a.EnableTelemetry),
		"POSTHOG_HOST":               a.PosthogHost,
		"POSTHOG_API_KEY":            a.PosthogAPIKey,
		"FORCE_TURN_RELAY":           strconv.FormatBool(a.ForceTurnRelay),
		"ENABLE_COTURN":              strconv.FormatBool(cfg.Coturn.Enabled),
		"FASTAPI_WORKERS":            strconv.Itoa(a.FastAPIWorkers),
		"ENABLE_SIGNUP":              strconv.FormatBool(a.EnableSignup),
		"TELEPHONY_WS_TOKEN_ENFORCE": strconv.FormatBool(a.TelephonyWSTokenEnforce),
		"LANGFUSE_HOST":              a.LangfuseHost,
		"LANGFUSE_PROJECT_ID":        a.LangfuseProjectID,
		"FORWARDED_ALLOW_IPS":        a.ForwardedAllowIPs,
		"MINIO_BUCKET":               minioBucket,
		"MINIO_ENDPOINT":             n.minio + ":" + strconv.Itoa(minioPort),
		"MINIO_PUBLIC_ENDPOINT":      publicURL(cfg),
		"MINIO_SECURE":               "false",
		"ENABLE_AWS_S3":              "false",
	}
	if cfg.Coturn.Enabled {
		s["TURN_HOST"] = turnHost(cfg)
		s["TURN_EXTERNAL_IP"] = cfg.Coturn.ExternalIP
	}
	for k, v := range s {
		if v == "" {
			delete(s, k)
		}
	}
	return s
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
// Kubernetes expands $(VAR) only for variables defined earlier.
func appEnv(cfg *config.Config, n names) []*k8s.EnvVar {
	s := n.appSecret
	env := []*k8s.EnvVar{
		// HOME (/app) is read-only; Python libraries cache under XDG_CACHE_HOME.
		value("XDG_CACHE_HOME", appCacheHome),
		fromSecret("POSTGRES_PASSWORD", n.postgres, "password", false),
		value("DATABASE_URL", "postgresql+asyncpg://"+postgresUser+":$(POSTGRES_PASSWORD)@"+n.postgres+":"+strconv.Itoa(postgresPort)+"/"+postgresDB),
		fromSecret("REDIS_PASSWORD", n.redisSecret, "redis-password", false),
		value("REDIS_URL", "redis://:$(REDIS_PASSWORD)@"+n.redis+":"+strconv.Itoa(redisPort)),
		fromSecret("MINIO_ACCESS_KEY", n.minio, "root-user", false),
		fromSecret("MINIO_SECRET_KEY", n.minio, "root-password", false),
		fromSecret("OSS_JWT_SECRET", s, "OSS_JWT_SECRET", false),
		fromSecret("DOGRAH_DEVOPS_SECRET", s, "DOGRAH_DEVOPS_SECRET", false),
	}
	if cfg.Coturn.Enabled {
		env = append(env, fromSecret("TURN_SECRET", s, "TURN_SECRET", false))
	}
	for _, k := range []string{"LANGFUSE_SECRET_KEY", "LANGFUSE_PUBLIC_KEY", "TELEPHONY_WS_TOKEN_SECRET"} {
		env = append(env, fromSecret(k, s, k, true))
	}
	return env
}
