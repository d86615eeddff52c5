package stateful_test

import (
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/stateful"
)

func TestMain(m *testing.M) { testutil.Main(m) }

func props() *stateful.StatefulServiceProps {
	return &stateful.StatefulServiceProps{
		Name:           "shop-postgresql",
		SelectorLabels: map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "postgresql"},
		Labels:         map[string]string{"app.kubernetes.io/part-of": "shop"},
		Container: pod.Container{
			Image:     "postgres:17",
			Env:       []*k8s.EnvVar{{Name: jsii.String("PGDATA"), Value: jsii.String("/var/lib/postgresql/data/pgdata")}},
			Resources: pod.Resources{CPURequest: "250m", MemoryRequest: "512Mi", CPULimit: "1", MemoryLimit: "1Gi"},
		},
		Pod:              pod.Spec{RunAsUser: 999},
		Port:             5432,
		DataMountPath:    "/var/lib/postgresql/data",
		ReadinessCommand: []string{"pg_isready", "-h", "127.0.0.1"},
		LivenessCommand:  []string{"pg_isready", "-h", "127.0.0.1"},
	}
}

func synth(t *testing.T, p *stateful.StatefulServiceProps) []map[string]any {
	t.Helper()
	return testutil.Synth(t, func(c constructs.Construct) { stateful.NewStatefulService(c, "db", p) })
}

func TestStatefulService_RendersOneReplicaGovernedByItsService(t *testing.T) {
	objs := synth(t, props())
	require.Len(t, objs, 2)
	sts := testutil.Find(t, objs, "StatefulSet", "shop-postgresql")
	assert.Equal(t, 1.0, testutil.Get(sts, "spec.replicas"))
	assert.Equal(t, "shop-postgresql", testutil.Get(sts, "spec.serviceName"))
	assert.Equal(t, map[string]any{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "postgresql"},
		testutil.Get(sts, "spec.selector.matchLabels"))
	assert.Equal(t, map[string]any{"type": "RollingUpdate"}, testutil.Get(sts, "spec.updateStrategy"))
	testutil.Find(t, objs, "Service", "shop-postgresql")
}

func TestStatefulService_LeavesPodManagementPolicyUnset(t *testing.T) {
	sts := testutil.Find(t, synth(t, props()), "StatefulSet", "shop-postgresql")
	spec := testutil.Get(sts, "spec").(map[string]any)
	assert.NotContains(t, spec, "podManagementPolicy", "immutable: an existing StatefulSet keeps its own")
	assert.NotContains(t, spec, "persistentVolumeClaimRetentionPolicy")
}

func TestStatefulService_ClaimTemplateIsExactlyMinimal(t *testing.T) {
	sts := testutil.Find(t, synth(t, props()), "StatefulSet", "shop-postgresql")
	assert.Equal(t, []any{map[string]any{
		"metadata": map[string]any{"name": "data"},
		"spec": map[string]any{
			"accessModes": []any{"ReadWriteOnce"},
			"resources":   map[string]any{"requests": map[string]any{"storage": "8Gi"}},
		},
	}}, testutil.Get(sts, "spec.volumeClaimTemplates"), "no labels, no storageClassName, no volumeMode")
}

func TestStatefulService_ClaimTemplateCarriesGivenStorage(t *testing.T) {
	p := props()
	p.ClaimName = "pgdata"
	p.StorageSize = "20Gi"
	p.StorageClassName = "gp3"
	p.AccessMode = stateful.ReadWriteOncePod
	sts := testutil.Find(t, synth(t, p), "StatefulSet", "shop-postgresql")
	assert.Equal(t, []any{map[string]any{
		"metadata": map[string]any{"name": "pgdata"},
		"spec": map[string]any{
			"accessModes":      []any{"ReadWriteOncePod"},
			"resources":        map[string]any{"requests": map[string]any{"storage": "20Gi"}},
			"storageClassName": "gp3",
		},
	}}, testutil.Get(sts, "spec.volumeClaimTemplates"))
	assert.Equal(t, map[string]any{"name": "pgdata", "mountPath": "/var/lib/postgresql/data"},
		testutil.Get(sts, "spec.template.spec.containers.0.volumeMounts.1"))
}

func TestStatefulService_MountsClaimAtDataPath(t *testing.T) {
	sts := testutil.Find(t, synth(t, props()), "StatefulSet", "shop-postgresql")
	assert.Equal(t, []any{
		map[string]any{"name": "tmp", "mountPath": "/tmp"},
		map[string]any{"name": "data", "mountPath": "/var/lib/postgresql/data"},
	}, testutil.Get(sts, "spec.template.spec.containers.0.volumeMounts"))
	for _, v := range testutil.Get(sts, "spec.template.spec.volumes").([]any) {
		assert.NotEqual(t, "data", testutil.Get(v, "name"), "the claim template provides the volume")
	}
}

func TestStatefulService_ServiceSetsNoClusterIP(t *testing.T) {
	svc := testutil.Find(t, synth(t, props()), "Service", "shop-postgresql")
	spec := testutil.Get(svc, "spec").(map[string]any)
	assert.NotContains(t, spec, "clusterIP", "immutable: an existing Service keeps its IP or None")
	assert.NotContains(t, spec, "clusterIPs")
	assert.Equal(t, map[string]any{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": "postgresql"}, spec["selector"])
	assert.Equal(t, []any{map[string]any{"name": "db", "port": 5432.0, "targetPort": "db", "protocol": "TCP"}}, spec["ports"])
}

func TestStatefulService_ServiceNameOverride(t *testing.T) {
	p := props()
	p.ServiceName = "shop-postgresql-headless"
	p.PortName = "postgresql"
	objs := synth(t, p)
	sts := testutil.Find(t, objs, "StatefulSet", "shop-postgresql")
	assert.Equal(t, "shop-postgresql-headless", testutil.Get(sts, "spec.serviceName"))
	svc := testutil.Find(t, objs, "Service", "shop-postgresql-headless")
	assert.Equal(t, "postgresql", testutil.Get(svc, "spec.ports.0.targetPort"))
	assert.Equal(t, "postgresql", testutil.Get(sts, "spec.template.spec.containers.0.ports.0.name"))
	assert.Equal(t, 5432.0, testutil.Get(sts, "spec.template.spec.containers.0.ports.0.containerPort"))
}

func TestStatefulService_LabelsStayOutOfSelectors(t *testing.T) {
	objs := synth(t, props())
	sts := testutil.Find(t, objs, "StatefulSet", "shop-postgresql")
	assert.Equal(t, "shop", testutil.Get(sts, "metadata.labels").(map[string]any)["app.kubernetes.io/part-of"])
	assert.Equal(t, "shop", testutil.Get(sts, "spec.template.metadata.labels").(map[string]any)["app.kubernetes.io/part-of"])
	assert.NotContains(t, testutil.Get(sts, "spec.selector.matchLabels"), "app.kubernetes.io/part-of")
	svc := testutil.Find(t, objs, "Service", "shop-postgresql")
	assert.Equal(t, "shop", testutil.Get(svc, "metadata.labels").(map[string]any)["app.kubernetes.io/part-of"])
	assert.NotContains(t, testutil.Get(svc, "spec.selector"), "app.kubernetes.io/part-of")
}

func TestStatefulService_MeetsRestrictedPodSecurityWithWritableVolume(t *testing.T) {
	sts := testutil.Find(t, synth(t, props()), "StatefulSet", "shop-postgresql")
	spec := testutil.Get(sts, "spec.template.spec")
	assert.Equal(t, map[string]any{
		"runAsNonRoot":        true,
		"runAsUser":           999.0,
		"runAsGroup":          999.0,
		"fsGroup":             999.0,
		"fsGroupChangePolicy": "OnRootMismatch",
		"seccompProfile":      map[string]any{"type": "RuntimeDefault"},
	}, testutil.Get(spec, "securityContext"))
	assert.Equal(t, false, testutil.Get(spec, "automountServiceAccountToken"))
	c := testutil.Get(spec, "containers.0")
	assert.Equal(t, map[string]any{
		"allowPrivilegeEscalation": false,
		"capabilities":             map[string]any{"drop": []any{"ALL"}},
		"readOnlyRootFilesystem":   true,
		"runAsNonRoot":             true,
	}, testutil.Get(c, "securityContext"))
	assert.Equal(t, "/var/lib/postgresql/data/pgdata", testutil.Get(c, "env.0.value"))
}

func TestStatefulService_FSGroupFollowsGivenValues(t *testing.T) {
	p := props()
	p.Pod.RunAsGroup = 1001
	sts := testutil.Find(t, synth(t, p), "StatefulSet", "shop-postgresql")
	assert.Equal(t, 1001.0, testutil.Get(sts, "spec.template.spec.securityContext.fsGroup"), "defaults to the run-as group")

	p.Pod.FSGroup = 2000
	sts = testutil.Find(t, synth(t, p), "StatefulSet", "shop-postgresql")
	assert.Equal(t, 2000.0, testutil.Get(sts, "spec.template.spec.securityContext.fsGroup"))
}

func TestStatefulService_ProbesRunTheDatastoreClient(t *testing.T) {
	p := props()
	p.ReadinessCommand = []string{"sh", "-c", "ready"}
	p.LivenessCommand = []string{"sh", "-c", "alive"}
	c := testutil.Get(testutil.Find(t, synth(t, p), "StatefulSet", "shop-postgresql"), "spec.template.spec.containers.0")
	assert.Equal(t, map[string]any{
		"exec":          map[string]any{"command": []any{"sh", "-c", "ready"}},
		"periodSeconds": 10.0, "timeoutSeconds": 5.0, "failureThreshold": 3.0,
	}, testutil.Get(c, "readinessProbe"))
	assert.Equal(t, map[string]any{
		"exec":          map[string]any{"command": []any{"sh", "-c", "alive"}},
		"periodSeconds": 20.0, "timeoutSeconds": 5.0, "failureThreshold": 6.0,
	}, testutil.Get(c, "livenessProbe"))
	assert.Equal(t, []any{"sh", "-c", "alive"}, testutil.Get(c, "startupProbe.exec.command"))
	assert.Equal(t, 900.0, testutil.Get(c, "startupProbe.periodSeconds").(float64)*testutil.Get(c, "startupProbe.failureThreshold").(float64),
		"fifteen minutes to initialise or recover")
	assert.Nil(t, testutil.Get(c, "readinessProbe.tcpSocket"))
}

func TestStatefulService_GracePeriodAndStrategy(t *testing.T) {
	sts := testutil.Find(t, synth(t, props()), "StatefulSet", "shop-postgresql")
	assert.Equal(t, 60.0, testutil.Get(sts, "spec.template.spec.terminationGracePeriodSeconds"))

	p := props()
	p.TerminationGracePeriodSeconds = 120
	p.UpdateStrategy = stateful.OnDelete
	sts = testutil.Find(t, synth(t, p), "StatefulSet", "shop-postgresql")
	assert.Equal(t, 120.0, testutil.Get(sts, "spec.template.spec.terminationGracePeriodSeconds"))
	assert.Equal(t, map[string]any{"type": "OnDelete"}, testutil.Get(sts, "spec.updateStrategy"))
}

func TestStatefulService_ChildrenAreReachable(t *testing.T) {
	testutil.Synth(t, func(c constructs.Construct) {
		s := stateful.NewStatefulService(c, "db", props())
		assert.Equal(t, "shop-postgresql", *s.StatefulSet().Name())
		assert.Equal(t, "shop-postgresql", *s.Service().Name())
		assert.Equal(t, "Resource", *s.StatefulSet().Node().Id())
		assert.Equal(t, "db", *s.Node().Id())
	})
}

// Compared with props built afresh, not with a copy of the struct, so a
// write through a shared slice, map or pointer is caught.
func TestStatefulService_DoesNotMutateProps(t *testing.T) {
	full := func() *stateful.StatefulServiceProps {
		p := props()
		// Spare capacity would let a careless append write into the caller's array.
		p.Container.VolumeMounts = make([]*k8s.VolumeMount, 0, 4)
		p.Pod.InitContainers = []*k8s.Container{{Name: jsii.String("wait"), Image: jsii.String("busybox:1")}}
		return p
	}
	p := full()
	synth(t, p)
	assert.Equal(t, full(), p)
	assert.Nil(t, p.Container.VolumeMounts[:1][0], "the claim mount must not land in the caller's slice")
}
