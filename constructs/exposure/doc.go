// Package exposure publishes HTTP Services to clients outside the cluster.
//
// One description of routes (path prefix → Service port, hostnames, a TLS
// Secret) is rendered in one of three ways, chosen by setting exactly one
// of [ExposureProps.Gateway], [ExposureProps.ExistingGateway] or
// [ExposureProps.Ingress]:
//
//   - Gateway API, with a Gateway of its own: a Gateway of the given class
//     with HTTP listeners on port 80, HTTPS listeners on port 443 only when
//     a TLS Secret is given, and one HTTPRoute per route.
//   - Gateway API, on a Gateway run elsewhere: only the HTTPRoutes, attached
//     to it through parentRefs.
//   - A networking.k8s.io/v1 Ingress with a class, annotations, a rule per
//     hostname and pathType Prefix.
//
// Routes may override the shared hostnames, e.g. to serve object storage on
// a dedicated hostname next to an application on another.
//
// # Long-lived connections
//
// WebSockets stay open for as long as a session lasts, while proxies close
// connections that are idle for a minute or less by default. The construct
// therefore never sets a Gateway API request timeout on a route, and raises
// the proxy's own limit to [ExposureProps.WebSocketTimeoutSeconds] in the
// vocabulary of the named [Implementation]:
//
//   - ingress-nginx: the proxy-read-timeout and proxy-send-timeout
//     annotations on the Ingress.
//   - AWS Load Balancer Controller: the ALB idle timeout attribute, in an
//     Ingress annotation, or in a LoadBalancerConfiguration that the created
//     Gateway references.
//   - Envoy Gateway: the stream idle timeout, in a ClientTrafficPolicy on the
//     created Gateway, or in a BackendTrafficPolicy per route on an existing
//     one.
//   - GKE: the backend service timeout, in a GCPBackendPolicy per backend
//     Service, or for an Ingress in a BackendConfig per backend Service
//     that the Service must name in an annotation
//     ([Exposure.ServiceAnnotations]).
//
// [ImplementationGeneric] and [ImplementationTraefik] render nothing extra.
//
// # Request bodies
//
// Of the implementations, only ingress-nginx limits request bodies by
// default, to 1 MiB. The construct raises its proxy-body-size to
// [ExposureProps.MaxRequestBodyBytes], 100 MiB by default. Envoy Gateway,
// Traefik and the GKE and AWS load balancers stream bodies of any size
// unless configured otherwise; each [Implementation]'s documentation says
// where that is written down.
//
// # Health checks of cloud load balancers
//
// GKE's and AWS's load balancers check each backend themselves, on "/"
// unless told otherwise, and stop sending it traffic when that path answers
// with anything but success, e.g. a 404 or a redirect to a login page. A
// route's [Route.HealthCheckPath] moves the check to a path that answers
// 200:
//
//   - GKE: a HealthCheckPolicy per backend Service with a Gateway, or the
//     healthCheck of the Service's BackendConfig with an Ingress.
//   - AWS Load Balancer Controller: the healthCheckConfig of a
//     TargetGroupConfiguration per backend Service with a Gateway (rendered
//     with or without a path, to register pod IPs, which ClusterIP Services
//     need), or the
//     Service's alb.ingress.kubernetes.io/healthcheck-path annotation
//     ([Exposure.ServiceAnnotations]) with an Ingress.
//
// The other implementations send traffic only to ready endpoints, so the
// pods' readiness probes do that job and nothing is rendered.
//
// [Exposure.Policies] returns the objects rendered. Envoy Gateway's are
// typed from its CRDs. GKE's and the AWS Load Balancer Controller's are
// untyped objects holding only a target and the fields above, since no Go
// module the project can fetch ships their CRDs.
//
// The Implementation is never guessed from a class name: "nginx" names the
// IngressClass of both ingress-nginx and F5's NGINX Ingress Controller, whose
// annotations differ.
package exposure
