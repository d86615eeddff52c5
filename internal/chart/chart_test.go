package chart_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func TestMain(m *testing.M) { testutil.Main(m) }

// synth renders cfg after checking it is valid, as the command does.
func synth(t *testing.T, cfg *config.Config) []map[string]any {
	t.Helper()
	require.Empty(t, chart.Validate(cfg))
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(t.TempDir())})
	chart.New(app, cfg)
	return testutil.Parse(t, *app.SynthYaml())
}

// variants are configs covering every datastore mode and the optional keys.
func variants() map[string]*config.Config {
	out := map[string]*config.Config{}
	for _, name := range config.PresetNames() {
		out[name] = config.Presets[name]()
	}
	ext := config.Default()
	ext.Database.Mode = config.DatabaseExternal
	ext.Redis.Mode = config.RedisExternal
	ext.Storage.Mode = config.StorageExternalMinio
	ext.Storage.External = config.ExternalMinio{Endpoint: "minio.example.com:9000", Secure: true}
	ext.App.LangfuseHost = "https://cloud.langfuse.com"
	ext.App.LangfuseProjectID = "cm0abc"
	ext.App.TelephonyWSTokenEnforce = true
	ext.NetworkPolicy.ExternalDatabase.CIDRs = []string{"10.20.0.0/16"}
	ext.NetworkPolicy.ExternalRedis.CIDRs = []string{"10.21.0.0/16"}
	ext.NetworkPolicy.ExternalStorage.CIDRs = []string{"10.22.0.0/16"}
	out["external-minio"] = ext
	s3 := config.Default()
	s3.Storage.Mode = config.StorageS3
	s3.Storage.S3 = config.S3{Region: "eu-west-1", Credentials: config.S3CredentialsAccessKeys}
	s3.Coturn.Enabled = false
	out["s3-keys"] = s3
	irsa := config.Default()
	irsa.Storage.Mode = config.StorageS3
	irsa.Storage.S3 = config.S3{Region: "eu-west-1", Credentials: config.S3CredentialsIRSA}
	irsa.ServiceAccount.Annotations = map[string]string{config.IRSAAnnotation: "arn:aws:iam::123456789012:role/dograh"}
	out["s3-irsa"] = irsa
	// The public profile with address discovery, as before the internal
	// profile became the default.
	out["public-relay"] = publicRelay(config.Default())
	return out
}

// podSpecs returns every pod spec in objs with a readable id.
func podSpecs(objs []map[string]any) map[string]any {
	out := map[string]any{}
	for _, o := range objs {
		switch o["kind"] {
		case "Deployment", "StatefulSet", "Job":
			out[fmt.Sprintf("%v/%v", o["kind"], testutil.Get(o, "metadata.name"))] = testutil.Get(o, "spec.template.spec")
		}
	}
	return out
}

func containers(spec any) []any {
	var cs []any
	for _, key := range []string{"initContainers", "containers"} {
		list, _ := testutil.Get(spec, key).([]any)
		cs = append(cs, list...)
	}
	return cs
}

// secretRefs collects every Secret key the pods read: env references and
// secret volumes.
func secretRefs(t *testing.T, objs []map[string]any) map[string]map[string]bool {
	t.Helper()
	refs := map[string]map[string]bool{}
	add := func(name, key any) {
		n := name.(string)
		if refs[n] == nil {
			refs[n] = map[string]bool{}
		}
		refs[n][key.(string)] = true
	}
	for _, spec := range podSpecs(objs) {
		for _, c := range containers(spec) {
			env, _ := testutil.Get(c, "env").([]any)
			for _, e := range env {
				if ref := testutil.Get(e, "valueFrom.secretKeyRef"); ref != nil {
					add(testutil.Get(ref, "name"), testutil.Get(ref, "key"))
				}
			}
			envFrom, _ := testutil.Get(c, "envFrom").([]any)
			for _, ef := range envFrom {
				assert.Nil(t, testutil.Get(ef, "secretRef"), "envFrom a whole Secret hides which keys are read")
			}
		}
		vols, _ := testutil.Get(spec, "volumes").([]any)
		for _, v := range vols {
			if name := testutil.Get(v, "secret.secretName"); name != nil {
				items, _ := testutil.Get(v, "secret.items").([]any)
				for _, it := range items {
					add(name, testutil.Get(it, "key"))
				}
			}
		}
	}
	return refs
}

func TestSecrets_ListExactlyWhatThePodsRead(t *testing.T) {
	for name, cfg := range variants() {
		t.Run(name, func(t *testing.T) {
			read := secretRefs(t, synth(t, cfg))
			listed := map[string]map[string]bool{}
			for _, s := range chart.Secrets(cfg) {
				listed[s.Name] = map[string]bool{}
				for _, k := range s.Keys {
					listed[s.Name][k.Key] = true
				}
			}
			for _, name := range chart.CertificateSecrets(cfg) {
				assert.Equal(t, map[string]bool{"tls.crt": true, "tls.key": true}, read[name], "certificate Secret %s", name)
				delete(read, name)
			}
			for secret, keys := range read {
				for key := range keys {
					assert.Truef(t, listed[secret][key], "pods read %s/%s, but the secrets command does not print it", secret, key)
				}
			}
			for secret, keys := range listed {
				for key := range keys {
					assert.Truef(t, read[secret][key], "the secrets command prints %s/%s, but nothing reads it", secret, key)
				}
			}
		})
	}
}

var reference = regexp.MustCompile(`\$\(([A-Za-z_][A-Za-z0-9_]*)\)`)

func TestEnv_EveryReferenceIsDefinedEarlier(t *testing.T) {
	for name, cfg := range variants() {
		t.Run(name, func(t *testing.T) {
			objs := synth(t, cfg)
			configMaps := map[string]map[string]any{}
			for _, o := range objs {
				if o["kind"] == "ConfigMap" {
					data, _ := o["data"].(map[string]any)
					configMaps[testutil.Get(o, "metadata.name").(string)] = data
				}
			}
			for id, spec := range podSpecs(objs) {
				for _, c := range containers(spec) {
					defined := map[string]bool{}
					envFrom, _ := testutil.Get(c, "envFrom").([]any)
					for _, ef := range envFrom {
						if cm, ok := testutil.Get(ef, "configMapRef.name").(string); ok {
							for k := range configMaps[cm] {
								defined[k] = true
							}
						}
					}
					env, _ := testutil.Get(c, "env").([]any)
					for _, e := range env {
						if v, ok := testutil.Get(e, "value").(string); ok {
							for _, m := range reference.FindAllStringSubmatch(v, -1) {
								assert.Truef(t, defined[m[1]], "%s container %v: %v uses $(%s) before it is defined",
									id, testutil.Get(c, "name"), testutil.Get(e, "name"), m[1])
							}
						}
						defined[testutil.Get(e, "name").(string)] = true
					}
				}
			}
		})
	}
}
