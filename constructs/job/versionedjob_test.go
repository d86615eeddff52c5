package job_test

import (
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/job"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

func TestMain(m *testing.M) { testutil.Main(m) }

func props() *job.VersionedJobProps {
	return &job.VersionedJobProps{
		NamePrefix: "shop-migrate",
		Labels:     map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "migrate"},
		Container: pod.Container{
			Image:   "registry.example.com/shop:1.0.0",
			Command: []string{"./migrate.sh"},
			Env: []*k8s.EnvVar{
				{Name: jsii.String("DB_PASSWORD"), ValueFrom: &k8s.EnvVarSource{SecretKeyRef: &k8s.SecretKeySelector{Name: jsii.String("db"), Key: jsii.String("password")}}},
				{Name: jsii.String("DATABASE_URL"), Value: jsii.String("postgresql://shop:$(DB_PASSWORD)@db:5432/shop")},
			},
			EnvFrom:   []*k8s.EnvFromSource{{ConfigMapRef: &k8s.ConfigMapEnvSource{Name: jsii.String("shop-config")}}},
			Resources: pod.Resources{CPURequest: "100m", MemoryRequest: "256Mi", CPULimit: "1", MemoryLimit: "512Mi"},
		},
		Pod: pod.Spec{RunAsUser: 1000},
	}
}

// synth renders the Job and returns it with the construct's Name().
func synth(t *testing.T, p *job.VersionedJobProps) (map[string]any, string) {
	t.Helper()
	var name string
	objs := testutil.Synth(t, func(c constructs.Construct) { name = job.NewVersionedJob(c, "migrate", p).Name() })
	require.Len(t, objs, 1)
	require.Equal(t, "Job", objs[0]["kind"])
	return objs[0], name
}

func nameOf(t *testing.T, p *job.VersionedJobProps) string {
	t.Helper()
	_, name := synth(t, p)
	return name
}

func TestVersionedJob_NameIsPrefixPlusHash(t *testing.T) {
	j, name := synth(t, props())
	assert.Equal(t, name, testutil.Get(j, "metadata.name"))
	assert.Regexp(t, `^shop-migrate-[0-9a-f]{10}$`, name)
}

func TestVersionedJob_NameCanBeRederivedFromTheManifest(t *testing.T) {
	p := props()
	p.HashInputs = map[string]string{"config": "a: 1\n"}
	j, name := synth(t, p)
	assert.Equal(t, "shop-migrate-"+job.Hash(testutil.Get(j, "spec.template"), p.HashInputs), name)
}

func TestVersionedJob_SamePropsSameName(t *testing.T) {
	p := props()
	p.HashInputs = map[string]string{"b": "2", "a": "1", "c": "3"}
	first := nameOf(t, p)
	q := props()
	q.HashInputs = map[string]string{"c": "3", "a": "1", "b": "2"}
	assert.Equal(t, first, nameOf(t, q))
}

func TestVersionedJob_WhatItRunsChangesTheName(t *testing.T) {
	base := nameOf(t, props())
	for name, mutate := range map[string]func(p *job.VersionedJobProps){
		"image":   func(p *job.VersionedJobProps) { p.Container.Image = "registry.example.com/shop:1.0.1" },
		"command": func(p *job.VersionedJobProps) { p.Container.Command = []string{"./migrate.sh", "--dry-run"} },
		"args":    func(p *job.VersionedJobProps) { p.Container.Args = []string{"head"} },
		"env value": func(p *job.VersionedJobProps) {
			p.Container.Env = []*k8s.EnvVar{p.Container.Env[0], {Name: jsii.String("DATABASE_URL"), Value: jsii.String("postgresql://other")}}
		},
		"env ref": func(p *job.VersionedJobProps) {
			p.Container.Env = []*k8s.EnvVar{
				{Name: jsii.String("DB_PASSWORD"), ValueFrom: &k8s.EnvVarSource{SecretKeyRef: &k8s.SecretKeySelector{Name: jsii.String("db"), Key: jsii.String("other")}}},
				p.Container.Env[1],
			}
		},
		"env order": func(p *job.VersionedJobProps) {
			p.Container.Env = []*k8s.EnvVar{p.Container.Env[1], p.Container.Env[0]}
		},
		"envFrom": func(p *job.VersionedJobProps) {
			p.Container.EnvFrom = []*k8s.EnvFromSource{{SecretRef: &k8s.SecretEnvSource{Name: jsii.String("shop-secret")}}}
		},
		"hash input": func(p *job.VersionedJobProps) { p.HashInputs = map[string]string{"config": "a: 2\n"} },
		"resources":  func(p *job.VersionedJobProps) { p.Container.Resources.MemoryLimit = "1Gi" },
		"init container": func(p *job.VersionedJobProps) {
			p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("wait"), Image: jsii.String("busybox"), Command: jsii.Strings("true")}}
		},
	} {
		t.Run(name, func(t *testing.T) {
			p := props()
			mutate(p)
			assert.NotEqual(t, base, nameOf(t, p))
		})
	}
}

func TestVersionedJob_MutableSettingsKeepTheName(t *testing.T) {
	base := nameOf(t, props())
	limit, ttl := 3, 3600
	p := props()
	p.BackoffLimit = &limit
	p.ActiveDeadlineSeconds = 1200
	p.TTLSecondsAfterFinished = &ttl
	p.ArgoCDHook = true
	p.SyncWave = 2
	p.Annotations = map[string]string{"example.com/owner": "team"}
	assert.Equal(t, base, nameOf(t, p), "only the immutable template and the hash inputs are hashed")
}

func TestVersionedJob_Defaults(t *testing.T) {
	j, _ := synth(t, props())
	spec := testutil.Get(j, "spec").(map[string]any)
	assert.Equal(t, 1.0, spec["backoffLimit"])
	assert.Equal(t, 600.0, spec["activeDeadlineSeconds"])
	assert.NotContains(t, spec, "ttlSecondsAfterFinished", "a deleted Job would run again on the next apply")
	assert.NotContains(t, spec, "selector")
	assert.Equal(t, "Never", testutil.Get(spec, "template.spec.restartPolicy"))
	assert.Nil(t, testutil.Get(j, "metadata.annotations"))
}

func TestVersionedJob_ZeroBackoffAndTTLAreExpressible(t *testing.T) {
	zero, ttl := 0, 0
	p := props()
	p.BackoffLimit = &zero
	p.TTLSecondsAfterFinished = &ttl
	p.ActiveDeadlineSeconds = 300
	j, _ := synth(t, p)
	assert.Equal(t, 0.0, testutil.Get(j, "spec.backoffLimit"))
	assert.Equal(t, 0.0, testutil.Get(j, "spec.ttlSecondsAfterFinished"))
	assert.Equal(t, 300.0, testutil.Get(j, "spec.activeDeadlineSeconds"))
}

func TestVersionedJob_RendersWhatItRuns(t *testing.T) {
	j, _ := synth(t, props())
	c := testutil.Get(j, "spec.template.spec.containers.0")
	assert.Equal(t, "registry.example.com/shop:1.0.0", testutil.Get(c, "image"))
	assert.Equal(t, []any{"./migrate.sh"}, testutil.Get(c, "command"))
	assert.Equal(t, "DB_PASSWORD", testutil.Get(c, "env.0.name"), "env keeps its order, so $(DB_PASSWORD) resolves")
	assert.Equal(t, "DATABASE_URL", testutil.Get(c, "env.1.name"))
	assert.Equal(t, "shop-config", testutil.Get(c, "envFrom.0.configMapRef.name"))
}

func TestVersionedJob_LabelsOnJobAndPod(t *testing.T) {
	j, _ := synth(t, props())
	want := map[string]any{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "migrate"}
	assert.Equal(t, want, testutil.Get(j, "metadata.labels"))
	assert.Equal(t, want, testutil.Get(j, "spec.template.metadata.labels"))
}

func TestVersionedJob_MeetsRestrictedPodSecurity(t *testing.T) {
	p := props()
	p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("wait-for-db"), Image: jsii.String("postgres:17"), Command: jsii.Strings("pg_isready", "-h", "db")}}
	j, _ := synth(t, p)
	spec := testutil.Get(j, "spec.template.spec")
	assert.Equal(t, true, testutil.Get(spec, "securityContext.runAsNonRoot"))
	assert.Equal(t, 1000.0, testutil.Get(spec, "securityContext.runAsUser"))
	assert.Equal(t, "RuntimeDefault", testutil.Get(spec, "securityContext.seccompProfile.type"))
	assert.Equal(t, false, testutil.Get(spec, "automountServiceAccountToken"))
	for _, path := range []string{"containers.0", "initContainers.0"} {
		c := testutil.Get(spec, path)
		assert.Equal(t, false, testutil.Get(c, "securityContext.allowPrivilegeEscalation"), path)
		assert.Equal(t, []any{"ALL"}, testutil.Get(c, "securityContext.capabilities.drop"), path)
		assert.Equal(t, true, testutil.Get(c, "securityContext.readOnlyRootFilesystem"), path)
	}
	assert.Equal(t, "wait-for-db", testutil.Get(spec, "initContainers.0.name"))
}

func TestVersionedJob_ArgoCDHook(t *testing.T) {
	p := props()
	p.ArgoCDHook = true
	p.SyncWave = -1
	p.Annotations = map[string]string{"example.com/owner": "team"}
	j, _ := synth(t, p)
	assert.Equal(t, map[string]any{
		"argocd.argoproj.io/hook":               "Sync",
		"argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
		"argocd.argoproj.io/sync-wave":          "-1",
		"example.com/owner":                     "team",
	}, testutil.Get(j, "metadata.annotations"))
	assert.Nil(t, testutil.Get(j, "spec.template.metadata.annotations"), "Argo CD reads the Job's annotations, not the pod's")

	p = props()
	p.ArgoCDHook = true
	j, _ = synth(t, p)
	assert.Equal(t, map[string]any{
		"argocd.argoproj.io/hook":               "Sync",
		"argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
	}, testutil.Get(j, "metadata.annotations"), "wave 0 is Argo CD's default and needs no annotation")

	p = props()
	p.SyncWave = 3
	j, _ = synth(t, p)
	assert.Equal(t, map[string]any{"argocd.argoproj.io/sync-wave": "3"}, testutil.Get(j, "metadata.annotations"))
}

func TestVersionedJob_ChildIsReachable(t *testing.T) {
	testutil.Synth(t, func(c constructs.Construct) {
		v := job.NewVersionedJob(c, "migrate", props())
		assert.Equal(t, v.Name(), *v.Job().Name())
		assert.Equal(t, "Resource", *v.Job().Node().Id())
	})
}

// Compared with props built afresh, not with a copy of the struct, so a
// write through a shared map, slice or pointer is caught.
func TestVersionedJob_DoesNotMutateProps(t *testing.T) {
	full := func() *job.VersionedJobProps {
		p := props()
		p.Annotations = map[string]string{"example.com/owner": "team"}
		p.ArgoCDHook = true
		p.SyncWave = 1
		p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("wait"), Image: jsii.String("busybox:1")}}
		p.Pod.TopologySpreadConstraints = []*k8s.TopologySpreadConstraint{{
			MaxSkew: jsii.Number(1), TopologyKey: jsii.String("kubernetes.io/hostname"), WhenUnsatisfiable: jsii.String("ScheduleAnyway"),
		}}
		return p
	}
	p := full()
	synth(t, p)
	assert.Equal(t, full(), p)
	assert.Nil(t, p.BackoffLimit)
}

// A spread constraint without labelSelector selects the Job's own pods by
// its labels. It used to render labelSelector: {}, which matches every pod
// in the namespace.
func TestVersionedJob_SpreadSelectsTheJobsPods(t *testing.T) {
	p := props()
	p.Pod.TopologySpreadConstraints = []*k8s.TopologySpreadConstraint{{
		MaxSkew: jsii.Number(1), TopologyKey: jsii.String("kubernetes.io/hostname"), WhenUnsatisfiable: jsii.String("ScheduleAnyway"),
	}}
	j, _ := synth(t, p)
	assert.Equal(t, map[string]any{"matchLabels": map[string]any{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "migrate"}},
		testutil.Get(j, "spec.template.spec.topologySpreadConstraints.0.labelSelector"))
}

func TestHash_IsStableAndSensitive(t *testing.T) {
	tmpl := map[string]any{"spec": map[string]any{"containers": []any{map[string]any{"image": "a"}}}}
	h := job.Hash(tmpl, map[string]string{"k": "v"})
	assert.Len(t, h, job.HashLength)
	assert.Equal(t, h, job.Hash(tmpl, map[string]string{"k": "v"}))
	assert.NotEqual(t, h, job.Hash(tmpl, map[string]string{"k": "w"}))
	assert.NotEqual(t, h, job.Hash(tmpl, nil))
	assert.Equal(t, job.Hash(tmpl, nil), job.Hash(tmpl, map[string]string{}), "no inputs and empty inputs are the same")
}
