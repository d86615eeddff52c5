// Package check holds the validation helpers of the operator configuration
// and the reporting of structured errors. The errors are apimachinery's
// field.Error: a path, a type, the bad value and what to do.
package check

import (
	"errors"
	"slices"

	"strings"

	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"

	apivalidation "k8s.io/apimachinery/pkg/api/validation"
)

// DNSLabel checks an RFC 1123 label (validation.IsDNS1123Label).
func DNSLabel(at *field.Path, v string) field.ErrorList {
	return invalid(at, v, validation.IsDNS1123Label(v))
}

// DNSSubdomain checks an RFC 1123 subdomain, the shape of Secret and
// StorageClass names (validation.IsDNS1123Subdomain).
func DNSSubdomain(at *field.Path, v string) field.ErrorList {
	return invalid(at, v, validation.IsDNS1123Subdomain(v))
}

func invalid(at *field.Path, v string, msgs []string) field.ErrorList {
	if len(msgs) == 0 {
		return nil
	}
	return field.ErrorList{field.Invalid(at, v, strings.Join(msgs, "; "))}
}

// Annotations checks annotation keys one by one, in key order, and their
// total size, as apimachinery's api/validation.ValidateAnnotations does.
func Annotations(at *field.Path, annotations map[string]string) field.ErrorList {
	var errs field.ErrorList
	keys := make([]string, 0, len(annotations))
	for k := range annotations {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		errs = append(errs, invalid(at.Key(k), k, validation.IsQualifiedName(strings.ToLower(k)))...)
	}
	if apivalidation.ValidateAnnotationsSize(annotations) != nil {
		errs = append(errs, field.TooLong(at, "", apivalidation.TotalAnnotationSizeLimitB))
	}
	return errs
}

// Join turns errs into one error, one problem a line, or nil; each
// *field.Error stays reachable through errors.As and Leaves.
func Join(errs field.ErrorList) error {
	list := make([]error, len(errs))
	for i, e := range errs {
		list[i] = e
	}
	return errors.Join(list...)
}

// Leaves lists the errors err joins, depth first, or err itself: what a
// report prints one a line.
func Leaves(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, Leaves(e)...)
		}
		return out
	}
	return []error{err}
}
