package chart

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// Warning is a valid choice that is likely a mistake, at the config key
// to change. Warnings do not stop synthesis; the command prints them and
// the NOTES list them.
type Warning struct {
	// Field is the config path, e.g. "web.autoscaling.maxReplicas".
	Field string
	// Detail says what happens and what to do.
	Detail string
}

func (w Warning) String() string { return w.Field + ": " + w.Detail }

// Warnings are the footguns of cfg that Validate lets through, because
// a cluster could make them right.
func Warnings(cfg *config.Config) []Warning {
	var w []Warning
	for _, c := range []struct {
		root    string
		enabled bool
		a       config.Autoscaling
	}{{"web", cfg.Web.Enabled, cfg.Web.Autoscaling}, {"arqWorker", cfg.ArqWorker.Enabled, cfg.ArqWorker.Autoscaling}, {"ui", cfg.UI.Enabled, cfg.UI.Autoscaling}} {
		if c.enabled && c.a.Enabled && c.a.MinReplicas > 0 && c.a.MaxReplicas == c.a.MinReplicas {
			w = append(w, Warning{c.root + ".autoscaling.maxReplicas", fmt.Sprintf("equals minReplicas (%d), so the autoscaler never scales; set %s.replicas and disable autoscaling, or raise maxReplicas", c.a.MinReplicas, c.root)})
		}
	}
	if k := cfg.Web.KEDA; cfg.Web.Enabled && k.Enabled && k.MinReplicas > 0 && k.MaxReplicas == k.MinReplicas {
		w = append(w, Warning{"web.keda.maxReplicas", fmt.Sprintf("equals minReplicas (%d), so KEDA never scales web; set web.replicas and disable keda, or raise maxReplicas", k.MinReplicas)})
	}
	if c := cfg.Coturn; c.Enabled && !c.HostNetwork && c.Host != "" {
		http := append(slices.Clone(cfg.Exposure.Hostnames), cfg.Storage.PublicHostname)
		if i := slices.Index(http, c.Host); i >= 0 {
			key := fmt.Sprintf("exposure.hostnames[%d]", i)
			if i == len(http)-1 {
				key = "storage.publicHostname"
			}
			w = append(w, Warning{"coturn.host", fmt.Sprintf("%q is also %s: TURN is served by its own LoadBalancer and HTTP by the gateway, at different addresses, so one DNS name cannot reach both; give TURN a name of its own", c.Host, key)})
		}
	}
	w = append(w, deregistrationDelay(cfg)...)
	// Rollouts of these add a pod before removing one.
	for _, c := range []struct {
		root, component string
		comp            config.Component
	}{{"web", componentWeb, cfg.Web.Component}, {"arqWorker", componentArqWorker, cfg.ArqWorker.Component}, {"ui", componentUI, cfg.UI.Component}} {
		if c.comp.Enabled {
			w = append(w, selfRepulsion(cfg, c.root, c.comp, PodLabels(cfg, c.component))...)
		}
	}
	return w
}

// selfRepulsion warns of required pod anti-affinity that keeps a
// component's pods apart: a rollout adds one pod before it removes one,
// so with as many topology domains (nodes, zones) as pods the new pod can
// never be placed and the rollout waits forever.
func selfRepulsion(cfg *config.Config, root string, c config.Component, podLabels map[string]string) []Warning {
	b := &builder{cfg: cfg, n: namesOf(cfg)}
	s := b.podSpec(root, c, config.Image{})
	if s.Affinity == nil || s.Affinity.PodAntiAffinity == nil || s.Affinity.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution == nil || len(b.errs) > 0 {
		return nil
	}
	var w []Warning
	at := field.NewPath(root, "affinity", "podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution")
	for i, t := range *s.Affinity.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution {
		if t == nil || t.LabelSelector == nil || t.Namespaces != nil || t.NamespaceSelector != nil {
			continue
		}
		sel, err := metav1.LabelSelectorAsSelector(toLabelSelector(t.LabelSelector))
		if err != nil || sel.Empty() || !sel.Matches(labels.Set(podLabels)) {
			continue
		}
		key := ""
		if t.TopologyKey != nil {
			key = *t.TopologyKey
		}
		w = append(w, Warning{at.Index(i).String(), fmt.Sprintf(
			"keeps %s's own pods apart per %s, and rollouts add a pod before removing one: unless there is always one more %s domain than pods, a rollout never finishes; use preferredDuringSchedulingIgnoredDuringExecution, or a topology spread constraint", root, key, key)})
	}
	return w
}

// toLabelSelector converts an L1 label selector to apimachinery's type.
func toLabelSelector(s *k8s.LabelSelector) *metav1.LabelSelector {
	out := &metav1.LabelSelector{}
	if s.MatchLabels != nil {
		out.MatchLabels = map[string]string{}
		for _, k := range slices.Sorted(maps.Keys(*s.MatchLabels)) {
			if v := (*s.MatchLabels)[k]; v != nil {
				out.MatchLabels[k] = *v
			}
		}
	}
	if s.MatchExpressions != nil {
		for _, r := range *s.MatchExpressions {
			if r == nil || r.Key == nil || r.Operator == nil {
				continue
			}
			req := metav1.LabelSelectorRequirement{Key: *r.Key, Operator: metav1.LabelSelectorOperator(*r.Operator)}
			if r.Values != nil {
				for _, v := range *r.Values {
					if v != nil {
						req.Values = append(req.Values, *v)
					}
				}
			}
			out.MatchExpressions = append(out.MatchExpressions, req)
		}
	}
	return out
}

// deregistrationDelay warns when an AWS NLB would cut a draining relay
// pod's flows before its grace period ends: UDP target groups terminate a
// deregistered target's flows when the delay (at most 3600 s) ends.
func deregistrationDelay(cfg *config.Config) []Warning {
	c := cfg.Coturn
	attrs, ok := c.ServiceAnnotations[awsTargetGroupAttributes]
	if !c.Enabled || c.HostNetwork || c.ServiceAnnotations[awsTargetType] != "ip" {
		return nil
	}
	delay := 300 // the target group's default
	for _, kv := range strings.Split(attrs, ",") {
		if k, v, _ := strings.Cut(strings.TrimSpace(kv), "="); k == "deregistration_delay.timeout_seconds" {
			if n, err := strconv.Atoi(v); err == nil {
				delay = n
			}
		}
	}
	want := min(coturnGracePeriodSeconds(cfg), 3600)
	if delay >= want {
		return nil
	}
	key := "coturn.serviceAnnotations"
	if ok {
		key += "[" + awsTargetGroupAttributes + "]"
	}
	return []Warning{{key, fmt.Sprintf("the NLB's deregistration delay (%d s) ends before a draining relay pod's grace period (%d s), and UDP target groups then cut its calls' flows; set deregistration_delay.timeout_seconds=%d", delay, coturnGracePeriodSeconds(cfg), want)}}
}
