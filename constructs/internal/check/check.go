// Package check holds the validation helpers every construct shares. Each
// helper returns a field.ErrorList, so problems stay structured (path,
// type, bad value, detail) from the construct to whoever reports them, and
// every name shape is checked by k8s.io/apimachinery, the code the API
// server itself runs.
package check

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/api/resource"
	metav1validation "k8s.io/apimachinery/pkg/apis/meta/v1/validation"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// Invalid props make a constructor panic, since jsii constructors cannot
// return errors; MustBeValid is the one place that happens.

// MustBeValid panics when errs is not empty, with an error that names the
// construct id and the props type, then lists every problem, one a line.
// The panic value wraps each *field.Error, so errors.As finds them.
func MustBeValid(id, props string, errs field.ErrorList) {
	if len(errs) == 0 {
		return
	}
	panic(fmt.Errorf("%s: invalid %s:\n%w", id, props, Join(errs)))
}

// Join turns errs into one error, one problem a line, or nil. Each
// *field.Error stays reachable through errors.As and the Unwrap() []error
// of errors.Join.
func Join(errs field.ErrorList) error {
	list := make([]error, len(errs))
	for i, e := range errs {
		list[i] = e
	}
	return errors.Join(list...)
}

// DNSLabel checks an RFC 1123 label, the shape of Service and most object
// names (apimachinery validation.IsDNS1123Label). fix says what to set when
// the value is empty.
func DNSLabel(fld *field.Path, v, fix string) field.ErrorList {
	return name(fld, v, fix, validation.IsDNS1123Label)
}

// DNSSubdomain checks an RFC 1123 subdomain, the shape of Secret,
// ConfigMap and StorageClass names and of hostnames
// (validation.IsDNS1123Subdomain).
func DNSSubdomain(fld *field.Path, v, fix string) field.ErrorList {
	return name(fld, v, fix, validation.IsDNS1123Subdomain)
}

// DNS1035Label checks an RFC 1035 label, the shape of Service names: an
// RFC 1123 label that starts with a letter (validation.IsDNS1035Label).
func DNS1035Label(fld *field.Path, v, fix string) field.ErrorList {
	return name(fld, v, fix, validation.IsDNS1035Label)
}

func name(fld *field.Path, v, fix string, is func(string) []string) field.ErrorList {
	if v == "" {
		return field.ErrorList{field.Required(fld, fix)}
	}
	return invalid(fld, v, is(v))
}

// invalid turns apimachinery's messages into one error at fld, or none.
func invalid(fld *field.Path, v any, msgs []string) field.ErrorList {
	if len(msgs) == 0 {
		return nil
	}
	return field.ErrorList{field.Invalid(fld, v, strings.Join(msgs, "; "))}
}

// Port checks a port number (validation.IsValidPortNum).
func Port(fld *field.Path, port int) field.ErrorList {
	return invalid(fld, port, validation.IsValidPortNum(port))
}

// PortName checks a container or Service port name, an IANA service name
// (validation.IsValidPortName).
func PortName(fld *field.Path, v string) field.ErrorList {
	return invalid(fld, v, validation.IsValidPortName(v))
}

// SecretKey checks a key of a Secret or ConfigMap (validation.IsConfigMapKey).
func SecretKey(fld *field.Path, v, fix string) field.ErrorList {
	return name(fld, v, fix, validation.IsConfigMapKey)
}

// Labels checks label keys and values key by key, in key order, as
// metav1validation.ValidateLabels does (it reports at the map's path and
// in map order; here each key has its own path, so a caller can tell
// which one is wrong).
func Labels(fld *field.Path, labels map[string]string) field.ErrorList {
	var errs field.ErrorList
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		errs = append(errs, metav1validation.ValidateLabelName(k, fld.Key(k))...)
		errs = append(errs, invalid(fld.Key(k), labels[k], validation.IsValidLabelValue(labels[k]))...)
	}
	return errs
}

// SelectorLabels checks a non-empty selector: empty matches every pod.
func SelectorLabels(fld *field.Path, labels map[string]string, fix string) field.ErrorList {
	if len(labels) == 0 {
		return field.ErrorList{field.Required(fld, fix)}
	}
	var errs field.ErrorList
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		if labels[k] == "" {
			errs = append(errs, field.Invalid(fld.Key(k), "", "a selector label needs a value"))
		}
	}
	return append(errs, Labels(fld, labels)...)
}

// TotalAnnotationSizeLimitBytes is what the API server allows for all
// annotations of one object together (apimachinery
// api/validation.TotalAnnotationSizeLimitB).
const TotalAnnotationSizeLimitBytes = 256 * (1 << 10)

// Annotations checks annotation keys, which are qualified names compared
// in lower case, and their total size, as apimachinery's
// api/validation.ValidateAnnotations does, key by key in key order.
func Annotations(fld *field.Path, annotations map[string]string) field.ErrorList {
	var errs field.ErrorList
	size := 0
	for _, k := range slices.Sorted(maps.Keys(annotations)) {
		errs = append(errs, invalid(fld.Key(k), k, validation.IsQualifiedName(strings.ToLower(k)))...)
		size += len(k) + len(annotations[k])
	}
	if size > TotalAnnotationSizeLimitBytes {
		errs = append(errs, field.TooLong(fld, "", TotalAnnotationSizeLimitBytes))
	}
	return errs
}

// Quantity checks a required quantity ("250m", "512Mi") and returns it.
func Quantity(fld *field.Path, v, example string) (resource.Quantity, field.ErrorList) {
	if v == "" {
		return resource.Quantity{}, field.ErrorList{field.Required(fld, "set it explicitly, e.g. "+example)}
	}
	q, err := resource.ParseQuantity(v)
	if err != nil {
		return q, field.ErrorList{field.Invalid(fld, v, "must be a Kubernetes quantity, e.g. "+example)}
	}
	if q.Sign() < 0 {
		// ValidateNonnegativeQuantity, pkg/apis/core/validation.
		return q, field.ErrorList{field.Invalid(fld, v, "must be greater than or equal to 0")}
	}
	return q, nil
}

// NonNegative checks an integer that may be 0
// (api/validation.ValidateNonnegativeField).
func NonNegative(fld *field.Path, v int) field.ErrorList {
	if v < 0 {
		return field.ErrorList{field.Invalid(fld, v, "must be greater than or equal to 0")}
	}
	return nil
}

// Image checks an image reference: set, without whitespace (the kubelet
// refuses the pod otherwise; ValidatePodSpec only requires it set).
func Image(fld *field.Path, v string) field.ErrorList {
	switch {
	case v == "":
		return field.ErrorList{field.Required(fld, `set the image reference, e.g. "registry.example.com/app:1.2.3"`)}
	case strings.ContainsAny(v, " \t\n\r"):
		return field.ErrorList{field.Invalid(fld, v, "must not contain whitespace")}
	}
	return nil
}
