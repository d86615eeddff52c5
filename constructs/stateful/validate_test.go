package stateful_test

import (
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/constructs/stateful"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func TestStatefulServiceProps_Validate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(p *stateful.StatefulServiceProps)
		want   []string
	}{
		{"valid", func(*stateful.StatefulServiceProps) {}, nil},
		{"missing name", func(p *stateful.StatefulServiceProps) { p.Name = "" },
			[]string{`name: required: set a lowercase RFC 1123 name such as "my-app"`}},
		{"name too long for pods", func(p *stateful.StatefulServiceProps) { p.Name = strings.Repeat("a", 53) },
			[]string{`name: invalid value "` + strings.Repeat("a", 53) + `": must be at most 52 characters: the StatefulSet controller labels its pod with the name plus an 11-character revision suffix`}},
		{"name starts with digit", func(p *stateful.StatefulServiceProps) { p.Name = "1db" },
			[]string{`serviceName: invalid value "1db": defaults to name, which must then start with a letter: Service names are RFC 1035 labels; set serviceName`}},
		{"bad service name", func(p *stateful.StatefulServiceProps) { p.ServiceName = "2db" },
			[]string{`serviceName: invalid value "2db": must start with a letter: Service names are RFC 1035 labels`}},
		{"no selector", func(p *stateful.StatefulServiceProps) { p.SelectorLabels = nil },
			[]string{"selectorLabels: required: set the labels that select the datastore's pod"}},
		{"no image", func(p *stateful.StatefulServiceProps) { p.Container.Image = "" },
			[]string{"container.image: required: set the image reference"}},
		{"root user", func(p *stateful.StatefulServiceProps) { p.Pod.RunAsUser = 0 },
			[]string{"pod.runAsUser: required: set the numeric non-root UID the image runs as"}},
		{"no port", func(p *stateful.StatefulServiceProps) { p.Port = 0 },
			[]string{"port: required: set the container port the datastore listens on, e.g. 5432"}},
		{"bad port", func(p *stateful.StatefulServiceProps) { p.Port = 70000 },
			[]string{"port: invalid value 70000: must be a port number between 1 and 65535"}},
		{"bad port name", func(p *stateful.StatefulServiceProps) { p.PortName = "postgresql-primary" },
			[]string{`portName: invalid value "postgresql-primary": must be an IANA service name: at most 15 lowercase letters, digits and '-', with at least one letter`}},
		{"no data path", func(p *stateful.StatefulServiceProps) { p.DataMountPath = "" },
			[]string{`dataMountPath: required: set where the datastore keeps its files, e.g. "/var/lib/postgresql/data"`}},
		{"relative data path", func(p *stateful.StatefulServiceProps) { p.DataMountPath = "data/" },
			[]string{`dataMountPath: invalid value "data/": must be a clean absolute path other than "/", e.g. "/data"`}},
		{"data path is writable path", func(p *stateful.StatefulServiceProps) { p.DataMountPath = "/tmp" },
			[]string{`dataMountPath: invalid value "/tmp": is also in container.writablePaths, which would mount an emptyDir over the data; remove it there`}},
		{"bad claim name", func(p *stateful.StatefulServiceProps) { p.ClaimName = "Data" },
			[]string{`claimName: invalid value "Data": must be a lowercase RFC 1123 label`}},
		{"claim name clashes with writable path", func(p *stateful.StatefulServiceProps) { p.ClaimName = "tmp" },
			[]string{`claimName: invalid value "tmp": is also the volume name of writable path "/tmp"; choose another claim name`}},
		{"claim name clashes with volume", func(p *stateful.StatefulServiceProps) {
			p.Pod.Volumes = []*k8s.Volume{{Name: jsii.String("data"), EmptyDir: &k8s.EmptyDirVolumeSource{}}}
		}, []string{`pod.volumes[0].name: invalid value "data": is the claim's volume name; choose another`}},
		{"bad storage size", func(p *stateful.StatefulServiceProps) { p.StorageSize = "eight gigs" },
			[]string{`storageSize: invalid value "eight gigs": must be a positive Kubernetes quantity, e.g. "8Gi"`}},
		{"zero storage size", func(p *stateful.StatefulServiceProps) { p.StorageSize = "0" },
			[]string{`storageSize: invalid value "0": must be a positive Kubernetes quantity`}},
		{"bad storage class", func(p *stateful.StatefulServiceProps) { p.StorageClassName = "Fast_SSD" },
			[]string{`storageClassName: invalid value "Fast_SSD": must be a lowercase RFC 1123 subdomain, e.g. "gp3"`}},
		{"read-only access mode", func(p *stateful.StatefulServiceProps) { p.AccessMode = "ReadOnlyMany" },
			[]string{`accessMode: invalid value "ReadOnlyMany": must be ReadWriteOnce, ReadWriteOncePod or ReadWriteMany`}},
		{"no probes", func(p *stateful.StatefulServiceProps) {
			p.ReadinessCommand = nil
			p.LivenessCommand = nil
		}, []string{
			`readinessCommand: required: set a command that exits 0 when the datastore accepts connections`,
			`livenessCommand: required: set a command that exits non-zero when the datastore is stuck`,
		}},
		{"negative grace", func(p *stateful.StatefulServiceProps) { p.TerminationGracePeriodSeconds = -1 },
			[]string{"terminationGracePeriodSeconds: invalid value -1: must not be negative"}},
		{"bad strategy", func(p *stateful.StatefulServiceProps) { p.UpdateStrategy = "Recreate" },
			[]string{`updateStrategy: invalid value "Recreate": must be RollingUpdate or OnDelete`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := props()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}

func TestNewStatefulService_PanicsWithIDAndMessage(t *testing.T) {
	p := props()
	p.Port = 0
	assert.PanicsWithError(t, "db: invalid StatefulServiceProps:\nport: required: set the container port the datastore listens on, e.g. 5432", func() {
		synth(t, p)
	})
}
