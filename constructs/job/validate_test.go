package job_test

import (
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/job"
)

func TestVersionedJobProps_Validate(t *testing.T) {
	neg := -1
	for _, tc := range []struct {
		name   string
		mutate func(p *job.VersionedJobProps)
		want   []string
	}{
		{"valid", func(*job.VersionedJobProps) {}, nil},
		{"missing prefix", func(p *job.VersionedJobProps) { p.NamePrefix = "" },
			[]string{`namePrefix: Required value: set a lowercase name such as "my-app-migrate"`}},
		{"bad prefix", func(p *job.VersionedJobProps) { p.NamePrefix = "Shop_Migrate" },
			[]string{`namePrefix: Invalid value: "Shop_Migrate": a lowercase RFC 1123 label must consist of`}},
		{"prefix too long", func(p *job.VersionedJobProps) { p.NamePrefix = strings.Repeat("m", 53) },
			[]string{`namePrefix: Invalid value: "` + strings.Repeat("m", 53) + `": must be at most 52 characters, leaving room for "-" and the 10-digit hash within the 63 of a label value`}},
		{"label value with a space", func(p *job.VersionedJobProps) { p.Labels = map[string]string{"team": "a b"} },
			[]string{`labels[team]: Invalid value: "a b": a valid label must be`}},
		{"spread without labels to select by", func(p *job.VersionedJobProps) {
			p.Labels = nil
			p.Pod.TopologySpreadConstraints = []*k8s.TopologySpreadConstraint{{
				MaxSkew: jsii.Number(1), TopologyKey: jsii.String("kubernetes.io/hostname"), WhenUnsatisfiable: jsii.String("ScheduleAnyway"),
			}}
		}, []string{"pod.topologySpreadConstraints[0].labelSelector: Required value: set it: without a workload selector to default to"}},
		{"no image", func(p *job.VersionedJobProps) { p.Container.Image = "" },
			[]string{"container.image: Required value: set the image reference"}},
		{"root user", func(p *job.VersionedJobProps) { p.Pod.RunAsUser = 0 },
			[]string{"pod.runAsUser: Required value: set the numeric non-root UID the image runs as"}},
		{"negative backoff", func(p *job.VersionedJobProps) { p.BackoffLimit = &neg },
			[]string{"backoffLimit: Invalid value: -1: must not be negative; 0 means no retry"}},
		{"negative deadline", func(p *job.VersionedJobProps) { p.ActiveDeadlineSeconds = -1 },
			[]string{"activeDeadlineSeconds: Invalid value: -1: must be at least 1"}},
		{"negative ttl", func(p *job.VersionedJobProps) { p.TTLSecondsAfterFinished = &neg },
			[]string{"ttlSecondsAfterFinished: Invalid value: -1: must not be negative; leave it nil to keep the Job"}},
		{"hook annotation twice", func(p *job.VersionedJobProps) {
			p.ArgoCDHook = true
			p.Annotations = map[string]string{"argocd.argoproj.io/hook": "PreSync"}
		}, []string{`annotations[argocd.argoproj.io/hook]: Invalid value: "PreSync": is set by argoCDHook or syncWave; remove it here or leave those unset`}},
		{"wave annotation twice", func(p *job.VersionedJobProps) {
			p.SyncWave = 1
			p.Annotations = map[string]string{"argocd.argoproj.io/sync-wave": "2"}
		}, []string{`annotations[argocd.argoproj.io/sync-wave]: Invalid value: "2": is set by argoCDHook or syncWave`}},
		{"own hook annotations without the option", func(p *job.VersionedJobProps) {
			p.Annotations = map[string]string{"argocd.argoproj.io/hook": "PreSync", "argocd.argoproj.io/sync-wave": "2"}
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := props()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}

func TestNewVersionedJob_PanicsWithIDAndMessage(t *testing.T) {
	p := props()
	p.NamePrefix = ""
	assert.PanicsWithError(t, "migrate: invalid VersionedJobProps:\nnamePrefix: Required value: set a lowercase name such as \"my-app-migrate\"", func() {
		synth(t, p)
	})
}
