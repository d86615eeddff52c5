// Package pod holds the container and pod settings shared by the workload
// constructs of this module; the constructs render them into pod
// templates that meet the Kubernetes Pod Security "restricted" profile.
//
// Every container rendered from them runs as a numeric non-root user, with
// allowPrivilegeEscalation false, all capabilities dropped, the
// RuntimeDefault seccomp profile and a read-only root filesystem. Paths the
// process writes to are listed in [Container.WritablePaths] and each gets an
// emptyDir. Requests and limits are always explicit, and the image pull
// policy defaults to IfNotPresent.
//
// The types use the Kubernetes 1.28 vocabulary of the cdk8s-plus-28 L1
// package (k8s.EnvVar, k8s.Toleration, ...), so anything Kubernetes can
// express can be passed through. [Spec.Validate] checks those fields by the
// rules the API server applies, so a mistake surfaces when the props are
// built, not halfway through an apply.
package pod
