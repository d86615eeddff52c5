//go:build tools

// Package tools pins the Kubernetes control plane the e2e harness builds,
// and a kubectl of the same version, so the suite never depends on the
// machine's kubectl or its version skew.
package tools

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
	_ "k8s.io/kubernetes/cmd/kube-scheduler"
	_ "k8s.io/kubernetes/cmd/kubectl"
)
