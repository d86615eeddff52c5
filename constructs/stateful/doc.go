// Package stateful provides [StatefulService]: one pod of a bundled
// datastore (PostgreSQL, Redis, ...) on a persistent volume, as a
// single-replica StatefulSet plus the Service that governs it.
//
// # Taking over an existing installation
//
// A StatefulSet's selector, serviceName, podManagementPolicy and
// volumeClaimTemplates are immutable, and so is a Service's clusterIP. A
// datastore installed by another tool (a Helm chart, say) keeps its data
// only if the new manifests reuse its names and leave those fields exactly
// as they are. Whatever a manifest sets is compared with the live object,
// and any difference in an immutable field makes the whole apply fail; a
// field a manifest never sets keeps its live value, with client-side and
// server-side apply alike. So this package renders the immutable fields
// minimally and exactly:
//
//   - selector: the SelectorLabels, nothing hashed or added;
//   - serviceName: ServiceName, which defaults to Name;
//   - podManagementPolicy: not set (with one replica it changes nothing);
//   - volumeClaimTemplates: one template with only metadata.name and
//     spec.accessModes, spec.resources.requests.storage and, when given,
//     spec.storageClassName. No labels and no annotations: the claim
//     template is an atomic list, replaced as a whole on apply, so a label
//     the existing template lacks (or one it has that we omit) would change
//     it. Server-side defaults (volumeMode, status) and an apiVersion and
//     kind inside the existing template, as some charts write, do not
//     count. So StorageSize, StorageClassName and AccessMode must repeat
//     the existing template's values, and a StorageClassName must be left
//     empty exactly when the existing template has none.
//
// The Service sets no clusterIP, so an existing Service keeps the one it
// has, whether a virtual IP or None (headless), and a new one gets a virtual
// IP. Its port targets the container port by name.
//
// Before switching tools on a live installation, compare the rendered
// StatefulSet with `kubectl get statefulset NAME -o yaml`, or run
// `kubectl apply --dry-run=server`: the API server then reports any
// immutable-field change without touching anything.
//
// # The pod
//
// The container meets Pod Security "restricted" (see package pod). The
// volume must be writable by that non-root user, so fsGroup defaults to the
// run-as group, with fsGroupChangePolicy OnRootMismatch so that a large data
// directory is not re-chowned on every start. Readiness and liveness are
// exec probes running the datastore's own client (pg_isready, redis-cli
// ping), never a bare TCP check; a startup probe with the liveness command
// gives crash recovery time before liveness may restart the pod. The grace
// period defaults to a minute, for a clean checkpoint on shutdown.
//
// There is one replica, always: this is a bundled single-instance
// datastore, not a replicated cluster.
package stateful
