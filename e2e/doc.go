// Package e2e proves the rendered manifests in dist/ on a real Kubernetes
// control plane: etcd, kube-apiserver, kube-controller-manager and
// kube-scheduler built from pinned Go modules, with kwok simulating one node.
//
// The package holds only tests. Run them with `make e2e` or
// `go test ./e2e/ -count=1 -v`; README.md in this folder says what they
// verify and how to reproduce it by hand.
package e2e
