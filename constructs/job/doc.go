// Package job provides [VersionedJob]: a Job that runs once per version of
// what it runs, such as a schema migration, for manifests applied with
// plain `kubectl apply` (no Helm hooks) or synced by Argo CD.
//
// # Naming
//
// A Job's pod template is immutable, so a Job cannot be updated to run a
// new image. VersionedJob names the Job NamePrefix + "-" + the first
// [HashLength] hex digits of a SHA-256 over the canonical JSON encoding of
// its pod template (image, command, args, env in order, envFrom, init
// containers, resources, everything else in spec.template) and of the
// caller's HashInputs (e.g. the configuration the command reads, which the
// template references only by name). Hence:
//
//   - re-applying identical manifests finds the existing Job and changes
//     nothing, and the command does not run again;
//   - a new image, command, variable or HashInputs value yields a new Job
//     name, so apply creates a new Job and the command runs once more;
//   - no change of the template can ever hit the immutable-field error,
//     since every such change renames the Job.
//
// The package example pins one such name, so a change to the encoding (or
// to how cdk8s renders a template) shows up in review: it renames every
// Job, and each then runs once more.
//
// The mutable settings (BackoffLimit, ActiveDeadlineSeconds,
// TTLSecondsAfterFinished, labels and annotations of the Job) are not
// hashed: changing them updates the existing Job in place.
//
// The previous version's Job stays behind (finished, with its logs) until
// something deletes it: `kubectl apply --prune`, a TTL, or an operator.
//
// # TTL and re-apply
//
// TTLSecondsAfterFinished is unset by default, and that is deliberate. With
// a TTL, Kubernetes deletes the finished Job; the next `kubectl apply` of
// the very same manifests then finds no Job of that name, creates it, and
// the command runs again. A TTL is therefore safe only when the command is
// idempotent (an up-to-date migration is a no-op), and it turns "once per
// version" into "once per version and apply after the TTL".
//
// # Argo CD
//
// With ArgoCDHook, the Job is an Argo CD Sync hook
// (argocd.argoproj.io/hook: Sync) with the BeforeHookCreation delete policy,
// and SyncWave (argocd.argoproj.io/sync-wave) orders it among the other
// resources: Argo CD applies one wave at a time and starts the next only
// when everything in the current one is healthy, and a hook Job is healthy
// once it has succeeded. Put the database in an earlier wave and the
// workloads that need the new schema in a later one. A Sync hook, not a
// PreSync one: PreSync hooks run before any resource of the sync is
// applied, so on a first install the database, Secrets and ConfigMaps the
// Job needs would not exist yet.
//
// Argo CD treats hooks differently from plain resources, with three
// consequences:
//
//   - Argo CD runs a hook on every sync: BeforeHookCreation deletes the
//     Job of the same name and creates it again. The command must be
//     idempotent.
//   - Hooks are not compared with Git, so a TTL does not make the
//     application OutOfSync.
//   - Argo CD never prunes hooks, and BeforeHookCreation deletes only a
//     hook of the same name, so each previous version's Job stays behind.
//     Set TTLSecondsAfterFinished to clean them up.
package job
