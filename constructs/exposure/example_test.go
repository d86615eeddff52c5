package exposure_test

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/dograh-hq/dograh-cdk8s/constructs/exposure"
)

// A shop publishes its API under /api/ and its web UI at the root of one
// hostname, through an Envoy Gateway of its own that terminates TLS. A
// ClientTrafficPolicy keeps idle WebSockets open for an hour instead of
// Envoy's 5 minutes.
func ExampleNewExposure() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})

	exposure.NewExposure(chart, "Exposure", &exposure.ExposureProps{
		Name:          "shop",
		Hostnames:     []string{"shop.example.com"},
		TLSSecretName: "shop-tls",
		Routes: []exposure.Route{
			{Name: "shop-api", PathPrefix: "/api/", ServiceName: "shop-api", ServicePort: 8000},
			{Name: "shop-web", PathPrefix: "/", ServiceName: "shop-web", ServicePort: 3000},
		},
		Implementation: exposure.ImplementationEnvoyGateway,
		Gateway:        &exposure.GatewayOptions{ClassName: "eg"},
	})

	fmt.Print(*app.SynthYaml())
	// Output:
	// apiVersion: gateway.networking.k8s.io/v1
	// kind: Gateway
	// metadata:
	//   name: shop
	//   namespace: shop
	// spec:
	//   gatewayClassName: eg
	//   listeners:
	//     - hostname: shop.example.com
	//       name: http-shop.example.com
	//       port: 80
	//       protocol: HTTP
	//     - hostname: shop.example.com
	//       name: https-shop.example.com
	//       port: 443
	//       protocol: HTTPS
	//       tls:
	//         certificateRefs:
	//           - name: shop-tls
	//         mode: Terminate
	// ---
	// apiVersion: gateway.networking.k8s.io/v1
	// kind: HTTPRoute
	// metadata:
	//   name: shop-api
	//   namespace: shop
	// spec:
	//   hostnames:
	//     - shop.example.com
	//   parentRefs:
	//     - name: shop
	//   rules:
	//     - backendRefs:
	//         - name: shop-api
	//           port: 8000
	//       matches:
	//         - path:
	//             type: PathPrefix
	//             value: /api/
	// ---
	// apiVersion: gateway.networking.k8s.io/v1
	// kind: HTTPRoute
	// metadata:
	//   name: shop-web
	//   namespace: shop
	// spec:
	//   hostnames:
	//     - shop.example.com
	//   parentRefs:
	//     - name: shop
	//   rules:
	//     - backendRefs:
	//         - name: shop-web
	//           port: 3000
	//       matches:
	//         - path:
	//             type: PathPrefix
	//             value: /
	// ---
	// apiVersion: gateway.envoyproxy.io/v1alpha1
	// kind: ClientTrafficPolicy
	// metadata:
	//   name: shop
	//   namespace: shop
	// spec:
	//   targetRefs:
	//     - group: gateway.networking.k8s.io
	//       kind: Gateway
	//       name: shop
	//   timeout:
	//     http:
	//       streamIdleTimeout: 1h
}

// The same shop behind ingress-nginx, with its media bucket on a hostname of
// its own. Each hostname gets a rule, and the WebSocket-safe proxy timeouts
// and the body size limit (here 50 MiB instead of nginx's 1 MiB) come with
// the implementation.
func ExampleNewExposure_ingress() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})

	exposure.NewExposure(chart, "Exposure", &exposure.ExposureProps{
		Name:          "shop",
		Hostnames:     []string{"shop.example.com"},
		TLSSecretName: "shop-tls",
		Routes: []exposure.Route{
			{Name: "shop-api", PathPrefix: "/api/", ServiceName: "shop-api", ServicePort: 8000},
			{Name: "shop-web", PathPrefix: "/", ServiceName: "shop-web", ServicePort: 3000},
			{Name: "shop-media", PathPrefix: "/", ServiceName: "shop-media", ServicePort: 9000, Hostnames: []string{"media.example.com"}},
		},
		Labels:              map[string]string{"app.kubernetes.io/part-of": "shop"},
		Implementation:      exposure.ImplementationIngressNginx,
		MaxRequestBodyBytes: 50 << 20,
		Ingress:             &exposure.IngressOptions{ClassName: "nginx"},
	})

	fmt.Print(*app.SynthYaml())
	// Output:
	// apiVersion: networking.k8s.io/v1
	// kind: Ingress
	// metadata:
	//   annotations:
	//     nginx.ingress.kubernetes.io/proxy-body-size: 50m
	//     nginx.ingress.kubernetes.io/proxy-read-timeout: "3600"
	//     nginx.ingress.kubernetes.io/proxy-send-timeout: "3600"
	//   labels:
	//     app.kubernetes.io/part-of: shop
	//   name: shop
	//   namespace: shop
	// spec:
	//   ingressClassName: nginx
	//   rules:
	//     - host: shop.example.com
	//       http:
	//         paths:
	//           - backend:
	//               service:
	//                 name: shop-api
	//                 port:
	//                   number: 8000
	//             path: /api/
	//             pathType: Prefix
	//           - backend:
	//               service:
	//                 name: shop-web
	//                 port:
	//                   number: 3000
	//             path: /
	//             pathType: Prefix
	//     - host: media.example.com
	//       http:
	//         paths:
	//           - backend:
	//               service:
	//                 name: shop-media
	//                 port:
	//                   number: 9000
	//             path: /
	//             pathType: Prefix
	//   tls:
	//     - hosts:
	//         - shop.example.com
	//         - media.example.com
	//       secretName: shop-tls
}

// The shop on GKE's Gateway. Each backend Service gets a GCPBackendPolicy
// that lets WebSockets live for an hour instead of 30 s, and the API,
// which answers 404 on "/", a HealthCheckPolicy so that the load balancer
// probes its health endpoint instead. The web UI answers 200 on "/".
func ExampleNewExposure_gke() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})

	exposure.NewExposure(chart, "Exposure", &exposure.ExposureProps{
		Name: "shop",
		Routes: []exposure.Route{
			{Name: "shop-api", PathPrefix: "/api/", ServiceName: "shop-api", ServicePort: 8000, HealthCheckPath: "/api/health"},
			{Name: "shop-web", PathPrefix: "/", ServiceName: "shop-web", ServicePort: 3000},
		},
		Implementation: exposure.ImplementationGKE,
		Gateway:        &exposure.GatewayOptions{ClassName: "gke-l7-global-external-managed"},
	})

	fmt.Print(*app.SynthYaml())
	// Output:
	// apiVersion: gateway.networking.k8s.io/v1
	// kind: Gateway
	// metadata:
	//   name: shop
	//   namespace: shop
	// spec:
	//   gatewayClassName: gke-l7-global-external-managed
	//   listeners:
	//     - name: http
	//       port: 80
	//       protocol: HTTP
	// ---
	// apiVersion: gateway.networking.k8s.io/v1
	// kind: HTTPRoute
	// metadata:
	//   name: shop-api
	//   namespace: shop
	// spec:
	//   parentRefs:
	//     - name: shop
	//   rules:
	//     - backendRefs:
	//         - name: shop-api
	//           port: 8000
	//       matches:
	//         - path:
	//             type: PathPrefix
	//             value: /api/
	// ---
	// apiVersion: gateway.networking.k8s.io/v1
	// kind: HTTPRoute
	// metadata:
	//   name: shop-web
	//   namespace: shop
	// spec:
	//   parentRefs:
	//     - name: shop
	//   rules:
	//     - backendRefs:
	//         - name: shop-web
	//           port: 3000
	//       matches:
	//         - path:
	//             type: PathPrefix
	//             value: /
	// ---
	// apiVersion: networking.gke.io/v1
	// kind: GCPBackendPolicy
	// metadata:
	//   name: shop-api
	//   namespace: shop
	// spec:
	//   default:
	//     timeoutSec: 3600
	//   targetRef:
	//     group: ""
	//     kind: Service
	//     name: shop-api
	// ---
	// apiVersion: networking.gke.io/v1
	// kind: GCPBackendPolicy
	// metadata:
	//   name: shop-web
	//   namespace: shop
	// spec:
	//   default:
	//     timeoutSec: 3600
	//   targetRef:
	//     group: ""
	//     kind: Service
	//     name: shop-web
	// ---
	// apiVersion: networking.gke.io/v1
	// kind: HealthCheckPolicy
	// metadata:
	//   name: shop-api
	//   namespace: shop
	// spec:
	//   default:
	//     config:
	//       httpHealthCheck:
	//         requestPath: /api/health
	//       type: HTTP
	//   targetRef:
	//     group: ""
	//     kind: Service
	//     name: shop-api
}
