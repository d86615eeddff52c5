package job_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/constructs/job"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
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
			[]string{`namePrefix: required: set a lowercase RFC 1123 name such as "my-app"`}},
		{"bad prefix", func(p *job.VersionedJobProps) { p.NamePrefix = "Shop_Migrate" },
			[]string{`namePrefix: invalid value "Shop_Migrate": must be a lowercase RFC 1123 label`}},
		{"prefix too long", func(p *job.VersionedJobProps) { p.NamePrefix = strings.Repeat("m", 53) },
			[]string{`namePrefix: invalid value "` + strings.Repeat("m", 53) + `": must be at most 52 characters, leaving room for "-" and the 10-digit hash within the 63 of a label value`}},
		{"empty label value", func(p *job.VersionedJobProps) { p.Labels = map[string]string{"team": ""} },
			[]string{`labels: invalid value "team=": label keys and values must not be empty`}},
		{"no image", func(p *job.VersionedJobProps) { p.Container.Image = "" },
			[]string{"container.image: required: set the image reference"}},
		{"root user", func(p *job.VersionedJobProps) { p.Pod.RunAsUser = 0 },
			[]string{"pod.runAsUser: required: set the numeric non-root UID the image runs as"}},
		{"negative backoff", func(p *job.VersionedJobProps) { p.BackoffLimit = &neg },
			[]string{"backoffLimit: invalid value -1: must not be negative; 0 means no retry"}},
		{"negative deadline", func(p *job.VersionedJobProps) { p.ActiveDeadlineSeconds = -1 },
			[]string{"activeDeadlineSeconds: invalid value -1: must be at least 1"}},
		{"negative ttl", func(p *job.VersionedJobProps) { p.TTLSecondsAfterFinished = &neg },
			[]string{"ttlSecondsAfterFinished: invalid value -1: must not be negative; leave it nil to keep the Job"}},
		{"hook annotation twice", func(p *job.VersionedJobProps) {
			p.ArgoCDHook = true
			p.Annotations = map[string]string{"argocd.argoproj.io/hook": "PreSync"}
		}, []string{`annotations[argocd.argoproj.io/hook]: invalid value "PreSync": is set by argoCDHook or syncWave; remove it here or leave those unset`}},
		{"wave annotation twice", func(p *job.VersionedJobProps) {
			p.SyncWave = 1
			p.Annotations = map[string]string{"argocd.argoproj.io/sync-wave": "2"}
		}, []string{`annotations[argocd.argoproj.io/sync-wave]: invalid value "2": is set by argoCDHook or syncWave`}},
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
	assert.PanicsWithError(t, "migrate: invalid VersionedJobProps:\nnamePrefix: required: set a lowercase RFC 1123 name such as \"my-app\"", func() {
		synth(t, p)
	})
}
