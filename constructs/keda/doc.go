// Package keda provides [MetricsAPIScaler]: KEDA autoscaling of a
// Deployment from a number that an HTTP endpoint reports, such as the open
// sessions of a whole fleet plus some headroom. It renders a KEDA
// ScaledObject (keda.sh/v1alpha1) with one metrics-api trigger and,
// optionally, a TriggerAuthentication that sends a header whose value comes
// from a Secret, so the credential never appears in the manifests.
//
// The cluster needs KEDA installed (its CRDs and operator). The types come
// from imports/kedash, generated from the CRDs of the pinned KEDA release.
//
// # How the numbers work
//
// KEDA feeds the endpoint's value to a HorizontalPodAutoscaler as an
// external metric of type AverageValue, so the HPA aims for
//
//	replicas = ceil(value / TargetValue)
//
// clamped to [MinReplicas, MaxReplicas]. The endpoint must therefore report
// the total for the whole Deployment, not one pod's share: KEDA calls the
// Service, which answers from whichever pod it picks.
//
// The trigger uses cached metrics, so KEDA calls the endpoint once every
// PollingIntervalSeconds and the HPA reads that cached value, however many
// HPA syncs happen in between. If the endpoint fails, the HPA keeps the
// current replica count.
//
// Scale-down is slow on purpose: by default at most one pod a minute, after
// the value has stayed low for five minutes, because each removed pod may
// drain long-lived connections first. Scale-up uses the HPA's defaults.
//
// # Ownership of the replica count
//
// The HPA that KEDA creates (named "keda-hpa-" plus Name) owns the
// Deployment's replica count. Render the Deployment without a replicas
// field, or every apply resets what the autoscaler chose; and do not give
// the same Deployment another HPA.
//
// MinReplicas is at least 1: with zero pods, an endpoint served by the
// scaled Deployment itself could never report the load that would bring a
// pod back. For the same reason KEDA's cooldownPeriod is not rendered: it
// only governs scaling to and from zero.
package keda
