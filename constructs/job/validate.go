package job

import (
	"fmt"
	"maps"
	"slices"

	"github.com/dograh-hq/dograh-cdk8s/internal/check"
)

// MaxNamePrefixLength keeps the Job name, prefix plus "-" plus HashLength
// hex digits, within 63 characters: Kubernetes copies the name into the
// job-name label of its pods, and label values are capped at 63.
const MaxNamePrefixLength = 63 - 1 - HashLength

// Validate reports every problem with the props at once, as path-qualified
// messages joined with errors.Join. It is pure: it neither changes p nor
// depends on anything else.
func (p *VersionedJobProps) Validate() error {
	var errs check.Errors
	errs.DNSLabel("namePrefix", p.NamePrefix)
	if len(p.NamePrefix) > MaxNamePrefixLength && len(p.NamePrefix) <= 63 {
		errs.Invalid("namePrefix", p.NamePrefix, fmt.Sprintf("must be at most %d characters, leaving room for \"-\" and the %d-digit hash within the 63 of a label value", MaxNamePrefixLength, HashLength))
	}
	for _, k := range slices.Sorted(maps.Keys(p.Labels)) {
		if k == "" || p.Labels[k] == "" {
			errs.Invalid("labels", fmt.Sprintf("%s=%s", k, p.Labels[k]), "label keys and values must not be empty")
		}
	}
	errs.Add(p.Container.Validate("container"))
	errs.Add(p.Pod.Validate("pod"))
	if p.BackoffLimit != nil && *p.BackoffLimit < 0 {
		errs.Invalid("backoffLimit", *p.BackoffLimit, "must not be negative; 0 means no retry")
	}
	if p.ActiveDeadlineSeconds < 0 {
		errs.Invalid("activeDeadlineSeconds", p.ActiveDeadlineSeconds, "must be at least 1")
	}
	if p.TTLSecondsAfterFinished != nil && *p.TTLSecondsAfterFinished < 0 {
		errs.Invalid("ttlSecondsAfterFinished", *p.TTLSecondsAfterFinished, "must not be negative; leave it nil to keep the Job")
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
			errs.Invalid(fmt.Sprintf("annotations[%s]", k), p.Annotations[k], "is set by argoCDHook or syncWave; remove it here or leave those unset")
		}
	}
	return errs.Err()
}
