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
//     Service, or for an Ingress in a BackendConfig that the Services must
//     name in an annotation ([Exposure.ServiceAnnotations]).
//
// [ImplementationGeneric] and [ImplementationTraefik] render nothing extra.
// [Exposure.Policies] returns the objects rendered. Envoy Gateway's are
// typed from its CRDs. GKE's and the AWS Load Balancer Controller's are
// untyped objects holding only a target and the timeout, since no Go module
// the project can fetch ships their CRDs.
//
// The Implementation is never guessed from a class name: "nginx" names the
// IngressClass of both ingress-nginx and F5's NGINX Ingress Controller, whose
// annotations differ.
//
// Uploads through ingress-nginx are limited to 1 MiB per request body by
// default; routes that take larger bodies need the
// nginx.ingress.kubernetes.io/proxy-body-size annotation in
// [IngressOptions.Annotations].
package exposure
