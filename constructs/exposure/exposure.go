package exposure

import (
	"maps"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	gw "github.com/dograh-hq/dograh-cdk8s/imports/gatewaynetworkingk8sio"
)

// Ingress annotations rendered per Implementation.
const (
	// NginxProxyReadTimeoutAnnotation bounds, for ingress-nginx, the wait
	// between two reads from the backend (default 60 s).
	NginxProxyReadTimeoutAnnotation = "nginx.ingress.kubernetes.io/proxy-read-timeout"
	// NginxProxySendTimeoutAnnotation bounds, for ingress-nginx, the wait
	// between two writes to the backend (default 60 s).
	NginxProxySendTimeoutAnnotation = "nginx.ingress.kubernetes.io/proxy-send-timeout"
	// NginxProxyBodySizeAnnotation bounds, for ingress-nginx, the size of a
	// request body (default 1m, larger ones get a 413).
	NginxProxyBodySizeAnnotation = "nginx.ingress.kubernetes.io/proxy-body-size"
	// ALBLoadBalancerAttributesAnnotation holds, for the AWS Load Balancer
	// Controller, the ALB's attributes, including its idle timeout (default
	// 60 s). A caller's value replaces the rendered one as a whole, so
	// include idle_timeout.timeout_seconds when you set it.
	ALBLoadBalancerAttributesAnnotation = "alb.ingress.kubernetes.io/load-balancer-attributes"
)

// Exposure is the construct NewExposure returns. Use it as a scope, or
// reach the objects it rendered for escape hatches.
type Exposure interface {
	constructs.Construct
	// Gateway is the created Gateway (construct id "Resource"), or nil
	// unless ExposureProps.Gateway is set.
	Gateway() gw.Gateway
	// Routes are the HTTPRoutes in route order (construct id: the route's
	// name), or nil with ExposureProps.Ingress.
	Routes() []gw.HttpRoute
	// Ingress is the Ingress (construct id "Resource"), or nil unless
	// ExposureProps.Ingress is set.
	Ingress() k8s.KubeIngress
	// Policies are the objects of the Implementation's own API that keep
	// long-lived connections open and set up health checks, in output
	// order, or nil when it needs none: Envoy Gateway's ClientTrafficPolicy
	// (construct id "ClientTrafficPolicy") or BackendTrafficPolicies
	// ("BackendTrafficPolicy-" and the route's name); GKE's
	// GCPBackendPolicies and HealthCheckPolicies, or BackendConfigs
	// ("GCPBackendPolicy-", "HealthCheckPolicy-" or "BackendConfig-" and
	// the Service's name); the AWS Load Balancer Controller's
	// LoadBalancerConfiguration ("LoadBalancerConfiguration") and
	// TargetGroupConfigurations ("TargetGroupConfiguration-" and the
	// Service's name). Use them as escape hatches, e.g. to make an ALB
	// internet-facing.
	Policies() []cdk8s.ApiObject
	// ServiceAnnotations are the annotations that the backend Service
	// named service (a route's ServiceName) must carry for the Policies to
	// take effect, or nil when it needs none. The Services are not this
	// construct's, so their owner adds these. Only Ingresses need any: on
	// GKE the GKEBackendConfigAnnotation naming the Service's
	// BackendConfig, and for the AWS Load Balancer Controller the
	// ALBHealthCheckPathAnnotation of a route's HealthCheckPath.
	ServiceAnnotations(service string) map[string]string
}

type exposure struct {
	constructs.Construct
	gateway  gw.Gateway
	routes   []gw.HttpRoute
	ingress  k8s.KubeIngress
	policies []cdk8s.ApiObject
	// serviceAnnotations are keyed by Service name.
	serviceAnnotations map[string]map[string]string
}

func (e *exposure) Gateway() gw.Gateway         { return e.gateway }
func (e *exposure) Routes() []gw.HttpRoute      { return e.routes }
func (e *exposure) Ingress() k8s.KubeIngress    { return e.ingress }
func (e *exposure) Policies() []cdk8s.ApiObject { return e.policies }
func (e *exposure) ServiceAnnotations(service string) map[string]string {
	return maps.Clone(e.serviceAnnotations[service])
}

// NewExposure renders props as Gateway API objects or as an Ingress, plus
// the named Implementation's objects for long-lived connections, request
// bodies and health checks. It panics, naming id, if the props do not
// validate.
func NewExposure(scope constructs.Construct, id string, props *ExposureProps) Exposure {
	if props == nil {
		props = &ExposureProps{}
	}
	p := props.withDefaults()
	check.MustBeValid(id, "ExposureProps", p.Validate())
	e := &exposure{}
	constructs.NewConstruct_Override(e, scope, jsii.String(id))
	switch {
	case p.Gateway != nil:
		e.gateway = newGateway(e, &p)
		e.routes = newRoutes(e, &p, &gw.HttpRouteSpecParentRefs{Name: jsii.String(p.Name)})
	case p.ExistingGateway != nil:
		e.routes = newRoutes(e, &p, parentRef(p.ExistingGateway))
	default:
		e.ingress = newIngress(e, &p)
	}
	addImplementationPolicies(e, &p)
	return e
}

func newGateway(scope constructs.Construct, p *ExposureProps) gw.Gateway {
	var listeners []*gw.GatewaySpecListeners
	for _, h := range p.allHostnames() {
		listeners = append(listeners, &gw.GatewaySpecListeners{
			Name:     jsii.String(listenerName("http", h)),
			Port:     jsii.Number(HTTPPort),
			Protocol: jsii.String("HTTP"),
			Hostname: optional(h),
		})
	}
	if p.TLSSecretName != "" {
		for _, h := range p.allHostnames() {
			listeners = append(listeners, &gw.GatewaySpecListeners{
				Name:     jsii.String(listenerName("https", h)),
				Port:     jsii.Number(HTTPSPort),
				Protocol: jsii.String("HTTPS"),
				Hostname: optional(h),
				Tls: &gw.GatewaySpecListenersTls{
					Mode:            gw.GatewaySpecListenersTlsMode_TERMINATE,
					CertificateRefs: &[]*gw.GatewaySpecListenersTlsCertificateRefs{{Name: jsii.String(p.TLSSecretName)}},
				},
			})
		}
	}
	return gw.NewGateway(scope, jsii.String("Resource"), &gw.GatewayProps{
		Metadata: metadata(p.Name, p.Labels),
		Spec: &gw.GatewaySpec{
			GatewayClassName: jsii.String(p.Gateway.ClassName),
			Listeners:        &listeners,
			Infrastructure:   gatewayInfrastructure(p),
		},
	})
}

func parentRef(g *GatewayRef) *gw.HttpRouteSpecParentRefs {
	return &gw.HttpRouteSpecParentRefs{
		Name:        jsii.String(g.Name),
		Namespace:   optional(g.Namespace),
		SectionName: optional(g.SectionName),
	}
}

// newRoutes renders one HTTPRoute per route. Rules carry no timeouts: the
// Gateway API's optional request timeout would cut WebSockets.
func newRoutes(scope constructs.Construct, p *ExposureProps, parent *gw.HttpRouteSpecParentRefs) []gw.HttpRoute {
	var out []gw.HttpRoute
	for _, r := range p.Routes {
		out = append(out, gw.NewHttpRoute(scope, jsii.String(r.Name), &gw.HttpRouteProps{
			Metadata: metadata(r.Name, p.Labels),
			Spec: &gw.HttpRouteSpec{
				ParentRefs: &[]*gw.HttpRouteSpecParentRefs{parent},
				Hostnames:  strs(p.hostsOf(r)),
				Rules: &[]*gw.HttpRouteSpecRules{{
					Matches: &[]*gw.HttpRouteSpecRulesMatches{{
						Path: &gw.HttpRouteSpecRulesMatchesPath{
							Type:  gw.HttpRouteSpecRulesMatchesPathType_PATH_PREFIX,
							Value: jsii.String(r.PathPrefix),
						},
					}},
					BackendRefs: &[]*gw.HttpRouteSpecRulesBackendRefs{{
						Name: jsii.String(r.ServiceName),
						Port: jsii.Number(r.ServicePort),
					}},
				}},
			},
		}))
	}
	return out
}

// newIngress renders one rule per hostname in first-use order, each with
// its routes' paths in route order; routes without hostnames share a rule
// without a host.
func newIngress(scope constructs.Construct, p *ExposureProps) k8s.KubeIngress {
	var rules []*k8s.IngressRule
	var hosts []string
	for _, h := range p.allHostnames() {
		var paths []*k8s.HttpIngressPath
		for _, r := range p.Routes {
			for _, rh := range orNone(p.hostsOf(r)) {
				if rh == h {
					paths = append(paths, &k8s.HttpIngressPath{
						Path:     jsii.String(r.PathPrefix),
						PathType: jsii.String("Prefix"),
						Backend: &k8s.IngressBackend{Service: &k8s.IngressServiceBackend{
							Name: jsii.String(r.ServiceName),
							Port: &k8s.ServiceBackendPort{Number: jsii.Number(r.ServicePort)},
						}},
					})
				}
			}
		}
		rules = append(rules, &k8s.IngressRule{Host: optional(h), Http: &k8s.HttpIngressRuleValue{Paths: &paths}})
		if h != "" {
			hosts = append(hosts, h)
		}
	}
	spec := &k8s.IngressSpec{
		IngressClassName: jsii.String(p.Ingress.ClassName),
		Rules:            &rules,
	}
	if p.TLSSecretName != "" {
		spec.Tls = &[]*k8s.IngressTls{{Hosts: strs(hosts), SecretName: jsii.String(p.TLSSecretName)}}
	}
	annotations := ingressAnnotations(p)
	maps.Copy(annotations, p.Ingress.Annotations)
	meta := k8sutil.ObjectMeta(p.Name, p.Labels)
	meta.Annotations = k8sutil.StrMap(annotations)
	return k8s.NewKubeIngress(scope, jsii.String("Resource"), &k8s.KubeIngressProps{Metadata: meta, Spec: spec})
}

// ingressAnnotations are the Implementation's Ingress annotations that keep
// long-lived connections open and admit large request bodies.
func ingressAnnotations(p *ExposureProps) map[string]string {
	timeout := strconv.Itoa(p.WebSocketTimeoutSeconds)
	switch p.Implementation {
	case ImplementationIngressNginx:
		return map[string]string{
			NginxProxyReadTimeoutAnnotation: timeout,
			NginxProxySendTimeoutAnnotation: timeout,
			NginxProxyBodySizeAnnotation:    nginxSize(p.MaxRequestBodyBytes),
		}
	case ImplementationAWSLoadBalancerController:
		return map[string]string{ALBLoadBalancerAttributesAnnotation: "idle_timeout.timeout_seconds=" + timeout}
	default:
		return map[string]string{}
	}
}

// nginxSize spells bytes as an nginx size, in whole MiB ("m") or KiB ("k")
// where it can, e.g. 104857600 as "100m".
func nginxSize(bytes int64) string {
	switch {
	case bytes%(1<<20) == 0:
		return strconv.FormatInt(bytes>>20, 10) + "m"
	case bytes%(1<<10) == 0:
		return strconv.FormatInt(bytes>>10, 10) + "k"
	default:
		return strconv.FormatInt(bytes, 10)
	}
}

func metadata(name string, labels map[string]string) *cdk8s.ApiObjectMetadata {
	return &cdk8s.ApiObjectMetadata{Name: jsii.String(name), Labels: k8sutil.StrMap(labels)}
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return jsii.String(s)
}

func strs(s []string) *[]*string {
	if len(s) == 0 {
		return nil
	}
	return jsii.Strings(s...)
}
