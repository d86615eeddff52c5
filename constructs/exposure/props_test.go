package exposure_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dograh-hq/dograh-cdk8s/constructs/exposure"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
)

func TestExposureProps_ValidateAcceptsEveryMode(t *testing.T) {
	existing := gatewayProps()
	existing.Gateway = nil
	existing.Name = ""
	existing.ExistingGateway = &exposure.GatewayRef{Name: "shared"}

	for name, p := range map[string]*exposure.ExposureProps{
		"gateway":         gatewayProps(),
		"existingGateway": existing,
		"ingress":         ingressProps(),
	} {
		assert.Empty(t, p.Validate(), name)
	}
}

func TestExposureProps_ValidateAcceptsTimeoutsUpToEachImplementationsLimit(t *testing.T) {
	for impl, limit := range map[exposure.Implementation]int{
		exposure.ImplementationAWSLoadBalancerController: exposure.MaxALBIdleTimeoutSeconds,
		exposure.ImplementationGKE:                       1<<31 - 1,
		exposure.ImplementationEnvoyGateway:              99999*3600 + 3599,
		exposure.ImplementationGeneric:                   1 << 40,
	} {
		p := gatewayProps()
		p.Implementation = impl
		p.WebSocketTimeoutSeconds = limit
		assert.Empty(t, p.Validate(), string(impl))
	}
}

func TestExposureProps_ValidateAcceptsHealthCheckPathOnAnyRouteToAService(t *testing.T) {
	p := gatewayProps()
	p.Routes = append(p.Routes,
		exposure.Route{Name: "shop-assets", PathPrefix: "/assets/", ServiceName: "shop-web", ServicePort: 3000, HealthCheckPath: "/healthz"},
		exposure.Route{Name: "shop-docs", PathPrefix: "/docs/", ServiceName: "shop-web", ServicePort: 3000, HealthCheckPath: "/healthz"})
	assert.Empty(t, p.Validate())
}

func TestExposureProps_ValidateReportsEveryProblem(t *testing.T) {
	route := func(mutate func(r *exposure.Route)) func(p *exposure.ExposureProps) {
		return func(p *exposure.ExposureProps) { mutate(&p.Routes[0]) }
	}
	tests := []struct {
		name   string
		base   func() *exposure.ExposureProps
		mutate func(p *exposure.ExposureProps)
		want   []string
	}{
		{"no mode", gatewayProps, func(p *exposure.ExposureProps) { p.Gateway = nil }, []string{
			"gateway, existingGateway, ingress: Required value: set exactly one: gateway to create a Gateway, existingGateway to attach routes to a Gateway you run, or ingress for an Ingress",
		}},
		{"two modes", gatewayProps, func(p *exposure.ExposureProps) { p.Ingress = &exposure.IngressOptions{ClassName: "nginx"} }, []string{
			`gateway, existingGateway, ingress: Invalid value: ["gateway","ingress"]: set exactly one of them`,
		}},
		{"gateway without class", gatewayProps, func(p *exposure.ExposureProps) { p.Gateway.ClassName = "" }, []string{
			`gateway.className: Required value: set the GatewayClass your controller installs, e.g. "eg" (kubectl get gatewayclass)`,
		}},
		{"gateway without name", gatewayProps, func(p *exposure.ExposureProps) { p.Name = "" }, []string{
			`name: Required value: set the object name of the Gateway or Ingress, e.g. "shop"`,
		}},
		{"bad name", ingressProps, func(p *exposure.ExposureProps) { p.Name = "Shop" }, []string{
			`name: Invalid value: "Shop": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
		}},
		{"ingress without class", ingressProps, func(p *exposure.ExposureProps) { p.Ingress.ClassName = "" }, []string{
			`ingress.className: Required value: set the IngressClass your controller serves, e.g. "nginx" (kubectl get ingressclass)`,
		}},
		{"existing gateway", gatewayProps, func(p *exposure.ExposureProps) {
			p.Gateway = nil
			p.ExistingGateway = &exposure.GatewayRef{Namespace: "Gateways", SectionName: "-https"}
			p.TLSSecretName = "shop-tls"
		}, []string{
			`existingGateway.name: Required value: set the name of the Gateway to attach to, e.g. "shared-gateway"`,
			`existingGateway.namespace: Invalid value: "Gateways": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
			`existingGateway.sectionName: Invalid value: "-https": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
			`tlsSecretName: Invalid value: "shop-tls": the existing Gateway's listeners terminate TLS: remove tlsSecretName and configure the certificate on that Gateway`,
		}},
		{"bad tls secret", ingressProps, func(p *exposure.ExposureProps) { p.TLSSecretName = "shop_tls" }, []string{
			`tlsSecretName: Invalid value: "shop_tls": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
		}},
		{"unknown implementation", ingressProps, func(p *exposure.ExposureProps) { p.Implementation = "nginx" }, []string{
			`implementation: Unsupported value: "nginx": supported values: "generic", "ingress-nginx", "traefik", "envoy-gateway", "gke", "aws-load-balancer-controller"`,
		}},
		{"gateway-only implementation on an ingress", ingressProps, func(p *exposure.ExposureProps) { p.Implementation = exposure.ImplementationEnvoyGateway }, []string{
			`implementation: Invalid value: "envoy-gateway": serves Gateway API only: use gateway or existingGateway instead of ingress, or name the Ingress controller`,
		}},
		{"ingress-only implementation on a gateway", gatewayProps, func(p *exposure.ExposureProps) { p.Implementation = exposure.ImplementationIngressNginx }, []string{
			`implementation: Invalid value: "ingress-nginx": serves Ingress only: use ingress instead of gateway, or name the Gateway API implementation`,
		}},
		{"negative timeout", ingressProps, func(p *exposure.ExposureProps) { p.WebSocketTimeoutSeconds = -1 }, []string{
			`webSocketTimeoutSeconds: Invalid value: -1: must be positive, or 0 for the default 3600`,
		}},
		{"timeout beyond ALB limit", ingressProps, func(p *exposure.ExposureProps) {
			p.Implementation = exposure.ImplementationAWSLoadBalancerController
			p.WebSocketTimeoutSeconds = 7200
		}, []string{
			`webSocketTimeoutSeconds: Invalid value: 7200: an Application Load Balancer accepts at most 4000`,
		}},
		{"timeout beyond ALB limit on a gateway", gatewayProps, func(p *exposure.ExposureProps) {
			p.Implementation = exposure.ImplementationAWSLoadBalancerController
			p.WebSocketTimeoutSeconds = exposure.MaxALBIdleTimeoutSeconds + 1
		}, []string{
			`webSocketTimeoutSeconds: Invalid value: 4001: an Application Load Balancer accepts at most 4000`,
		}},
		{"timeout beyond GKE's int32", gatewayProps, func(p *exposure.ExposureProps) {
			p.Implementation = exposure.ImplementationGKE
			p.WebSocketTimeoutSeconds = 1 << 31
		}, []string{
			`webSocketTimeoutSeconds: Invalid value: 2147483648: GKE accepts a backend timeout of at most 2147483647`,
		}},
		{"timeout beyond Envoy Gateway's durations", gatewayProps, func(p *exposure.ExposureProps) {
			p.Implementation = exposure.ImplementationEnvoyGateway
			p.WebSocketTimeoutSeconds = 100000 * 3600
		}, []string{
			`webSocketTimeoutSeconds: Invalid value: 360000000: Envoy Gateway accepts at most 99999h59m59s (359999999)`,
		}},
		{"negative body size", ingressProps, func(p *exposure.ExposureProps) { p.MaxRequestBodyBytes = -1 }, []string{
			`maxRequestBodyBytes: Invalid value: -1: must be positive, or 0 for the default 104857600`,
		}},
		{"bad health check paths", gatewayProps, func(p *exposure.ExposureProps) {
			p.Routes[0].HealthCheckPath = "healthz"
			p.Routes[1].HealthCheckPath = "/" + strings.Repeat("a", 1024)
		}, []string{
			`routes[0].healthCheckPath: Invalid value: "healthz": must start with "/" and contain only URL path characters, at most 1024 of them, e.g. "/healthz"`,
			`routes[1].healthCheckPath: Invalid value: "/` + strings.Repeat("a", 1024) + `": must start with "/" and contain only URL path characters, at most 1024 of them, e.g. "/healthz"`,
		}},
		{"one Service, two health check paths", gatewayProps, func(p *exposure.ExposureProps) {
			p.Routes[1].HealthCheckPath = "/healthz"
			p.Routes = append(p.Routes,
				exposure.Route{Name: "shop-assets", PathPrefix: "/assets/", ServiceName: "shop-web", ServicePort: 3000},
				exposure.Route{Name: "shop-docs", PathPrefix: "/docs/", ServiceName: "shop-web", ServicePort: 3000, HealthCheckPath: "/ready"})
		}, []string{
			`routes[3].healthCheckPath: Invalid value: "/ready": routes[1] gives Service "shop-web" the health check path "/healthz": a load balancer probes a Service one way, so give its routes one path`,
		}},
		{"no routes", gatewayProps, func(p *exposure.ExposureProps) { p.Routes = nil }, []string{
			`routes: Required value: add at least one route, e.g. {Name: "shop-web", PathPrefix: "/", ServiceName: "shop-web", ServicePort: 8080}`,
		}},
		{"empty route", gatewayProps, route(func(r *exposure.Route) { *r = exposure.Route{} }), []string{
			`routes[0].name: Required value: name the route's HTTPRoute, e.g. "shop-web"`,
			`routes[0].pathPrefix: Required value: set the path prefix to match, e.g. "/" or "/api/"`,
			`routes[0].serviceName: Required value: name the backend Service`,
			`routes[0].servicePort: Invalid value: 0: must be between 1 and 65535, inclusive`,
		}},
		{"relative path", gatewayProps, route(func(r *exposure.Route) { r.PathPrefix = "api/" }), []string{
			`routes[0].pathPrefix: Invalid value: "api/": must start with "/" and contain only URL path characters, without "//", e.g. "/api/"`,
		}},
		{"path with query", gatewayProps, route(func(r *exposure.Route) { r.PathPrefix = "/api?x=1" }), []string{
			`routes[0].pathPrefix: Invalid value: "/api?x=1": must start with "/" and contain only URL path characters, without "//", e.g. "/api/"`,
		}},
		{"bad service", gatewayProps, route(func(r *exposure.Route) {
			r.ServiceName = "shop.api"
			r.ServicePort = 70000
		}), []string{
			`routes[0].serviceName: Invalid value: "shop.api": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character`,
			`routes[0].servicePort: Invalid value: 70000: must be between 1 and 65535, inclusive`,
		}},
		{"duplicate route name", gatewayProps, func(p *exposure.ExposureProps) { p.Routes[1].Name = "shop-api" }, []string{
			`routes[1].name: Duplicate value: "shop-api": routes[0] has the same name: give each route its own`,
		}},
		{"duplicate prefix, up to the trailing slash", gatewayProps, func(p *exposure.ExposureProps) { p.Routes[1].PathPrefix = "/api" }, []string{
			`routes[1].pathPrefix: Invalid value: "/api": routes[0] already matches this prefix without a hostname: merge the routes or change one prefix`,
		}},
		{"duplicate prefix on a hostname", gatewayProps, func(p *exposure.ExposureProps) {
			p.Hostnames = []string{"shop.example.com"}
			p.Routes = append(p.Routes, exposure.Route{Name: "media", PathPrefix: "/", ServiceName: "media", ServicePort: 9000, Hostnames: []string{"media.example.com", "shop.example.com"}})
		}, []string{
			`routes[2].pathPrefix: Invalid value: "/": routes[1] already matches this prefix on hostname "shop.example.com": merge the routes or change one prefix`,
		}},
		{"bad hostnames", gatewayProps, func(p *exposure.ExposureProps) {
			p.Hostnames = []string{"Shop.example.com", "10.0.0.1", "shop.example.com", "shop.example.com"}
			p.Routes[0].Hostnames = []string{"*"}
		}, []string{
			`hostnames[0]: Invalid value: "Shop.example.com": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
			`hostnames[1]: Invalid value: "10.0.0.1": must be a DNS name, not an IP address: omit hostnames to answer on any address`,
			`hostnames[3]: Duplicate value: "shop.example.com": list each hostname once`,
			`routes[0].hostnames[0]: Invalid value: "*": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
		}},
		{"hostnames giving one listener name", gatewayProps, func(p *exposure.ExposureProps) {
			p.Hostnames = []string{"*.example.com", "wildcard.example.com"}
		}, []string{
			`hostnames: Invalid value: "wildcard.example.com": gives the same listener name "http-wildcard.example.com" as "*.example.com": drop one of them`,
		}},
		{"empty annotation key", ingressProps, func(p *exposure.ExposureProps) { p.Ingress.Annotations = map[string]string{"": "x"} }, []string{
			`ingress.annotations[]: Invalid value: "": name part must be non-empty; name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.base()
			tt.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tt.want)
		})
	}
}
