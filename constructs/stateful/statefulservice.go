package stateful

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

// AccessMode is how the persistent volume may be mounted. Only the
// writable modes are offered: a datastore writes its volume.
type AccessMode string

const (
	// ReadWriteOnce lets the pods of one node mount the volume read-write.
	// Every storage class supports it.
	ReadWriteOnce AccessMode = "ReadWriteOnce"
	// ReadWriteOncePod lets exactly one pod mount the volume read-write, so
	// two database processes can never share the data directory, even
	// during a node failure. It needs a CSI driver that supports it.
	ReadWriteOncePod AccessMode = "ReadWriteOncePod"
	// ReadWriteMany lets pods on many nodes mount the volume read-write,
	// e.g. on NFS. Most datastores must not share their files, so use it
	// only when the storage class offers nothing else.
	ReadWriteMany AccessMode = "ReadWriteMany"
)

// UpdateStrategy is how a change to the pod template reaches the pod.
type UpdateStrategy string

const (
	// RollingUpdate replaces the pod as soon as the template changes: with
	// one replica, the old pod stops before the new one starts. It is the
	// StatefulSet default. If the new pod never becomes ready, reverting
	// the template is not enough: delete the stuck pod as well (what
	// Kubernetes calls a forced rollback).
	RollingUpdate UpdateStrategy = "RollingUpdate"
	// OnDelete leaves the running pod alone until someone deletes it, so an
	// operator picks the moment the datastore restarts (after a backup, in
	// a maintenance window).
	OnDelete UpdateStrategy = "OnDelete"
)

// Defaults of StatefulServiceProps.
const (
	// DefaultPortName names the container and Service port.
	DefaultPortName = "db"
	// DefaultClaimName names the volume claim template, and so the claims
	// ("<claim>-<name>-0") and the pod volume.
	DefaultClaimName = "data"
	// DefaultStorageSize is the requested size of the persistent volume.
	DefaultStorageSize = "8Gi"
	// DefaultAccessMode is the volume's access mode.
	DefaultAccessMode = ReadWriteOnce
	// DefaultUpdateStrategy is the StatefulSet's update strategy.
	DefaultUpdateStrategy = RollingUpdate
	// DefaultTerminationGracePeriodSeconds gives a database a minute after
	// SIGTERM to finish a checkpoint and flush its files; a kill before
	// that means crash recovery on the next start.
	DefaultTerminationGracePeriodSeconds = 60
	// FSGroupChangePolicy skips the recursive ownership change of the
	// volume when its root already has the right group, so a large data
	// directory does not delay every start.
	FSGroupChangePolicy = "OnRootMismatch"
)

// Probe timings. A datastore restart costs connections and, after a kill,
// crash recovery, so liveness is slow to act and startup is generous.
const (
	// ProbeTimeoutSeconds bounds each probe command.
	ProbeTimeoutSeconds = 5
	// ReadinessPeriodSeconds is how often the readiness command runs.
	ReadinessPeriodSeconds = 10
	// ReadinessFailureThreshold failures in a row take the pod out of the
	// Service.
	ReadinessFailureThreshold = 3
	// LivenessPeriodSeconds is how often the liveness command runs.
	LivenessPeriodSeconds = 20
	// LivenessFailureThreshold failures in a row (two minutes) restart the
	// container.
	LivenessFailureThreshold = 6
	// StartupPeriodSeconds is how often the liveness command runs while the
	// datastore starts.
	StartupPeriodSeconds = 10
	// StartupFailureThreshold bounds the start (initialisation or crash
	// recovery) to fifteen minutes before liveness takes over.
	StartupFailureThreshold = 90
)

// StatefulServiceProps configures a StatefulService. There is no replica
// field: a bundled datastore runs exactly one pod.
type StatefulServiceProps struct {
	// Name names the StatefulSet; the pod is "<Name>-0". At most 52
	// characters, since the controller labels each pod with Name plus an
	// 11-character revision suffix. Required.
	Name string
	// SelectorLabels select the pod, in the StatefulSet and the Service.
	// They are immutable: to take over an existing StatefulSet, give
	// exactly its selector. Required.
	SelectorLabels map[string]string
	// Labels are extra labels on both objects and the pod, never in the
	// selector and never on the claim template. Default: none.
	Labels map[string]string
	// Container is the datastore's container. Required: Image and
	// Resources. Its Command and Args must not carry passwords (a
	// process's argv is readable in /proc); pass them through Env from a
	// Secret.
	Container pod.Container
	// Pod holds pod-level settings. Required: RunAsUser. FSGroup defaults
	// to the run-as group (not unset, as elsewhere), so that the volume is
	// writable by the non-root user.
	Pod pod.Spec
	// Port is the container port the datastore listens on, e.g. 5432, and
	// the Service's port. Required.
	Port int
	// PortName names the container and Service port; the Service targets
	// it by name. Default: DefaultPortName ("db").
	PortName string
	// ServiceName names the governing Service and is the StatefulSet's
	// serviceName, which is immutable. Default: Name.
	ServiceName string
	// DataMountPath is where the volume is mounted, e.g.
	// "/var/lib/postgresql/data". Required.
	DataMountPath string
	// ClaimName names the volume claim template (immutable) and the pod
	// volume. Default: DefaultClaimName ("data").
	ClaimName string
	// StorageSize is the volume's requested size, a Kubernetes quantity.
	// It is part of the immutable claim template: changing it later means
	// resizing the claim itself, not this value. Default: DefaultStorageSize
	// ("8Gi").
	StorageSize string
	// StorageClassName picks the storage class (immutable). Default: unset,
	// the cluster's default class.
	StorageClassName string
	// AccessMode is the volume's access mode (immutable).
	// Default: DefaultAccessMode (ReadWriteOnce).
	AccessMode AccessMode
	// ReadinessCommand runs in the container; a non-zero exit takes the pod
	// out of the Service. Use the datastore's own client, e.g.
	// ["pg_isready", "-h", "127.0.0.1"] or a script around
	// `redis-cli ping`. Required.
	ReadinessCommand []string
	// LivenessCommand runs in the container; failing for two minutes
	// restarts it. It also serves as the startup probe. Required.
	LivenessCommand []string
	// TerminationGracePeriodSeconds is how long the datastore may shut down
	// cleanly after SIGTERM.
	// Default: DefaultTerminationGracePeriodSeconds (60).
	TerminationGracePeriodSeconds int
	// UpdateStrategy is how template changes reach the pod.
	// Default: DefaultUpdateStrategy (RollingUpdate).
	UpdateStrategy UpdateStrategy
}

// StatefulService runs one pod of a datastore on a persistent volume: a
// single-replica StatefulSet with one volume claim template, and the
// Service that governs it. Its immutable fields are rendered minimally, so
// it can take over an installation made by another tool (see the package
// documentation).
type StatefulService interface {
	constructs.Construct
	// StatefulSet is the primary object (construct id "Resource").
	StatefulSet() k8s.KubeStatefulSet
	// Service is the governing Service (construct id "Service").
	Service() k8s.KubeService
}

type statefulService struct {
	constructs.Construct
	statefulSet k8s.KubeStatefulSet
	service     k8s.KubeService
}

func (s *statefulService) StatefulSet() k8s.KubeStatefulSet { return s.statefulSet }
func (s *statefulService) Service() k8s.KubeService         { return s.service }

// withDefaults returns a copy with every default applied; p is unchanged.
func (p *StatefulServiceProps) withDefaults() StatefulServiceProps {
	c := *p
	c.Container = c.Container.WithDefaults()
	c.Pod = c.Pod.WithDefaults()
	if c.Pod.FSGroup == 0 {
		c.Pod.FSGroup = c.Pod.RunAsGroup
	}
	if c.PortName == "" {
		c.PortName = DefaultPortName
	}
	if c.ServiceName == "" {
		c.ServiceName = c.Name
	}
	if c.ClaimName == "" {
		c.ClaimName = DefaultClaimName
	}
	if c.StorageSize == "" {
		c.StorageSize = DefaultStorageSize
	}
	if c.AccessMode == "" {
		c.AccessMode = DefaultAccessMode
	}
	if c.TerminationGracePeriodSeconds == 0 {
		c.TerminationGracePeriodSeconds = DefaultTerminationGracePeriodSeconds
	}
	if c.UpdateStrategy == "" {
		c.UpdateStrategy = DefaultUpdateStrategy
	}
	return c
}

// NewStatefulService renders the StatefulSet and its Service. It panics
// with the construct id and every validation error when props are invalid.
func NewStatefulService(scope constructs.Construct, id string, props *StatefulServiceProps) StatefulService {
	check.MustBeValid(id, "StatefulServiceProps", props.Validate())
	p := props.withDefaults()
	s := &statefulService{}
	constructs.NewConstruct_Override(s, scope, jsii.String(id))
	labels := k8sutil.MergeLabels(p.SelectorLabels, p.Labels)

	s.statefulSet = k8s.NewKubeStatefulSet(s, jsii.String("Resource"), &k8s.KubeStatefulSetProps{
		Metadata: k8sutil.ObjectMeta(p.Name, labels),
		Spec: &k8s.StatefulSetSpec{
			Replicas:    jsii.Number(1),
			Selector:    &k8s.LabelSelector{MatchLabels: k8sutil.StrMap(p.SelectorLabels)},
			ServiceName: jsii.String(p.ServiceName),
			// podManagementPolicy is immutable and deliberately unset.
			Template:             p.template(labels),
			VolumeClaimTemplates: &[]*k8s.KubePersistentVolumeClaimProps{p.claimTemplate()},
			UpdateStrategy:       &k8s.StatefulSetUpdateStrategy{Type: jsii.String(string(p.UpdateStrategy))},
		},
	})
	s.service = k8s.NewKubeService(s, jsii.String("Service"), &k8s.KubeServiceProps{
		Metadata: k8sutil.ObjectMeta(p.ServiceName, labels),
		Spec: &k8s.ServiceSpec{
			// clusterIP is immutable and deliberately unset: an existing
			// Service keeps its virtual IP or its None (headless).
			Type:     jsii.String("ClusterIP"),
			Selector: k8sutil.StrMap(p.SelectorLabels),
			Ports: &[]*k8s.ServicePort{{
				Name:       jsii.String(p.PortName),
				Port:       jsii.Number(p.Port),
				TargetPort: k8sutil.PortName(p.PortName),
				Protocol:   jsii.String("TCP"),
			}},
		},
	})
	return s
}

// claimTemplate is the immutable volume claim template, with nothing but
// what the props name: see the package documentation.
func (p StatefulServiceProps) claimTemplate() *k8s.KubePersistentVolumeClaimProps {
	spec := &k8s.PersistentVolumeClaimSpec{
		AccessModes: jsii.Strings(string(p.AccessMode)),
		Resources: &k8s.ResourceRequirements{
			Requests: &map[string]k8s.Quantity{"storage": k8sutil.Quantity(p.StorageSize)},
		},
	}
	if p.StorageClassName != "" {
		spec.StorageClassName = jsii.String(p.StorageClassName)
	}
	return &k8s.KubePersistentVolumeClaimProps{
		Metadata: &k8s.ObjectMeta{Name: jsii.String(p.ClaimName)},
		Spec:     spec,
	}
}

func (p StatefulServiceProps) template(labels map[string]string) *k8s.PodTemplateSpec {
	c := p.Container
	// Copy before appending, so the caller's slice is never shared.
	c.VolumeMounts = append(append([]*k8s.VolumeMount{}, c.VolumeMounts...),
		&k8s.VolumeMount{Name: jsii.String(p.ClaimName), MountPath: jsii.String(p.DataMountPath)})
	r := podtemplate.Render(c, p.Pod)
	m := r.Main
	m.Ports = &[]*k8s.ContainerPort{{Name: jsii.String(p.PortName), ContainerPort: jsii.Number(p.Port), Protocol: jsii.String("TCP")}}
	m.ReadinessProbe = execProbe(p.ReadinessCommand, ReadinessPeriodSeconds, ReadinessFailureThreshold)
	m.LivenessProbe = execProbe(p.LivenessCommand, LivenessPeriodSeconds, LivenessFailureThreshold)
	m.StartupProbe = execProbe(p.LivenessCommand, StartupPeriodSeconds, StartupFailureThreshold)
	t := podtemplate.Template(r, p.Pod, labels, nil, p.SelectorLabels)
	t.Spec.TerminationGracePeriodSeconds = jsii.Number(p.TerminationGracePeriodSeconds)
	t.Spec.SecurityContext.FsGroupChangePolicy = jsii.String(FSGroupChangePolicy)
	return t
}

// execProbe runs command in the container; a non-zero exit is a failure.
func execProbe(command []string, periodSeconds, failureThreshold int) *k8s.Probe {
	return &k8s.Probe{
		Exec:             &k8s.ExecAction{Command: jsii.Strings(command...)},
		PeriodSeconds:    jsii.Number(periodSeconds),
		TimeoutSeconds:   jsii.Number(ProbeTimeoutSeconds),
		FailureThreshold: jsii.Number(failureThreshold),
	}
}
