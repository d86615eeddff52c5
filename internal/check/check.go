// Package check builds the path-qualified validation errors shared by every
// construct and the operator configuration, in the style of k8s.io/apimachinery's field.Error:
// "path: invalid value X: why, and how to fix it".
package check

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
)

// Errors accumulates validation errors so that callers can report every
// problem at once.
type Errors struct{ errs []error }

// Add records a pre-built error; nil is ignored.
func (e *Errors) Add(err error) {
	if err != nil {
		e.errs = append(e.errs, err)
	}
}

// Errorf records a message at path, for cases the helpers below do not
// phrase: "path: " followed by the formatted message.
func (e *Errors) Errorf(path, format string, args ...any) {
	e.errs = append(e.errs, fmt.Errorf("%s: "+format, append([]any{path}, args...)...))
}

// Required records that path has no value.
func (e *Errors) Required(path, fix string) {
	e.errs = append(e.errs, fmt.Errorf("%s: required: %s", path, fix))
}

// Invalid records that value is not acceptable at path.
func (e *Errors) Invalid(path string, value any, why string) {
	e.errs = append(e.errs, fmt.Errorf("%s: invalid value %s: %s", path, Show(value), why))
}

// Err joins everything recorded, or returns nil.
func (e *Errors) Err() error { return errors.Join(e.errs...) }

// Show renders a value the way error messages quote it.
func Show(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case []string:
		return fmt.Sprintf("%q", v)
	default:
		return fmt.Sprintf("%v", v)
	}
}

// Name shapes Kubernetes validates, shared so every check agrees.
var (
	// DNSLabelPattern is an RFC 1123 label: Service and most object names.
	DNSLabelPattern = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)
	// DNSSubdomainPattern is an RFC 1123 subdomain: hostnames, Secret and
	// StorageClass names.
	DNSSubdomainPattern = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)
	// SecretKeyPattern is a valid key of a Secret or ConfigMap.
	SecretKeyPattern = regexp.MustCompile(`^[-._a-zA-Z0-9]+$`)
)

// DNSLabel validates a Kubernetes object name of the strictest kind (Service
// names must be RFC 1123 labels, at most 63 characters).
func (e *Errors) DNSLabel(path, value string) {
	switch {
	case value == "":
		e.Required(path, "set a lowercase RFC 1123 name such as \"my-app\"")
	case len(value) > 63 || !DNSLabelPattern.MatchString(value):
		e.Invalid(path, value, "must be a lowercase RFC 1123 label: at most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit")
	}
}

// Port validates a TCP/UDP port number.
func (e *Errors) Port(path string, port int) {
	if port < 1 || port > 65535 {
		e.Invalid(path, port, "must be a port number between 1 and 65535")
	}
}

// Labels validates a non-empty label set, such as a selector.
func (e *Errors) Labels(path string, labels map[string]string, fix string) {
	if len(labels) == 0 {
		e.Required(path, fix)
	}
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		if v := labels[k]; k == "" || v == "" {
			e.Invalid(path, fmt.Sprintf("%s=%s", k, v), "label keys and values must not be empty")
		}
	}
}
