package chart

import (
	"strconv"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/stateful"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// Component label values of the bundled datastores, as the Helm chart sets them.
const (
	componentPostgres = "postgresql"
	componentRedis    = "redis"
	componentMinio    = "minio"
)

// datastorePod runs as the image's user, which also owns the volume.
func (b *builder) datastorePod(root string, d config.Datastore, image config.Image) pod.Spec {
	s := b.podSpec(root, config.Component{Placement: d.Placement}, image)
	s.FSGroup = s.RunAsUser
	return s
}

// datastorePaths maps a bundled datastore's props to the config keys at
// root, whose image is at image.
func datastorePaths(root, image string) paths {
	m := componentPaths(root, config.Component{}, image)
	m.add("storageSize", root+".persistence.size")
	m.add("storageClassName", root+".persistence.storageClass")
	return m
}

// postgres is the bundled PostgreSQL. It runs directly as its own UID;
// PGDATA is a subfolder so the volume's lost+found never breaks initdb.
func (b *builder) postgresProps() (*stateful.StatefulServiceProps, paths) {
	db := b.cfg.Database
	const dataDir = "/var/lib/postgresql/data"
	spec := b.datastorePod("database.internal", db.Internal, b.cfg.Images.Postgres)
	// Postgres sizes shared memory for parallel queries beyond the
	// runtime's 64 MiB /dev/shm.
	spec.Volumes = []*k8s.Volume{{Name: jsii.String("dshm"), EmptyDir: &k8s.EmptyDirVolumeSource{Medium: jsii.String("Memory")}}}
	isReady := []string{"pg_isready", "-h", "127.0.0.1", "-p", strconv.Itoa(postgresPort), "-U", postgresUser, "-d", postgresDB}
	return &stateful.StatefulServiceProps{
		Name:           b.n.postgres,
		SelectorLabels: selector(b.cfg, componentPostgres),
		Labels:         commonLabels(b.cfg),
		Container: pod.Container{
			Name:  componentPostgres,
			Image: b.cfg.Images.Postgres.Ref(),
			Env: []*k8s.EnvVar{
				value("POSTGRES_USER", postgresUser),
				value("POSTGRES_DB", postgresDB),
				fromSecret("POSTGRES_PASSWORD", b.n.postgresSecret, "password", false),
				value("PGDATA", dataDir+"/pgdata"),
			},
			Resources:     resources(db.Internal.Resources),
			WritablePaths: []string{"/tmp", "/var/run/postgresql"},
			VolumeMounts:  []*k8s.VolumeMount{{Name: jsii.String("dshm"), MountPath: jsii.String("/dev/shm")}},
		},
		Pod:              spec,
		Port:             postgresPort,
		PortName:         "postgresql",
		DataMountPath:    dataDir,
		StorageSize:      db.Internal.Persistence.Size,
		StorageClassName: db.Internal.Persistence.StorageClass,
		ReadinessCommand: isReady,
		LivenessCommand:  isReady,
		// A checkpoint on a busy database can take a while.
		TerminationGracePeriodSeconds: 120,
	}, datastorePaths("database.internal", "images.postgres")
}

func (b *builder) postgres() {
	if b.cfg.Database.Mode != config.DatabaseInternal {
		return
	}
	p, _ := b.postgresProps()
	pg := stateful.NewStatefulService(b.chart, componentPostgres, p)
	syncWave(pg.StatefulSet(), waveDatastores)
}

// redis is the bundled Redis with a password and AOF persistence. The
// password reaches redis-server through a config file written by shell
// builtins into memory, never through argv, and redis-cli reads it from
// REDISCLI_AUTH.
func (b *builder) redisProps() (*stateful.StatefulServiceProps, paths) {
	r := b.cfg.Redis
	spec := b.datastorePod("redis.internal", r.Internal, b.cfg.Images.Redis)
	spec.Volumes = []*k8s.Volume{{Name: jsii.String("run"), EmptyDir: &k8s.EmptyDirVolumeSource{Medium: jsii.String("Memory")}}}
	ping := []string{"sh", "-c", "redis-cli -h 127.0.0.1 ping | grep -q PONG"}
	return &stateful.StatefulServiceProps{
		Name:           b.n.redis,
		SelectorLabels: selector(b.cfg, componentRedis),
		Labels:         commonLabels(b.cfg),
		Container: pod.Container{
			Name:    componentRedis,
			Image:   b.cfg.Images.Redis.Ref(),
			Command: []string{"sh", "-c"},
			Args: []string{`set -eu
umask 077
printf 'requirepass %s\n' "$REDIS_PASSWORD" > /run/redis/auth.conf
exec redis-server /run/redis/auth.conf --dir /data --appendonly yes --port ` + strconv.Itoa(redisPort)},
			Env: []*k8s.EnvVar{
				fromSecret("REDIS_PASSWORD", b.n.redisSecret, "redis-password", false),
				value("REDISCLI_AUTH", "$(REDIS_PASSWORD)"),
			},
			Resources:    resources(r.Internal.Resources),
			VolumeMounts: []*k8s.VolumeMount{{Name: jsii.String("run"), MountPath: jsii.String("/run/redis")}},
		},
		Pod:              spec,
		Port:             redisPort,
		PortName:         "redis",
		DataMountPath:    "/data",
		StorageSize:      r.Internal.Persistence.Size,
		StorageClassName: r.Internal.Persistence.StorageClass,
		ReadinessCommand: ping,
		LivenessCommand:  ping,
	}, datastorePaths("redis.internal", "images.redis")
}

func (b *builder) redis() {
	if b.cfg.Redis.Mode != config.RedisInternal {
		return
	}
	p, _ := b.redisProps()
	rs := stateful.NewStatefulService(b.chart, componentRedis, p)
	syncWave(rs.StatefulSet(), waveDatastores)
}
