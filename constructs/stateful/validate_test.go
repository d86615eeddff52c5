package stateful_test

import (
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/stateful"
)

func TestStatefulServiceProps_Validate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(p *stateful.StatefulServiceProps)
		want   []string
	}{
		{"valid", func(*stateful.StatefulServiceProps) {}, nil},
		{"missing name", func(p *stateful.StatefulServiceProps) { p.Name = "" },
			[]string{`name: Required value: set a lowercase name such as "my-app-postgresql"`}},
		{"name too long for pods", func(p *stateful.StatefulServiceProps) { p.Name = strings.Repeat("a", 53) },
			[]string{`name: Invalid value: "` + strings.Repeat("a", 53) + `": must be at most 52 characters: the StatefulSet controller labels its pod with the name plus an 11-character revision suffix`}},
		{"name starts with digit", func(p *stateful.StatefulServiceProps) { p.Name = "1db" },
			[]string{`serviceName: Invalid value: "1db": defaults to name, which must then start with a letter: Service names are RFC 1035 labels; set serviceName`}},
		{"bad service name", func(p *stateful.StatefulServiceProps) { p.ServiceName = "2db" },
			[]string{`serviceName: Invalid value: "2db": a DNS-1035 label must consist of`}},
		{"no selector", func(p *stateful.StatefulServiceProps) { p.SelectorLabels = nil },
			[]string{"selectorLabels: Required value: set the labels that select the datastore's pod"}},
		{"no image", func(p *stateful.StatefulServiceProps) { p.Container.Image = "" },
			[]string{"container.image: Required value: set the image reference"}},
		{"root user", func(p *stateful.StatefulServiceProps) { p.Pod.RunAsUser = 0 },
			[]string{"pod.runAsUser: Required value: set the numeric non-root UID the image runs as"}},
		{"no port", func(p *stateful.StatefulServiceProps) { p.Port = 0 },
			[]string{"port: Required value: set the container port the datastore listens on, e.g. 5432"}},
		{"bad port", func(p *stateful.StatefulServiceProps) { p.Port = 70000 },
			[]string{"port: Invalid value: 70000: must be between 1 and 65535, inclusive"}},
		{"bad port name", func(p *stateful.StatefulServiceProps) { p.PortName = "postgresql-primary" },
			[]string{`portName: Invalid value: "postgresql-primary": must be no more than 15 characters`}},
		{"no data path", func(p *stateful.StatefulServiceProps) { p.DataMountPath = "" },
			[]string{`dataMountPath: Required value: set where the datastore keeps its files, e.g. "/var/lib/postgresql/data"`}},
		{"relative data path", func(p *stateful.StatefulServiceProps) { p.DataMountPath = "data/" },
			[]string{`dataMountPath: Invalid value: "data/": must be a clean absolute path other than "/", e.g. "/data"`}},
		{"data path is writable path", func(p *stateful.StatefulServiceProps) { p.DataMountPath = "/tmp" },
			[]string{`container.writablePaths[0]: Invalid value: "/tmp": is also the mount path of the data volume (dataMountPath); choose another`}},
		{"bad claim name", func(p *stateful.StatefulServiceProps) { p.ClaimName = "Data" },
			[]string{`claimName: Invalid value: "Data": a lowercase RFC 1123 label must consist of`}},
		{"claim name clashes with writable path", func(p *stateful.StatefulServiceProps) { p.ClaimName = "tmp" },
			[]string{`container.writablePaths[0]: Invalid value: "tmp": is also the name of the data volume (claimName); choose another`}},
		{"claim name clashes with volume", func(p *stateful.StatefulServiceProps) {
			p.Pod.Volumes = []*k8s.Volume{{Name: jsii.String("data"), EmptyDir: &k8s.EmptyDirVolumeSource{}}}
		}, []string{`pod.volumes[0].name: Invalid value: "data": is also the name of the data volume (claimName); choose another`}},
		{"bad storage size", func(p *stateful.StatefulServiceProps) { p.StorageSize = "eight gigs" },
			[]string{`storageSize: Invalid value: "eight gigs": must be a positive Kubernetes quantity, e.g. "8Gi"`}},
		{"zero storage size", func(p *stateful.StatefulServiceProps) { p.StorageSize = "0" },
			[]string{`storageSize: Invalid value: "0": must be a positive Kubernetes quantity`}},
		{"bad storage class", func(p *stateful.StatefulServiceProps) { p.StorageClassName = "Fast_SSD" },
			[]string{`storageClassName: Invalid value: "Fast_SSD": a lowercase RFC 1123 subdomain must consist of`}},
		{"read-only access mode", func(p *stateful.StatefulServiceProps) { p.AccessMode = "ReadOnlyMany" },
			[]string{`accessMode: Unsupported value: "ReadOnlyMany": supported values: "ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany"`}},
		{"no probes", func(p *stateful.StatefulServiceProps) {
			p.ReadinessCommand = nil
			p.LivenessCommand = nil
		}, []string{
			`readinessCommand: Required value: set a command that exits 0 when the datastore accepts connections`,
			`livenessCommand: Required value: set a command that exits non-zero when the datastore is stuck`,
		}},
		{"negative grace", func(p *stateful.StatefulServiceProps) { p.TerminationGracePeriodSeconds = -1 },
			[]string{"terminationGracePeriodSeconds: Invalid value: -1: must be greater than or equal to 0"}},
		{"bad strategy", func(p *stateful.StatefulServiceProps) { p.UpdateStrategy = "Recreate" },
			[]string{`updateStrategy: Unsupported value: "Recreate": supported values: "RollingUpdate", "OnDelete"`}},
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
	assert.PanicsWithError(t, "db: invalid StatefulServiceProps:\nport: Required value: set the container port the datastore listens on, e.g. 5432", func() {
		synth(t, p)
	})
}
