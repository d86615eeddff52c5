package keda_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/keda"
)

func TestMain(m *testing.M) { testutil.Main(m) }

func props() *keda.MetricsAPIScalerProps {
	return &keda.MetricsAPIScalerProps{
		Name:             "shop-web",
		Labels:           map[string]string{"app.kubernetes.io/name": "shop"},
		DeploymentName:   "shop-web",
		ServiceName:      "shop-web",
		ServiceNamespace: "shop",
		ServicePort:      8080,
		Path:             "/metrics/sessions",
		Query:            map[string]string{"buffer": "2"},
		ValueLocation:    "sessions.total",
		TargetValue:      10,
		MinReplicas:      2,
		MaxReplicas:      12,
	}
}

func withAuth(p *keda.MetricsAPIScalerProps) *keda.MetricsAPIScalerProps {
	p.AuthHeaderName = "X-Api-Key"
	p.AuthSecretName = "shop-secret"
	p.AuthSecretKey = "API_KEY"
	return p
}

func synth(t *testing.T, p *keda.MetricsAPIScalerProps) []map[string]any {
	t.Helper()
	return testutil.Synth(t, func(c constructs.Construct) { keda.NewMetricsAPIScaler(c, "scaler", p) })
}

func scaledObject(t *testing.T, objs []map[string]any) map[string]any {
	t.Helper()
	return testutil.Find(t, objs, "ScaledObject", "shop-web")
}

func TestMetricsAPIScaler_TargetsDeploymentWithinReplicaBounds(t *testing.T) {
	so := scaledObject(t, synth(t, props()))

	assert.Equal(t, "keda.sh/v1alpha1", so["apiVersion"])
	assert.Equal(t, map[string]any{"apiVersion": "apps/v1", "kind": "Deployment", "name": "shop-web"}, testutil.Get(so, "spec.scaleTargetRef"))
	assert.EqualValues(t, 2, testutil.Get(so, "spec.minReplicaCount"))
	assert.EqualValues(t, 12, testutil.Get(so, "spec.maxReplicaCount"))
	assert.EqualValues(t, keda.DefaultPollingIntervalSeconds, testutil.Get(so, "spec.pollingInterval"))
	assert.Equal(t, map[string]any{"app.kubernetes.io/name": "shop"}, testutil.Get(so, "metadata.labels"))
}

func TestMetricsAPIScaler_TriggerCallsEndpointPerPodWithCachedMetrics(t *testing.T) {
	so := scaledObject(t, synth(t, props()))

	triggers := testutil.Get(so, "spec.triggers").([]any)
	require.Len(t, triggers, 1)
	assert.Equal(t, "metrics-api", testutil.Get(triggers[0], "type"))
	assert.Equal(t, "AverageValue", testutil.Get(triggers[0], "metricType"), "targetValue must be per pod")
	assert.Equal(t, true, testutil.Get(triggers[0], "useCachedMetrics"), "pollingInterval only matters with cached metrics")
	assert.Equal(t, map[string]any{
		"url":           "http://shop-web.shop.svc.cluster.local:8080/metrics/sessions?buffer=2",
		"format":        "json",
		"valueLocation": "sessions.total",
		"targetValue":   "10",
	}, testutil.Get(triggers[0], "metadata"))
	assert.Nil(t, testutil.Get(triggers[0], "authenticationRef"))
}

func TestMetricsAPIScaler_URLNamesServiceByNamespaceQualifiedName(t *testing.T) {
	p := props()
	p.ClusterDomain = "corp.internal"
	p.Query = map[string]string{"window": "5m", "buffer": "2", "tag": "a b&c"}
	var s keda.MetricsAPIScaler
	objs := testutil.Synth(t, func(c constructs.Construct) { s = keda.NewMetricsAPIScaler(c, "scaler", p) })

	want := "http://shop-web.shop.svc.corp.internal:8080/metrics/sessions?buffer=2&tag=a+b%26c&window=5m"
	assert.Equal(t, want, s.URL(), "query sorted by key and escaped")
	assert.Equal(t, want, testutil.Get(scaledObject(t, objs), "spec.triggers.0.metadata.url"))
}

func TestMetricsAPIScaler_ScalesDownOnePodPerMinuteByDefault(t *testing.T) {
	so := scaledObject(t, synth(t, props()))

	assert.Equal(t, map[string]any{
		"stabilizationWindowSeconds": float64(300),
		"policies":                   []any{map[string]any{"type": "Pods", "value": float64(1), "periodSeconds": float64(60)}},
	}, testutil.Get(so, "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown"))
	assert.Nil(t, testutil.Get(so, "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleUp"), "scale-up keeps the HPA defaults")
	assert.Nil(t, testutil.Get(so, "spec.cooldownPeriod"), "cooldownPeriod only applies to scaling to zero")
}

func TestMetricsAPIScaler_HonoursKnobs(t *testing.T) {
	p := props()
	p.TargetValue = 2.5
	p.PollingIntervalSeconds = 10
	p.ScaleDownPodsPerMinute = 3
	window := 600
	p.ScaleDownStabilizationSeconds = &window
	so := scaledObject(t, synth(t, p))

	assert.Equal(t, "2.5", testutil.Get(so, "spec.triggers.0.metadata.targetValue"))
	assert.EqualValues(t, 10, testutil.Get(so, "spec.pollingInterval"))
	scaleDown := "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown."
	assert.EqualValues(t, 600, testutil.Get(so, scaleDown+"stabilizationWindowSeconds"))
	assert.EqualValues(t, 3, testutil.Get(so, scaleDown+"policies.0.value"))
	assert.EqualValues(t, 60, testutil.Get(so, scaleDown+"policies.0.periodSeconds"))
}

func TestMetricsAPIScaler_SendsHeaderFromSecret(t *testing.T) {
	objs := synth(t, withAuth(props()))

	require.Equal(t, []string{"TriggerAuthentication/shop-web", "ScaledObject/shop-web"}, testutil.Names(objs),
		"the TriggerAuthentication comes first, so a plain apply creates it before its user")
	ta := testutil.Find(t, objs, "TriggerAuthentication", "shop-web")
	assert.Equal(t, "keda.sh/v1alpha1", ta["apiVersion"])
	assert.Equal(t, map[string]any{"app.kubernetes.io/name": "shop"}, testutil.Get(ta, "metadata.labels"))
	assert.Equal(t, map[string]any{
		"secretTargetRef": []any{map[string]any{"parameter": "apiKey", "name": "shop-secret", "key": "API_KEY"}},
	}, ta["spec"], "only a reference to the Secret, never its value")

	trigger := testutil.Get(scaledObject(t, objs), "spec.triggers.0")
	assert.Equal(t, map[string]any{"kind": "TriggerAuthentication", "name": "shop-web"}, testutil.Get(trigger, "authenticationRef"))
	md := testutil.Get(trigger, "metadata").(map[string]any)
	assert.Equal(t, "apiKey", md["authModes"])
	assert.Equal(t, "header", md["method"])
	assert.Equal(t, "X-Api-Key", md["keyParamName"])
}

func TestMetricsAPIScaler_WithoutAuthRendersNoTriggerAuthentication(t *testing.T) {
	var s keda.MetricsAPIScaler
	objs := testutil.Synth(t, func(c constructs.Construct) { s = keda.NewMetricsAPIScaler(c, "scaler", props()) })

	assert.Equal(t, 0, testutil.Kinds(objs, "TriggerAuthentication"))
	assert.Nil(t, s.TriggerAuthentication())
	md := testutil.Get(scaledObject(t, objs), "spec.triggers.0.metadata").(map[string]any)
	for _, k := range []string{"authModes", "method", "keyParamName"} {
		assert.NotContains(t, md, k)
	}
}

func TestMetricsAPIScaler_ScaledObjectIsResourceChild(t *testing.T) {
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(t.TempDir())})
	chart := cdk8s.NewChart(app, jsii.String("test"), nil)
	s := keda.NewMetricsAPIScaler(chart, "scaler", withAuth(props()))

	assert.Equal(t, constructs.IConstruct(s.ScaledObject()), s.Node().TryFindChild(jsii.String("Resource")))
	assert.Equal(t, constructs.IConstruct(s.TriggerAuthentication()), s.Node().TryFindChild(jsii.String("Auth")))
	assert.Equal(t, "shop-web", *s.ScaledObject().Name(), "names are explicit, never hashed")
	assert.Equal(t, "shop-web", *s.TriggerAuthentication().Name())
}

func TestMetricsAPIScaler_NeverMutatesProps(t *testing.T) {
	p := withAuth(props())
	before := *withAuth(props())
	synth(t, p)
	assert.True(t, reflect.DeepEqual(before, *p), "props changed:\nbefore %#v\nafter  %#v", before, *p)
}

func TestMetricsAPIScaler_PanicsWithIDAndEveryError(t *testing.T) {
	p := props()
	p.ServicePort = 0
	p.TargetValue = 0
	assert.PanicsWithError(t, strings.Join([]string{
		"scaler: invalid MetricsAPIScalerProps:",
		"servicePort: Required value: set the port of the Service that serves the endpoint, e.g. 8080",
		"targetValue: Invalid value: 0: must be a number greater than 0: how much of the metric one replica should carry",
	}, "\n"), func() { synth(t, p) })
}

// A stabilization window of 0 is real; it used to be read as "unset" and
// rendered as 300.
func TestMetricsAPIScaler_RendersAZeroStabilizationWindow(t *testing.T) {
	p := props()
	zero := 0
	p.ScaleDownStabilizationSeconds = &zero
	so := scaledObject(t, synth(t, p))
	assert.EqualValues(t, 0, testutil.Get(so, "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.stabilizationWindowSeconds"))
}
