package exposure_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"

	"github.com/dograh-hq/dograh-cdk8s/constructs/exposure"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
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

// equal reports a mismatch without stopping the test.
func equal(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %#v, want %#v", what, got, want)
	}
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
	equal(t, "gatewayClassName", testutil.Get(gw, "spec.gatewayClassName"), "eg")
	equal(t, "listeners", listeners(gw), []string{"http 80 HTTP <nil>"})
}

func TestExposure_GatewayWithTLSAddsTerminatingHTTPSListener(t *testing.T) {
	p := gatewayProps()
	p.TLSSecretName = "shop-tls"
	objs := synth(t, p)

	gw := testutil.Find(t, objs, "Gateway", "shop")
	equal(t, "listeners", listeners(gw), []string{"http 80 HTTP <nil>", "https 443 HTTPS <nil>"})
	equal(t, "https tls", testutil.Get(gw, "spec.listeners.1.tls"), map[string]any{
		"mode":            "Terminate",
		"certificateRefs": []any{map[string]any{"name": "shop-tls"}},
	})
	equal(t, "http tls", testutil.Get(gw, "spec.listeners.0.tls"), nil)
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
	equal(t, "listeners", listeners(gw), []string{
		"http-shop.example.com 80 HTTP shop.example.com",
		"http-wildcard.media.example.com 80 HTTP *.media.example.com",
		"https-shop.example.com 443 HTTPS shop.example.com",
		"https-wildcard.media.example.com 443 HTTPS *.media.example.com",
	})
}

func TestExposure_GatewayRendersOneHTTPRoutePerRoute(t *testing.T) {
	objs := synth(t, gatewayProps())

	if n := testutil.Kinds(objs, "HTTPRoute"); n != 2 {
		t.Fatalf("want 2 HTTPRoutes, got %s", testutil.Names(objs))
	}
	var order []string
	for _, o := range objs {
		if o["kind"] == "HTTPRoute" {
			order = append(order, testutil.Get(o, "metadata.name").(string))
		}
	}
	equal(t, "route order", order, []string{"shop-api", "shop-web"})

	api := testutil.Find(t, objs, "HTTPRoute", "shop-api")
	equal(t, "parentRefs", testutil.Get(api, "spec.parentRefs"), []any{map[string]any{"name": "shop"}})
	equal(t, "rules", testutil.Get(api, "spec.rules"), []any{map[string]any{
		"matches":     []any{map[string]any{"path": map[string]any{"type": "PathPrefix", "value": "/api/"}}},
		"backendRefs": []any{map[string]any{"name": "shop-api", "port": float64(8000)}},
	}})
	equal(t, "hostnames", testutil.Get(api, "spec.hostnames"), nil)

	web := testutil.Find(t, objs, "HTTPRoute", "shop-web")
	equal(t, "web backendRefs", testutil.Get(web, "spec.rules.0.backendRefs"), []any{map[string]any{"name": "shop-web", "port": float64(3000)}})
}

func TestExposure_HTTPRoutesSetNoTimeouts(t *testing.T) {
	p := gatewayProps()
	p.Implementation = exposure.ImplementationEnvoyGateway
	objs := synth(t, p)

	for _, o := range objs {
		if o["kind"] != "HTTPRoute" {
			continue
		}
		rules, _ := testutil.Get(o, "spec.rules").([]any)
		for i, r := range rules {
			if to := testutil.Get(r, "timeouts"); to != nil {
				t.Errorf("%v rule %d has timeouts %v, which would cut WebSockets", testutil.Get(o, "metadata.name"), i, to)
			}
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

	equal(t, "Gateways", testutil.Kinds(objs, "Gateway"), 0)
	equal(t, "HTTPRoutes", testutil.Kinds(objs, "HTTPRoute"), 2)
	equal(t, "Gateway()", e.Gateway() == nil, true)
	equal(t, "Ingress()", e.Ingress() == nil, true)
	equal(t, "len(Routes())", len(e.Routes()), 2)
	for _, name := range []string{"shop-api", "shop-web"} {
		r := testutil.Find(t, objs, "HTTPRoute", name)
		equal(t, name+" parentRefs", testutil.Get(r, "spec.parentRefs"), []any{map[string]any{
			"name": "shared", "namespace": "gateways", "sectionName": "https",
		}})
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

	equal(t, "objects", testutil.Names(objs), []string{"Ingress/shop"})
	ing := testutil.Find(t, objs, "Ingress", "shop")
	equal(t, "ingressClassName", testutil.Get(ing, "spec.ingressClassName"), "nginx")
	equal(t, "paths", ingressPaths(ing), []string{
		"shop.example.com /api/ Prefix -> shop-api:8000",
		"shop.example.com / Prefix -> shop-web:3000",
	})
	equal(t, "tls", testutil.Get(ing, "spec.tls"), []any{map[string]any{
		"hosts": []any{"shop.example.com"}, "secretName": "shop-tls",
	}})
	equal(t, "Ingress()", e.Ingress() != nil, true)
	equal(t, "Gateway()", e.Gateway() == nil, true)
	equal(t, "Routes()", len(e.Routes()), 0)
	equal(t, "Resource child", e.Node().TryFindChild(ptr("Resource")) != nil, true)
}

func TestExposure_IngressWithoutHostnamesHasHostlessRuleAndNoTLS(t *testing.T) {
	objs := synth(t, ingressProps())

	ing := testutil.Find(t, objs, "Ingress", "shop")
	equal(t, "paths", ingressPaths(ing), []string{
		"<nil> /api/ Prefix -> shop-api:8000",
		"<nil> / Prefix -> shop-web:3000",
	})
	equal(t, "tls", testutil.Get(ing, "spec.tls"), nil)
}

func TestExposure_IngressNginxRaisesProxyTimeouts(t *testing.T) {
	p := ingressProps()
	p.Implementation = exposure.ImplementationIngressNginx
	objs := synth(t, p)

	equal(t, "annotations", annotations(testutil.Find(t, objs, "Ingress", "shop")), map[string]any{
		exposure.NginxProxyReadTimeoutAnnotation: "3600",
		exposure.NginxProxySendTimeoutAnnotation: "3600",
	})
}

func TestExposure_IngressAnnotationsOverrideImplementationDefaults(t *testing.T) {
	p := ingressProps()
	p.Implementation = exposure.ImplementationIngressNginx
	p.WebSocketTimeoutSeconds = 7200
	p.Ingress.Annotations = map[string]string{
		exposure.NginxProxySendTimeoutAnnotation:      "60",
		"nginx.ingress.kubernetes.io/proxy-body-size": "50m",
	}
	objs := synth(t, p)

	equal(t, "annotations", annotations(testutil.Find(t, objs, "Ingress", "shop")), map[string]any{
		exposure.NginxProxyReadTimeoutAnnotation:      "7200",
		exposure.NginxProxySendTimeoutAnnotation:      "60",
		"nginx.ingress.kubernetes.io/proxy-body-size": "50m",
	})
}

func TestExposure_AWSLoadBalancerControllerIngressRaisesALBIdleTimeout(t *testing.T) {
	p := ingressProps()
	p.Ingress.ClassName = "alb"
	p.Implementation = exposure.ImplementationAWSLoadBalancerController
	objs := synth(t, p)

	equal(t, "annotations", annotations(testutil.Find(t, objs, "Ingress", "shop")), map[string]any{
		exposure.ALBLoadBalancerAttributesAnnotation: "idle_timeout.timeout_seconds=3600",
	})
}

func TestExposure_GenericIngressHasNoAnnotations(t *testing.T) {
	for _, impl := range []exposure.Implementation{"", exposure.ImplementationGeneric, exposure.ImplementationTraefik, exposure.ImplementationGKE} {
		p := ingressProps()
		p.Implementation = impl
		objs := synth(t, p)
		equal(t, string(impl)+" annotations", annotations(testutil.Find(t, objs, "Ingress", "shop")), map[string]any(nil))
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

		equal(t, "api hostnames", testutil.Get(testutil.Find(t, objs, "HTTPRoute", "shop-api"), "spec.hostnames"), []any{"shop.example.com"})
		equal(t, "media hostnames", testutil.Get(testutil.Find(t, objs, "HTTPRoute", "shop-media"), "spec.hostnames"), []any{"media.example.com"})
	})

	t.Run("ingress", func(t *testing.T) {
		p := ingressProps()
		p.Hostnames = []string{"shop.example.com"}
		p.TLSSecretName = "shop-tls"
		p.Routes = append([]exposure.Route{media}, p.Routes...)
		objs := synth(t, p)

		ing := testutil.Find(t, objs, "Ingress", "shop")
		equal(t, "paths", ingressPaths(ing), []string{
			"media.example.com / Prefix -> media:9000",
			"shop.example.com /api/ Prefix -> shop-api:8000",
			"shop.example.com / Prefix -> shop-web:3000",
		})
		equal(t, "tls hosts", testutil.Get(ing, "spec.tls.0.hosts"), []any{"media.example.com", "shop.example.com"})
	})
}

func TestExposure_EveryObjectCarriesLabels(t *testing.T) {
	for name, p := range map[string]*exposure.ExposureProps{"gateway": gatewayProps(), "ingress": ingressProps()} {
		for _, o := range synth(t, p) {
			equal(t, fmt.Sprintf("%s %v labels", name, testutil.Names([]map[string]any{o})),
				testutil.Get(o, "metadata.labels"), map[string]any{"app.kubernetes.io/part-of": "shop"})
		}
	}
}

func TestExposure_PrimaryObjectIsResource(t *testing.T) {
	testutil.Synth(t, func(chart constructs.Construct) {
		e := exposure.NewExposure(chart, "Exposure", gatewayProps())
		equal(t, "Resource is the Gateway", e.Node().TryFindChild(ptr("Resource")) == constructs.IConstruct(e.Gateway()), true)
		equal(t, "route ids", e.Node().TryFindChild(ptr("shop-api")) != nil, true)
	})
}

func TestExposure_DoesNotChangeCallerProps(t *testing.T) {
	p := ingressProps()
	p.Ingress.Annotations = map[string]string{"a": "b"}
	p.Implementation = ""
	synth(t, p)

	equal(t, "Implementation", p.Implementation, exposure.Implementation(""))
	equal(t, "WebSocketTimeoutSeconds", p.WebSocketTimeoutSeconds, 0)
	equal(t, "Annotations", p.Ingress.Annotations, map[string]string{"a": "b"})
}

func TestExposure_PanicsWithIDOnInvalidProps(t *testing.T) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok {
			t.Fatalf("want a panic with an error, got %v", r)
		}
		if !strings.HasPrefix(err.Error(), "Public: ") || !strings.Contains(err.Error(), "gateway.className: required") {
			t.Errorf("panic = %q, want it to name the id and the field", err)
		}
	}()
	p := gatewayProps()
	p.Gateway.ClassName = ""
	testutil.Synth(t, func(chart constructs.Construct) { exposure.NewExposure(chart, "Public", p) })
}

func ptr(s string) *string { return &s }
