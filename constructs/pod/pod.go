package pod

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/dograh-hq/dograh-cdk8s/internal/check"
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
	// filesystem is read-only. Default: ["/tmp"].
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

// Validate checks the container, prefixing each error path with at.
func (c Container) Validate(at string) error {
	var errs check.Errors
	if c.Image == "" {
		errs.Required(at+".image", `set the image reference, e.g. "registry.example.com/app:1.2.3"`)
	} else if strings.ContainsAny(c.Image, " \t\n") {
		errs.Invalid(at+".image", c.Image, "must not contain whitespace")
	}
	if c.Name != "" {
		errs.DNSLabel(at+".name", c.Name)
	}
	switch c.ImagePullPolicy {
	case "", "Always", "IfNotPresent", "Never":
	default:
		errs.Invalid(at+".imagePullPolicy", c.ImagePullPolicy, "must be Always, IfNotPresent or Never")
	}
	quantity(&errs, at+".resources.cpuRequest", c.Resources.CPURequest, `"250m"`)
	quantity(&errs, at+".resources.memoryRequest", c.Resources.MemoryRequest, `"256Mi"`)
	quantity(&errs, at+".resources.cpuLimit", c.Resources.CPULimit, `"1"`)
	quantity(&errs, at+".resources.memoryLimit", c.Resources.MemoryLimit, `"1Gi"`)
	atMost(&errs, at+".resources.cpuRequest", c.Resources.CPURequest, c.Resources.CPULimit, "cpuLimit")
	atMost(&errs, at+".resources.memoryRequest", c.Resources.MemoryRequest, c.Resources.MemoryLimit, "memoryLimit")
	for i, p := range c.WritablePaths {
		if !path.IsAbs(p) || path.Clean(p) != p || p == "/" {
			errs.Invalid(fmt.Sprintf("%s.writablePaths[%d]", at, i), p, `must be a clean absolute path other than "/", e.g. "/tmp"`)
		}
	}
	return errs.Err()
}

// Validate checks the pod settings, prefixing each error path with at.
func (s Spec) Validate(at string) error {
	var errs check.Errors
	switch {
	case s.RunAsUser == 0:
		errs.Required(at+".runAsUser", "set the numeric non-root UID the image runs as (runAsNonRoot cannot verify a named USER)")
	case s.RunAsUser < 0:
		errs.Invalid(at+".runAsUser", s.RunAsUser, "must be a positive UID")
	}
	if s.RunAsGroup < 0 {
		errs.Invalid(at+".runAsGroup", s.RunAsGroup, "must be a positive GID")
	}
	if s.FSGroup < 0 {
		errs.Invalid(at+".fsGroup", s.FSGroup, "must be a positive GID")
	}
	for i, c := range s.InitContainers {
		if c == nil || c.Name == nil || *c.Name == "" {
			errs.Required(fmt.Sprintf("%s.initContainers[%d].name", at, i), "name every init container")
		}
	}
	return errs.Err()
}

func quantity(errs *check.Errors, at, v, example string) {
	if v == "" {
		errs.Required(at, "set it explicitly, e.g. "+example)
		return
	}
	if _, err := resource.ParseQuantity(v); err != nil {
		errs.Invalid(at, v, "must be a Kubernetes quantity, e.g. "+example)
	}
}

func atMost(errs *check.Errors, at, request, limit, limitName string) {
	r, err1 := resource.ParseQuantity(request)
	l, err2 := resource.ParseQuantity(limit)
	if err1 == nil && err2 == nil && r.Cmp(l) > 0 {
		errs.Invalid(at, request, fmt.Sprintf("must not exceed %s %q", limitName, limit))
	}
}

// RestrictedSecurityContext is the container security context of the Pod
// Security "restricted" profile, with a read-only root filesystem.
func RestrictedSecurityContext() *k8s.SecurityContext {
	return &k8s.SecurityContext{
		AllowPrivilegeEscalation: jsii.Bool(false),
		Capabilities:             &k8s.Capabilities{Drop: jsii.Strings("ALL")},
		ReadOnlyRootFilesystem:   jsii.Bool(true),
		RunAsNonRoot:             jsii.Bool(true),
	}
}

// Rendered is a pod template under construction: constructs add ports,
// probes and lifecycle hooks to Main before building the template.
type Rendered struct {
	// Main is the main container; the caller may still change it.
	Main *k8s.Container
	// Volumes are the emptyDirs for the writable paths plus Spec.Volumes.
	Volumes []*k8s.Volume
}

// Render turns the (defaulted) container into a Kubernetes container with
// the restricted security context, plus the volumes it needs.
func Render(c Container, s Spec) Rendered {
	var mounts []*k8s.VolumeMount
	var vols []*k8s.Volume
	for _, p := range c.WritablePaths {
		name := WritableVolumeName(p)
		mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String(name), MountPath: jsii.String(p)})
		vols = append(vols, &k8s.Volume{Name: jsii.String(name), EmptyDir: &k8s.EmptyDirVolumeSource{}})
	}
	mounts = append(mounts, c.VolumeMounts...)
	main := &k8s.Container{
		Name:            jsii.String(c.Name),
		Image:           jsii.String(c.Image),
		ImagePullPolicy: jsii.String(c.ImagePullPolicy),
		Command:         strs(c.Command),
		Args:            strs(c.Args),
		Env:             slicePtr(c.Env),
		EnvFrom:         slicePtr(c.EnvFrom),
		Resources: &k8s.ResourceRequirements{
			Requests: &map[string]k8s.Quantity{
				"cpu":    Quantity(c.Resources.CPURequest),
				"memory": Quantity(c.Resources.MemoryRequest),
			},
			Limits: &map[string]k8s.Quantity{
				"cpu":    Quantity(c.Resources.CPULimit),
				"memory": Quantity(c.Resources.MemoryLimit),
			},
		},
		SecurityContext: RestrictedSecurityContext(),
		VolumeMounts:    slicePtr(mounts),
	}
	return Rendered{Main: main, Volumes: append(vols, s.Volumes...)}
}

// WritableVolumeName derives a stable volume name from a writable path:
// "/tmp" becomes "tmp", "/app/.cache" becomes "app-cache".
func WritableVolumeName(p string) string {
	name := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + ('a' - 'A')
		default:
			return '-'
		}
	}, strings.Trim(p, "/"))
	for strings.Contains(name, "--") {
		name = strings.ReplaceAll(name, "--", "-")
	}
	return strings.Trim(name, "-")
}

// Template builds the pod template: labels, annotations, the pod security
// context, placement, and the main container after the init containers.
// Init containers without a securityContext get the restricted one and the
// main container's writable-path mounts.
func Template(r Rendered, s Spec, labels, annotations map[string]string, selector map[string]string) *k8s.PodTemplateSpec {
	var inits []*k8s.Container
	for _, ic := range s.InitContainers {
		cp := *ic
		if cp.SecurityContext == nil {
			cp.SecurityContext = RestrictedSecurityContext()
		}
		if cp.VolumeMounts == nil && r.Main.VolumeMounts != nil {
			cp.VolumeMounts = r.Main.VolumeMounts
		}
		if cp.ImagePullPolicy == nil {
			cp.ImagePullPolicy = jsii.String(DefaultImagePullPolicy)
		}
		inits = append(inits, &cp)
	}
	var spreads []*k8s.TopologySpreadConstraint
	for _, t := range s.TopologySpreadConstraints {
		cp := *t
		if cp.LabelSelector == nil {
			cp.LabelSelector = &k8s.LabelSelector{MatchLabels: StrMap(selector)}
		}
		spreads = append(spreads, &cp)
	}
	var pullSecrets []*k8s.LocalObjectReference
	for _, n := range s.ImagePullSecrets {
		pullSecrets = append(pullSecrets, &k8s.LocalObjectReference{Name: jsii.String(n)})
	}
	psc := &k8s.PodSecurityContext{
		RunAsNonRoot:   jsii.Bool(true),
		RunAsUser:      jsii.Number(s.RunAsUser),
		RunAsGroup:     jsii.Number(s.RunAsGroup),
		SeccompProfile: &k8s.SeccompProfile{Type: jsii.String("RuntimeDefault")},
	}
	if s.FSGroup != 0 {
		psc.FsGroup = jsii.Number(s.FSGroup)
	}
	spec := &k8s.PodSpec{
		AutomountServiceAccountToken: jsii.Bool(s.AutomountServiceAccountToken),
		SecurityContext:              psc,
		InitContainers:               slicePtr(inits),
		Containers:                   &[]*k8s.Container{r.Main},
		Volumes:                      slicePtr(r.Volumes),
		NodeSelector:                 StrMap(s.NodeSelector),
		Tolerations:                  slicePtr(s.Tolerations),
		Affinity:                     s.Affinity,
		TopologySpreadConstraints:    slicePtr(spreads),
		ImagePullSecrets:             slicePtr(pullSecrets),
	}
	if s.ServiceAccountName != "" {
		spec.ServiceAccountName = jsii.String(s.ServiceAccountName)
	}
	if s.PriorityClassName != "" {
		spec.PriorityClassName = jsii.String(s.PriorityClassName)
	}
	all := maps.Clone(annotations)
	if all == nil {
		all = map[string]string{}
	}
	maps.Copy(all, s.Annotations)
	return &k8s.PodTemplateSpec{
		Metadata: &k8s.ObjectMeta{Labels: StrMap(labels), Annotations: StrMap(all)},
		Spec:     spec,
	}
}

// StrMap converts a Go map to the jsii form, or nil when empty.
func StrMap(m map[string]string) *map[string]*string {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]*string, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out[k] = jsii.String(m[k])
	}
	return &out
}

func strs(s []string) *[]*string {
	if len(s) == 0 {
		return nil
	}
	return jsii.Strings(s...)
}

func slicePtr[T any](s []T) *[]T {
	if len(s) == 0 {
		return nil
	}
	return &s
}

// Labels merges a workload's selector labels with its extra labels. The
// selector labels win, so extra labels can never change what is selected.
func Labels(selector, extra map[string]string) map[string]string {
	out := maps.Clone(extra)
	if out == nil {
		out = map[string]string{}
	}
	maps.Copy(out, selector)
	return out
}

// ObjectMeta is the metadata of an object named name with the given labels.
func ObjectMeta(name string, labels map[string]string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{Name: jsii.String(name), Labels: StrMap(labels)}
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

// Apply overrides p's timings with the non-zero fields of t and returns p.
func (t ProbeTiming) Apply(p *k8s.Probe) *k8s.Probe {
	for _, f := range []struct {
		v   int
		dst **float64
	}{
		{t.InitialDelaySeconds, &p.InitialDelaySeconds},
		{t.PeriodSeconds, &p.PeriodSeconds},
		{t.TimeoutSeconds, &p.TimeoutSeconds},
		{t.FailureThreshold, &p.FailureThreshold},
	} {
		if f.v != 0 {
			*f.dst = jsii.Number(f.v)
		}
	}
	return p
}

// Validate checks the timings, prefixing each error path with at.
func (t ProbeTiming) Validate(at string) error {
	var errs check.Errors
	for _, f := range []struct {
		name string
		v    int
	}{
		{"initialDelaySeconds", t.InitialDelaySeconds}, {"periodSeconds", t.PeriodSeconds},
		{"timeoutSeconds", t.TimeoutSeconds}, {"failureThreshold", t.FailureThreshold},
	} {
		if f.v < 0 {
			errs.Invalid(at+"."+f.name, f.v, "must not be negative")
		}
	}
	return errs.Err()
}

// Quantity, PortName and Number build the small value objects Kubernetes
// specs are full of. Each is a fresh jsii object: a value cached across
// calls would outlive the jsii runtime that made it (after jsii.Close, a
// second synthesis rendered it as null) and could be shared by goroutines
// with different runtimes.

// Quantity is k8s.Quantity_FromString(s).
func Quantity(s string) k8s.Quantity { return k8s.Quantity_FromString(jsii.String(s)) }

// PortName is k8s.IntOrString_FromString(name).
func PortName(name string) k8s.IntOrString { return k8s.IntOrString_FromString(jsii.String(name)) }

// Number is k8s.IntOrString_FromNumber(n).
func Number(n int) k8s.IntOrString { return k8s.IntOrString_FromNumber(jsii.Number(n)) }
