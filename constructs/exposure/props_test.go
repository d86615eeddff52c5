package exposure_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/exposure"
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
		assert.NoError(t, p.Validate(), name)
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
		assert.NoError(t, p.Validate(), string(impl))
	}
}

func TestExposureProps_ValidateAcceptsHealthCheckPathOnAnyRouteToAService(t *testing.T) {
	p := gatewayProps()
	p.Routes = append(p.Routes,
		exposure.Route{Name: "shop-assets", PathPrefix: "/assets/", ServiceName: "shop-web", ServicePort: 3000, HealthCheckPath: "/healthz"},
		exposure.Route{Name: "shop-docs", PathPrefix: "/docs/", ServiceName: "shop-web", ServicePort: 3000, HealthCheckPath: "/healthz"})
	assert.NoError(t, p.Validate())
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
			"gateway, existingGateway, ingress: required: set exactly one: gateway to create a Gateway, existingGateway to attach routes to a Gateway you run, or ingress for an Ingress",
		}},
		{"two modes", gatewayProps, func(p *exposure.ExposureProps) { p.Ingress = &exposure.IngressOptions{ClassName: "nginx"} }, []string{
			`gateway, existingGateway, ingress: invalid value ["gateway" "ingress"]: set exactly one of them`,
		}},
		{"gateway without class", gatewayProps, func(p *exposure.ExposureProps) { p.Gateway.ClassName = "" }, []string{
			`gateway.className: required: set the GatewayClass your controller installs, e.g. "eg" (kubectl get gatewayclass)`,
		}},
		{"gateway without name", gatewayProps, func(p *exposure.ExposureProps) { p.Name = "" }, []string{
			`name: required: set the object name of the Gateway or Ingress, e.g. "shop"`,
		}},
		{"bad name", ingressProps, func(p *exposure.ExposureProps) { p.Name = "Shop" }, []string{
			`name: invalid value "Shop": must be a lowercase RFC 1123 subdomain: at most 253 characters of a-z, 0-9, '-' and '.', starting and ending with a letter or digit`,
		}},
		{"ingress without class", ingressProps, func(p *exposure.ExposureProps) { p.Ingress.ClassName = "" }, []string{
			`ingress.className: required: set the IngressClass your controller serves, e.g. "nginx" (kubectl get ingressclass)`,
		}},
		{"existing gateway", gatewayProps, func(p *exposure.ExposureProps) {
			p.Gateway = nil
			p.ExistingGateway = &exposure.GatewayRef{Namespace: "Gateways", SectionName: "-https"}
			p.TLSSecretName = "shop-tls"
		}, []string{
			`existingGateway.name: required: set the name of the Gateway to attach to, e.g. "shared-gateway"`,
			`existingGateway.namespace: invalid value "Gateways": must be a lowercase RFC 1123 label: at most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit`,
			`existingGateway.sectionName: invalid value "-https": must be a lowercase RFC 1123 subdomain: at most 253 characters of a-z, 0-9, '-' and '.', starting and ending with a letter or digit`,
			`tlsSecretName: invalid value "shop-tls": the existing Gateway's listeners terminate TLS: remove tlsSecretName and configure the certificate on that Gateway`,
		}},
		{"bad tls secret", ingressProps, func(p *exposure.ExposureProps) { p.TLSSecretName = "shop_tls" }, []string{
			`tlsSecretName: invalid value "shop_tls": must be a lowercase RFC 1123 subdomain: at most 253 characters of a-z, 0-9, '-' and '.', starting and ending with a letter or digit`,
		}},
		{"unknown implementation", ingressProps, func(p *exposure.ExposureProps) { p.Implementation = "nginx" }, []string{
			`implementation: invalid value "nginx": must be one of ["generic" "ingress-nginx" "traefik" "envoy-gateway" "gke" "aws-load-balancer-controller"]`,
		}},
		{"gateway-only implementation on an ingress", ingressProps, func(p *exposure.ExposureProps) { p.Implementation = exposure.ImplementationEnvoyGateway }, []string{
			`implementation: invalid value "envoy-gateway": serves Gateway API only: use gateway or existingGateway instead of ingress, or name the Ingress controller`,
		}},
		{"ingress-only implementation on a gateway", gatewayProps, func(p *exposure.ExposureProps) { p.Implementation = exposure.ImplementationIngressNginx }, []string{
			`implementation: invalid value "ingress-nginx": serves Ingress only: use ingress instead of gateway, or name the Gateway API implementation`,
		}},
		{"negative timeout", ingressProps, func(p *exposure.ExposureProps) { p.WebSocketTimeoutSeconds = -1 }, []string{
			`webSocketTimeoutSeconds: invalid value -1: must be positive, or 0 for the default 3600`,
		}},
		{"timeout beyond ALB limit", ingressProps, func(p *exposure.ExposureProps) {
			p.Implementation = exposure.ImplementationAWSLoadBalancerController
			p.WebSocketTimeoutSeconds = 7200
		}, []string{
			`webSocketTimeoutSeconds: invalid value 7200: an Application Load Balancer accepts at most 4000`,
		}},
		{"timeout beyond ALB limit on a gateway", gatewayProps, func(p *exposure.ExposureProps) {
			p.Implementation = exposure.ImplementationAWSLoadBalancerController
			p.WebSocketTimeoutSeconds = exposure.MaxALBIdleTimeoutSeconds + 1
		}, []string{
			`webSocketTimeoutSeconds: invalid value 4001: an Application Load Balancer accepts at most 4000`,
		}},
		{"timeout beyond GKE's int32", gatewayProps, func(p *exposure.ExposureProps) {
			p.Implementation = exposure.ImplementationGKE
			p.WebSocketTimeoutSeconds = 1 << 31
		}, []string{
			`webSocketTimeoutSeconds: invalid value 2147483648: GKE accepts a backend timeout of at most 2147483647`,
		}},
		{"timeout beyond Envoy Gateway's durations", gatewayProps, func(p *exposure.ExposureProps) {
			p.Implementation = exposure.ImplementationEnvoyGateway
			p.WebSocketTimeoutSeconds = 100000 * 3600
		}, []string{
			`webSocketTimeoutSeconds: invalid value 360000000: Envoy Gateway accepts at most 99999h59m59s (359999999)`,
		}},
		{"negative body size", ingressProps, func(p *exposure.ExposureProps) { p.MaxRequestBodyBytes = -1 }, []string{
			`maxRequestBodyBytes: invalid value -1: must be positive, or 0 for the default 104857600`,
		}},
		{"bad health check paths", gatewayProps, func(p *exposure.ExposureProps) {
			p.Routes[0].HealthCheckPath = "healthz"
			p.Routes[1].HealthCheckPath = "/" + strings.Repeat("a", 1024)
		}, []string{
			`routes[0].healthCheckPath: invalid value "healthz": must start with "/" and contain only URL path characters, at most 1024 of them, e.g. "/healthz"`,
			`routes[1].healthCheckPath: invalid value "/` + strings.Repeat("a", 1024) + `": must start with "/" and contain only URL path characters, at most 1024 of them, e.g. "/healthz"`,
		}},
		{"one Service, two health check paths", gatewayProps, func(p *exposure.ExposureProps) {
			p.Routes[1].HealthCheckPath = "/healthz"
			p.Routes = append(p.Routes,
				exposure.Route{Name: "shop-assets", PathPrefix: "/assets/", ServiceName: "shop-web", ServicePort: 3000},
				exposure.Route{Name: "shop-docs", PathPrefix: "/docs/", ServiceName: "shop-web", ServicePort: 3000, HealthCheckPath: "/ready"})
		}, []string{
			`routes[3].healthCheckPath: invalid value "/ready": routes[1] gives Service "shop-web" the health check path "/healthz": a load balancer probes a Service one way, so give its routes one path`,
		}},
		{"no routes", gatewayProps, func(p *exposure.ExposureProps) { p.Routes = nil }, []string{
			`routes: required: add at least one route, e.g. {Name: "shop-web", PathPrefix: "/", ServiceName: "shop-web", ServicePort: 8080}`,
		}},
		{"empty route", gatewayProps, route(func(r *exposure.Route) { *r = exposure.Route{} }), []string{
			`routes[0].name: required: set a lowercase RFC 1123 name such as "my-app"`,
			`routes[0].pathPrefix: required: set the path prefix to match, e.g. "/" or "/api/"`,
			`routes[0].serviceName: required: set a lowercase RFC 1123 name such as "my-app"`,
			`routes[0].servicePort: invalid value 0: must be a port number between 1 and 65535`,
		}},
		{"relative path", gatewayProps, route(func(r *exposure.Route) { r.PathPrefix = "api/" }), []string{
			`routes[0].pathPrefix: invalid value "api/": must start with "/" and contain only URL path characters, without "//", e.g. "/api/"`,
		}},
		{"path with query", gatewayProps, route(func(r *exposure.Route) { r.PathPrefix = "/api?x=1" }), []string{
			`routes[0].pathPrefix: invalid value "/api?x=1": must start with "/" and contain only URL path characters, without "//", e.g. "/api/"`,
		}},
		{"bad service", gatewayProps, route(func(r *exposure.Route) {
			r.ServiceName = "shop.api"
			r.ServicePort = 70000
		}), []string{
			`routes[0].serviceName: invalid value "shop.api": must be a lowercase RFC 1123 label: at most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit`,
			`routes[0].servicePort: invalid value 70000: must be a port number between 1 and 65535`,
		}},
		{"duplicate route name", gatewayProps, func(p *exposure.ExposureProps) { p.Routes[1].Name = "shop-api" }, []string{
			`routes[1].name: invalid value "shop-api": routes[0] has the same name: give each route its own`,
		}},
		{"duplicate prefix, up to the trailing slash", gatewayProps, func(p *exposure.ExposureProps) { p.Routes[1].PathPrefix = "/api" }, []string{
			`routes[1].pathPrefix: invalid value "/api": routes[0] already matches this prefix without a hostname: merge the routes or change one prefix`,
		}},
		{"duplicate prefix on a hostname", gatewayProps, func(p *exposure.ExposureProps) {
			p.Hostnames = []string{"shop.example.com"}
			p.Routes = append(p.Routes, exposure.Route{Name: "media", PathPrefix: "/", ServiceName: "media", ServicePort: 9000, Hostnames: []string{"media.example.com", "shop.example.com"}})
		}, []string{
			`routes[2].pathPrefix: invalid value "/": routes[1] already matches this prefix on hostname "shop.example.com": merge the routes or change one prefix`,
		}},
		{"bad hostnames", gatewayProps, func(p *exposure.ExposureProps) {
			p.Hostnames = []string{"Shop.example.com", "10.0.0.1", "shop.example.com", "shop.example.com"}
			p.Routes[0].Hostnames = []string{"*"}
		}, []string{
			`hostnames[0]: invalid value "Shop.example.com": must be a lowercase DNS name such as "shop.example.com", optionally with a leading "*." wildcard`,
			`hostnames[1]: invalid value "10.0.0.1": must be a DNS name, not an IP address: omit hostnames to answer on any address`,
			`hostnames[3]: invalid value "shop.example.com": is listed twice: list each hostname once`,
			`routes[0].hostnames[0]: invalid value "*": must be a lowercase DNS name such as "shop.example.com", optionally with a leading "*." wildcard`,
		}},
		{"hostnames giving one listener name", gatewayProps, func(p *exposure.ExposureProps) {
			p.Hostnames = []string{"*.example.com", "wildcard.example.com"}
		}, []string{
			`hostnames: invalid value "wildcard.example.com": gives the same listener name "http-wildcard.example.com" as "*.example.com": drop one of them`,
		}},
		{"empty annotation key", ingressProps, func(p *exposure.ExposureProps) { p.Ingress.Annotations = map[string]string{"": "x"} }, []string{
			`ingress.annotations: invalid value "": annotation keys must not be empty`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.base()
			tt.mutate(p)
			err := p.Validate()
			require.Error(t, err)
			assert.Equal(t, strings.Join(tt.want, "\n"), err.Error())
		})
	}
}
