package chart

import (
	"github.com/dograh-hq/dograh-cdk8s/constructs/exposure"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// exposure routes /api/v1/ to web (not /api/: the UI serves /api/auth and
// /api/config itself), / to the UI, and /voice-audio/ to MinIO.
func (b *builder) exposure() {
	e := b.cfg.Exposure
	var routes []exposure.Route
	if b.cfg.Web.Enabled {
		routes = append(routes, exposure.Route{Name: b.n.routeAPI, PathPrefix: apiPathPrefix, ServiceName: b.n.web, ServicePort: webPort})
	}
	if b.cfg.UI.Enabled {
		routes = append(routes, exposure.Route{Name: b.n.routeUI, PathPrefix: "/", ServiceName: b.n.ui, ServicePort: uiPort})
	}
	routes = append(routes, exposure.Route{Name: b.n.routeMinio, PathPrefix: "/" + minioBucket + "/", ServiceName: b.n.minio, ServicePort: minioPort})
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
	exposure.NewExposure(b.chart, "exposure", props)
}
