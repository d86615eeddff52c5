package check

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	apivalidation "k8s.io/apimachinery/pkg/api/validation"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	metav1validation "k8s.io/apimachinery/pkg/apis/meta/v1/validation"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// The validators below check the Kubernetes fields constructs pass
// through untouched (the cdk8s-plus-28 L1 types), by the rules the API
// server applies to them. Where apimachinery exports a rule it is called;
// the rest follow k8s.io/kubernetes pkg/apis/core/validation/validation.go
// at v1.35.4, and each names the function it follows. Checks that apply to
// the versioned (L1) form only, such as a number that must be an integer,
// are what the API server's decoding refuses.

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func strs(p *[]*string) []string {
	if p == nil {
		return nil
	}
	out := make([]string, 0, len(*p))
	for _, s := range *p {
		out = append(out, str(s))
	}
	return out
}

// integer reads an int32 field of an L1 struct: the API server refuses a
// fraction, and a number out of int32 range, when it decodes the object.
func integer(fld *field.Path, p *float64) (int64, field.ErrorList) {
	if p == nil {
		return 0, nil
	}
	v := *p
	if v != math.Trunc(v) || math.IsInf(v, 0) || v < math.MinInt32 || v > math.MaxInt32 {
		return 0, field.ErrorList{field.Invalid(fld, v, "must be a 32-bit integer")}
	}
	return int64(v), nil
}

// int64Field is integer for the int64 fields (tolerationSeconds).
func int64Field(fld *field.Path, p *float64) (int64, field.ErrorList) {
	if p == nil {
		return 0, nil
	}
	v := *p
	if v != math.Trunc(v) || math.IsInf(v, 0) || math.Abs(v) > 1<<53 {
		return 0, field.ErrorList{field.Invalid(fld, v, "must be an integer")}
	}
	return int64(v), nil
}

// NodeSelector checks a pod's nodeSelector, which the API server validates
// as labels (ValidatePodSpec: unversionedvalidation.ValidateLabels).
func NodeSelector(fld *field.Path, sel map[string]string) field.ErrorList {
	return Labels(fld, sel)
}

// Tolerations follows ValidateTolerations (with the default options: no
// Lt/Gt operators) and validateTaintEffect.
func Tolerations(fld *field.Path, tolerations []*k8s.Toleration) field.ErrorList {
	var errs field.ErrorList
	for i, t := range tolerations {
		at := fld.Index(i)
		if t == nil {
			errs = append(errs, field.Required(at, "a toleration, not null"))
			continue
		}
		key, op, value, effect := str(t.Key), str(t.Operator), str(t.Value), str(t.Effect)
		if key != "" {
			errs = append(errs, metav1validation.ValidateLabelName(key, at.Child("key"))...)
		}
		// An empty key with Exists matches every taint; with Equal, nothing.
		if key == "" && op != "Exists" {
			errs = append(errs, field.Invalid(at.Child("operator"), op, "operator must be Exists when `key` is empty, which means \"match all values and all keys\""))
		}
		if t.TolerationSeconds != nil && effect != "NoExecute" {
			errs = append(errs, field.Invalid(at.Child("effect"), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"))
		}
		_, e := int64Field(at.Child("tolerationSeconds"), t.TolerationSeconds)
		errs = append(errs, e...)
		switch op {
		case "Equal", "":
			if msgs := validation.IsValidLabelValue(value); len(msgs) > 0 {
				errs = append(errs, field.Invalid(at.Child("operator"), value, strings.Join(msgs, ";")))
			}
		case "Exists":
			if value != "" {
				errs = append(errs, field.Invalid(at.Child("operator"), value, "value must be empty when `operator` is 'Exists'"))
			}
		default:
			errs = append(errs, field.NotSupported(at.Child("operator"), op, []string{"Equal", "Exists"}))
		}
		if effect != "" {
			errs = append(errs, taintEffect(at.Child("effect"), effect)...)
		}
	}
	return errs
}

// taintEffect follows validateTaintEffect.
func taintEffect(fld *field.Path, effect string) field.ErrorList {
	switch effect {
	case "NoSchedule", "PreferNoSchedule", "NoExecute":
		return nil
	}
	return field.ErrorList{field.NotSupported(fld, effect, []string{"NoSchedule", "PreferNoSchedule", "NoExecute"})}
}

// Affinity follows validateAffinity, with the API server's default
// options: label values in required node affinity and in pod (anti-)
// affinity selectors must be valid.
func Affinity(fld *field.Path, a *k8s.Affinity) field.ErrorList {
	if a == nil {
		return nil
	}
	var errs field.ErrorList
	if na := a.NodeAffinity; na != nil {
		errs = append(errs, nodeAffinity(fld.Child("nodeAffinity"), na)...)
	}
	if pa := a.PodAffinity; pa != nil {
		errs = append(errs, podAffinityTerms(fld.Child("podAffinity", "requiredDuringSchedulingIgnoredDuringExecution"), pa.RequiredDuringSchedulingIgnoredDuringExecution)...)
		errs = append(errs, weightedPodAffinityTerms(fld.Child("podAffinity", "preferredDuringSchedulingIgnoredDuringExecution"), pa.PreferredDuringSchedulingIgnoredDuringExecution)...)
	}
	if pa := a.PodAntiAffinity; pa != nil {
		errs = append(errs, podAffinityTerms(fld.Child("podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution"), pa.RequiredDuringSchedulingIgnoredDuringExecution)...)
		errs = append(errs, weightedPodAffinityTerms(fld.Child("podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution"), pa.PreferredDuringSchedulingIgnoredDuringExecution)...)
	}
	return errs
}

// nodeAffinity follows validateNodeAffinity, ValidateNodeSelector and
// ValidatePreferredSchedulingTerms.
func nodeAffinity(fld *field.Path, na *k8s.NodeAffinity) field.ErrorList {
	var errs field.ErrorList
	if req := na.RequiredDuringSchedulingIgnoredDuringExecution; req != nil {
		terms := fld.Child("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")
		if req.NodeSelectorTerms == nil || len(*req.NodeSelectorTerms) == 0 {
			errs = append(errs, field.Required(terms, "must have at least one node selector term"))
		} else {
			for i, t := range *req.NodeSelectorTerms {
				errs = append(errs, nodeSelectorTerm(terms.Index(i), t, false)...)
			}
		}
	}
	if na.PreferredDuringSchedulingIgnoredDuringExecution != nil {
		pref := fld.Child("preferredDuringSchedulingIgnoredDuringExecution")
		for i, t := range *na.PreferredDuringSchedulingIgnoredDuringExecution {
			at := pref.Index(i)
			if t == nil {
				errs = append(errs, field.Required(at, "a term, not null"))
				continue
			}
			errs = append(errs, weight(at.Child("weight"), t.Weight)...)
			if t.Preference == nil {
				errs = append(errs, field.Required(at.Child("preference"), ""))
				continue
			}
			// Preferred terms may name label values that are invalid: they
			// can still match when the cluster has only one node.
			errs = append(errs, nodeSelectorTerm(at.Child("preference"), t.Preference, true)...)
		}
	}
	return errs
}

// weight follows the range check of ValidatePreferredSchedulingTerms and
// validateWeightedPodAffinityTerms.
func weight(fld *field.Path, p *float64) field.ErrorList {
	w, errs := integer(fld, p)
	if errs == nil && (w <= 0 || w > 100) {
		errs = field.ErrorList{field.Invalid(fld, w, "must be in the range 1-100")}
	}
	return errs
}

// nodeSelectorTerm follows ValidateNodeSelectorTerm,
// ValidateNodeSelectorRequirement and ValidateNodeFieldSelectorRequirement.
func nodeSelectorTerm(fld *field.Path, t *k8s.NodeSelectorTerm, allowInvalidValues bool) field.ErrorList {
	if t == nil {
		return field.ErrorList{field.Required(fld, "a term, not null")}
	}
	var errs field.ErrorList
	if t.MatchExpressions != nil {
		for i, r := range *t.MatchExpressions {
			errs = append(errs, nodeSelectorRequirement(fld.Child("matchExpressions").Index(i), r, allowInvalidValues)...)
		}
	}
	if t.MatchFields != nil {
		for i, r := range *t.MatchFields {
			at := fld.Child("matchFields").Index(i)
			if r == nil {
				errs = append(errs, field.Required(at, "a requirement, not null"))
				continue
			}
			switch op := str(r.Operator); op {
			case "In", "NotIn":
				if r.Values == nil || len(*r.Values) != 1 {
					errs = append(errs, field.Required(at.Child("values"), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"))
				}
			default:
				errs = append(errs, field.Invalid(at.Child("operator"), op, "not a valid selector operator"))
			}
			if key := str(r.Key); key != "metadata.name" {
				errs = append(errs, field.Invalid(at.Child("key"), key, "not a valid field selector key"))
			}
		}
	}
	return errs
}

func nodeSelectorRequirement(fld *field.Path, r *k8s.NodeSelectorRequirement, allowInvalidValues bool) field.ErrorList {
	if r == nil {
		return field.ErrorList{field.Required(fld, "a requirement, not null")}
	}
	var errs field.ErrorList
	values := strs(r.Values)
	switch op := str(r.Operator); op {
	case "In", "NotIn":
		if len(values) == 0 {
			errs = append(errs, field.Required(fld.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'"))
		}
	case "Exists", "DoesNotExist":
		if len(values) > 0 {
			errs = append(errs, field.Forbidden(fld.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
		}
	case "Gt", "Lt":
		if len(values) != 1 {
			errs = append(errs, field.Required(fld.Child("values"), "must be specified single value when `operator` is 'Lt' or 'Gt'"))
		} else if _, err := strconv.ParseInt(values[0], 10, 64); err != nil {
			// The scheduler compares as integers (NodeSelectorRequirementsAsSelector).
			errs = append(errs, field.Invalid(fld.Child("values").Index(0), values[0], "must be an integer for `operator` 'Lt' or 'Gt'"))
		}
	default:
		errs = append(errs, field.NotSupported(fld.Child("operator"), op, []string{"In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"}))
	}
	errs = append(errs, metav1validation.ValidateLabelName(str(r.Key), fld.Child("key"))...)
	if !allowInvalidValues {
		for i, v := range values {
			errs = append(errs, invalid(fld.Child("values").Index(i), v, validation.IsValidLabelValue(v))...)
		}
	}
	return errs
}

// podAffinityTerms follows validatePodAffinityTerms.
func podAffinityTerms(fld *field.Path, terms *[]*k8s.PodAffinityTerm) field.ErrorList {
	if terms == nil {
		return nil
	}
	var errs field.ErrorList
	for i, t := range *terms {
		errs = append(errs, podAffinityTerm(fld.Index(i), t)...)
	}
	return errs
}

// weightedPodAffinityTerms follows validateWeightedPodAffinityTerms.
func weightedPodAffinityTerms(fld *field.Path, terms *[]*k8s.WeightedPodAffinityTerm) field.ErrorList {
	if terms == nil {
		return nil
	}
	var errs field.ErrorList
	for i, t := range *terms {
		at := fld.Index(i)
		if t == nil {
			errs = append(errs, field.Required(at, "a term, not null"))
			continue
		}
		errs = append(errs, weight(at.Child("weight"), t.Weight)...)
		errs = append(errs, podAffinityTerm(at.Child("podAffinityTerm"), t.PodAffinityTerm)...)
	}
	return errs
}

// podAffinityTerm follows validatePodAffinityTerm and
// ValidatePodAffinityTermSelector.
func podAffinityTerm(fld *field.Path, t *k8s.PodAffinityTerm) field.ErrorList {
	if t == nil {
		return field.ErrorList{field.Required(fld, "a term, not null")}
	}
	var errs field.ErrorList
	errs = append(errs, LabelSelector(fld.Child("labelSelector"), t.LabelSelector)...)
	errs = append(errs, LabelSelector(fld.Child("namespaceSelector"), t.NamespaceSelector)...)
	for _, ns := range strs(t.Namespaces) {
		for _, msg := range apivalidation.ValidateNamespaceName(ns, false) {
			errs = append(errs, field.Invalid(fld.Child("namespace"), ns, msg))
		}
	}
	key := str(t.TopologyKey)
	if key == "" {
		return append(errs, field.Required(fld.Child("topologyKey"), "can not be empty"))
	}
	return append(errs, metav1validation.ValidateLabelName(key, fld.Child("topologyKey"))...)
}

// LabelSelector checks an L1 label selector with apimachinery's
// metav1validation.ValidateLabelSelector (operators In, NotIn, Exists,
// DoesNotExist and their values; label keys and values).
func LabelSelector(fld *field.Path, s *k8s.LabelSelector) field.ErrorList {
	if s == nil {
		return nil
	}
	return metav1validation.ValidateLabelSelector(ToLabelSelector(s), metav1validation.LabelSelectorValidationOptions{}, fld)
}

// ToLabelSelector converts an L1 label selector to apimachinery's type.
func ToLabelSelector(s *k8s.LabelSelector) *metav1.LabelSelector {
	if s == nil {
		return nil
	}
	out := &metav1.LabelSelector{}
	if s.MatchLabels != nil {
		out.MatchLabels = map[string]string{}
		for k, v := range *s.MatchLabels {
			out.MatchLabels[k] = str(v)
		}
	}
	if s.MatchExpressions != nil {
		for _, r := range *s.MatchExpressions {
			if r == nil {
				out.MatchExpressions = append(out.MatchExpressions, metav1.LabelSelectorRequirement{})
				continue
			}
			out.MatchExpressions = append(out.MatchExpressions, metav1.LabelSelectorRequirement{
				Key: str(r.Key), Operator: metav1.LabelSelectorOperator(str(r.Operator)), Values: strs(r.Values),
			})
		}
	}
	return out
}

// TopologySpreadConstraints follows validateTopologySpreadConstraints,
// validateMinDomains, ValidateTopologyKey, ValidateWhenUnsatisfiable,
// ValidateSpreadConstraintNotRepeat, validateNodeInclusionPolicy and
// ValidateMatchLabelKeysInTopologySpread.
func TopologySpreadConstraints(fld *field.Path, constraints []*k8s.TopologySpreadConstraint) field.ErrorList {
	var errs field.ErrorList
	for i, c := range constraints {
		at := fld.Index(i)
		if c == nil {
			errs = append(errs, field.Required(at, "a constraint, not null"))
			continue
		}
		if c.MaxSkew == nil {
			errs = append(errs, field.Required(at.Child("maxSkew"), "set the largest allowed difference in matching pods between domains, e.g. 1"))
		} else if skew, e := integer(at.Child("maxSkew"), c.MaxSkew); e != nil {
			errs = append(errs, e...)
		} else if skew <= 0 {
			errs = append(errs, field.Invalid(at.Child("maxSkew"), skew, "must be greater than zero"))
		}
		key, action := str(c.TopologyKey), str(c.WhenUnsatisfiable)
		if key == "" {
			errs = append(errs, field.Required(at.Child("topologyKey"), "can not be empty"))
		} else {
			errs = append(errs, metav1validation.ValidateLabelName(key, at.Child("topologyKey"))...)
		}
		if action != "DoNotSchedule" && action != "ScheduleAnyway" {
			errs = append(errs, field.NotSupported(at.Child("whenUnsatisfiable"), action, []string{"DoNotSchedule", "ScheduleAnyway"}))
		}
		for _, rest := range constraints[i+1:] {
			if rest != nil && str(rest.TopologyKey) == key && str(rest.WhenUnsatisfiable) == action {
				errs = append(errs, field.Duplicate(at.Child("{topologyKey, whenUnsatisfiable}"), fmt.Sprintf("{%v, %v}", key, action)))
				break
			}
		}
		if c.MinDomains != nil {
			if d, e := integer(at.Child("minDomains"), c.MinDomains); e != nil {
				errs = append(errs, e...)
			} else if d <= 0 {
				errs = append(errs, field.Invalid(at.Child("minDomains"), d, "must be greater than zero"))
			}
			if action != "DoNotSchedule" {
				errs = append(errs, field.Invalid(at.Child("minDomains"), *c.MinDomains, fmt.Sprintf("can only use minDomains if whenUnsatisfiable=DoNotSchedule, not %s", action)))
			}
		}
		for _, p := range []struct {
			name  string
			value *string
		}{{"nodeAffinityPolicy", c.NodeAffinityPolicy}, {"nodeTaintsPolicy", c.NodeTaintsPolicy}} {
			if p.value != nil && *p.value != "Honor" && *p.value != "Ignore" {
				errs = append(errs, field.NotSupported(at.Child(p.name), *p.value, []string{"Honor", "Ignore"}))
			}
		}
		errs = append(errs, matchLabelKeys(at.Child("matchLabelKeys"), strs(c.MatchLabelKeys), c.LabelSelector)...)
		errs = append(errs, LabelSelector(at.Child("labelSelector"), c.LabelSelector)...)
	}
	return errs
}

// matchLabelKeys follows ValidateMatchLabelKeysInTopologySpread. A nil
// labelSelector is not refused: the constructs fill it with the
// workload's selector before the API server sees it.
func matchLabelKeys(fld *field.Path, keys []string, sel *k8s.LabelSelector) field.ErrorList {
	if len(keys) == 0 {
		return nil
	}
	inSelector := map[string]bool{}
	if s := ToLabelSelector(sel); s != nil {
		for k := range s.MatchLabels {
			inSelector[k] = true
		}
		for _, r := range s.MatchExpressions {
			inSelector[r.Key] = true
		}
	}
	var errs field.ErrorList
	for i, k := range keys {
		errs = append(errs, metav1validation.ValidateLabelName(k, fld.Index(i))...)
		if inSelector[k] {
			errs = append(errs, field.Invalid(fld.Index(i), k, "exists in both matchLabelKeys and labelSelector"))
		}
	}
	return errs
}

// ProbeKind says which probe a k8s.Probe is, since their rules differ.
type ProbeKind int

// The probe kinds.
const (
	ReadinessProbe ProbeKind = iota
	LivenessProbe
	StartupProbe
)

// Probe follows validateProbe, validateHandler and, by kind,
// validateReadinessProbe, validateLivenessProbe and validateStartupProbe.
// Zero counts are the API server's defaults (SetDefaults_Probe), so only
// negative ones are refused; a liveness or startup probe must succeed once
// to count (successThreshold 1, or 0 for that default).
func Probe(fld *field.Path, p *k8s.Probe, kind ProbeKind) field.ErrorList {
	if p == nil {
		return nil
	}
	var errs field.ErrorList
	handlers := 0
	for _, h := range []struct {
		name string
		set  bool
	}{{"exec", p.Exec != nil}, {"httpGet", p.HttpGet != nil}, {"tcpSocket", p.TcpSocket != nil}, {"grpc", p.Grpc != nil}} {
		if !h.set {
			continue
		}
		if handlers++; handlers > 1 {
			errs = append(errs, field.Forbidden(fld.Child(h.name), "may not specify more than 1 handler type"))
		}
	}
	if handlers == 0 {
		errs = append(errs, field.Required(fld, "must specify a handler type"))
	}
	if p.Exec != nil && (p.Exec.Command == nil || len(*p.Exec.Command) == 0) {
		errs = append(errs, field.Required(fld.Child("exec", "command"), "")) // validateExecAction
	}
	if h := p.HttpGet; h != nil {
		if str(h.Path) == "" {
			errs = append(errs, field.Required(fld.Child("httpGet", "path"), "")) // validateHTTPGetAction
		}
		if s := str(h.Scheme); s != "" && s != "HTTP" && s != "HTTPS" {
			errs = append(errs, field.NotSupported(fld.Child("httpGet", "scheme"), s, []string{"HTTP", "HTTPS"}))
		}
	}
	for _, f := range []struct {
		name string
		v    *float64
	}{
		{"initialDelaySeconds", p.InitialDelaySeconds}, {"timeoutSeconds", p.TimeoutSeconds},
		{"periodSeconds", p.PeriodSeconds}, {"successThreshold", p.SuccessThreshold}, {"failureThreshold", p.FailureThreshold},
	} {
		v, e := integer(fld.Child(f.name), f.v)
		if e == nil {
			e = NonNegative(fld.Child(f.name), int(v))
		}
		errs = append(errs, e...)
	}
	if t := p.TerminationGracePeriodSeconds; t != nil {
		if kind == ReadinessProbe {
			errs = append(errs, field.Invalid(fld.Child("terminationGracePeriodSeconds"), *t, "must not be set for readinessProbes"))
		} else if *t <= 0 {
			errs = append(errs, field.Invalid(fld.Child("terminationGracePeriodSeconds"), *t, "must be greater than 0"))
		}
	}
	if s := p.SuccessThreshold; kind != ReadinessProbe && s != nil && *s != 0 && *s != 1 {
		errs = append(errs, field.Invalid(fld.Child("successThreshold"), *s, "must be 1"))
	}
	return errs
}
