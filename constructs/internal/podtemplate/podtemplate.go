// Package podtemplate renders pod.Container and pod.Spec into the pod
// templates of the constructs of this module, and checks a container and
// its pod together.
package podtemplate

import (
	"fmt"
	"maps"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

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
func Render(c pod.Container, s pod.Spec) Rendered {
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
		Command:         k8sutil.Strs(c.Command),
		Args:            k8sutil.Strs(c.Args),
		Env:             k8sutil.SlicePtr(c.Env),
		EnvFrom:         k8sutil.SlicePtr(c.EnvFrom),
		Resources: &k8s.ResourceRequirements{
			Requests: &map[string]k8s.Quantity{
				"cpu":    k8sutil.Quantity(c.Resources.CPURequest),
				"memory": k8sutil.Quantity(c.Resources.MemoryRequest),
			},
			Limits: &map[string]k8s.Quantity{
				"cpu":    k8sutil.Quantity(c.Resources.CPULimit),
				"memory": k8sutil.Quantity(c.Resources.MemoryLimit),
			},
		},
		SecurityContext: RestrictedSecurityContext(),
		VolumeMounts:    k8sutil.SlicePtr(mounts),
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
// main container's writable-path mounts. A topology spread constraint
// without a labelSelector selects by selector, which must not be empty.
func Template(r Rendered, s pod.Spec, labels, annotations map[string]string, selector map[string]string) *k8s.PodTemplateSpec {
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
			cp.ImagePullPolicy = jsii.String(pod.DefaultImagePullPolicy)
		}
		inits = append(inits, &cp)
	}
	var spreads []*k8s.TopologySpreadConstraint
	for _, t := range s.TopologySpreadConstraints {
		cp := *t
		if cp.LabelSelector == nil {
			if len(selector) == 0 {
				// An empty selector matches every pod in the namespace.
				panic("podtemplate: a topology spread constraint without labelSelector needs the workload's selector")
			}
			cp.LabelSelector = &k8s.LabelSelector{MatchLabels: k8sutil.StrMap(selector)}
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
		InitContainers:               k8sutil.SlicePtr(inits),
		Containers:                   &[]*k8s.Container{r.Main},
		Volumes:                      k8sutil.SlicePtr(r.Volumes),
		NodeSelector:                 k8sutil.StrMap(s.NodeSelector),
		Tolerations:                  k8sutil.SlicePtr(s.Tolerations),
		Affinity:                     s.Affinity,
		TopologySpreadConstraints:    k8sutil.SlicePtr(spreads),
		ImagePullSecrets:             k8sutil.SlicePtr(pullSecrets),
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
		Metadata: &k8s.ObjectMeta{Labels: k8sutil.StrMap(labels), Annotations: k8sutil.StrMap(all)},
		Spec:     spec,
	}
}

// ApplyTiming overrides p's timings with the non-zero fields of t and
// returns p.
func ApplyTiming(t pod.ProbeTiming, p *k8s.Probe) *k8s.Probe {
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

// Paths of the container and pod props, as every construct names them.
var (
	ContainerPath = field.NewPath("container")
	PodPath       = field.NewPath("pod")
)

// Own is what a construct adds to the pod itself: volume names, with the
// prop that names each, and mount paths of the main container.
type Own struct {
	// Volumes maps a volume name to a description, e.g. "the claim (claimName)".
	Volumes map[string]string
	// MountPaths maps a mount path to a description.
	MountPaths map[string]string
	// Containers are the names of the init containers the construct adds.
	Containers map[string]string
}

// Validate checks the defaulted container and pod each on their own and
// together, as ValidatePodSpec does for the rendered pod: volume names are
// unique (ValidateVolumes), every mount names a volume and mount paths are
// unique (ValidateVolumeMounts), container names are unique
// (validateInitContainers), a topology spread constraint without
// labelSelector has a selector to default to, and nothing clashes with
// what the construct adds itself.
func Validate(c pod.Container, s pod.Spec, own Own, selector map[string]string) field.ErrorList {
	c, s = c.WithDefaults(), s.WithDefaults()
	errs := c.Validate(ContainerPath)
	errs = append(errs, s.Validate(PodPath)...)

	volumes := map[string]bool{}
	for n := range own.Volumes {
		volumes[n] = true
	}
	seen := map[string]string{} // volume name -> the prop that named it first
	claim := func(at *field.Path, name string) {
		switch {
		case own.Volumes[name] != "":
			errs = append(errs, field.Invalid(at, name, fmt.Sprintf("is also the name of %s; choose another", own.Volumes[name])))
		case seen[name] != "":
			errs = append(errs, field.Duplicate(at, name))
			errs[len(errs)-1].Detail = "the volume " + seen[name] + " has this name already; volume names must be unique"
		default:
			seen[name] = at.String()
		}
		volumes[name] = true
	}
	for i, p := range c.WritablePaths {
		claim(ContainerPath.Child("writablePaths").Index(i), WritableVolumeName(p))
	}
	for i, v := range s.Volumes {
		if v != nil && v.Name != nil && *v.Name != "" {
			claim(PodPath.Child("volumes").Index(i).Child("name"), *v.Name)
		}
	}

	paths := map[string]string{}
	mount := func(at *field.Path, p string) {
		switch {
		case own.MountPaths[p] != "":
			errs = append(errs, field.Invalid(at, p, fmt.Sprintf("is also the mount path of %s; choose another", own.MountPaths[p])))
		case paths[p] != "":
			errs = append(errs, field.Invalid(at, p, "must be unique: "+paths[p]+" mounts there already"))
		default:
			paths[p] = at.String()
		}
	}
	for i, p := range c.WritablePaths {
		mount(ContainerPath.Child("writablePaths").Index(i), p)
	}
	for i, m := range c.VolumeMounts {
		if m == nil {
			continue
		}
		at := ContainerPath.Child("volumeMounts").Index(i)
		if m.Name == nil || *m.Name == "" {
			errs = append(errs, field.Required(at.Child("name"), "name the volume to mount"))
		} else if !volumes[*m.Name] {
			errs = append(errs, field.NotFound(at.Child("name"), *m.Name))
			errs[len(errs)-1].Detail = "no volume of this name: add it to pod.volumes"
		}
		if m.MountPath != nil && *m.MountPath != "" {
			mount(at.Child("mountPath"), *m.MountPath)
		}
	}

	names := map[string]string{c.Name: ContainerPath.Child("name").String()}
	for n, what := range own.Containers {
		if n == c.Name {
			errs = append(errs, field.Invalid(ContainerPath.Child("name"), c.Name, "is the name of "+what+"; choose another"))
		}
		names[n] = what
	}
	for i, ic := range s.InitContainers {
		if ic == nil || ic.Name == nil || *ic.Name == "" {
			continue
		}
		at := PodPath.Child("initContainers").Index(i).Child("name")
		if prev, dup := names[*ic.Name]; dup {
			errs = append(errs, field.Duplicate(at, *ic.Name))
			errs[len(errs)-1].Detail = "container names must be unique; " + prev + " has it already"
			continue
		}
		names[*ic.Name] = at.String()
	}

	if len(selector) == 0 {
		for i, t := range s.TopologySpreadConstraints {
			if t != nil && t.LabelSelector == nil {
				errs = append(errs, field.Required(PodPath.Child("topologySpreadConstraints").Index(i).Child("labelSelector"),
					"set it: without a workload selector to default to, an empty selector would spread against every pod in the namespace"))
			}
		}
	}
	return errs
}
