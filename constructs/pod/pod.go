package pod

import (
	"path"
	"strings"

	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
)

// Defaults applied by [Container.WithDefaults] and [Spec.WithDefaults].
const (
	// DefaultContainerName names the main container when Container.Name is empty.
	DefaultContainerName = "main"
	// DefaultImagePullPolicy avoids a registry round trip on every restart.
	DefaultImagePullPolicy = "IfNotPresent"
	// DefaultWritablePath is the one path every process gets writable
	// storage for, since the root filesystem is read-only.
	DefaultWritablePath = "/tmp"
)

// Resources are a container's requests and limits, in Kubernetes quantity
// syntax ("250m", "512Mi"). All four are required: the scheduler and the
// OOM killer both need them, and cdk8s-plus's implicit defaults are not
// what anyone measured.
type Resources struct {
	// CPURequest is the CPU the scheduler reserves, e.g. "250m".
	CPURequest string
	// MemoryRequest is the memory the scheduler reserves, e.g. "512Mi".
	MemoryRequest string
	// CPULimit caps CPU time; the container is throttled above it.
	CPULimit string
	// MemoryLimit caps memory; the container is OOM-killed above it.
	MemoryLimit string
}

// Container describes a workload's main container.
type Container struct {
	// Name is the container name, as used by `kubectl logs -c`.
	// Default: DefaultContainerName ("main").
	Name string
	// Image is the image reference, e.g. "registry.example.com/app:1.2.3".
	// Required.
	Image string
	// ImagePullPolicy is Always, IfNotPresent or Never.
	// Default: DefaultImagePullPolicy ("IfNotPresent").
	ImagePullPolicy string
	// Command replaces the image's ENTRYPOINT. Default: the image's.
	Command []string
	// Args replaces the image's CMD. Default: the image's.
	Args []string
	// Env is passed in order. Kubernetes expands $(VAR) only for variables
	// defined earlier in the list, so order matters. Default: none.
	Env []*k8s.EnvVar
	// EnvFrom imports whole ConfigMaps or Secrets as variables. Default: none.
	EnvFrom []*k8s.EnvFromSource
	// Resources are the container's requests and limits. Required.
	Resources Resources
	// WritablePaths each get an emptyDir mounted there, since the root
	// filesystem is read-only. The volume is named after the path ("/tmp"
	// becomes "tmp", "/app/.cache" becomes "app-cache"). Default: ["/tmp"].
	WritablePaths []string
	// VolumeMounts mounts volumes from Spec.Volumes. Default: none.
	VolumeMounts []*k8s.VolumeMount
}

// Spec holds the pod-level settings every workload shares.
type Spec struct {
	// RunAsUser is the numeric UID the containers run as. It must match the
	// image: with runAsNonRoot, the kubelet refuses an image whose USER is a
	// name unless a numeric UID is given here. Required, and not 0.
	RunAsUser int
	// RunAsGroup is the primary GID. Default: RunAsUser.
	RunAsGroup int
	// FSGroup makes mounted volumes group-writable by this GID. Needed when a
	// persistent volume must be writable by a non-root user. Default: unset.
	FSGroup int
	// ServiceAccountName runs the pod as this ServiceAccount.
	// Default: the namespace's "default".
	ServiceAccountName string
	// AutomountServiceAccountToken mounts an API token into the pod. Turn it
	// on only for processes that call the Kubernetes API. Default: false.
	AutomountServiceAccountToken bool
	// ImagePullSecrets name Secrets holding registry credentials. Default: none.
	ImagePullSecrets []string
	// NodeSelector restricts scheduling to matching nodes. Default: none.
	NodeSelector map[string]string
	// Tolerations let the pod schedule onto tainted nodes. Default: none.
	Tolerations []*k8s.Toleration
	// Affinity holds node and pod (anti-)affinity rules. Default: none.
	Affinity *k8s.Affinity
	// TopologySpreadConstraints spread replicas across zones or nodes. Their
	// labelSelector defaults to the workload's selector when left nil.
	// Default: none.
	TopologySpreadConstraints []*k8s.TopologySpreadConstraint
	// PriorityClassName sets the pod's scheduling priority. Default: none.
	PriorityClassName string
	// Annotations go on the pod template, e.g. for log shippers.
	// Default: none.
	Annotations map[string]string
	// Volumes are added to the pod, next to the WritablePaths emptyDirs.
	// Default: none.
	Volumes []*k8s.Volume
	// InitContainers run before the main container, in order. Each one that
	// sets no securityContext gets the restricted one, and all get the
	// main container's writable /tmp. Default: none.
	InitContainers []*k8s.Container
}

// WithDefaults returns a copy with every default applied.
func (c Container) WithDefaults() Container {
	if c.Name == "" {
		c.Name = DefaultContainerName
	}
	if c.ImagePullPolicy == "" {
		c.ImagePullPolicy = DefaultImagePullPolicy
	}
	if c.WritablePaths == nil {
		c.WritablePaths = []string{DefaultWritablePath}
	}
	return c
}

// WithDefaults returns a copy with every default applied.
func (s Spec) WithDefaults() Spec {
	if s.RunAsGroup == 0 {
		s.RunAsGroup = s.RunAsUser
	}
	return s
}

// Validate checks the container on its own, as the API server would, each
// error under fldPath (e.g. field.NewPath("container")). A construct also
// checks it against the pod (volume names, mounts).
func (c Container) Validate(fldPath *field.Path) field.ErrorList {
	errs := check.Image(fldPath.Child("image"), c.Image)
	if c.Name != "" {
		errs = append(errs, check.DNSLabel(fldPath.Child("name"), c.Name, "")...)
	}
	switch c.ImagePullPolicy {
	case "", "Always", "IfNotPresent", "Never":
	default: // validatePullPolicy
		errs = append(errs, field.NotSupported(fldPath.Child("imagePullPolicy"), c.ImagePullPolicy, []string{"Always", "IfNotPresent", "Never"}))
	}
	res := fldPath.Child("resources")
	cpuReq, e1 := check.Quantity(res.Child("cpuRequest"), c.Resources.CPURequest, `"250m"`)
	memReq, e2 := check.Quantity(res.Child("memoryRequest"), c.Resources.MemoryRequest, `"256Mi"`)
	cpuLim, e3 := check.Quantity(res.Child("cpuLimit"), c.Resources.CPULimit, `"1"`)
	memLim, e4 := check.Quantity(res.Child("memoryLimit"), c.Resources.MemoryLimit, `"1Gi"`)
	errs = append(append(append(append(errs, e1...), e2...), e3...), e4...)
	// validateResourceRequirements: a request may not exceed its limit.
	if e1 == nil && e3 == nil && cpuReq.Cmp(cpuLim) > 0 {
		errs = append(errs, field.Invalid(res.Child("cpuRequest"), c.Resources.CPURequest, "must be less than or equal to cpuLimit "+c.Resources.CPULimit))
	}
	if e2 == nil && e4 == nil && memReq.Cmp(memLim) > 0 {
		errs = append(errs, field.Invalid(res.Child("memoryRequest"), c.Resources.MemoryRequest, "must be less than or equal to memoryLimit "+c.Resources.MemoryLimit))
	}
	for i, p := range c.WritablePaths {
		if !path.IsAbs(p) || path.Clean(p) != p || p == "/" {
			errs = append(errs, field.Invalid(fldPath.Child("writablePaths").Index(i), p, `must be a clean absolute path other than "/", e.g. "/tmp"`))
		}
	}
	for i, m := range c.VolumeMounts {
		at := fldPath.Child("volumeMounts").Index(i)
		switch {
		case m == nil:
			errs = append(errs, field.Required(at, "a volume mount, not null"))
		case m.MountPath == nil || *m.MountPath == "":
			errs = append(errs, field.Required(at.Child("mountPath"), "")) // ValidateVolumeMounts
		case !strings.HasPrefix(*m.MountPath, "/"):
			errs = append(errs, field.Invalid(at.Child("mountPath"), *m.MountPath, "must be an absolute path"))
		}
	}
	return errs
}

// Validate checks the pod settings on their own, as the API server would
// (each rule names the function of k8s.io/kubernetes
// pkg/apis/core/validation it follows, in constructs/internal/check),
// each error under fldPath (e.g. field.NewPath("pod")).
func (s Spec) Validate(fldPath *field.Path) field.ErrorList {
	var errs field.ErrorList
	switch {
	case s.RunAsUser == 0:
		errs = append(errs, field.Required(fldPath.Child("runAsUser"), "set the numeric non-root UID the image runs as (runAsNonRoot cannot verify a named USER)"))
	case s.RunAsUser < 0:
		errs = append(errs, field.Invalid(fldPath.Child("runAsUser"), s.RunAsUser, "must be a positive UID"))
	}
	errs = append(errs, check.NonNegative(fldPath.Child("runAsGroup"), s.RunAsGroup)...)
	errs = append(errs, check.NonNegative(fldPath.Child("fsGroup"), s.FSGroup)...)
	if s.ServiceAccountName != "" {
		errs = append(errs, check.DNSSubdomain(fldPath.Child("serviceAccountName"), s.ServiceAccountName, "")...)
	}
	for i, n := range s.ImagePullSecrets {
		errs = append(errs, check.DNSSubdomain(fldPath.Child("imagePullSecrets").Index(i), n, "name the Secret with the registry credentials")...)
	}
	if s.PriorityClassName != "" {
		errs = append(errs, check.DNSSubdomain(fldPath.Child("priorityClassName"), s.PriorityClassName, "")...)
	}
	errs = append(errs, check.NodeSelector(fldPath.Child("nodeSelector"), s.NodeSelector)...)
	errs = append(errs, check.Tolerations(fldPath.Child("tolerations"), s.Tolerations)...)
	errs = append(errs, check.Affinity(fldPath.Child("affinity"), s.Affinity)...)
	errs = append(errs, check.TopologySpreadConstraints(fldPath.Child("topologySpreadConstraints"), s.TopologySpreadConstraints)...)
	errs = append(errs, check.Annotations(fldPath.Child("annotations"), s.Annotations)...)
	for i, v := range s.Volumes {
		at := fldPath.Child("volumes").Index(i)
		if v == nil || v.Name == nil {
			errs = append(errs, field.Required(at.Child("name"), "name every volume"))
			continue
		}
		errs = append(errs, check.DNSLabel(at.Child("name"), *v.Name, "name every volume")...)
	}
	for i, c := range s.InitContainers {
		at := fldPath.Child("initContainers").Index(i)
		if c == nil || c.Name == nil || *c.Name == "" {
			errs = append(errs, field.Required(at.Child("name"), "name every init container"))
		} else {
			errs = append(errs, check.DNSLabel(at.Child("name"), *c.Name, "")...)
		}
		if c != nil {
			errs = append(errs, check.Image(at.Child("image"), deref(c.Image))...)
		}
	}
	return errs
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// ProbeTiming tunes a probe the constructs build; zero fields keep the
// construct's default for that field.
type ProbeTiming struct {
	// InitialDelaySeconds waits before the first probe. Default: the construct's.
	InitialDelaySeconds int
	// PeriodSeconds is the interval between probes. Default: the construct's.
	PeriodSeconds int
	// TimeoutSeconds bounds one probe. Default: the construct's.
	TimeoutSeconds int
	// FailureThreshold is how many failures in a row count. Default: the construct's.
	FailureThreshold int
}

// Validate checks the timings, each error under fldPath. A zero keeps the
// construct's default, so only negative values are refused (validateProbe).
func (t ProbeTiming) Validate(fldPath *field.Path) field.ErrorList {
	var errs field.ErrorList
	for _, f := range []struct {
		name string
		v    int
	}{
		{"initialDelaySeconds", t.InitialDelaySeconds}, {"periodSeconds", t.PeriodSeconds},
		{"timeoutSeconds", t.TimeoutSeconds}, {"failureThreshold", t.FailureThreshold},
	} {
		errs = append(errs, check.NonNegative(fldPath.Child(f.name), f.v)...)
	}
	return errs
}
