package job

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

// Defaults of VersionedJobProps.
const (
	// DefaultBackoffLimit allows one retry. It covers a transient failure
	// (a node lost, a connection dropped) while a deterministic one, such
	// as a broken migration, fails within seconds instead of after the
	// Kubernetes default of six increasingly delayed retries.
	DefaultBackoffLimit = 1
	// DefaultActiveDeadlineSeconds bounds the whole Job, init containers
	// included, to ten minutes: long enough for a database to come up on a
	// first install, short enough that a hung run does not hold its locks
	// forever.
	DefaultActiveDeadlineSeconds = 600
	// RestartPolicy is always Never: a failed pod stays for its logs, and
	// each retry is a new pod, counted against the backoff limit.
	RestartPolicy = "Never"
)

// HashLength is how many hex digits of the SHA-256 the Job name carries.
const HashLength = 10

// Argo CD annotations set by VersionedJobProps.ArgoCDHook and SyncWave.
const (
	// ArgoCDHookAnnotation makes a resource an Argo CD hook.
	ArgoCDHookAnnotation = "argocd.argoproj.io/hook"
	// ArgoCDHookDeletePolicyAnnotation says when Argo CD deletes a hook.
	ArgoCDHookDeletePolicyAnnotation = "argocd.argoproj.io/hook-delete-policy"
	// ArgoCDSyncWaveAnnotation orders resources within a sync phase, lowest
	// wave first; unset means wave 0.
	ArgoCDSyncWaveAnnotation = "argocd.argoproj.io/sync-wave"
	// ArgoCDHookSync runs the hook in the Sync phase, together with the
	// application's resources and ordered by sync wave.
	ArgoCDHookSync = "Sync"
	// ArgoCDDeleteBeforeHookCreation deletes the previous hook of the same
	// name when the next sync creates it again.
	ArgoCDDeleteBeforeHookCreation = "BeforeHookCreation"
)

// VersionedJobProps configures a VersionedJob.
type VersionedJobProps struct {
	// NamePrefix starts the Job's name, which is NamePrefix + "-" + a
	// HashLength-digit hash. At most 52 characters, so the name fits the
	// 63-character label value Kubernetes puts it in. Required.
	NamePrefix string
	// Labels go on the Job and its pod template. A Job has no selector to
	// set: the Job controller selects its pods by its own labels. Topology
	// spread constraints without a labelSelector select by these labels,
	// so they are required with such a constraint. Default: none.
	Labels map[string]string
	// Annotations go on the Job, e.g. for tooling. For Argo CD, prefer
	// ArgoCDHook and SyncWave. Default: none.
	Annotations map[string]string
	// Container is the container that runs. Required: Image and Resources.
	Container pod.Container
	// Pod holds pod-level settings. Required: RunAsUser. Its
	// InitContainers run first, e.g. to wait until the database accepts
	// connections.
	Pod pod.Spec
	// HashInputs are extra values hashed into the name, for what the Job
	// reads but its template only references, e.g. the rendered content of
	// a ConfigMap it loads. Changing any of them renames the Job, so it runs
	// again. Default: none.
	HashInputs map[string]string
	// BackoffLimit is how many times a failed pod is retried. A pointer, so
	// that 0 (never retry) can be expressed.
	// Default: DefaultBackoffLimit (1).
	BackoffLimit *int
	// ActiveDeadlineSeconds fails the Job when it has run this long in
	// total, init containers and retries included.
	// Default: DefaultActiveDeadlineSeconds (600).
	ActiveDeadlineSeconds int
	// TTLSecondsAfterFinished deletes the Job this long after it finishes.
	// The next apply of the same manifests then creates it again and the
	// command runs again, so set it only for an idempotent command (see
	// the package documentation). Default: unset, the Job is kept.
	TTLSecondsAfterFinished *int
	// ArgoCDHook makes the Job an Argo CD Sync hook with the
	// BeforeHookCreation delete policy. Argo CD then runs it on every
	// sync. Default: false.
	ArgoCDHook bool
	// SyncWave is the Argo CD sync wave (argocd.argoproj.io/sync-wave), with
	// or without ArgoCDHook. Default: 0, Argo CD's own default, rendered as
	// no annotation.
	SyncWave int
}

// VersionedJob runs its container once per version of what it runs: the
// Job's name carries a hash of its pod template and HashInputs, so
// re-applying the same manifests is a no-op and any change creates a new
// Job (see the package documentation).
type VersionedJob interface {
	constructs.Construct
	// Job is the primary object (construct id "Resource").
	Job() k8s.KubeJob
	// Name is the Job's hashed name, for callers that refer to it.
	Name() string
}

type versionedJob struct {
	constructs.Construct
	job  k8s.KubeJob
	name string
}

func (v *versionedJob) Job() k8s.KubeJob { return v.job }
func (v *versionedJob) Name() string     { return v.name }

// withDefaults returns a copy with every default applied; p is unchanged.
func (p *VersionedJobProps) withDefaults() VersionedJobProps {
	c := *p
	c.Container = c.Container.WithDefaults()
	c.Pod = c.Pod.WithDefaults()
	if c.BackoffLimit == nil {
		limit := DefaultBackoffLimit
		c.BackoffLimit = &limit
	}
	if c.ActiveDeadlineSeconds == 0 {
		c.ActiveDeadlineSeconds = DefaultActiveDeadlineSeconds
	}
	return c
}

// annotations are the Job's annotations: the caller's plus Argo CD's.
func (p VersionedJobProps) annotations() map[string]string {
	out := maps.Clone(p.Annotations)
	if out == nil {
		out = map[string]string{}
	}
	if p.ArgoCDHook {
		out[ArgoCDHookAnnotation] = ArgoCDHookSync
		out[ArgoCDHookDeletePolicyAnnotation] = ArgoCDDeleteBeforeHookCreation
	}
	if p.SyncWave != 0 {
		out[ArgoCDSyncWaveAnnotation] = strconv.Itoa(p.SyncWave)
	}
	return out
}

// NewVersionedJob renders the Job under its hashed name. It panics with the
// construct id and every validation error when props are invalid.
func NewVersionedJob(scope constructs.Construct, id string, props *VersionedJobProps) VersionedJob {
	check.MustBeValid(id, "VersionedJobProps", props.Validate())
	p := props.withDefaults()
	v := &versionedJob{}
	constructs.NewConstruct_Override(v, scope, jsii.String(id))

	r := podtemplate.Render(p.Container, p.Pod)
	// The pods carry Labels, so spread constraints select by them; an
	// empty selector would spread against every pod in the namespace.
	tmpl := podtemplate.Template(r, p.Pod, p.Labels, nil, p.Labels)
	tmpl.Spec.RestartPolicy = jsii.String(RestartPolicy)
	// The hash covers the template as Kubernetes will receive it, so the
	// name can be re-derived from the manifest alone.
	manifest := k8s.KubeJob_Manifest(&k8s.KubeJobProps{Spec: &k8s.JobSpec{Template: tmpl}})
	v.name = p.NamePrefix + "-" + Hash(templateOf(manifest), p.HashInputs)

	spec := &k8s.JobSpec{
		Template:              tmpl,
		BackoffLimit:          jsii.Number(*p.BackoffLimit),
		ActiveDeadlineSeconds: jsii.Number(p.ActiveDeadlineSeconds),
	}
	if p.TTLSecondsAfterFinished != nil {
		spec.TtlSecondsAfterFinished = jsii.Number(*p.TTLSecondsAfterFinished)
	}
	v.job = k8s.NewKubeJob(v, jsii.String("Resource"), &k8s.KubeJobProps{
		Metadata: &k8s.ObjectMeta{
			Name:        jsii.String(v.name),
			Labels:      k8sutil.StrMap(p.Labels),
			Annotations: k8sutil.StrMap(p.annotations()),
		},
		Spec: spec,
	})
	return v
}

// templateOf digs spec.template out of a rendered Job manifest.
func templateOf(manifest any) any {
	m, _ := manifest.(map[string]any)
	spec, _ := m["spec"].(map[string]any)
	return spec["template"]
}

// Hash returns the first HashLength hex digits of the SHA-256 of the
// canonical JSON encoding of a Job's pod template (as rendered, e.g. parsed
// from the synthesized manifest) and the hash inputs. Object keys are
// sorted, so map order never matters; list order does.
func Hash(template any, inputs map[string]string) string {
	if inputs == nil {
		inputs = map[string]string{}
	}
	b, err := json.Marshal(map[string]any{"template": template, "inputs": inputs})
	if err != nil {
		panic(fmt.Errorf("job: hash: %w", err))
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])[:HashLength]
}
