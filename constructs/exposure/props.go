package exposure

import (
	"fmt"
	"net"
	"regexp"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
)

// Defaults and fixed values used by NewExposure.
const (
	// DefaultImplementation renders no implementation-specific settings.
	DefaultImplementation = ImplementationGeneric
	// DefaultWebSocketTimeoutSeconds keeps an idle long-lived connection
	// open for an hour, well above sessions of tens of minutes.
	DefaultWebSocketTimeoutSeconds = 3600
	// HTTPPort is the port of the created Gateway's HTTP listeners.
	HTTPPort = 80
	// HTTPSPort is the port of the created Gateway's HTTPS listeners.
	HTTPSPort = 443
	// MaxALBIdleTimeoutSeconds is the largest idle timeout an AWS
	// Application Load Balancer accepts.
	MaxALBIdleTimeoutSeconds = 4000
	// DefaultMaxRequestBodyBytes admits uploads of 100 MiB, where
	// ingress-nginx alone would reject anything over 1 MiB.
	DefaultMaxRequestBodyBytes = 100 << 20
	// maxHealthCheckPathLength is the longest health check path an
	// Application Load Balancer accepts (GKE takes 2048).
	maxHealthCheckPathLength = 1024
)

// Implementation names the controller that serves the Gateway or Ingress.
// Proxies cut idle connections after a minute or less by default, which ends
// WebSocket sessions; naming the implementation lets the construct raise
// that limit in the controller's own vocabulary.
type Implementation string

const (
	// ImplementationGeneric renders only portable Gateway API or Ingress
	// fields. The controller's own timeouts and body size limits apply:
	// raise them yourself if they are shorter than your longest session or
	// smaller than your largest upload.
	ImplementationGeneric Implementation = "generic"
	// ImplementationIngressNginx is the Kubernetes ingress-nginx controller
	// (annotations prefixed nginx.ingress.kubernetes.io). Ingress only. Its
	// proxy-read-timeout and proxy-send-timeout default to 60 s; the
	// construct sets both to WebSocketTimeoutSeconds. Its proxy-body-size
	// defaults to 1m and answers larger request bodies with 413; the
	// construct sets it to MaxRequestBodyBytes
	// (kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#proxy-body-size).
	// It sends traffic only to ready endpoints, so HealthCheckPath is not
	// rendered.
	ImplementationIngressNginx Implementation = "ingress-nginx"
	// ImplementationTraefik is Traefik, as an Ingress controller or a
	// Gateway API implementation. Its timeouts are static configuration of
	// its entry points (respondingTimeouts.readTimeout, 60 s by default
	// since v3), not of any object rendered here, so nothing extra is
	// rendered: raise it where Traefik is installed. It limits request
	// bodies only where a Buffering middleware is attached
	// (maxRequestBodyBytes, 0 and so unlimited by default:
	// doc.traefik.io/traefik/middlewares/http/buffering/), which the
	// construct never renders, so MaxRequestBodyBytes is not rendered
	// either. It sends traffic only to ready endpoints, so HealthCheckPath
	// is not rendered.
	ImplementationTraefik Implementation = "traefik"
	// ImplementationEnvoyGateway is Envoy Gateway (v1.5 or later with
	// Gateway, v1.8 or later with ExistingGateway). Gateway API only. Its
	// stream idle timeout, which also ends idle WebSockets, defaults to 5
	// minutes. With Gateway the construct raises it for the whole Gateway
	// with a ClientTrafficPolicy of the Gateway's name. With ExistingGateway
	// that Gateway is not in reach, so it raises it per route instead, with
	// a BackendTrafficPolicy named like each route, merged into any
	// BackendTrafficPolicy on that Gateway (mergeType StrategicMerge).
	// Envoy streams request bodies and enforces no size limit unless a
	// filter must buffer the whole body: the BackendTrafficPolicy
	// requestBuffer, which is opt-in and which the construct never sets,
	// since it breaks WebSockets (envoyproxy/gateway
	// api/v1alpha1/backendtrafficpolicy_types.go, RequestBuffer; Envoy FAQ
	// "Why is Envoy sending 413s?"). The connection bufferLimit (32 KiB by
	// default) is a flow-control watermark, not a body limit. So
	// MaxRequestBodyBytes is not rendered. Envoy Gateway sends traffic only
	// to ready endpoints, so HealthCheckPath is not rendered.
	ImplementationEnvoyGateway Implementation = "envoy-gateway"
	// ImplementationGKE is Google Kubernetes Engine's Gateway or Ingress
	// controller. Its backend timeout defaults to 30 s and also bounds a
	// WebSocket's whole lifetime, idle or not, and the time one upload may
	// take. With Gateway or ExistingGateway the construct renders a
	// GCPBackendPolicy per backend Service, named like the Service; a
	// Service takes only one, so add any other settings of yours to it
	// (Exposure.Policies). With Ingress it renders a BackendConfig per
	// backend Service, named like the Service, which takes effect only on
	// the Service annotated as Exposure.ServiceAnnotations says.
	//
	// Its load balancer probes "/" on each backend for a 200 unless told
	// otherwise (GKE's Ingress first tries the pods' HTTP readiness probe).
	// For a route with a HealthCheckPath the construct renders a
	// HealthCheckPolicy per Service with Gateway or ExistingGateway, and
	// sets healthCheck in the Service's BackendConfig with Ingress.
	//
	// Cloud Load Balancing documents no request body limit for its
	// Application Load Balancers (cloud.google.com/load-balancing/docs/quotas),
	// so MaxRequestBodyBytes is not rendered.
	ImplementationGKE Implementation = "gke"
	// ImplementationAWSLoadBalancerController is the AWS Load Balancer
	// Controller, serving an Ingress or a Gateway with an Application Load
	// Balancer, whose idle timeout defaults to 60 s and is at most
	// MaxALBIdleTimeoutSeconds. For an Ingress the construct sets the
	// alb.ingress.kubernetes.io/load-balancer-attributes annotation; the
	// scheme (internal by default) and target type are yours to set in
	// IngressOptions.Annotations. With Gateway it renders a
	// LoadBalancerConfiguration named Name with the idle timeout attribute,
	// and references it from the Gateway's spec.infrastructure.parametersRef.
	// That object is also where the controller takes the scheme (internal
	// by default) and certificates from, as it ignores the listeners'
	// certificateRefs: set them there (Exposure.Policies), or in a
	// LoadBalancerConfiguration on the GatewayClass, which the controller
	// merges with it. With ExistingGateway no LoadBalancerConfiguration is
	// rendered: set the idle timeout where that Gateway is defined.
	//
	// With Gateway or ExistingGateway it also renders a
	// TargetGroupConfiguration per backend Service, named like the Service,
	// with targetType ip: the controller's default, instance, registers
	// nodes and fails on ClusterIP Services. A route's HealthCheckPath goes
	// into it as healthCheckConfig.healthCheckPath. With Ingress, a
	// HealthCheckPath becomes the Service's own
	// alb.ingress.kubernetes.io/healthcheck-path annotation
	// (Exposure.ServiceAnnotations), which the controller prefers over the
	// Ingress's, since an Ingress annotation applies to every backend.
	// Without one the load balancer probes "/" and expects 200 (200-399
	// with Gateway).
	//
	// An ALB limits request headers but not request bodies, except 1 MB
	// for Lambda targets (docs.aws.amazon.com/elasticloadbalancing/latest/
	// application/load-balancer-limits.html, "HTTP headers"), so
	// MaxRequestBodyBytes is not rendered.
	ImplementationAWSLoadBalancerController Implementation = "aws-load-balancer-controller"
)

// Implementations lists every Implementation, in documentation order, e.g.
// for a configuration schema's enum.
func Implementations() []Implementation {
	return []Implementation{
		ImplementationGeneric,
		ImplementationIngressNginx,
		ImplementationTraefik,
		ImplementationEnvoyGateway,
		ImplementationGKE,
		ImplementationAWSLoadBalancerController,
	}
}

// servesGateway and servesIngress say which APIs an implementation serves.
func (i Implementation) servesGateway() bool { return i != ImplementationIngressNginx }
func (i Implementation) servesIngress() bool { return i != ImplementationEnvoyGateway }

// ExposureProps describe HTTP routes to Services once, and say how to render
// them: set exactly one of Gateway, ExistingGateway or Ingress.
type ExposureProps struct {
	// Name is the object name of the Gateway or Ingress this construct
	// creates. It is not used with ExistingGateway. Required with Gateway or
	// Ingress.
	Name string
	// Routes map path prefixes to Services. Both Gateway API and Ingress
	// controllers pick the longest matching prefix, so their order does not
	// change routing; it is kept in the output. Required, at least one.
	Routes []Route
	// Hostnames are the DNS names the routes answer on, unless a route sets
	// its own. Wildcards of the form "*.example.com" are allowed.
	// Default: none, so the routes answer on any hostname.
	Hostnames []string
	// TLSSecretName names a kubernetes.io/tls Secret, in the same namespace,
	// whose certificate covers every hostname. With Gateway it adds HTTPS
	// listeners on port 443 that terminate TLS; with Ingress it adds a tls
	// section. With ExistingGateway TLS is that Gateway's business, so it
	// must stay empty. Default: none, plain HTTP only.
	TLSSecretName string
	// Implementation names the controller that serves the Gateway or
	// Ingress, so that its settings for long-lived connections can be
	// rendered. Default: DefaultImplementation (ImplementationGeneric).
	Implementation Implementation
	// WebSocketTimeoutSeconds is how long the proxy keeps a long-lived
	// connection open without traffic (on GKE: open at all). Set it above
	// your longest session. It is rendered as each Implementation's
	// documentation says (never for ImplementationGeneric and
	// ImplementationTraefik), and must not exceed what the Implementation
	// accepts (4000 for an Application Load Balancer).
	// Default: DefaultWebSocketTimeoutSeconds (3600).
	WebSocketTimeoutSeconds int
	// MaxRequestBodyBytes is the largest request body the proxy passes on,
	// e.g. an upload. Only ingress-nginx limits bodies by default, so it is
	// rendered only for ImplementationIngressNginx; the other
	// Implementations' documentation says why they need nothing.
	// Default: DefaultMaxRequestBodyBytes (100 MiB).
	MaxRequestBodyBytes int64
	// Labels go on every object rendered. Default: none.
	Labels map[string]string
	// Gateway, when set, creates a Gateway named Name and attaches one
	// HTTPRoute per route to it. Default: unset.
	Gateway *GatewayOptions
	// ExistingGateway, when set, attaches one HTTPRoute per route to a
	// Gateway you already run, and creates no Gateway. Default: unset.
	ExistingGateway *GatewayRef
	// Ingress, when set, renders one networking.k8s.io/v1 Ingress named
	// Name instead of Gateway API objects. Default: unset.
	Ingress *IngressOptions
}

// Route sends requests under a path prefix to a Service port.
type Route struct {
	// Name is the object name of the route's HTTPRoute, and its construct
	// id. It is unused by an Ingress but still required, so one description
	// renders either way. Required, unique among the routes.
	Name string
	// PathPrefix is the path prefix matched element-wise, so "/api/" matches
	// "/api" and "/api/x" but not "/apix". Required, starting with "/".
	PathPrefix string
	// ServiceName is the backend Service, in the same namespace. Required.
	ServiceName string
	// ServicePort is the backend Service's port number. Required.
	ServicePort int
	// Hostnames replace ExposureProps.Hostnames for this route, e.g. to
	// serve object storage on a dedicated hostname. Default: the shared
	// Hostnames.
	Hostnames []string
	// HealthCheckPath is the path on which a cloud load balancer probes
	// the Service's pods. GKE and AWS load balancers probe "/" otherwise
	// and stop sending traffic to pods that fail there, e.g. with a 404,
	// or with a redirect on GKE and an ALB Ingress. Give a path that
	// answers 200 without authentication. Routes to one Service must not
	// give different paths.
	// Rendered for ImplementationGKE and
	// ImplementationAWSLoadBalancerController only: the others send traffic
	// to ready endpoints, so readiness probes do this job.
	// Default: none, so the load balancer's own default applies.
	HealthCheckPath string
}

// GatewayOptions configure the Gateway the construct creates. It has an
// HTTP listener on port 80 and, with TLSSecretName, an HTTPS listener on
// port 443, for each hostname in use (or one of each, without a hostname,
// when no hostname is given). Listeners are named "http" and "https", or
// "http-<hostname>" and "https-<hostname>" with "*" spelled "wildcard".
// The HTTPRoutes attach to every listener, so with TLS the routes are
// served over plain HTTP as well; no redirect is rendered.
type GatewayOptions struct {
	// ClassName is the GatewayClass of the controller that should serve the
	// Gateway (kubectl get gatewayclass). Required.
	ClassName string
}

// GatewayRef points at a Gateway that is managed elsewhere. That Gateway's
// listeners must allow HTTPRoutes from this namespace (allowedRoutes).
type GatewayRef struct {
	// Name is the Gateway's name. Required.
	Name string
	// Namespace is the Gateway's namespace. Default: the routes' own.
	Namespace string
	// SectionName attaches the routes to one listener only.
	// Default: none, so the routes attach to every listener that accepts them.
	SectionName string
}

// IngressOptions configure the Ingress the construct renders. Its rules
// group the routes by hostname, with pathType Prefix.
type IngressOptions struct {
	// ClassName is the IngressClass of the controller that should serve the
	// Ingress (kubectl get ingressclass). Required: many clusters have no
	// default class, and the Ingress would then be silently ignored.
	ClassName string
	// Annotations go on the Ingress. They override the ones the
	// Implementation renders, key by key. Default: none.
	Annotations map[string]string
}

// withDefaults returns a copy with every default applied.
func (p ExposureProps) withDefaults() ExposureProps {
	if p.Implementation == "" {
		p.Implementation = DefaultImplementation
	}
	if p.WebSocketTimeoutSeconds == 0 {
		p.WebSocketTimeoutSeconds = DefaultWebSocketTimeoutSeconds
	}
	if p.MaxRequestBodyBytes == 0 {
		p.MaxRequestBodyBytes = DefaultMaxRequestBodyBytes
	}
	return p
}

var (
	// URL path characters (RFC 3986 pchar and "/").
	urlPath = regexp.MustCompile(`^/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$`)
)

// Validate checks the props, defaulted or not, and reports every problem at
// once, each under the path of its field. It is pure: it neither changes p
// nor depends on anything else.
func (p *ExposureProps) Validate() field.ErrorList {
	var errs field.ErrorList
	var modes []string
	if p.Gateway != nil {
		modes = append(modes, "gateway")
	}
	if p.ExistingGateway != nil {
		modes = append(modes, "existingGateway")
	}
	if p.Ingress != nil {
		modes = append(modes, "ingress")
	}
	switch len(modes) {
	case 0:
		errs = append(errs, field.Required(field.NewPath("gateway, existingGateway, ingress"), "set exactly one: gateway to create a Gateway, existingGateway to attach routes to a Gateway you run, or ingress for an Ingress"))
	case 1:
	default:
		errs = append(errs, field.Invalid(field.NewPath("gateway, existingGateway, ingress"), modes, "set exactly one of them"))
	}

	if p.Gateway != nil || p.Ingress != nil {
		errs = append(errs, check.DNSSubdomain(field.NewPath("name"), p.Name, `set the object name of the Gateway or Ingress, e.g. "shop"`)...)
	}
	if p.Gateway != nil {
		errs = append(errs, check.DNSSubdomain(field.NewPath("gateway", "className"), p.Gateway.ClassName, `set the GatewayClass your controller installs, e.g. "eg" (kubectl get gatewayclass)`)...)
	}
	if g := p.ExistingGateway; g != nil {
		at := field.NewPath("existingGateway")
		errs = append(errs, check.DNSSubdomain(at.Child("name"), g.Name, `set the name of the Gateway to attach to, e.g. "shared-gateway"`)...)
		if g.Namespace != "" {
			errs = append(errs, check.DNSLabel(at.Child("namespace"), g.Namespace, "")...)
		}
		if g.SectionName != "" {
			errs = append(errs, check.DNSSubdomain(at.Child("sectionName"), g.SectionName, "")...)
		}
		if p.TLSSecretName != "" {
			errs = append(errs, field.Invalid(field.NewPath("tlsSecretName"), p.TLSSecretName, "the existing Gateway's listeners terminate TLS: remove tlsSecretName and configure the certificate on that Gateway"))
		}
	}
	if p.Ingress != nil {
		errs = append(errs, check.DNSSubdomain(field.NewPath("ingress", "className"), p.Ingress.ClassName, `set the IngressClass your controller serves, e.g. "nginx" (kubectl get ingressclass)`)...)
		errs = append(errs, check.Annotations(field.NewPath("ingress", "annotations"), p.Ingress.Annotations)...)
	}
	if p.TLSSecretName != "" {
		errs = append(errs, check.DNSSubdomain(field.NewPath("tlsSecretName"), p.TLSSecretName, "")...)
	}
	errs = append(errs, check.Labels(field.NewPath("labels"), p.Labels)...)
	errs = append(errs, p.validateImplementation()...)
	errs = append(errs, hostnames(field.NewPath("hostnames"), p.Hostnames)...)
	return append(errs, p.validateRoutes()...)
}

func (p *ExposureProps) validateImplementation() field.ErrorList {
	var errs field.ErrorList
	impl := p.Implementation
	if impl == "" {
		impl = DefaultImplementation
	}
	at := field.NewPath("implementation")
	switch {
	case !slices.Contains(Implementations(), impl):
		var names []string
		for _, i := range Implementations() {
			names = append(names, string(i))
		}
		errs = append(errs, field.NotSupported(at, string(impl), names))
	case p.Ingress != nil && !impl.servesIngress():
		errs = append(errs, field.Invalid(at, string(impl), "serves Gateway API only: use gateway or existingGateway instead of ingress, or name the Ingress controller"))
	case p.Ingress == nil && (p.Gateway != nil || p.ExistingGateway != nil) && !impl.servesGateway():
		errs = append(errs, field.Invalid(at, string(impl), "serves Ingress only: use ingress instead of gateway, or name the Gateway API implementation"))
	}
	limit, limited := timeoutLimits[impl]
	switch t := p.WebSocketTimeoutSeconds; {
	case t < 0:
		errs = append(errs, field.Invalid(field.NewPath("webSocketTimeoutSeconds"), t, fmt.Sprintf("must be positive, or 0 for the default %d", DefaultWebSocketTimeoutSeconds)))
	case limited && t > limit.max:
		errs = append(errs, field.Invalid(field.NewPath("webSocketTimeoutSeconds"), t, limit.why))
	}
	if b := p.MaxRequestBodyBytes; b < 0 {
		errs = append(errs, field.Invalid(field.NewPath("maxRequestBodyBytes"), b, fmt.Sprintf("must be positive, or 0 for the default %d", DefaultMaxRequestBodyBytes)))
	}
	return errs
}

func (p *ExposureProps) validateRoutes() field.ErrorList {
	var errs field.ErrorList
	if len(p.Routes) == 0 {
		errs = append(errs, field.Required(field.NewPath("routes"), `add at least one route, e.g. {Name: "shop-web", PathPrefix: "/", ServiceName: "shop-web", ServicePort: 8080}`))
	}
	names := map[string]int{}
	matches := map[[2]string]int{}
	checked := map[string]int{}
	for i, r := range p.Routes {
		at := field.NewPath("routes").Index(i)
		errs = append(errs, check.DNSLabel(at.Child("name"), r.Name, `name the route's HTTPRoute, e.g. "shop-web"`)...)
		if j, dup := names[r.Name]; dup && r.Name != "" {
			errs = append(errs, field.Duplicate(at.Child("name"), r.Name))
			errs[len(errs)-1].Detail = fmt.Sprintf("routes[%d] has the same name: give each route its own", j)
		} else {
			names[r.Name] = i
		}
		pathErrs := pathPrefix(at.Child("pathPrefix"), r.PathPrefix)
		errs = append(errs, pathErrs...)
		errs = append(errs, check.DNS1035Label(at.Child("serviceName"), r.ServiceName, "name the backend Service")...)
		errs = append(errs, check.Port(at.Child("servicePort"), r.ServicePort)...)
		errs = append(errs, hostnames(at.Child("hostnames"), r.Hostnames)...)
		if r.HealthCheckPath != "" {
			hcErrs := healthCheckPath(at.Child("healthCheckPath"), r.HealthCheckPath)
			errs = append(errs, hcErrs...)
			if j, seen := checked[r.ServiceName]; len(hcErrs) == 0 && seen && p.Routes[j].HealthCheckPath != r.HealthCheckPath {
				errs = append(errs, field.Invalid(at.Child("healthCheckPath"), r.HealthCheckPath, fmt.Sprintf("routes[%d] gives Service %q the health check path %q: a load balancer probes a Service one way, so give its routes one path", j, r.ServiceName, p.Routes[j].HealthCheckPath)))
			} else if !seen {
				checked[r.ServiceName] = i
			}
		}
		if len(pathErrs) > 0 {
			continue
		}

		// Prefixes match element-wise, so "/a/" and "/a" are one match.
		path := strings.TrimSuffix(r.PathPrefix, "/")
		for _, h := range orNone(p.hostsOf(r)) {
			key := [2]string{h, path}
			if j, dup := matches[key]; dup && j != i {
				where := "without a hostname"
				if h != "" {
					where = fmt.Sprintf("on hostname %q", h)
				}
				errs = append(errs, field.Invalid(at.Child("pathPrefix"), r.PathPrefix, fmt.Sprintf("routes[%d] already matches this prefix %s: merge the routes or change one prefix", j, where)))
				break
			}
			matches[key] = i
		}
	}
	if p.Gateway != nil {
		seen := map[string]string{}
		for _, h := range p.allHostnames() {
			n := listenerName("http", h)
			if other, dup := seen[n]; dup {
				errs = append(errs, field.Invalid(field.NewPath("hostnames"), h, fmt.Sprintf("gives the same listener name %q as %q: drop one of them", n, other)))
			}
			if long := listenerName("https", h); len(long) > 253 {
				errs = append(errs, field.Invalid(field.NewPath("hostnames"), h, fmt.Sprintf("makes the listener name %q longer than 253 characters: use a shorter hostname", long)))
			}
			seen[n] = h
		}
	}
	return errs
}

// pathPrefix checks a path prefix.
func pathPrefix(at *field.Path, v string) field.ErrorList {
	switch {
	case v == "":
		return field.ErrorList{field.Required(at, `set the path prefix to match, e.g. "/" or "/api/"`)}
	case !urlPath.MatchString(v) || strings.Contains(v, "//") || len(v) > 1024:
		return field.ErrorList{field.Invalid(at, v, `must start with "/" and contain only URL path characters, without "//", e.g. "/api/"`)}
	}
	return nil
}

// healthCheckPath checks a health check path, which is set.
func healthCheckPath(at *field.Path, v string) field.ErrorList {
	if !urlPath.MatchString(v) || len(v) > maxHealthCheckPathLength {
		return field.ErrorList{field.Invalid(at, v, fmt.Sprintf(`must start with "/" and contain only URL path characters, at most %d of them, e.g. "/healthz"`, maxHealthCheckPathLength))}
	}
	return nil
}

// hostnames checks route hostnames as Gateway API and Ingress accept them:
// DNS names, optionally with a leading "*." wildcard, never an IP address
// (validateIngressRules, pkg/apis/networking/validation), each listed once.
func hostnames(at *field.Path, hs []string) field.ErrorList {
	var errs field.ErrorList
	seen := map[string]bool{}
	for i, h := range hs {
		at := at.Index(i)
		var msgs []string
		switch {
		case net.ParseIP(h) != nil:
			errs = append(errs, field.Invalid(at, h, "must be a DNS name, not an IP address: omit hostnames to answer on any address"))
			continue
		case strings.HasPrefix(h, "*."):
			msgs = validation.IsWildcardDNS1123Subdomain(h)
		default:
			msgs = validation.IsDNS1123Subdomain(h)
		}
		switch {
		case len(msgs) > 0:
			errs = append(errs, field.Invalid(at, h, strings.Join(msgs, "; ")))
		case slices.ContainsFunc(strings.Split(h, "."), func(l string) bool { return len(l) > 63 }):
			// DNS itself caps a label at 63 octets (RFC 1035 2.3.4).
			errs = append(errs, field.Invalid(at, h, "must not contain a label longer than 63 characters: no DNS name can"))
		case seen[h]:
			errs = append(errs, field.Duplicate(at, h))
			errs[len(errs)-1].Detail = "list each hostname once"
		}
		seen[h] = true
	}
	return errs
}

// hostsOf returns the hostnames a route answers on.
func (p *ExposureProps) hostsOf(r Route) []string {
	if len(r.Hostnames) > 0 {
		return r.Hostnames
	}
	return p.Hostnames
}

// allHostnames lists the hostnames of every route in first-use order, with
// "" standing for routes without any.
func (p *ExposureProps) allHostnames() []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range p.Routes {
		for _, h := range orNone(p.hostsOf(r)) {
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
	}
	return out
}

// orNone turns an empty hostname list into the one "no hostname" entry.
func orNone(hs []string) []string {
	if len(hs) == 0 {
		return []string{""}
	}
	return hs
}

// listenerName names the listener of a protocol for a hostname.
func listenerName(protocol, hostname string) string {
	if hostname == "" {
		return protocol
	}
	return protocol + "-" + strings.Replace(hostname, "*", "wildcard", 1)
}
