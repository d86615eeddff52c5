package chart_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func migrationJob(t *testing.T, objs []map[string]any) map[string]any {
	t.Helper()
	var jobs []map[string]any
	for _, o := range objs {
		if o["kind"] == "Job" {
			jobs = append(jobs, o)
		}
	}
	require.Len(t, jobs, 1)
	return jobs[0]
}

func jobName(t *testing.T, cfg *config.Config) string {
	t.Helper()
	return testutil.Get(migrationJob(t, synth(t, cfg)), "metadata.name").(string)
}

func TestMigration_NameFollowsWhatItRuns(t *testing.T) {
	base := jobName(t, config.Default())
	assert.True(t, strings.HasPrefix(base, "dograh-migrate-"), base)
	assert.Equal(t, base, jobName(t, config.Default()), "same input, same Job: re-applying is a no-op")

	newImage := config.Default()
	newImage.Images.API.Tag = "1.2.3"
	assert.NotEqual(t, base, jobName(t, newImage), "a new image is a new Job")

	newConfig := config.Default()
	newConfig.App.LogLevel = "DEBUG"
	assert.NotEqual(t, base, jobName(t, newConfig), "the config it reads is part of the name")

	uiOnly := config.Default()
	uiOnly.Images.UI.Tag = "9.9.9"
	assert.Equal(t, base, jobName(t, uiOnly), "what the Job does not run does not rename it")
}

func TestMigration_WaitsForTheDatabaseAndCarriesArgoHooks(t *testing.T) {
	j := migrationJob(t, synth(t, config.Default()))
	spec := testutil.Get(j, "spec.template.spec")
	assert.Equal(t, "wait-for-database", testutil.Get(spec, "initContainers.0.name"))
	assert.Equal(t, "./scripts/run_migrate.sh", testutil.Get(spec, "containers.0.command.0"))
	assert.Equal(t, "Never", testutil.Get(spec, "restartPolicy"))
	assert.Nil(t, testutil.Get(j, "spec.ttlSecondsAfterFinished"), "kept by default, so re-applying never re-runs it")
	ann := testutil.Get(j, "metadata.annotations").(map[string]any)
	assert.Equal(t, "Sync", ann["argocd.argoproj.io/hook"])
	assert.Equal(t, "BeforeHookCreation", ann["argocd.argoproj.io/hook-delete-policy"])

	cfg := config.Default()
	ttl := 3600
	cfg.Migrations.TTLSecondsAfterFinished = &ttl
	cfg.Migrations.BackoffLimit = 0
	cfg.Migrations.ActiveDeadlineSeconds = 1200
	j = migrationJob(t, synth(t, cfg))
	assert.Equal(t, 3600.0, testutil.Get(j, "spec.ttlSecondsAfterFinished"))
	assert.Equal(t, 0.0, testutil.Get(j, "spec.backoffLimit"))
	assert.Equal(t, 1200.0, testutil.Get(j, "spec.activeDeadlineSeconds"))
}

func TestSchemaGate_HoldsEveryDatabaseUserButNotTheUI(t *testing.T) {
	objs := synth(t, config.Default())
	for _, name := range []string{"dograh-web", "dograh-arq-worker", "dograh-ari-manager", "dograh-campaign-orchestrator"} {
		d := testutil.Find(t, objs, "Deployment", name)
		assert.Equal(t, "wait-for-schema", testutil.Get(d, "spec.template.spec.initContainers.0.name"), name)
		assert.Contains(t, testutil.Get(d, "spec.template.spec.initContainers.0.command.2"), "alembic -c api/alembic.ini current", name)
		assert.Equal(t, "1", testutil.Get(d, "metadata.annotations").(map[string]any)["argocd.argoproj.io/sync-wave"], name)
	}
	assert.Nil(t, testutil.Get(testutil.Find(t, objs, "Deployment", "dograh-ui"), "spec.template.spec.initContainers"))
	assert.Nil(t, testutil.Get(migrationJob(t, objs), "spec.template.spec.initContainers.1"), "the Job must not wait for itself")
	assert.Equal(t, "-1", testutil.Get(testutil.Find(t, objs, "StatefulSet", "dograh-postgresql"), "metadata.annotations").(map[string]any)["argocd.argoproj.io/sync-wave"])
}

func TestMigrationsDisabled_RendersNoJobAndNoGate(t *testing.T) {
	cfg := config.Default()
	cfg.Migrations.Enabled = false
	objs := synth(t, cfg)
	assert.Zero(t, testutil.Kinds(objs, "Job"))
	assert.Nil(t, testutil.Get(testutil.Find(t, objs, "Deployment", "dograh-web"), "spec.template.spec.initContainers"))
}

func TestSharedTmp_MountsOneReadWriteManyClaimInWebAndWorkers(t *testing.T) {
	assert.Zero(t, testutil.Kinds(synth(t, config.Default()), "PersistentVolumeClaim")-1, "off by default: only MinIO's claim")
	cfg := config.Default()
	cfg.SharedTmp = config.SharedTmp{Enabled: true, StorageClass: "efs", Size: "10Gi"}
	objs := synth(t, cfg)
	pvc := testutil.Find(t, objs, "PersistentVolumeClaim", "dograh-shared-tmp")
	assert.Equal(t, []any{"ReadWriteMany"}, testutil.Get(pvc, "spec.accessModes"))
	assert.Equal(t, "efs", testutil.Get(pvc, "spec.storageClassName"))
	for _, name := range []string{"dograh-web", "dograh-arq-worker"} {
		d := testutil.Find(t, objs, "Deployment", name)
		assert.Contains(t, testutil.Get(d, "spec.template.spec.containers.0.volumeMounts"),
			map[string]any{"name": "shared-tmp", "mountPath": "/tmp/dograh-shared"}, name)
	}
	assert.NotContains(t, testutil.Get(testutil.Find(t, objs, "Deployment", "dograh-ari-manager"), "spec.template.spec.containers.0.volumeMounts"),
		map[string]any{"name": "shared-tmp", "mountPath": "/tmp/dograh-shared"})
}
