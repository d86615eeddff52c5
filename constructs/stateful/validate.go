package stateful

import (
	"fmt"
	"path"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
)

// MaxNameLength is the longest StatefulSet name whose pods can be created:
// the controller labels each pod with controller-revision-hash, the name
// plus "-" and a 10-character hash, and label values are capped at 63.
const MaxNameLength = 52

// Validate reports every problem with the props at once, each under the
// path of its field. Unset fields are checked at their defaults. It is
// pure: it neither changes p nor depends on anything else.
func (p *StatefulServiceProps) Validate() field.ErrorList {
	d := p.withDefaults()
	errs := check.DNSLabel(field.NewPath("name"), p.Name, `set a lowercase name such as "my-app-postgresql"`)
	if len(p.Name) > MaxNameLength && len(errs) == 0 {
		errs = append(errs, field.Invalid(field.NewPath("name"), p.Name, fmt.Sprintf("must be at most %d characters: the StatefulSet controller labels its pod with the name plus an 11-character revision suffix", MaxNameLength)))
	}
	errs = append(errs, check.SelectorLabels(field.NewPath("selectorLabels"), p.SelectorLabels, `set the labels that select the datastore's pod, e.g. app.kubernetes.io/name and app.kubernetes.io/component; they are immutable, so give an existing StatefulSet's selector exactly`)...)
	errs = append(errs, check.Labels(field.NewPath("labels"), p.Labels)...)
	errs = append(errs, podtemplate.Validate(p.Container, p.Pod, podtemplate.Own{
		Volumes:    map[string]string{d.ClaimName: "the data volume (claimName)"},
		MountPaths: map[string]string{p.DataMountPath: "the data volume (dataMountPath)"},
	}, p.SelectorLabels)...)

	if p.Port == 0 {
		errs = append(errs, field.Required(field.NewPath("port"), "set the container port the datastore listens on, e.g. 5432"))
	} else {
		errs = append(errs, check.Port(field.NewPath("port"), p.Port)...)
	}
	if p.PortName != "" {
		errs = append(errs, check.PortName(field.NewPath("portName"), p.PortName)...)
	}
	if p.ServiceName != "" {
		errs = append(errs, check.DNS1035Label(field.NewPath("serviceName"), p.ServiceName, "")...)
	} else if p.Name != "" && p.Name[0] >= '0' && p.Name[0] <= '9' {
		errs = append(errs, field.Invalid(field.NewPath("serviceName"), p.Name, "defaults to name, which must then start with a letter: Service names are RFC 1035 labels; set serviceName"))
	}

	switch {
	case p.DataMountPath == "":
		errs = append(errs, field.Required(field.NewPath("dataMountPath"), `set where the datastore keeps its files, e.g. "/var/lib/postgresql/data"`))
	case !path.IsAbs(p.DataMountPath) || path.Clean(p.DataMountPath) != p.DataMountPath || p.DataMountPath == "/":
		errs = append(errs, field.Invalid(field.NewPath("dataMountPath"), p.DataMountPath, `must be a clean absolute path other than "/", e.g. "/data"`))
	}
	if p.ClaimName != "" {
		errs = append(errs, check.DNSLabel(field.NewPath("claimName"), p.ClaimName, "")...)
	}
	if p.StorageSize != "" {
		if q, err := resource.ParseQuantity(p.StorageSize); err != nil || q.Sign() <= 0 {
			errs = append(errs, field.Invalid(field.NewPath("storageSize"), p.StorageSize, `must be a positive Kubernetes quantity, e.g. "8Gi"`))
		}
	}
	if p.StorageClassName != "" {
		errs = append(errs, check.DNSSubdomain(field.NewPath("storageClassName"), p.StorageClassName, "")...)
	}
	switch p.AccessMode {
	case "", ReadWriteOnce, ReadWriteOncePod, ReadWriteMany:
	default:
		errs = append(errs, field.NotSupported(field.NewPath("accessMode"), string(p.AccessMode), []string{string(ReadWriteOnce), string(ReadWriteOncePod), string(ReadWriteMany)}))
	}

	if len(p.ReadinessCommand) == 0 {
		errs = append(errs, field.Required(field.NewPath("readinessCommand"), `set a command that exits 0 when the datastore accepts connections, e.g. ["pg_isready", "-h", "127.0.0.1"]`))
	}
	if len(p.LivenessCommand) == 0 {
		errs = append(errs, field.Required(field.NewPath("livenessCommand"), `set a command that exits non-zero when the datastore is stuck, e.g. ["pg_isready", "-h", "127.0.0.1"]`))
	}
	errs = append(errs, check.NonNegative(field.NewPath("terminationGracePeriodSeconds"), p.TerminationGracePeriodSeconds)...)
	switch p.UpdateStrategy {
	case "", RollingUpdate, OnDelete:
	default:
		errs = append(errs, field.NotSupported(field.NewPath("updateStrategy"), string(p.UpdateStrategy), []string{string(RollingUpdate), string(OnDelete)}))
	}
	return errs
}
