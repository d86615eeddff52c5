// Package k8sutil converts Go values to the jsii forms of the
// cdk8s-plus-28 L1 types, for the constructs of this module only.
package k8sutil

import (
	"maps"
	"slices"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// StrMap converts a Go map to the jsii form, or nil when empty.
func StrMap(m map[string]string) *map[string]*string {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]*string, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out[k] = jsii.String(m[k])
	}
	return &out
}

// Strs converts a string slice, or returns nil when empty.
func Strs(s []string) *[]*string {
	if len(s) == 0 {
		return nil
	}
	return jsii.Strings(s...)
}

// SlicePtr points at s, or is nil when s is empty.
func SlicePtr[T any](s []T) *[]T {
	if len(s) == 0 {
		return nil
	}
	return &s
}

// MergeLabels merges a workload's selector labels with its extra labels.
// The selector labels win, so extra labels can never change what is
// selected.
func MergeLabels(selector, extra map[string]string) map[string]string {
	out := maps.Clone(extra)
	if out == nil {
		out = map[string]string{}
	}
	maps.Copy(out, selector)
	return out
}

// ObjectMeta is the metadata of an object named name with the given labels.
func ObjectMeta(name string, labels map[string]string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{Name: jsii.String(name), Labels: StrMap(labels)}
}

// Quantity, PortName and Number build the small value objects Kubernetes
// specs are full of. Each is a fresh jsii object: a value cached across
// calls would outlive the jsii runtime that made it (after jsii.Close, a
// second synthesis rendered it as null) and could be shared by goroutines
// with different runtimes.

// Quantity is k8s.Quantity_FromString(s).
func Quantity(s string) k8s.Quantity { return k8s.Quantity_FromString(jsii.String(s)) }

// PortName is k8s.IntOrString_FromString(name).
func PortName(name string) k8s.IntOrString { return k8s.IntOrString_FromString(jsii.String(name)) }

// Number is k8s.IntOrString_FromNumber(n).
func Number(n int) k8s.IntOrString { return k8s.IntOrString_FromNumber(jsii.Number(n)) }
