// Command gorunner is kubernetes/release images/build/go-runner/go-runner.go
// (at f618b2a308bc76e90e987e45ab17c85778dd5993), copied unmodified into
// main.go: the /go-runner of registry.k8s.io/build-image/go-runner, the
// base of registry.k8s.io/kubectl. podrun builds it with CGO_ENABLED=0, as
// its Dockerfile does, to stand in for the image's binary.
package main
