package chart

import (
	"maps"
	"slices"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// The chart renders a few objects with the L1 types directly (the
// Namespace, ConfigMap, claims, MinIO); these convert Go values to their
// jsii forms. Each Quantity or IntOrString is a fresh jsii object: a value
// cached across calls would outlive the jsii runtime that made it.

// strMap converts a Go map, or is nil when empty; keys in order.
func strMap(m map[string]string) *map[string]*string {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]*string, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out[k] = jsii.String(m[k])
	}
	return &out
}

// mergeLabels is extra plus the selector labels, which win.
func mergeLabels(selector, extra map[string]string) map[string]string {
	out := maps.Clone(extra)
	if out == nil {
		out = map[string]string{}
	}
	maps.Copy(out, selector)
	return out
}

func objectMeta(name string, labels map[string]string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{Name: jsii.String(name), Labels: strMap(labels)}
}

func quantity(s string) k8s.Quantity { return k8s.Quantity_FromString(jsii.String(s)) }

func portName(name string) k8s.IntOrString { return k8s.IntOrString_FromString(jsii.String(name)) }
