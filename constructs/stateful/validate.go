package stateful

import (
	"fmt"
	"path"

	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/internal/check"
)

// MaxNameLength is the longest StatefulSet name whose pods can be created:
// the controller labels each pod with controller-revision-hash, the name
// plus "-" and a 10-character hash, and label values are capped at 63.
const MaxNameLength = 52

// Validate reports every problem with the props at once, as path-qualified
// messages joined with errors.Join. It is pure: it neither changes p nor
// depends on anything else.
func (p *StatefulServiceProps) Validate() error {
	var errs check.Errors
	errs.DNSLabel("name", p.Name)
	if len(p.Name) > MaxNameLength && len(p.Name) <= 63 {
		errs.Invalid("name", p.Name, fmt.Sprintf("must be at most %d characters: the StatefulSet controller labels its pod with the name plus an 11-character revision suffix", MaxNameLength))
	}
	errs.Labels("selectorLabels", p.SelectorLabels, `set the labels that select the datastore's pod, e.g. app.kubernetes.io/name and app.kubernetes.io/component; they are immutable, so give an existing StatefulSet's selector exactly`)
	errs.Add(p.Container.Validate("container"))
	errs.Add(p.Pod.Validate("pod"))

	if p.Port == 0 {
		errs.Required("port", "set the container port the datastore listens on, e.g. 5432")
	} else {
		errs.Port("port", p.Port)
	}
	if p.PortName != "" && !isPortName(p.PortName) {
		errs.Invalid("portName", p.PortName, "must be an IANA service name: at most 15 lowercase letters, digits and '-', with at least one letter")
	}
	if p.ServiceName != "" {
		errs.DNSLabel("serviceName", p.ServiceName)
		if c := p.ServiceName[0]; c >= '0' && c <= '9' {
			errs.Invalid("serviceName", p.ServiceName, "must start with a letter: Service names are RFC 1035 labels")
		}
	} else if p.Name != "" && p.Name[0] >= '0' && p.Name[0] <= '9' {
		errs.Invalid("serviceName", p.Name, "defaults to name, which must then start with a letter: Service names are RFC 1035 labels; set serviceName")
	}

	d := p.withDefaults()
	switch {
	case p.DataMountPath == "":
		errs.Required("dataMountPath", `set where the datastore keeps its files, e.g. "/var/lib/postgresql/data"`)
	case !path.IsAbs(p.DataMountPath) || path.Clean(p.DataMountPath) != p.DataMountPath || p.DataMountPath == "/":
		errs.Invalid("dataMountPath", p.DataMountPath, `must be a clean absolute path other than "/", e.g. "/data"`)
	}
	for _, w := range d.Container.WritablePaths {
		if w == p.DataMountPath {
			errs.Invalid("dataMountPath", p.DataMountPath, "is also in container.writablePaths, which would mount an emptyDir over the data; remove it there")
		}
	}
	if p.ClaimName != "" {
		errs.DNSLabel("claimName", p.ClaimName)
	}
	for _, w := range d.Container.WritablePaths {
		if pod.WritableVolumeName(w) == d.ClaimName {
			errs.Invalid("claimName", d.ClaimName, fmt.Sprintf("is also the volume name of writable path %q; choose another claim name", w))
		}
	}
	for i, v := range p.Pod.Volumes {
		if v != nil && v.Name != nil && *v.Name == d.ClaimName {
			errs.Invalid(fmt.Sprintf("pod.volumes[%d].name", i), d.ClaimName, "is the claim's volume name; choose another")
		}
	}
	if p.StorageSize != "" {
		if q, err := resource.ParseQuantity(p.StorageSize); err != nil || q.Sign() <= 0 {
			errs.Invalid("storageSize", p.StorageSize, `must be a positive Kubernetes quantity, e.g. "8Gi"`)
		}
	}
	if p.StorageClassName != "" && (len(p.StorageClassName) > 253 || !check.DNSSubdomainPattern.MatchString(p.StorageClassName)) {
		errs.Invalid("storageClassName", p.StorageClassName, `must be a lowercase RFC 1123 subdomain, e.g. "gp3"`)
	}
	switch p.AccessMode {
	case "", ReadWriteOnce, ReadWriteOncePod, ReadWriteMany:
	default:
		errs.Invalid("accessMode", string(p.AccessMode), "must be ReadWriteOnce, ReadWriteOncePod or ReadWriteMany")
	}

	if len(p.ReadinessCommand) == 0 {
		errs.Required("readinessCommand", `set a command that exits 0 when the datastore accepts connections, e.g. ["pg_isready", "-h", "127.0.0.1"]`)
	}
	if len(p.LivenessCommand) == 0 {
		errs.Required("livenessCommand", `set a command that exits non-zero when the datastore is stuck, e.g. ["pg_isready", "-h", "127.0.0.1"]`)
	}
	if p.TerminationGracePeriodSeconds < 0 {
		errs.Invalid("terminationGracePeriodSeconds", p.TerminationGracePeriodSeconds, "must not be negative")
	}
	switch p.UpdateStrategy {
	case "", RollingUpdate, OnDelete:
	default:
		errs.Invalid("updateStrategy", string(p.UpdateStrategy), "must be RollingUpdate or OnDelete")
	}
	return errs.Err()
}

// isPortName reports whether s is an IANA service name, as Kubernetes
// requires of port names.
func isPortName(s string) bool {
	if len(s) > 15 {
		return false
	}
	letter := false
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			letter = true
		case r >= '0' && r <= '9':
		case r == '-' && i > 0 && i < len(s)-1 && s[i-1] != '-':
		default:
			return false
		}
	}
	return letter
}
