package chart

import (
	"fmt"
	"maps"
	"slices"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/dograh-hq/dograh-cdk8s/constructs/exposure"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// exposure routes /api/v1/ to web (not /api/: the UI serves /api/auth and
// /api/config itself), / to the UI, and /<bucket>/ (or MinIO's own
// hostname) to MinIO where MinIO is reachable through the cluster.
func (b *builder) exposureProps() (*exposure.ExposureProps, paths) {
	e := b.cfg.Exposure
	m := paths{root: "exposure"}
	for _, derived := range []string{"name", "labels"} {
		m.whole(derived, "release")
	}
	m.whole("gateway, existingGateway, ingress", "exposure.mode")
	m.add("hostnames", "exposure.hostnames")
	m.add("tlsSecretName", "exposure.tlsSecretName")
	m.add("implementation", "exposure.implementation")
	m.add("gateway.className", "exposure.gatewayApi.gatewayClassName")
	m.add("existingGateway", "exposure.gatewayApi.existingGateway")
	m.add("ingress.className", "exposure.ingress.className")
	m.add("ingress.annotations", "exposure.ingress.annotations")
	var routes []exposure.Route
	if b.cfg.Web.Enabled {
		routes = append(routes, exposure.Route{Name: b.n.routeAPI, PathPrefix: apiPathPrefix, ServiceName: b.n.web, ServicePort: webPort, HealthCheckPath: healthPath})
	}
	if b.cfg.UI.Enabled {
		// "/" answers 307, which GKE and ALB health checks count as down.
		routes = append(routes, exposure.Route{Name: b.n.routeUI, PathPrefix: "/", ServiceName: b.n.ui, ServicePort: uiPort, HealthCheckPath: uiHealthPath})
	}
	// The routes are the chart's own, named after the release, but for
	// MinIO's prefix and hostname, which come from storage.
	m.whole("routes", "exposure")
	if r, ok := b.minioRoute(); ok {
		at := fmt.Sprintf("routes[%d]", len(routes))
		m.whole(at, "storage")
		if b.cfg.Storage.PublicHostname != "" {
			m.whole(at+".pathPrefix", "storage.publicHostname")
			m.whole(at+".hostnames", "storage.publicHostname")
		} else {
			m.whole(at+".pathPrefix", "storage.bucket")
		}
		routes = append(routes, r)
	}
	for i := range routes {
		m.whole(fmt.Sprintf("routes[%d].name", i), "release")
		m.whole(fmt.Sprintf("routes[%d].serviceName", i), "release")
	}
	props := &exposure.ExposureProps{
		Name:           b.n.gateway,
		Routes:         routes,
		Hostnames:      e.Hostnames,
		TLSSecretName:  e.TLSSecretName,
		Implementation: exposure.Implementation(e.Implementation),
		Labels:         commonLabels(b.cfg),
	}
	switch {
	case e.Mode == config.ExposureIngress:
		props.Ingress = &exposure.IngressOptions{ClassName: e.Ingress.ClassName, Annotations: e.Ingress.Annotations}
	case e.GatewayAPI.CreateGateway:
		props.Gateway = &exposure.GatewayOptions{ClassName: e.GatewayAPI.GatewayClassName}
	default:
		g := e.GatewayAPI.ExistingGateway
		props.ExistingGateway = &exposure.GatewayRef{Name: g.Name, Namespace: g.Namespace, SectionName: g.SectionName}
	}
	return props, m
}

func (b *builder) exposure() {
	props, _ := b.exposureProps()
	routes := props.Routes
	x := exposure.NewExposure(b.chart, "exposure", props)
	// Some controllers configure a backend through its Service (GKE's
	// BackendConfig annotation); the Services belong to other constructs.
	for _, name := range sortedServiceNames(routes) {
		svc, ok := b.services[name]
		if !ok {
			continue
		}
		ann := x.ServiceAnnotations(name)
		for _, k := range slices.Sorted(maps.Keys(ann)) {
			svc.Metadata().AddAnnotation(jsii.String(k), jsii.String(ann[k]))
		}
	}
	b.awsLoadBalancer(x)
}

func sortedServiceNames(routes []exposure.Route) []string {
	var names []string
	for _, r := range routes {
		if !slices.Contains(names, r.ServiceName) {
			names = append(names, r.ServiceName)
		}
	}
	slices.Sort(names)
	return names
}

// awsLoadBalancer makes the AWS controller's load balancer public and gives
// its HTTPS listener the ACM certificate.
func (b *builder) awsLoadBalancer(x exposure.Exposure) {
	a := b.cfg.Exposure.AWS
	for _, p := range x.Policies() {
		if *p.Kind() != "LoadBalancerConfiguration" {
			continue
		}
		scheme := a.Scheme
		if scheme == "" {
			scheme = "internet-facing"
		}
		p.AddJsonPatch(cdk8s.JsonPatch_Add(jsii.String("/spec/scheme"), scheme))
		if a.CertificateARN != "" && b.cfg.Exposure.TLSSecretName != "" {
			p.AddJsonPatch(cdk8s.JsonPatch_Add(jsii.String("/spec/listenerConfigurations"), []map[string]string{
				{"protocolPort": "HTTPS:443", "defaultCertificate": a.CertificateARN},
			}))
		}
	}
}

// minioRoute reaches the bundled MinIO, or an external one through the
// ExternalName Service; S3 is reached by browsers directly.
func (b *builder) minioRoute() (exposure.Route, bool) {
	st := b.cfg.Storage
	port := minioPort
	switch st.Mode {
	case config.StorageInternalMinio:
	case config.StorageExternalMinio:
		_, port = externalMinioHostPort(b.cfg)
	default:
		return exposure.Route{}, false
	}
	r := exposure.Route{Name: b.n.routeMinio, PathPrefix: "/" + st.Bucket + "/", ServiceName: b.n.minio, ServicePort: port}
	if st.Mode == config.StorageInternalMinio {
		r.HealthCheckPath = minioLivePath // "/" answers 403 without credentials
	}
	if st.PublicHostname != "" {
		// A dedicated hostname serves the whole MinIO API, so presigned
		// URLs keep MinIO's own path-style layout.
		r.PathPrefix, r.Hostnames = "/", []string{st.PublicHostname}
	}
	return r, true
}
