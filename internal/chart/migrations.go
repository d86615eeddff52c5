package chart

import (
	"encoding/json"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/job"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// Argo CD sync waves: datastores first, then the migration (a Sync hook),
// then the app. Plain `kubectl apply` ignores them; there the schema gate
// and the Job's own wait give the same order.
const (
	waveDatastores = -1
	waveMigration  = 0
	waveApp        = 1
)

// alembicConfig is where the API image keeps alembic.ini (WORKDIR /app).
const alembicConfig = "api/alembic.ini"

// waitForDatabase blocks until DATABASE_URL's host accepts TCP connections.
// It prints host and port only, never the URL, which holds the password.
const waitForDatabase = `import os, socket, sys, time
from urllib.parse import urlsplit
u = urlsplit(os.environ["DATABASE_URL"])
host, port = u.hostname, u.port or 5432
while True:
    try:
        socket.create_connection((host, port), timeout=3).close()
        sys.exit(0)
    except OSError as e:
        print(f"waiting for the database at {host}:{port}: {e}", flush=True)
        time.sleep(2)
`

// waitForSchema blocks until the database is at the alembic head(s) of this
// very image, so a pod never serves code newer than the schema. Old pods
// keep serving meanwhile: rollouts surge and never remove a ready pod first.
// A revision this image does not know means the schema is newer: an image
// rollback. Waiting could never end, so it starts, saying so.
const waitForSchema = `set -eu
want=$(alembic -c ` + alembicConfig + ` heads 2>/dev/null | awk '{print $1}' | sort | tr '\n' ' ')
if [ -z "$want" ]; then echo "cannot read this image's alembic heads" >&2; exit 1; fi
while :; do
  have=$(alembic -c ` + alembicConfig + ` current 2>/tmp/wait-for-schema.err | awk '{print $1}' | sort | tr '\n' ' ')
  if [ "$have" = "$want" ]; then exit 0; fi
  if grep -q "Can't locate revision" /tmp/wait-for-schema.err; then
    echo "the database schema is newer than this image (an image rollback?): starting anyway; roll forward, or downgrade the schema with the newer image's alembic first"
    exit 0
  fi
  echo "waiting for the migration Job: schema is at '${have}', this image needs '${want}'"
  sleep 5
done
`

// initResources are small: the init containers only poll. A method, not
// a variable: building a Quantity starts the jsii runtime, which commands
// that synthesize nothing must not pay for; and none when the builder only
// plans props for validation (no chart), for the same reason.
func (b *builder) initResources() *k8s.ResourceRequirements {
	if b.chart == nil {
		return nil
	}
	return &k8s.ResourceRequirements{
		Requests: &map[string]k8s.Quantity{
			"cpu":    quantity("50m"),
			"memory": quantity("128Mi"),
		},
		Limits: &map[string]k8s.Quantity{
			"cpu":    quantity("500m"),
			"memory": quantity("256Mi"),
		},
	}
}

// apiInitContainer runs script in the API image with the app's env, so it
// reaches the database exactly as the app does.
func (b *builder) apiInitContainer(name string, command []string) *k8s.Container {
	return &k8s.Container{
		Name:      jsii.String(name),
		Image:     jsii.String(b.cfg.Images.API.Ref()),
		Command:   jsii.Strings(command...),
		EnvFrom:   &[]*k8s.EnvFromSource{{ConfigMapRef: &k8s.ConfigMapEnvSource{Name: jsii.String(b.n.config)}}},
		Env:       ptr(appEnv(b.cfg, b.n)),
		Resources: b.initResources(),
	}
}

// gated reports whether app pods wait for their schema.
func (b *builder) gated() bool {
	return b.cfg.Migrations.Enabled && b.cfg.Migrations.GateApp
}

// schemaGate is the init container of every app pod that uses the database.
func (b *builder) schemaGate() []*k8s.Container {
	if !b.gated() {
		return nil
	}
	return []*k8s.Container{b.apiInitContainer("wait-for-schema", []string{"sh", "-c", waitForSchema})}
}

// migrationsProps are the alembic Job's props, and where their fields come
// from.
func (b *builder) migrationsProps() (*job.VersionedJobProps, paths) {
	m := b.cfg.Migrations
	settings, _ := json.Marshal(appSettings(b.cfg, b.n))
	spec := b.podSpec("migrations", config.Component{}, b.cfg.Images.API)
	spec.InitContainers = []*k8s.Container{b.apiInitContainer("wait-for-database", []string{"python", "-c", waitForDatabase})}
	backoff := m.BackoffLimit
	paths := componentPaths("migrations", config.Component{}, "images.api")
	paths.whole("namePrefix", "release")
	for _, f := range []string{"backoffLimit", "activeDeadlineSeconds", "ttlSecondsAfterFinished"} {
		paths.add(f, "migrations."+f)
	}
	return &job.VersionedJobProps{
		NamePrefix: b.n.migrate,
		Labels:     mergeLabels(selector(b.cfg, componentMigrate), labelsOf(b.cfg, componentMigrate)),
		Container: pod.Container{
			Name:      "migrate",
			Image:     b.cfg.Images.API.Ref(),
			Command:   []string{scriptsDir + "run_migrate.sh"},
			EnvFrom:   []*k8s.EnvFromSource{{ConfigMapRef: &k8s.ConfigMapEnvSource{Name: jsii.String(b.n.config)}}},
			Env:       appEnv(b.cfg, b.n),
			Resources: resources(m.Resources),
			// Revision a2355fc6bdc1 imports the telephony package, which
			// creates the PCM cache at import (CONTRACT.md path-pcm-cache).
			WritablePaths: apiWritablePaths(),
		},
		Pod:                     spec,
		HashInputs:              map[string]string{"configmap/" + b.n.config: string(settings)},
		BackoffLimit:            &backoff,
		ActiveDeadlineSeconds:   m.ActiveDeadlineSeconds,
		TTLSecondsAfterFinished: m.TTLSecondsAfterFinished,
		ArgoCDHook:              true,
		SyncWave:                waveMigration,
	}, paths
}

// migrations renders the alembic Job, named by a hash of what it runs:
// re-applying the same manifests is a no-op, a new image is a new Job.
func (b *builder) migrations() {
	if !b.cfg.Migrations.Enabled {
		return
	}
	p, _ := b.migrationsProps()
	job.NewVersionedJob(b.chart, "migrate", p)
}

// syncWave orders obj for Argo CD.
func syncWave(obj constructs.IConstruct, wave int) {
	cdk8s.ApiObject_Of(obj).Metadata().AddAnnotation(jsii.String(job.ArgoCDSyncWaveAnnotation), jsii.String(strconv.Itoa(wave)))
}

func ptr[T any](s []T) *[]T { return &s }
