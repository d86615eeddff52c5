package exposure_test

import (
	"fmt"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/exposure"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
)

func TestMain(m *testing.M) { testutil.Main(m) }

// shopRoutes are an API under /api/ and a web UI at the root.
func shopRoutes() []exposure.Route {
	return []exposure.Route{
		{Name: "shop-api", PathPrefix: "/api/", ServiceName: "shop-api", ServicePort: 8000},
		{Name: "shop-web", PathPrefix: "/", ServiceName: "shop-web", ServicePort: 3000},
	}
}

func gatewayProps() *exposure.ExposureProps {
	return &exposure.ExposureProps{
		Name:    "shop",
		Routes:  shopRoutes(),
		Labels:  map[string]string{"app.kubernetes.io/part-of": "shop"},
		Gateway: &exposure.GatewayOptions{ClassName: "eg"},
	}
}

func ingressProps() *exposure.ExposureProps {
	return &exposure.ExposureProps{
		Name:    "shop",
		Routes:  shopRoutes(),
		Labels:  map[string]string{"app.kubernetes.io/part-of": "shop"},
		Ingress: &exposure.IngressOptions{ClassName: "nginx"},
	}
}

func synth(t *testing.T, props *exposure.ExposureProps) []map[string]any {
	t.Helper()
	return testutil.Synth(t, func(chart constructs.Construct) {
		exposure.NewExposure(chart, "Exposure", props)
	})
}

func annotations(obj map[string]any) map[string]any {
	a, _ := testutil.Get(obj, "metadata.annotations").(map[string]any)
	return a
}

// listeners summarizes a Gateway's listeners as "name port protocol hostname".
func listeners(gateway map[string]any) []string {
	var out []string
	ls, _ := testutil.Get(gateway, "spec.listeners").([]any)
	for _, l := range ls {
		out = append(out, fmt.Sprintf("%v %v %v %v", testutil.Get(l, "name"), testutil.Get(l, "port"), testutil.Get(l, "protocol"), testutil.Get(l, "hostname")))
	}
	return out
}

// ingressPaths summarizes an Ingress's rules as "host path -> service:port".
func ingressPaths(ing map[string]any) []string {
	var out []string
	rules, _ := testutil.Get(ing, "spec.rules").([]any)
	for _, r := range rules {
		paths, _ := testutil.Get(r, "http.paths").([]any)
		for _, p := range paths {
			out = append(out, fmt.Sprintf("%v %v %v -> %v:%v", testutil.Get(r, "host"), testutil.Get(p, "path"), testutil.Get(p, "pathType"),
				testutil.Get(p, "backend.service.name"), testutil.Get(p, "backend.service.port.number")))
		}
	}
	return out
}

func TestExposure_GatewayWithoutTLSHasOnlyHTTPListener(t *testing.T) {
	objs := synth(t, gatewayProps())

	gw := testutil.Find(t, objs, "Gateway", "shop")
	assert.Equal(t, "eg", testutil.Get(gw, "spec.gatewayClassName"), "gatewayClassName")
	assert.Equal(t, []string{"http 80 HTTP <nil>"}, listeners(gw), "listeners")
}

func TestExposure_GatewayWithTLSAddsTerminatingHTTPSListener(t *testing.T) {
	p := gatewayProps()
	p.TLSSecretName = "shop-tls"
	objs := synth(t, p)

	gw := testutil.Find(t, objs, "Gateway", "shop")
	assert.Equal(t, []string{"http 80 HTTP <nil>", "https 443 HTTPS <nil>"}, listeners(gw), "listeners")
	assert.Equal(t, map[string]any{
		"mode":            "Terminate",
		"certificateRefs": []any{map[string]any{"name": "shop-tls"}},
	}, testutil.Get(gw, "spec.listeners.1.tls"), "https tls")

	assert.Nil(t, testutil.Get(gw, "spec.listeners.0.tls"), "http tls")
}

func TestExposure_GatewayHasListenersPerHostname(t *testing.T) {
	p := gatewayProps()
	p.Hostnames = []string{"shop.example.com"}
	p.TLSSecretName = "shop-tls"
	p.Routes = append(p.Routes, exposure.Route{
		Name: "shop-media", PathPrefix: "/", ServiceName: "media", ServicePort: 9000,
		Hostnames: []string{"*.media.example.com"},
	})
	objs := synth(t, p)

	gw := testutil.Find(t, objs, "Gateway", "shop")
	assert.Equal(t, []string{
		"http-shop.example.com 80 HTTP shop.example.com",
		"http-wildcard.media.example.com 80 HTTP *.media.example.com",
		"https-shop.example.com 443 HTTPS shop.example.com",
		"https-wildcard.media.example.com 443 HTTPS *.media.example.com",
	}, listeners(gw), "listeners")
}

func TestExposure_GatewayRendersOneHTTPRoutePerRoute(t *testing.T) {
	objs := synth(t, gatewayProps())

	require.Equal(t, 2, testutil.Kinds(objs, "HTTPRoute"), "HTTPRoutes among %s", testutil.Names(objs))
	var order []string
	for _, o := range objs {
		if o["kind"] == "HTTPRoute" {
			order = append(order, testutil.Get(o, "metadata.name").(string))
		}
	}
	assert.Equal(t, []string{"shop-api", "shop-web"}, order, "route order")

	api := testutil.Find(t, objs, "HTTPRoute", "shop-api")
	assert.Equal(t, []any{map[string]any{"name": "shop"}}, testutil.Get(api, "spec.parentRefs"), "parentRefs")
	assert.Equal(t, []any{map[string]any{
		"matches":     []any{map[string]any{"path": map[string]any{"type": "PathPrefix", "value": "/api/"}}},
		"backendRefs": []any{map[string]any{"name": "shop-api", "port": float64(8000)}},
	}}, testutil.Get(api, "spec.rules"), "rules")

	assert.Nil(t, testutil.Get(api, "spec.hostnames"), "hostnames")

	web := testutil.Find(t, objs, "HTTPRoute", "shop-web")
	assert.Equal(t, []any{map[string]any{"name": "shop-web", "port": float64(3000)}}, testutil.Get(web, "spec.rules.0.backendRefs"), "web backendRefs")
}

func TestExposure_HTTPRoutesSetNoTimeouts(t *testing.T) {
	p := gatewayProps()
	p.Implementation = exposure.ImplementationEnvoyGateway
	objs := synth(t, p)

	// Counted, so the check cannot pass by finding no route at all.
	require.Equal(t, 2, testutil.Kinds(objs, "HTTPRoute"), "HTTPRoutes among %s", testutil.Names(objs))
	for _, o := range objs {
		if o["kind"] != "HTTPRoute" {
			continue
		}
		rules, _ := testutil.Get(o, "spec.rules").([]any)
		require.NotEmpty(t, rules, "%v has no rules", testutil.Get(o, "metadata.name"))
		for i, r := range rules {
			assert.Nil(t, testutil.Get(r, "timeouts"), "%v rule %d has timeouts, which would cut WebSockets", testutil.Get(o, "metadata.name"), i)
		}
	}
}

func TestExposure_ExistingGatewayRendersRoutesOnly(t *testing.T) {
	p := gatewayProps()
	p.Gateway = nil
	p.ExistingGateway = &exposure.GatewayRef{Name: "shared", Namespace: "gateways", SectionName: "https"}
	var e exposure.Exposure
	objs := testutil.Synth(t, func(chart constructs.Construct) {
		e = exposure.NewExposure(chart, "Exposure", p)
	})

	assert.Equal(t, 0, testutil.Kinds(objs, "Gateway"), "Gateways")
	assert.Equal(t, 2, testutil.Kinds(objs, "HTTPRoute"), "HTTPRoutes")
	assert.True(t, e.Gateway() == nil, "Gateway()")
	assert.True(t, e.Ingress() == nil, "Ingress()")
	assert.Equal(t, 2, len(e.Routes()), "len(Routes())")
	for _, name := range []string{"shop-api", "shop-web"} {
		r := testutil.Find(t, objs, "HTTPRoute", name)
		assert.Equal(t, []any{map[string]any{
			"name": "shared", "namespace": "gateways", "sectionName": "https",
		}}, testutil.Get(r, "spec.parentRefs"), name+" parentRefs")

	}
}

func TestExposure_IngressRendersClassRulesAndTLS(t *testing.T) {
	p := ingressProps()
	p.Hostnames = []string{"shop.example.com"}
	p.TLSSecretName = "shop-tls"
	var e exposure.Exposure
	objs := testutil.Synth(t, func(chart constructs.Construct) {
		e = exposure.NewExposure(chart, "Exposure", p)
	})

	assert.Equal(t, []string{"Ingress/shop"}, testutil.Names(objs), "objects")
	ing := testutil.Find(t, objs, "Ingress", "shop")
	assert.Equal(t, "nginx", testutil.Get(ing, "spec.ingressClassName"), "ingressClassName")
	assert.Equal(t, []string{
		"shop.example.com /api/ Prefix -> shop-api:8000",
		"shop.example.com / Prefix -> shop-web:3000",
	}, ingressPaths(ing), "paths")

	assert.Equal(t, []any{map[string]any{
		"hosts": []any{"shop.example.com"}, "secretName": "shop-tls",
	}}, testutil.Get(ing, "spec.tls"), "tls")

	assert.True(t, e.Ingress() != nil, "Ingress()")
	assert.True(t, e.Gateway() == nil, "Gateway()")
	assert.Equal(t, 0, len(e.Routes()), "Routes()")
	assert.True(t, e.Node().TryFindChild(ptr("Resource")) != nil, "Resource child")
}

func TestExposure_IngressWithoutHostnamesHasHostlessRuleAndNoTLS(t *testing.T) {
	objs := synth(t, ingressProps())

	ing := testutil.Find(t, objs, "Ingress", "shop")
	assert.Equal(t, []string{
		"<nil> /api/ Prefix -> shop-api:8000",
		"<nil> / Prefix -> shop-web:3000",
	}, ingressPaths(ing), "paths")

	assert.Nil(t, testutil.Get(ing, "spec.tls"), "tls")
}

func TestExposure_IngressNginxRaisesProxyTimeouts(t *testing.T) {
	p := ingressProps()
	p.Implementation = exposure.ImplementationIngressNginx
	objs := synth(t, p)

	assert.Equal(t, map[string]any{
		exposure.NginxProxyReadTimeoutAnnotation: "3600",
		exposure.NginxProxySendTimeoutAnnotation: "3600",
		exposure.NginxProxyBodySizeAnnotation:    "100m",
	}, annotations(testutil.Find(t, objs, "Ingress", "shop")), "annotations")
}

func TestExposure_IngressNginxSpellsMaxRequestBodyBytesAsNginxSize(t *testing.T) {
	for bytes, want := range map[int64]string{
		exposure.DefaultMaxRequestBodyBytes: "100m",
		1 << 30:                             "1024m",
		1536 << 10:                          "1536k",
		1000000:                             "1000000",
	} {
		p := ingressProps()
		p.Implementation = exposure.ImplementationIngressNginx
		p.MaxRequestBodyBytes = bytes
		objs := synth(t, p)

		assert.Equal(t, want, annotations(testutil.Find(t, objs, "Ingress", "shop"))[exposure.NginxProxyBodySizeAnnotation], "%d bytes", bytes)
	}
}

func TestExposure_IngressAnnotationsOverrideImplementationDefaults(t *testing.T) {
	p := ingressProps()
	p.Implementation = exposure.ImplementationIngressNginx
	p.WebSocketTimeoutSeconds = 7200
	p.Ingress.Annotations = map[string]string{
		exposure.NginxProxySendTimeoutAnnotation: "60",
		exposure.NginxProxyBodySizeAnnotation:    "0",
		"nginx.ingress.kubernetes.io/use-regex":  "false",
	}
	objs := synth(t, p)

	assert.Equal(t, map[string]any{
		exposure.NginxProxyReadTimeoutAnnotation: "7200",
		exposure.NginxProxySendTimeoutAnnotation: "60",
		exposure.NginxProxyBodySizeAnnotation:    "0",
		"nginx.ingress.kubernetes.io/use-regex":  "false",
	}, annotations(testutil.Find(t, objs, "Ingress", "shop")), "annotations")
}

func TestExposure_AWSLoadBalancerControllerIngressRaisesALBIdleTimeout(t *testing.T) {
	p := ingressProps()
	p.Ingress.ClassName = "alb"
	p.Implementation = exposure.ImplementationAWSLoadBalancerController
	objs := synth(t, p)

	assert.Equal(t, map[string]any{
		exposure.ALBLoadBalancerAttributesAnnotation: "idle_timeout.timeout_seconds=3600",
	}, annotations(testutil.Find(t, objs, "Ingress", "shop")), "annotations")
}

func TestExposure_GenericIngressHasNoAnnotations(t *testing.T) {
	for _, impl := range []exposure.Implementation{"", exposure.ImplementationGeneric, exposure.ImplementationTraefik, exposure.ImplementationGKE} {
		p := ingressProps()
		p.Implementation = impl
		objs := synth(t, p)
		assert.Nil(t, annotations(testutil.Find(t, objs, "Ingress", "shop")), string(impl)+" annotations")
	}
}

func TestExposure_RouteHostnamesOverrideSharedOnes(t *testing.T) {
	media := exposure.Route{
		Name: "shop-media", PathPrefix: "/", ServiceName: "media", ServicePort: 9000,
		Hostnames: []string{"media.example.com"},
	}

	t.Run("gateway", func(t *testing.T) {
		p := gatewayProps()
		p.Hostnames = []string{"shop.example.com"}
		p.Routes = append(p.Routes, media)
		objs := synth(t, p)

		assert.Equal(t, []any{"shop.example.com"}, testutil.Get(testutil.Find(t, objs, "HTTPRoute", "shop-api"), "spec.hostnames"), "api hostnames")
		assert.Equal(t, []any{"media.example.com"}, testutil.Get(testutil.Find(t, objs, "HTTPRoute", "shop-media"), "spec.hostnames"), "media hostnames")
	})

	t.Run("ingress", func(t *testing.T) {
		p := ingressProps()
		p.Hostnames = []string{"shop.example.com"}
		p.TLSSecretName = "shop-tls"
		p.Routes = append([]exposure.Route{media}, p.Routes...)
		objs := synth(t, p)

		ing := testutil.Find(t, objs, "Ingress", "shop")
		assert.Equal(t, []string{
			"media.example.com / Prefix -> media:9000",
			"shop.example.com /api/ Prefix -> shop-api:8000",
			"shop.example.com / Prefix -> shop-web:3000",
		}, ingressPaths(ing), "paths")

		assert.Equal(t, []any{"media.example.com", "shop.example.com"}, testutil.Get(ing, "spec.tls.0.hosts"), "tls hosts")
	})
}

func TestExposure_EveryObjectCarriesLabels(t *testing.T) {
	for name, p := range map[string]*exposure.ExposureProps{"gateway": gatewayProps(), "ingress": ingressProps()} {
		objs := synth(t, p)
		// The Gateway and its routes, or the Ingress: the check cannot pass
		// on an empty rendering.
		require.Equal(t, 1, testutil.Kinds(objs, "Gateway")+testutil.Kinds(objs, "Ingress"), name)
		for _, o := range objs {
			assert.Equal(t, map[string]any{"app.kubernetes.io/part-of": "shop"}, testutil.Get(o, "metadata.labels"), fmt.Sprintf("%s %v labels", name, testutil.Names([]map[string]any{o})))
		}
	}
}

func TestExposure_PrimaryObjectIsResource(t *testing.T) {
	testutil.Synth(t, func(chart constructs.Construct) {
		e := exposure.NewExposure(chart, "Exposure", gatewayProps())
		assert.True(t, e.Node().TryFindChild(ptr("Resource")) == constructs.IConstruct(e.Gateway()), "Resource is the Gateway")
		assert.True(t, e.Node().TryFindChild(ptr("shop-api")) != nil, "route ids")
	})
}

func TestExposure_DoesNotChangeCallerProps(t *testing.T) {
	p := ingressProps()
	p.Ingress.Annotations = map[string]string{"a": "b"}
	p.Implementation = ""
	synth(t, p)

	assert.Equal(t, exposure.Implementation(""), p.Implementation, "Implementation")
	assert.Equal(t, 0, p.WebSocketTimeoutSeconds, "WebSocketTimeoutSeconds")
	assert.Equal(t, map[string]string{"a": "b"}, p.Ingress.Annotations, "Annotations")
}

func TestExposure_PanicsWithIDOnInvalidProps(t *testing.T) {
	p := gatewayProps()
	p.Gateway.ClassName = ""
	assert.PanicsWithError(t, "Public: invalid ExposureProps:\n"+
		`gateway.className: Required value: set the GatewayClass your controller installs, e.g. "eg" (kubectl get gatewayclass)`, func() {
		testutil.Synth(t, func(chart constructs.Construct) { exposure.NewExposure(chart, "Public", p) })
	})
}

func ptr(s string) *string { return &s }
