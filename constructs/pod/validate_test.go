package pod_test

import (
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

func toleration(key, op, value, effect string, seconds *float64) *k8s.Toleration {
	t := &k8s.Toleration{TolerationSeconds: seconds}
	for dst, v := range map[**string]string{&t.Key: key, &t.Operator: op, &t.Value: value, &t.Effect: effect} {
		if v != "" {
			*dst = jsii.String(v)
		}
	}
	return t
}

func nodeAffinity(op string, values ...string) *k8s.Affinity {
	return &k8s.Affinity{NodeAffinity: &k8s.NodeAffinity{
		RequiredDuringSchedulingIgnoredDuringExecution: &k8s.NodeSelector{NodeSelectorTerms: &[]*k8s.NodeSelectorTerm{{
			MatchExpressions: &[]*k8s.NodeSelectorRequirement{{Key: jsii.String("pool"), Operator: jsii.String(op), Values: jsii.Strings(values...)}},
		}}},
	}}
}

func spread(skew float64, key, when string) *k8s.TopologySpreadConstraint {
	return &k8s.TopologySpreadConstraint{MaxSkew: jsii.Number(skew), TopologyKey: jsii.String(key), WhenUnsatisfiable: jsii.String(when)}
}

// Each row is a pod the API server refuses (or accepts), with the rule of
// pkg/apis/core/validation it follows.
func TestSpec_ValidatesPassThroughFieldsAsTheAPIServer(t *testing.T) {
	for _, tc := range []struct {
		name string
		spec pod.Spec
		want []string
	}{
		{"valid", pod.Spec{
			NodeSelector: map[string]string{"kubernetes.io/os": "linux"},
			Tolerations:  []*k8s.Toleration{toleration("pool", "Equal", "calls", "NoExecute", jsii.Number(30)), toleration("", "Exists", "", "", nil)},
			Affinity:     nodeAffinity("In", "calls"),
			TopologySpreadConstraints: []*k8s.TopologySpreadConstraint{
				spread(1, "topology.kubernetes.io/zone", "ScheduleAnyway"),
				{MaxSkew: jsii.Number(1), TopologyKey: jsii.String("kubernetes.io/hostname"), WhenUnsatisfiable: jsii.String("DoNotSchedule"), MinDomains: jsii.Number(2)},
			},
			Annotations: map[string]string{"example.com/owner": "team"},
		}, nil},
		// ValidateTolerations
		{"tolerationSeconds without NoExecute", pod.Spec{Tolerations: []*k8s.Toleration{toleration("pool", "Equal", "calls", "NoSchedule", jsii.Number(30))}},
			[]string{`pod.tolerations[0].effect: Invalid value: "NoSchedule": effect must be 'NoExecute' when ` + "`tolerationSeconds`" + ` is set`}},
		{"Exists with a value", pod.Spec{Tolerations: []*k8s.Toleration{toleration("pool", "Exists", "calls", "", nil)}},
			[]string{`pod.tolerations[0].operator: Invalid value: "calls": value must be empty when ` + "`operator`" + ` is 'Exists'`}},
		{"empty key with Equal", pod.Spec{Tolerations: []*k8s.Toleration{toleration("", "Equal", "", "", nil)}},
			[]string{`pod.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when ` + "`key`" + ` is empty`}},
		{"unknown operator", pod.Spec{Tolerations: []*k8s.Toleration{toleration("pool", "Maybe", "", "", nil)}},
			[]string{`pod.tolerations[0].operator: Unsupported value: "Maybe": supported values: "Equal", "Exists"`}},
		{"unknown effect", pod.Spec{Tolerations: []*k8s.Toleration{toleration("pool", "Exists", "", "NoEntry", nil)}},
			[]string{`pod.tolerations[0].effect: Unsupported value: "NoEntry": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"`}},
		{"value that is not a label value", pod.Spec{Tolerations: []*k8s.Toleration{toleration("pool", "Equal", "a b", "", nil)}},
			[]string{`pod.tolerations[0].operator: Invalid value: "a b": a valid label must be`}},
		// ValidateNodeSelectorRequirement, ValidateNodeSelector
		{"unknown node affinity operator", pod.Spec{Affinity: nodeAffinity("Near", "calls")},
			[]string{`pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Unsupported value: "Near": supported values: "In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"`}},
		{"In without values", pod.Spec{Affinity: nodeAffinity("In")},
			[]string{"pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"}},
		{"Exists with values", pod.Spec{Affinity: nodeAffinity("Exists", "calls")},
			[]string{"pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"}},
		{"Gt with two values", pod.Spec{Affinity: nodeAffinity("Gt", "1", "2")},
			[]string{"pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified single value when `operator` is 'Lt' or 'Gt'"}},
		{"Lt with a word", pod.Spec{Affinity: nodeAffinity("Lt", "ten")},
			[]string{`pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values[0]: Invalid value: "ten": must be an integer`}},
		{"no node selector terms", pod.Spec{Affinity: &k8s.Affinity{NodeAffinity: &k8s.NodeAffinity{RequiredDuringSchedulingIgnoredDuringExecution: &k8s.NodeSelector{NodeSelectorTerms: &[]*k8s.NodeSelectorTerm{}}}}},
			[]string{"pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term"}},
		// ValidatePreferredSchedulingTerms, validateWeightedPodAffinityTerms
		{"weight out of range", pod.Spec{Affinity: &k8s.Affinity{NodeAffinity: &k8s.NodeAffinity{PreferredDuringSchedulingIgnoredDuringExecution: &[]*k8s.PreferredSchedulingTerm{{
			Weight: jsii.Number(101), Preference: &k8s.NodeSelectorTerm{},
		}}}}}, []string{"pod.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 101: must be in the range 1-100"}},
		// validatePodAffinityTerm
		{"pod affinity without topology key", pod.Spec{Affinity: &k8s.Affinity{PodAntiAffinity: &k8s.PodAntiAffinity{RequiredDuringSchedulingIgnoredDuringExecution: &[]*k8s.PodAffinityTerm{{
			LabelSelector: &k8s.LabelSelector{MatchLabels: &map[string]*string{"app": jsii.String("web")}},
		}}}}}, []string{"pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty"}},
		{"pod affinity selector with a bad operator", pod.Spec{Affinity: &k8s.Affinity{PodAffinity: &k8s.PodAffinity{PreferredDuringSchedulingIgnoredDuringExecution: &[]*k8s.WeightedPodAffinityTerm{{
			Weight: jsii.Number(10), PodAffinityTerm: &k8s.PodAffinityTerm{TopologyKey: jsii.String("kubernetes.io/hostname"), LabelSelector: &k8s.LabelSelector{
				MatchExpressions: &[]*k8s.LabelSelectorRequirement{{Key: jsii.String("app"), Operator: jsii.String("Equals"), Values: jsii.Strings("web")}},
			}},
		}}}}}, []string{`pod.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator`}},
		// validateTopologySpreadConstraints
		{"maxSkew 0", pod.Spec{TopologySpreadConstraints: []*k8s.TopologySpreadConstraint{spread(0, "kubernetes.io/hostname", "DoNotSchedule")}},
			[]string{"pod.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero"}},
		{"fractional maxSkew", pod.Spec{TopologySpreadConstraints: []*k8s.TopologySpreadConstraint{spread(1.5, "kubernetes.io/hostname", "DoNotSchedule")}},
			[]string{"pod.topologySpreadConstraints[0].maxSkew: Invalid value: 1.5: must be a 32-bit integer"}},
		{"no topology key", pod.Spec{TopologySpreadConstraints: []*k8s.TopologySpreadConstraint{spread(1, "", "DoNotSchedule")}},
			[]string{"pod.topologySpreadConstraints[0].topologyKey: Required value: can not be empty"}},
		{"unknown whenUnsatisfiable", pod.Spec{TopologySpreadConstraints: []*k8s.TopologySpreadConstraint{spread(1, "kubernetes.io/hostname", "Sometimes")}},
			[]string{`pod.topologySpreadConstraints[0].whenUnsatisfiable: Unsupported value: "Sometimes": supported values: "DoNotSchedule", "ScheduleAnyway"`}},
		{"minDomains with ScheduleAnyway", pod.Spec{TopologySpreadConstraints: []*k8s.TopologySpreadConstraint{
			{MaxSkew: jsii.Number(1), TopologyKey: jsii.String("kubernetes.io/hostname"), WhenUnsatisfiable: jsii.String("ScheduleAnyway"), MinDomains: jsii.Number(2)},
		}}, []string{"pod.topologySpreadConstraints[0].minDomains: Invalid value: 2: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway"}},
		{"one constraint twice", pod.Spec{TopologySpreadConstraints: []*k8s.TopologySpreadConstraint{
			spread(1, "kubernetes.io/hostname", "DoNotSchedule"), spread(2, "kubernetes.io/hostname", "DoNotSchedule"),
		}}, []string{`pod.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{kubernetes.io/hostname, DoNotSchedule}"`}},
		// ValidatePodSpec: nodeSelector as labels; ValidateAnnotations.
		{"node selector value that is not a label value", pod.Spec{NodeSelector: map[string]string{"pool": "calls and more"}},
			[]string{`pod.nodeSelector[pool]: Invalid value: "calls and more": a valid label must be`}},
		{"annotation key with a space", pod.Spec{Annotations: map[string]string{"my key": "v"}},
			[]string{`pod.annotations[my key]: Invalid value: "my key": name part must consist of alphanumeric characters`}},
		{"annotations over 256 KiB", pod.Spec{Annotations: map[string]string{"big": strings.Repeat("x", 256*1024)}},
			[]string{"pod.annotations: Too long: may not be more than 262144 bytes"}},
		{"pull secret name", pod.Spec{ImagePullSecrets: []string{"Reg_Cred"}},
			[]string{`pod.imagePullSecrets[0]: Invalid value: "Reg_Cred": a lowercase RFC 1123 subdomain must consist of`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.spec.RunAsUser = 1000
			testutil.AssertErrors(t, tc.spec.Validate(field.NewPath("pod")), tc.want)
		})
	}
}

func TestContainer_Validate(t *testing.T) {
	c := pod.Container{Image: "app:1", Resources: pod.Resources{CPURequest: "2", MemoryRequest: "-1Gi", CPULimit: "1", MemoryLimit: "1Gi"}}
	testutil.AssertErrors(t, c.Validate(field.NewPath("container")), []string{
		`container.resources.memoryRequest: Invalid value: "-1Gi": must be greater than or equal to 0`,
		`container.resources.cpuRequest: Invalid value: "2": must be less than or equal to cpuLimit 1`,
	})
}
