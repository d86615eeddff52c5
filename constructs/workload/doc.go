// Package workload provides Deployment-based constructs whose safety
// properties hold by construction rather than by configuration:
//
//   - [SingletonWorker]: exactly one pod, replaced with Recreate, for
//     processes that must never run twice (event-stream consumers,
//     schedulers with in-memory locks). Its props have no replica or
//     strategy field.
//   - [Worker]: a scalable background process with an exec liveness probe
//     and an optional HPA.
//   - [DrainingWebService]: an HTTP server with long-lived connections
//     (WebSockets carrying calls): surge-only rollouts, a long grace period
//     with a preStop drain, fast readiness and slow liveness probes, a
//     Service, a PodDisruptionBudget and an optional HPA.
//
// Every construct renders the Kubernetes objects directly (the L1 types of
// cdk8s-plus-28), so selectors hold exactly the labels you pass, with no
// hashed cdk8s label: selectors are immutable, and a hash that changes when
// code moves would make the next apply fail. Containers meet Pod Security
// "restricted" (see package pod).
//
// When an autoscaler owns a Deployment (Autoscaling or ExternalAutoscaler),
// the Deployment carries no replicas field, so re-applying the manifests
// never resets the autoscaler's choice.
package workload
