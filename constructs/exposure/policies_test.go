package exposure_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/exposure"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
)

// existingGatewayProps attach the shop routes to a Gateway run elsewhere.
func existingGatewayProps() *exposure.ExposureProps {
	p := gatewayProps()
	p.Gateway = nil
	p.Name = ""
	p.ExistingGateway = &exposure.GatewayRef{Name: "shared", Namespace: "gateways"}
	return p
}

// build synthesizes props and also returns the construct.
func build(t *testing.T, props *exposure.ExposureProps) (exposure.Exposure, []map[string]any) {
	t.Helper()
	var e exposure.Exposure
	objs := testutil.Synth(t, func(chart constructs.Construct) {
		e = exposure.NewExposure(chart, "Exposure", props)
	})
	return e, objs
}

func TestExposure_RendersEachImplementationsObjects(t *testing.T) {
	routes := []string{"HTTPRoute/shop-api", "HTTPRoute/shop-web"}
	gateway := slices.Concat([]string{"Gateway/shop"}, routes)
	tests := []struct {
		impl  exposure.Implementation
		props func() *exposure.ExposureProps
		want  []string
	}{
		{exposure.ImplementationGeneric, gatewayProps, gateway},
		{exposure.ImplementationTraefik, gatewayProps, gateway},
		{exposure.ImplementationTraefik, ingressProps, []string{"Ingress/shop"}},
		{exposure.ImplementationIngressNginx, ingressProps, []string{"Ingress/shop"}},
		{exposure.ImplementationEnvoyGateway, gatewayProps, slices.Concat(gateway, []string{"ClientTrafficPolicy/shop"})},
		{exposure.ImplementationEnvoyGateway, existingGatewayProps, slices.Concat(routes, []string{"BackendTrafficPolicy/shop-api", "BackendTrafficPolicy/shop-web"})},
		{exposure.ImplementationGKE, gatewayProps, slices.Concat(gateway, []string{"GCPBackendPolicy/shop-api", "GCPBackendPolicy/shop-web"})},
		{exposure.ImplementationGKE, existingGatewayProps, slices.Concat(routes, []string{"GCPBackendPolicy/shop-api", "GCPBackendPolicy/shop-web"})},
		{exposure.ImplementationGKE, ingressProps, []string{"Ingress/shop", "BackendConfig/shop-api", "BackendConfig/shop-web"}},
		{exposure.ImplementationAWSLoadBalancerController, gatewayProps, slices.Concat(gateway, []string{"LoadBalancerConfiguration/shop", "TargetGroupConfiguration/shop-api", "TargetGroupConfiguration/shop-web"})},
		{exposure.ImplementationAWSLoadBalancerController, existingGatewayProps, slices.Concat(routes, []string{"TargetGroupConfiguration/shop-api", "TargetGroupConfiguration/shop-web"})},
		{exposure.ImplementationAWSLoadBalancerController, ingressProps, []string{"Ingress/shop"}},
	}
	for _, tt := range tests {
		p := tt.props()
		p.Implementation = tt.impl
		mode := "gateway"
		switch {
		case p.ExistingGateway != nil:
			mode = "existingGateway"
		case p.Ingress != nil:
			mode = "ingress"
		}
		e, objs := build(t, p)

		assert.Equal(t, tt.want, testutil.Names(objs), "%s with %s", tt.impl, mode)
		assert.Len(t, e.Policies(), len(objs)-countBase(objs), "%s with %s: Policies() lists every other object", tt.impl, mode)
	}
}

// countBase counts the Gateway, HTTPRoutes and Ingress among objs.
func countBase(objs []map[string]any) int {
	return testutil.Kinds(objs, "Gateway") + testutil.Kinds(objs, "HTTPRoute") + testutil.Kinds(objs, "Ingress")
}

func TestExposure_EnvoyGatewayRaisesStreamIdleTimeoutOfItsGateway(t *testing.T) {
	p := gatewayProps()
	p.Implementation = exposure.ImplementationEnvoyGateway
	e, objs := build(t, p)

	ctp := testutil.Find(t, objs, "ClientTrafficPolicy", "shop")
	assert.Equal(t, "gateway.envoyproxy.io/v1alpha1", ctp["apiVersion"])
	assert.Equal(t, map[string]any{
		"targetRefs": []any{map[string]any{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "shop"}},
		"timeout":    map[string]any{"http": map[string]any{"streamIdleTimeout": "1h"}},
	}, ctp["spec"])
	require.Len(t, e.Policies(), 1)
	assert.Equal(t, e.Node().TryFindChild(jsii.String("ClientTrafficPolicy")), constructs.IConstruct(e.Policies()[0]), "Policies()[0] is the ClientTrafficPolicy")
}

func TestExposure_EnvoyGatewayOnExistingGatewayRaisesItPerRoute(t *testing.T) {
	p := existingGatewayProps()
	p.Implementation = exposure.ImplementationEnvoyGateway
	p.WebSocketTimeoutSeconds = 1800
	objs := synth(t, p)

	for _, route := range []string{"shop-api", "shop-web"} {
		btp := testutil.Find(t, objs, "BackendTrafficPolicy", route)
		assert.Equal(t, "gateway.envoyproxy.io/v1alpha1", btp["apiVersion"])
		assert.Equal(t, map[string]any{
			"targetRefs": []any{map[string]any{"group": "gateway.networking.k8s.io", "kind": "HTTPRoute", "name": route}},
			"mergeType":  "StrategicMerge",
			"timeout":    map[string]any{"http": map[string]any{"streamIdleTimeout": "30m"}},
		}, btp["spec"], route)
	}
}

func TestExposure_EnvoyGatewaySpellsTimeoutAsDuration(t *testing.T) {
	for seconds, want := range map[int]string{1: "1s", 59: "59s", 1230: "20m30s", 7200: "2h", 90061: "25h1m1s"} {
		p := gatewayProps()
		p.Implementation = exposure.ImplementationEnvoyGateway
		p.WebSocketTimeoutSeconds = seconds
		objs := synth(t, p)

		ctp := testutil.Find(t, objs, "ClientTrafficPolicy", "shop")
		assert.Equal(t, want, testutil.Get(ctp, "spec.timeout.http.streamIdleTimeout"), "%d seconds", seconds)
	}
}

func TestExposure_GKEGatewayRendersBackendPolicyPerService(t *testing.T) {
	p := gatewayProps()
	p.Implementation = exposure.ImplementationGKE
	p.Gateway.ClassName = "gke-l7-global-external-managed"
	// A second route to shop-web must not give it a second policy.
	p.Routes = append(p.Routes, exposure.Route{Name: "shop-assets", PathPrefix: "/assets/", ServiceName: "shop-web", ServicePort: 3000})
	e, objs := build(t, p)

	assert.Equal(t, 2, testutil.Kinds(objs, "GCPBackendPolicy"), "GCPBackendPolicies among %s", testutil.Names(objs))
	for _, svc := range []string{"shop-api", "shop-web"} {
		pol := testutil.Find(t, objs, "GCPBackendPolicy", svc)
		assert.Equal(t, "networking.gke.io/v1", pol["apiVersion"])
		assert.Equal(t, map[string]any{
			"targetRef": map[string]any{"group": "", "kind": "Service", "name": svc},
			"default":   map[string]any{"timeoutSec": float64(3600)},
		}, pol["spec"], svc)
	}
	assert.Equal(t, 0, testutil.Kinds(objs, "HealthCheckPolicy"), "HealthCheckPolicies without health check paths")
	assert.Nil(t, e.ServiceAnnotations("shop-web"), "ServiceAnnotations")
	assert.Nil(t, testutil.Get(testutil.Find(t, objs, "Gateway", "shop"), "spec.infrastructure"), "Gateway infrastructure")
}

func TestExposure_GKEIngressRendersBackendConfigPerServiceForItToName(t *testing.T) {
	p := ingressProps()
	p.Ingress.ClassName = "gce"
	p.Implementation = exposure.ImplementationGKE
	p.WebSocketTimeoutSeconds = 2400
	e, objs := build(t, p)

	for _, svc := range []string{"shop-api", "shop-web"} {
		bc := testutil.Find(t, objs, "BackendConfig", svc)
		assert.Equal(t, "cloud.google.com/v1", bc["apiVersion"])
		assert.Equal(t, map[string]any{"timeoutSec": float64(2400)}, bc["spec"], svc)

		annotations := e.ServiceAnnotations(svc)
		require.Contains(t, annotations, exposure.GKEBackendConfigAnnotation, svc)
		assert.Len(t, annotations, 1, svc)
		var ref map[string]string
		require.NoError(t, json.Unmarshal([]byte(annotations[exposure.GKEBackendConfigAnnotation]), &ref), "%s annotation value is JSON", svc)
		assert.Equal(t, map[string]string{"default": svc}, ref, "%s annotation names its BackendConfig for every port", svc)
	}
	assert.Nil(t, e.ServiceAnnotations("other"), "ServiceAnnotations of a Service no route sends to")

	e.ServiceAnnotations("shop-api")["x"] = "y"
	assert.Len(t, e.ServiceAnnotations("shop-api"), 1, "ServiceAnnotations returns a copy")
}

func TestExposure_AWSGatewayReferencesLoadBalancerConfiguration(t *testing.T) {
	p := gatewayProps()
	p.Implementation = exposure.ImplementationAWSLoadBalancerController
	p.Gateway.ClassName = "alb"
	p.WebSocketTimeoutSeconds = exposure.MaxALBIdleTimeoutSeconds
	objs := synth(t, p)

	assert.Equal(t, map[string]any{
		"group": "gateway.k8s.aws", "kind": "LoadBalancerConfiguration", "name": "shop",
	}, testutil.Get(testutil.Find(t, objs, "Gateway", "shop"), "spec.infrastructure.parametersRef"))
	lbc := testutil.Find(t, objs, "LoadBalancerConfiguration", "shop")
	assert.Equal(t, "gateway.k8s.aws/v1beta1", lbc["apiVersion"])
	assert.Equal(t, map[string]any{
		"loadBalancerAttributes": []any{map[string]any{"key": exposure.ALBIdleTimeoutAttribute, "value": "4000"}},
	}, lbc["spec"])
}

// withHealthChecks gives the API a health endpoint, and the web UI one on
// a second route to it as well.
func withHealthChecks(p *exposure.ExposureProps) *exposure.ExposureProps {
	p.Routes[0].HealthCheckPath = "/api/v1/health"
	p.Routes[1].HealthCheckPath = "/healthz"
	p.Routes = append(p.Routes, exposure.Route{Name: "shop-assets", PathPrefix: "/assets/", ServiceName: "shop-web", ServicePort: 3000})
	return p
}

func TestExposure_GKEGatewayRendersHealthCheckPolicyPerServiceWithPath(t *testing.T) {
	for _, props := range []func() *exposure.ExposureProps{gatewayProps, existingGatewayProps} {
		p := withHealthChecks(props())
		p.Routes[0].HealthCheckPath = ""
		p.Implementation = exposure.ImplementationGKE
		e, objs := build(t, p)

		assert.Equal(t, []string{"GCPBackendPolicy/shop-api", "GCPBackendPolicy/shop-web", "HealthCheckPolicy/shop-web"},
			testutil.Names(objs[len(objs)-3:]), "policies after the routes")
		hc := testutil.Find(t, objs, "HealthCheckPolicy", "shop-web")
		assert.Equal(t, "networking.gke.io/v1", hc["apiVersion"])
		assert.Equal(t, map[string]any{
			"targetRef": map[string]any{"group": "", "kind": "Service", "name": "shop-web"},
			"default": map[string]any{"config": map[string]any{
				"type":            "HTTP",
				"httpHealthCheck": map[string]any{"requestPath": "/healthz"},
			}},
		}, hc["spec"])
		assert.Len(t, e.Policies(), 3, "Policies()")
		assert.Nil(t, e.ServiceAnnotations("shop-web"), "ServiceAnnotations")
	}
}

func TestExposure_GKEIngressSetsHealthCheckInBackendConfig(t *testing.T) {
	p := withHealthChecks(ingressProps())
	p.Routes[1].HealthCheckPath = ""
	p.Ingress.ClassName = "gce"
	p.Implementation = exposure.ImplementationGKE
	objs := synth(t, p)

	assert.Equal(t, map[string]any{
		"timeoutSec":  float64(3600),
		"healthCheck": map[string]any{"type": "HTTP", "requestPath": "/api/v1/health"},
	}, testutil.Find(t, objs, "BackendConfig", "shop-api")["spec"], "shop-api")
	assert.Equal(t, map[string]any{"timeoutSec": float64(3600)},
		testutil.Find(t, objs, "BackendConfig", "shop-web")["spec"], "shop-web, whose pods' readiness probe or / is probed")
}

func TestExposure_AWSGatewayRendersIPTargetGroupPerServiceWithHealthCheck(t *testing.T) {
	for _, props := range []func() *exposure.ExposureProps{gatewayProps, existingGatewayProps} {
		p := withHealthChecks(props())
		p.Routes[0].HealthCheckPath = ""
		p.Implementation = exposure.ImplementationAWSLoadBalancerController
		e, objs := build(t, p)

		for svc, want := range map[string]map[string]any{
			"shop-api": {"targetType": "ip"},
			"shop-web": {"targetType": "ip", "healthCheckConfig": map[string]any{"healthCheckPath": "/healthz"}},
		} {
			tgc := testutil.Find(t, objs, "TargetGroupConfiguration", svc)
			assert.Equal(t, "gateway.k8s.aws/v1beta1", tgc["apiVersion"])
			assert.Equal(t, map[string]any{
				"targetReference":      map[string]any{"name": svc},
				"defaultConfiguration": want,
			}, tgc["spec"], svc)
		}
		assert.Equal(t, 2, testutil.Kinds(objs, "TargetGroupConfiguration"), "one per Service among %s", testutil.Names(objs))
		assert.Nil(t, e.ServiceAnnotations("shop-web"), "ServiceAnnotations")
	}
}

func TestExposure_AWSIngressAnnotatesServicesWithTheirHealthCheckPath(t *testing.T) {
	p := withHealthChecks(ingressProps())
	p.Routes[1].HealthCheckPath = ""
	p.Ingress.ClassName = "alb"
	p.Implementation = exposure.ImplementationAWSLoadBalancerController
	e, objs := build(t, p)

	assert.Equal(t, map[string]string{exposure.ALBHealthCheckPathAnnotation: "/api/v1/health"}, e.ServiceAnnotations("shop-api"), "shop-api")
	assert.Nil(t, e.ServiceAnnotations("shop-web"), "shop-web has no path")
	assert.NotContains(t, annotations(testutil.Find(t, objs, "Ingress", "shop")), exposure.ALBHealthCheckPathAnnotation,
		"an Ingress annotation would apply to every backend")
	assert.Nil(t, e.Policies(), "Policies()")
}

func TestExposure_HealthCheckPathsNeedNothingWhereReadinessDecides(t *testing.T) {
	for _, tt := range []struct {
		impl  exposure.Implementation
		props func() *exposure.ExposureProps
	}{
		{exposure.ImplementationGeneric, gatewayProps},
		{exposure.ImplementationGeneric, ingressProps},
		{exposure.ImplementationTraefik, gatewayProps},
		{exposure.ImplementationTraefik, ingressProps},
		{exposure.ImplementationIngressNginx, ingressProps},
		{exposure.ImplementationEnvoyGateway, gatewayProps},
		{exposure.ImplementationEnvoyGateway, existingGatewayProps},
	} {
		plain := tt.props()
		plain.Implementation = tt.impl
		checked := withHealthChecks(tt.props())
		checked.Routes = checked.Routes[:2]
		checked.Implementation = tt.impl
		e, objs := build(t, checked)

		assert.Equal(t, synth(t, plain), objs, "%s: health check paths change nothing", tt.impl)
		assert.Nil(t, e.ServiceAnnotations("shop-web"), "%s: ServiceAnnotations", tt.impl)
	}
}

func TestExposure_PoliciesTakeEscapeHatchPatches(t *testing.T) {
	p := gatewayProps()
	p.Implementation = exposure.ImplementationAWSLoadBalancerController
	objs := testutil.Synth(t, func(chart constructs.Construct) {
		e := exposure.NewExposure(chart, "Exposure", p)
		e.Policies()[0].AddJsonPatch(cdk8s.JsonPatch_Add(jsii.String("/spec/scheme"), "internet-facing"))
	})

	lbc := testutil.Find(t, objs, "LoadBalancerConfiguration", "shop")
	assert.Equal(t, "internet-facing", testutil.Get(lbc, "spec.scheme"))
	assert.NotNil(t, testutil.Get(lbc, "spec.loadBalancerAttributes"), "patch keeps the attributes")
}

func TestExposure_PoliciesCarryLabels(t *testing.T) {
	for _, tt := range []struct {
		impl  exposure.Implementation
		props func() *exposure.ExposureProps
	}{
		{exposure.ImplementationEnvoyGateway, gatewayProps},
		{exposure.ImplementationEnvoyGateway, existingGatewayProps},
		{exposure.ImplementationGKE, gatewayProps},
		{exposure.ImplementationGKE, ingressProps},
		{exposure.ImplementationAWSLoadBalancerController, gatewayProps},
		{exposure.ImplementationAWSLoadBalancerController, existingGatewayProps},
	} {
		p := withHealthChecks(tt.props())
		p.Implementation = tt.impl
		objs := synth(t, p)
		// The implementation's own objects are what this is about: at
		// least one, or the check proves nothing.
		own := len(objs) - testutil.Kinds(objs, "Gateway") - testutil.Kinds(objs, "HTTPRoute") - testutil.Kinds(objs, "Ingress")
		require.Positive(t, own, "%s renders no object of its own: %s", tt.impl, testutil.Names(objs))
		for _, o := range objs {
			assert.Equal(t, map[string]any{"app.kubernetes.io/part-of": "shop"}, testutil.Get(o, "metadata.labels"),
				"%s: %s labels", tt.impl, testutil.Names([]map[string]any{o}))
		}
	}
}
