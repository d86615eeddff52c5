package chart_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func helmSelector(component string) map[string]any {
	return map[string]any{
		"app.kubernetes.io/name":      "dograh",
		"app.kubernetes.io/instance":  "dograh",
		"app.kubernetes.io/component": component,
	}
}

// The Helm chart's immutable fields, exactly: a takeover must not change them.
func TestInternalDatastores_KeepTheHelmChartsImmutableFields(t *testing.T) {
	objs := synth(t, config.Default())
	for name, c := range map[string]struct{ component, mount string }{
		"dograh-postgresql":           {"postgresql", "/var/lib/postgresql/data"},
		"dograh-redisinternal-master": {"redis", "/data"},
	} {
		s := testutil.Find(t, objs, "StatefulSet", name)
		assert.Equal(t, name, testutil.Get(s, "spec.serviceName"))
		assert.Equal(t, 1.0, testutil.Get(s, "spec.replicas"))
		assert.Equal(t, helmSelector(c.component), testutil.Get(s, "spec.selector.matchLabels"))
		assert.Nil(t, testutil.Get(s, "spec.podManagementPolicy"), "immutable; the Helm chart leaves the default")
		assert.Equal(t, []any{map[string]any{
			"metadata": map[string]any{"name": "data"},
			"spec": map[string]any{
				"accessModes": []any{"ReadWriteOnce"},
				"resources":   map[string]any{"requests": map[string]any{"storage": "8Gi"}},
			},
		}}, testutil.Get(s, "spec.volumeClaimTemplates"), name)
		mounts := testutil.Get(s, "spec.template.spec.containers.0.volumeMounts").([]any)
		assert.Contains(t, mounts, map[string]any{"name": "data", "mountPath": c.mount})
		svc := testutil.Find(t, objs, "Service", name)
		assert.Nil(t, testutil.Get(svc, "spec.clusterIP"), "clusterIP is immutable; leave whatever exists")
	}
	minio := testutil.Find(t, objs, "Deployment", "dograh-minio")
	assert.Equal(t, "Recreate", testutil.Get(minio, "spec.strategy.type"), "a ReadWriteOnce volume cannot be mounted by a surge pod")
	assert.Equal(t, helmSelector("minio"), testutil.Get(minio, "spec.selector.matchLabels"))
	pvc := testutil.Find(t, objs, "PersistentVolumeClaim", "dograh-minio")
	assert.Equal(t, "20Gi", testutil.Get(pvc, "spec.resources.requests.storage"))
	assert.Nil(t, testutil.Get(pvc, "spec.storageClassName"))
}

func TestInternalDatastores_StorageClassAndSizeAreConfigurable(t *testing.T) {
	cfg := config.Default()
	cfg.Database.Internal.Persistence = config.Persistence{Size: "50Gi", StorageClass: "fast"}
	cfg.Storage.Internal.Persistence = config.Persistence{Size: "100Gi", StorageClass: "bulk"}
	objs := synth(t, cfg)
	pg := testutil.Find(t, objs, "StatefulSet", "dograh-postgresql")
	assert.Equal(t, "50Gi", testutil.Get(pg, "spec.volumeClaimTemplates.0.spec.resources.requests.storage"))
	assert.Equal(t, "fast", testutil.Get(pg, "spec.volumeClaimTemplates.0.spec.storageClassName"))
	pvc := testutil.Find(t, objs, "PersistentVolumeClaim", "dograh-minio")
	assert.Equal(t, "bulk", testutil.Get(pvc, "spec.storageClassName"))
}

func TestInternalDatastores_ProbeWithTheirOwnClientsAndNoPasswordInArgv(t *testing.T) {
	objs := synth(t, config.Default())
	pg := testutil.Get(testutil.Find(t, objs, "StatefulSet", "dograh-postgresql"), "spec.template.spec.containers.0")
	assert.Equal(t, "pg_isready", testutil.Get(pg, "readinessProbe.exec.command.0"))
	redis := testutil.Get(testutil.Find(t, objs, "StatefulSet", "dograh-redisinternal-master"), "spec.template.spec.containers.0")
	assert.Contains(t, testutil.Get(redis, "readinessProbe.exec.command.2"), "redis-cli")
	assert.Contains(t, testutil.Get(redis, "args.0"), "--appendonly yes")
	minio := testutil.Get(testutil.Find(t, objs, "Deployment", "dograh-minio"), "spec.template.spec.containers.0")
	assert.Equal(t, "/minio/health/ready", testutil.Get(minio, "readinessProbe.httpGet.path"))
	assert.Equal(t, "/minio/health/live", testutil.Get(minio, "livenessProbe.httpGet.path"))
	for _, c := range []any{pg, redis, minio} {
		for _, key := range []string{"command", "args"} {
			argv, _ := testutil.Get(c, key).([]any)
			for _, a := range argv {
				assert.NotContains(t, a, "PASSWORD=", "passwords stay out of argv")
				assert.False(t, strings.Contains(a.(string), "requirepass") && !strings.Contains(a.(string), "$REDIS_PASSWORD"),
					"the Redis password is expanded by the shell into a file, not passed on a command line")
			}
		}
	}
}

func TestInternalModes_ComposeURLsFromPasswordReferences(t *testing.T) {
	d := testutil.Find(t, synth(t, config.Default()), "Deployment", "dograh-web")
	env := map[string]any{}
	for _, e := range testutil.Get(d, "spec.template.spec.containers.0.env").([]any) {
		env[testutil.Get(e, "name").(string)] = e
	}
	assert.Equal(t, "postgresql+asyncpg://dograh:$(POSTGRES_PASSWORD)@dograh-postgresql:5432/dograh", testutil.Get(env["DATABASE_URL"], "value"))
	assert.Equal(t, "redis://:$(REDIS_PASSWORD)@dograh-redisinternal-master:6379", testutil.Get(env["REDIS_URL"], "value"))
	assert.Equal(t, "dograh-minio", testutil.Get(env["MINIO_ACCESS_KEY"], "valueFrom.secretKeyRef.name"))
}

func TestExternalModes_RenderNoDatastoreAndReadURLsFromTheSecret(t *testing.T) {
	cfg := variants()["external-minio"]
	objs := synth(t, cfg)
	assert.Zero(t, testutil.Kinds(objs, "StatefulSet"))
	assert.Zero(t, testutil.Kinds(objs, "PersistentVolumeClaim"))
	d := testutil.Find(t, objs, "Deployment", "dograh-web")
	env := map[string]any{}
	for _, e := range testutil.Get(d, "spec.template.spec.containers.0.env").([]any) {
		env[testutil.Get(e, "name").(string)] = e
	}
	assert.Equal(t, "dograh-secret", testutil.Get(env["DATABASE_URL"], "valueFrom.secretKeyRef.name"))
	assert.Equal(t, "REDIS_URL", testutil.Get(env["REDIS_URL"], "valueFrom.secretKeyRef.key"))
	assert.NotContains(t, env, "POSTGRES_PASSWORD")
}

func TestExternalMinio_RouteReachesAnExternalNameServiceWeRender(t *testing.T) {
	objs := synth(t, variants()["external-minio"])
	svc := testutil.Find(t, objs, "Service", "dograh-minio")
	assert.Equal(t, "ExternalName", testutil.Get(svc, "spec.type"))
	assert.Equal(t, "minio.example.com", testutil.Get(svc, "spec.externalName"))
	route := testutil.Find(t, objs, "HTTPRoute", "dograh-minio")
	assert.Equal(t, "/voice-audio/", testutil.Get(route, "spec.rules.0.matches.0.path.value"))
	assert.Equal(t, "dograh-minio", testutil.Get(route, "spec.rules.0.backendRefs.0.name"))
	cm := testutil.Find(t, objs, "ConfigMap", "dograh-config")
	assert.Equal(t, "minio.example.com:9000", testutil.Get(cm, "data.MINIO_ENDPOINT"))
	assert.Equal(t, "true", testutil.Get(cm, "data.MINIO_SECURE"))
}

func TestS3_HasNoMinioRouteAndSetsRegion(t *testing.T) {
	objs := synth(t, variants()["s3-irsa"])
	for _, o := range objs {
		require.NotEqual(t, "dograh-minio", testutil.Get(o, "metadata.name"), "S3 mode renders nothing for MinIO: %v", o["kind"])
	}
	cm := testutil.Find(t, objs, "ConfigMap", "dograh-config")
	assert.Equal(t, "true", testutil.Get(cm, "data.ENABLE_AWS_S3"))
	assert.Equal(t, "eu-west-1", testutil.Get(cm, "data.AWS_REGION"))
	assert.Equal(t, "https://s3.eu-west-1.amazonaws.com", testutil.Get(cm, "data.MINIO_PUBLIC_ENDPOINT"))
	sa := testutil.Find(t, objs, "ServiceAccount", "dograh")
	assert.Equal(t, "arn:aws:iam::123456789012:role/dograh", testutil.Get(sa, "metadata.annotations").(map[string]any)[config.IRSAAnnotation])
}

func TestSecretNames_CanBeOverridden(t *testing.T) {
	cfg := config.Default()
	cfg.Secrets = config.SecretNames{App: "app-keys", Postgres: "pg-keys", Redis: "redis-keys", Minio: "minio-keys"}
	refs := secretRefs(t, synth(t, cfg))
	for _, name := range []string{"app-keys", "pg-keys", "redis-keys", "minio-keys"} {
		assert.Contains(t, refs, name)
	}
	assert.NotContains(t, refs, "dograh-secret")
}

func TestMinioOnItsOwnHostname_RoutesTheWholeAPIAndSetsThePublicEndpoint(t *testing.T) {
	cfg := config.Default()
	cfg.Exposure.Hostnames = []string{"voice.example.org"}
	cfg.Exposure.TLSSecretName = "voice-tls"
	cfg.Storage.PublicHostname = "media.example.org"
	objs := synth(t, cfg)
	route := testutil.Find(t, objs, "HTTPRoute", "dograh-minio")
	assert.Equal(t, []any{"media.example.org"}, testutil.Get(route, "spec.hostnames"))
	assert.Equal(t, "/", testutil.Get(route, "spec.rules.0.matches.0.path.value"))
	assert.Equal(t, []any{"voice.example.org"}, testutil.Get(testutil.Find(t, objs, "HTTPRoute", "dograh-api"), "spec.hostnames"))
	cm := testutil.Find(t, objs, "ConfigMap", "dograh-config")
	assert.Equal(t, "https://media.example.org", testutil.Get(cm, "data.MINIO_PUBLIC_ENDPOINT"))
	assert.Equal(t, "https://voice.example.org", testutil.Get(cm, "data.BACKEND_API_ENDPOINT"))
	var listeners []any
	for _, l := range testutil.Get(testutil.Find(t, objs, "Gateway", "dograh"), "spec.listeners").([]any) {
		listeners = append(listeners, testutil.Get(l, "hostname"))
	}
	assert.Contains(t, listeners, "media.example.org", "the Gateway listens for MinIO's hostname too")
}
