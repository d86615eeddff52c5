package job

import (
	"fmt"
	"maps"
	"slices"

	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
)

// MaxNamePrefixLength keeps the Job name, prefix plus "-" plus HashLength
// hex digits, within 63 characters: Kubernetes copies the name into the
// job-name label of its pods, and label values are capped at 63.
const MaxNamePrefixLength = 63 - 1 - HashLength

// Validate reports every problem with the props at once, each under the
// path of its field. It is pure: it neither changes p nor depends on
// anything else.
func (p *VersionedJobProps) Validate() field.ErrorList {
	errs := check.DNSLabel(field.NewPath("namePrefix"), p.NamePrefix, `set a lowercase name such as "my-app-migrate"`)
	if len(p.NamePrefix) > MaxNamePrefixLength && len(errs) == 0 {
		errs = append(errs, field.Invalid(field.NewPath("namePrefix"), p.NamePrefix, fmt.Sprintf("must be at most %d characters, leaving room for \"-\" and the %d-digit hash within the 63 of a label value", MaxNamePrefixLength, HashLength)))
	}
	errs = append(errs, check.Labels(field.NewPath("labels"), p.Labels)...)
	errs = append(errs, check.Annotations(field.NewPath("annotations"), p.Annotations)...)
	// The Job's labels are also its pods': spread constraints without a
	// labelSelector select by them.
	errs = append(errs, podtemplate.Validate(p.Container, p.Pod, podtemplate.Own{}, p.Labels)...)
	if p.BackoffLimit != nil && *p.BackoffLimit < 0 {
		errs = append(errs, field.Invalid(field.NewPath("backoffLimit"), *p.BackoffLimit, "must not be negative; 0 means no retry"))
	}
	if p.ActiveDeadlineSeconds < 0 {
		errs = append(errs, field.Invalid(field.NewPath("activeDeadlineSeconds"), p.ActiveDeadlineSeconds, "must be at least 1"))
	}
	if p.TTLSecondsAfterFinished != nil && *p.TTLSecondsAfterFinished < 0 {
		errs = append(errs, field.Invalid(field.NewPath("ttlSecondsAfterFinished"), *p.TTLSecondsAfterFinished, "must not be negative; leave it nil to keep the Job"))
	}
	managed := map[string]bool{}
	if p.ArgoCDHook {
		managed[ArgoCDHookAnnotation] = true
		managed[ArgoCDHookDeletePolicyAnnotation] = true
	}
	if p.SyncWave != 0 {
		managed[ArgoCDSyncWaveAnnotation] = true
	}
	for _, k := range slices.Sorted(maps.Keys(p.Annotations)) {
		if managed[k] {
			errs = append(errs, field.Invalid(field.NewPath("annotations").Key(k), p.Annotations[k], "is set by argoCDHook or syncWave; remove it here or leave those unset"))
		}
	}
	return errs
}
