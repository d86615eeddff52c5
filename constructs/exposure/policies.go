package exposure

import (
	"fmt"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	eg "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio"
	gw "github.com/dograh-hq/dograh-cdk8s/imports/gatewaynetworkingk8sio"
)

// Keys of implementation settings rendered per Implementation.
const (
	// GKEBackendConfigAnnotation names, on a Service, the BackendConfig
	// that GKE's Ingress controller applies to that Service's backends.
	// See Exposure.ServiceAnnotations.
	GKEBackendConfigAnnotation = "cloud.google.com/backend-config"
	// ALBIdleTimeoutAttribute is the Application Load Balancer attribute
	// holding its idle timeout in seconds (default 60).
	ALBIdleTimeoutAttribute = "idle_timeout.timeout_seconds"
	// ALBHealthCheckPathAnnotation names, on a Service, the path the AWS
	// Load Balancer Controller's Ingress health checks probe on that
	// Service's targets (default "/"). See Exposure.ServiceAnnotations.
	ALBHealthCheckPathAnnotation = "alb.ingress.kubernetes.io/healthcheck-path"
)

// API versions and kinds of the implementation objects. Envoy Gateway's are
// typed from its imported CRDs. No Go module that the project can fetch
// ships the CRDs of GKE (networking.gke.io, cloud.google.com) or of the AWS
// Load Balancer Controller (gateway.k8s.aws): the module proxy refuses
// github.com/GoogleCloudPlatform/gke-gateway-api, and lists only v1.1.9 of
// sigs.k8s.io/aws-load-balancer-controller, which predates its Gateway API.
// So those objects are raw ApiObjects with only the fields set below,
// following GoogleCloudPlatform/gke-gateway-api apis/networking/v1
// (gcpbackendpolicy_types.go, healthcheck_types.go), GKE's BackendConfig
// reference (cloud.google.com/kubernetes-engine/docs/how-to/ingress-configuration)
// and kubernetes-sigs/aws-load-balancer-controller apis/gateway/v1beta1
// (loadbalancerconfig_types.go, targetgroupconfig_types.go).
const (
	gatewayAPIGroup = "gateway.networking.k8s.io"

	gkePolicyAPIVersion        = "networking.gke.io/v1"
	gkeBackendPolicyKind       = "GCPBackendPolicy"
	gkeHealthCheckPolicyKind   = "HealthCheckPolicy"
	gkeBackendConfigAPIVersion = "cloud.google.com/v1"
	gkeBackendConfigKind       = "BackendConfig"

	lbcGroup                  = "gateway.k8s.aws"
	lbcAPIVersion             = lbcGroup + "/v1beta1"
	lbcLoadBalancerConfigKind = "LoadBalancerConfiguration"
	lbcTargetGroupConfigKind  = "TargetGroupConfiguration"
	// lbcTargetType registers pod IPs, which works for every Service type.
	// The controller's default (its --default-target-type flag, instance)
	// registers nodes, which needs a NodePort Service: on a ClusterIP one
	// it fails with "TargetGroup port is empty" (pkg/gateway/model/
	// model_build_target_group.go).
	lbcTargetType = "ip"

	// envoyMergeType merges a route's BackendTrafficPolicy into one that
	// targets its Gateway, instead of replacing it for the route.
	envoyMergeType = "StrategicMerge"
)

// Upper bounds of WebSocketTimeoutSeconds per Implementation, with the
// reason given when a value exceeds them.
var timeoutLimits = map[Implementation]struct {
	max int
	why string
}{
	ImplementationAWSLoadBalancerController: {MaxALBIdleTimeoutSeconds, fmt.Sprintf("an Application Load Balancer accepts at most %d", MaxALBIdleTimeoutSeconds)},
	// timeoutSec is an int32.
	ImplementationGKE: {1<<31 - 1, fmt.Sprintf("GKE accepts a backend timeout of at most %d", 1<<31-1)},
	// Envoy Gateway durations take at most five digits per unit.
	ImplementationEnvoyGateway: {99999*3600 + 3599, fmt.Sprintf("Envoy Gateway accepts at most 99999h59m59s (%d)", 99999*3600+3599)},
}

// addImplementationPolicies renders the objects of the Implementation's own
// API that raise its timeouts above p.WebSocketTimeoutSeconds and set up
// health checks, next to the Gateway, routes or Ingress. Ingress
// annotations are rendered by ingressAnnotations instead, and the AWS Load
// Balancer Controller's Gateway reference by gatewayInfrastructure.
func addImplementationPolicies(e *exposure, p *ExposureProps) {
	switch p.Implementation {
	case ImplementationEnvoyGateway:
		if p.Gateway != nil {
			e.policies = append(e.policies, envoyClientTrafficPolicy(e, p))
			return
		}
		for _, r := range p.Routes {
			e.policies = append(e.policies, envoyBackendTrafficPolicy(e, p, r))
		}
	case ImplementationGKE:
		if p.Ingress != nil {
			for _, b := range p.backends() {
				e.policies = append(e.policies, gkeBackendConfig(e, p, b))
				e.annotate(b.service, GKEBackendConfigAnnotation, fmt.Sprintf(`{"default":%q}`, b.service))
			}
			return
		}
		for _, b := range p.backends() {
			e.policies = append(e.policies, gkeBackendPolicy(e, p, b.service))
		}
		for _, b := range p.backends() {
			if b.healthCheckPath != "" {
				e.policies = append(e.policies, gkeHealthCheckPolicy(e, p, b))
			}
		}
	case ImplementationAWSLoadBalancerController:
		if p.Ingress != nil {
			for _, b := range p.backends() {
				if b.healthCheckPath != "" {
					e.annotate(b.service, ALBHealthCheckPathAnnotation, b.healthCheckPath)
				}
			}
			return
		}
		if p.Gateway != nil {
			e.policies = append(e.policies, lbcLoadBalancerConfiguration(e, p))
		}
		for _, b := range p.backends() {
			e.policies = append(e.policies, lbcTargetGroupConfiguration(e, p, b))
		}
	}
}

// annotate records an annotation that the Service must carry.
func (e *exposure) annotate(service, key, value string) {
	if e.serviceAnnotations == nil {
		e.serviceAnnotations = map[string]map[string]string{}
	}
	if e.serviceAnnotations[service] == nil {
		e.serviceAnnotations[service] = map[string]string{}
	}
	e.serviceAnnotations[service][key] = value
}

// gatewayInfrastructure is the created Gateway's spec.infrastructure: for
// the AWS Load Balancer Controller, the reference to the
// LoadBalancerConfiguration of the same name.
func gatewayInfrastructure(p *ExposureProps) *gw.GatewaySpecInfrastructure {
	if p.Implementation != ImplementationAWSLoadBalancerController {
		return nil
	}
	return &gw.GatewaySpecInfrastructure{ParametersRef: &gw.GatewaySpecInfrastructureParametersRef{
		Group: jsii.String(lbcGroup),
		Kind:  jsii.String(lbcLoadBalancerConfigKind),
		Name:  jsii.String(p.Name),
	}}
}

// envoyClientTrafficPolicy raises the stream idle timeout of every listener
// of the created Gateway. Envoy applies it to an upgraded WebSocket stream
// as to any other. The route timeout needs nothing: Envoy arms it only once
// the request has ended, which an upgraded stream never does, and the
// routes set no request timeout. Upstream idle timeouts count only
// connections without active streams.
func envoyClientTrafficPolicy(scope constructs.Construct, p *ExposureProps) cdk8s.ApiObject {
	return eg.NewClientTrafficPolicy(scope, jsii.String("ClientTrafficPolicy"), &eg.ClientTrafficPolicyProps{
		Metadata: metadata(p.Name, p.Labels),
		Spec: &eg.ClientTrafficPolicySpec{
			TargetRefs: &[]*eg.ClientTrafficPolicySpecTargetRefs{{
				Group: jsii.String(gatewayAPIGroup),
				Kind:  jsii.String("Gateway"),
				Name:  jsii.String(p.Name),
			}},
			Timeout: &eg.ClientTrafficPolicySpecTimeout{Http: &eg.ClientTrafficPolicySpecTimeoutHttp{
				StreamIdleTimeout: jsii.String(envoyDuration(p.WebSocketTimeoutSeconds)),
			}},
		},
	})
}

// envoyBackendTrafficPolicy raises the stream idle timeout of one route on
// a Gateway run elsewhere, overriding the listener's. It is merged into a
// BackendTrafficPolicy on that Gateway, if any, rather than replacing it.
func envoyBackendTrafficPolicy(scope constructs.Construct, p *ExposureProps, r Route) cdk8s.ApiObject {
	return eg.NewBackendTrafficPolicy(scope, jsii.String("BackendTrafficPolicy-"+r.Name), &eg.BackendTrafficPolicyProps{
		Metadata: metadata(r.Name, p.Labels),
		Spec: &eg.BackendTrafficPolicySpec{
			TargetRefs: &[]*eg.BackendTrafficPolicySpecTargetRefs{{
				Group: jsii.String(gatewayAPIGroup),
				Kind:  jsii.String("HTTPRoute"),
				Name:  jsii.String(r.Name),
			}},
			MergeType: jsii.String(envoyMergeType),
			Timeout: &eg.BackendTrafficPolicySpecTimeout{Http: &eg.BackendTrafficPolicySpecTimeoutHttp{
				StreamIdleTimeout: jsii.String(envoyDuration(p.WebSocketTimeoutSeconds)),
			}},
		},
	})
}

// gkeBackendPolicy sets the backend service timeout of one Service, which
// for a WebSocket bounds how long it stays open at all.
func gkeBackendPolicy(scope constructs.Construct, p *ExposureProps, service string) cdk8s.ApiObject {
	return rawObject(scope, "GCPBackendPolicy-"+service, gkePolicyAPIVersion, gkeBackendPolicyKind, service, p.Labels, map[string]any{
		"targetRef": serviceRef(service),
		"default":   map[string]any{"timeoutSec": p.WebSocketTimeoutSeconds},
	})
}

// gkeHealthCheckPolicy makes GKE's Gateway probe one Service's pods on its
// health check path, on the port traffic goes to (USE_SERVING_PORT, the
// default without port or portName).
func gkeHealthCheckPolicy(scope constructs.Construct, p *ExposureProps, b backend) cdk8s.ApiObject {
	return rawObject(scope, "HealthCheckPolicy-"+b.service, gkePolicyAPIVersion, gkeHealthCheckPolicyKind, b.service, p.Labels, map[string]any{
		"targetRef": serviceRef(b.service),
		"default": map[string]any{"config": map[string]any{
			"type":            "HTTP",
			"httpHealthCheck": map[string]any{"requestPath": b.healthCheckPath},
		}},
	})
}

// gkeBackendConfig is the same timeout, and health check, for GKE's
// Ingress, which applies it only to the Service that names it in its
// GKEBackendConfigAnnotation.
func gkeBackendConfig(scope constructs.Construct, p *ExposureProps, b backend) cdk8s.ApiObject {
	spec := map[string]any{"timeoutSec": p.WebSocketTimeoutSeconds}
	if b.healthCheckPath != "" {
		spec["healthCheck"] = map[string]any{"type": "HTTP", "requestPath": b.healthCheckPath}
	}
	return rawObject(scope, "BackendConfig-"+b.service, gkeBackendConfigAPIVersion, gkeBackendConfigKind, b.service, p.Labels, spec)
}

func serviceRef(service string) map[string]any {
	return map[string]any{"group": "", "kind": "Service", "name": service}
}

// lbcLoadBalancerConfiguration sets the ALB idle timeout of the created
// Gateway, which references it from spec.infrastructure.parametersRef.
func lbcLoadBalancerConfiguration(scope constructs.Construct, p *ExposureProps) cdk8s.ApiObject {
	return rawObject(scope, "LoadBalancerConfiguration", lbcAPIVersion, lbcLoadBalancerConfigKind, p.Name, p.Labels, map[string]any{
		"loadBalancerAttributes": []any{map[string]any{
			"key":   ALBIdleTimeoutAttribute,
			"value": strconv.Itoa(p.WebSocketTimeoutSeconds),
		}},
	})
}

// lbcTargetGroupConfiguration makes the AWS Load Balancer Controller
// register one Service's pod IPs, and probe them on its health check path.
func lbcTargetGroupConfiguration(scope constructs.Construct, p *ExposureProps, b backend) cdk8s.ApiObject {
	config := map[string]any{"targetType": lbcTargetType}
	if b.healthCheckPath != "" {
		config["healthCheckConfig"] = map[string]any{"healthCheckPath": b.healthCheckPath}
	}
	return rawObject(scope, "TargetGroupConfiguration-"+b.service, lbcAPIVersion, lbcTargetGroupConfigKind, b.service, p.Labels, map[string]any{
		"targetReference":      map[string]any{"name": b.service},
		"defaultConfiguration": config,
	})
}

// rawObject renders an object of an API whose CRD is not imported. A JSON
// patch on a raw ApiObject is taken as is, without a schema.
func rawObject(scope constructs.Construct, id, apiVersion, kind, name string, labels map[string]string, spec map[string]any) cdk8s.ApiObject {
	obj := cdk8s.NewApiObject(scope, jsii.String(id), &cdk8s.ApiObjectProps{
		ApiVersion: jsii.String(apiVersion),
		Kind:       jsii.String(kind),
		Metadata:   metadata(name, labels),
	})
	obj.AddJsonPatch(cdk8s.JsonPatch_Add(jsii.String("/spec"), spec))
	return obj
}

// envoyDuration spells seconds the way Envoy Gateway's CRDs take them,
// e.g. 3600 as "1h" and 1230 as "20m30s".
func envoyDuration(seconds int) string {
	out := ""
	for _, u := range []struct {
		unit string
		size int
	}{{"h", 3600}, {"m", 60}, {"s", 1}} {
		if n := seconds / u.size; n > 0 {
			out += strconv.Itoa(n) + u.unit
			seconds -= n * u.size
		}
	}
	return out
}

// backend is a Service that routes send to, with its health check path.
type backend struct {
	service         string
	healthCheckPath string
}

// backends lists the routes' backend Services once each, in route order,
// with the health check path of any of their routes (Validate makes sure
// they agree).
func (p *ExposureProps) backends() []backend {
	var out []backend
	at := map[string]int{}
	for _, r := range p.Routes {
		i, seen := at[r.ServiceName]
		if !seen {
			i = len(out)
			at[r.ServiceName] = i
			out = append(out, backend{service: r.ServiceName})
		}
		if r.HealthCheckPath != "" {
			out[i].healthCheckPath = r.HealthCheckPath
		}
	}
	return out
}
