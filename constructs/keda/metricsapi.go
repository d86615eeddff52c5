package keda

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/imports/kedash"
)

// Defaults of MetricsAPIScalerProps.
const (
	// DefaultPollingIntervalSeconds is how often KEDA calls the endpoint;
	// KEDA's own default.
	DefaultPollingIntervalSeconds = 30
	// DefaultScaleDownPodsPerMinute is how many pods one minute of
	// scale-down may remove. One, because every removed pod drains its work
	// first.
	DefaultScaleDownPodsPerMinute = 1
	// DefaultScaleDownStabilizationSeconds is how long the value must stay
	// low before scale-down starts; the HPA's own default.
	DefaultScaleDownStabilizationSeconds = 300
	// MaxScaleDownStabilizationSeconds is the longest window the API server
	// accepts for the HPA KEDA makes (validateScalingRules,
	// pkg/apis/autoscaling/validation).
	MaxScaleDownStabilizationSeconds = 3600
	// DefaultClusterDomain is the DNS domain of the cluster's Services.
	DefaultClusterDomain = "cluster.local"
)

// apiKeyParameter is the TriggerAuthentication parameter the metrics-api
// scaler reads the header value from.
const apiKeyParameter = "apiKey"

// MetricsAPIScalerProps configures a MetricsAPIScaler. The endpoint is
// http://ServiceName.ServiceNamespace.svc.ClusterDomain:ServicePort/Path?Query.
type MetricsAPIScalerProps struct {
	// Name names the ScaledObject and the TriggerAuthentication; KEDA names
	// its HPA "keda-hpa-" plus Name. Required.
	Name string
	// Labels are put on the ScaledObject and the TriggerAuthentication.
	// Default: none.
	Labels map[string]string
	// DeploymentName is the Deployment to scale, in the namespace of the
	// ScaledObject. Required.
	DeploymentName string
	// ServiceName is the Service that serves the metric endpoint. Required.
	ServiceName string
	// ServiceNamespace is the Service's namespace. KEDA's operator runs in
	// a namespace of its own, so the URL always names it. Required.
	ServiceNamespace string
	// ServicePort is the Service's port. Required.
	ServicePort int
	// ClusterDomain is the cluster's DNS domain, as in the kubelet's
	// clusterDomain. Default: DefaultClusterDomain ("cluster.local").
	ClusterDomain string
	// Path is the endpoint's URL path, e.g. "/metrics/sessions". Required.
	Path string
	// Query holds the endpoint's query parameters, e.g. {"buffer": "2"};
	// they are rendered sorted by key. Default: none.
	Query map[string]string
	// ValueLocation is the GJSON path of the number in the endpoint's JSON
	// response, e.g. "sessions.total". Required.
	ValueLocation string
	// TargetValue is how much of the metric one replica should carry, e.g.
	// sessions per pod: the HPA aims for ceil(value / TargetValue)
	// replicas. Required, greater than 0.
	TargetValue float64
	// MinReplicas is the floor. Required, at least 1.
	MinReplicas int
	// MaxReplicas is the ceiling. Required, at least MinReplicas.
	MaxReplicas int
	// PollingIntervalSeconds is how often KEDA calls the endpoint; the HPA
	// uses the last answer in between. Default:
	// DefaultPollingIntervalSeconds (30).
	PollingIntervalSeconds int
	// ScaleDownPodsPerMinute caps how many pods one minute of scale-down
	// removes. Default: DefaultScaleDownPodsPerMinute (1).
	ScaleDownPodsPerMinute int
	// ScaleDownStabilizationSeconds delays scale-down until the value has
	// been low for this long, 0 to MaxScaleDownStabilizationSeconds. A
	// pointer, so that 0 (scale down as soon as the value drops) can be
	// expressed. Default: DefaultScaleDownStabilizationSeconds (300).
	ScaleDownStabilizationSeconds *int
	// AuthHeaderName is the request header that carries a credential, e.g.
	// "X-Api-Key". Set it together with AuthSecretName and AuthSecretKey.
	// Default: none, the endpoint is called without credentials.
	AuthHeaderName string
	// AuthSecretName is the Secret, in the namespace of the ScaledObject,
	// that holds the header's value. Default: none.
	AuthSecretName string
	// AuthSecretKey is the key in AuthSecretName that holds the header's
	// value. Default: none.
	AuthSecretKey string
}

// MetricsAPIScaler scales a Deployment with KEDA from a number an HTTP
// endpoint reports: a ScaledObject with a metrics-api trigger and, when the
// endpoint needs a credential, a TriggerAuthentication.
type MetricsAPIScaler interface {
	constructs.Construct
	// ScaledObject is the primary object (construct id "Resource").
	ScaledObject() kedash.ScaledObject
	// TriggerAuthentication supplies the header, or is nil without
	// AuthHeaderName.
	TriggerAuthentication() kedash.TriggerAuthentication
	// URL is the endpoint KEDA calls.
	URL() string
}

type metricsAPIScaler struct {
	constructs.Construct
	scaledObject kedash.ScaledObject
	triggerAuth  kedash.TriggerAuthentication
	url          string
}

func (s *metricsAPIScaler) ScaledObject() kedash.ScaledObject { return s.scaledObject }
func (s *metricsAPIScaler) TriggerAuthentication() kedash.TriggerAuthentication {
	return s.triggerAuth
}
func (s *metricsAPIScaler) URL() string { return s.url }

func (p *MetricsAPIScalerProps) withDefaults() MetricsAPIScalerProps {
	c := *p
	if c.ClusterDomain == "" {
		c.ClusterDomain = DefaultClusterDomain
	}
	if c.PollingIntervalSeconds == 0 {
		c.PollingIntervalSeconds = DefaultPollingIntervalSeconds
	}
	if c.ScaleDownPodsPerMinute == 0 {
		c.ScaleDownPodsPerMinute = DefaultScaleDownPodsPerMinute
	}
	window := DefaultScaleDownStabilizationSeconds
	if c.ScaleDownStabilizationSeconds != nil {
		window = *c.ScaleDownStabilizationSeconds // a copy: the caller's stays theirs
	}
	c.ScaleDownStabilizationSeconds = &window
	return c
}

// Validate reports every problem with the props at once, each under the
// path of its field. It is pure: it neither changes p nor depends on
// anything else.
func (p *MetricsAPIScalerProps) Validate() field.ErrorList {
	errs := check.DNSLabel(field.NewPath("name"), p.Name, `set a lowercase name such as "my-app"`)
	errs = append(errs, check.Labels(field.NewPath("labels"), p.Labels)...)
	errs = append(errs, check.DNSLabel(field.NewPath("deploymentName"), p.DeploymentName, "name the Deployment to scale")...)
	errs = append(errs, check.DNS1035Label(field.NewPath("serviceName"), p.ServiceName, "name the Service that serves the endpoint")...)
	errs = append(errs, check.DNSLabel(field.NewPath("serviceNamespace"), p.ServiceNamespace, "name the Service's namespace")...)
	if p.ServicePort == 0 {
		errs = append(errs, field.Required(field.NewPath("servicePort"), "set the port of the Service that serves the endpoint, e.g. 8080"))
	} else {
		errs = append(errs, check.Port(field.NewPath("servicePort"), p.ServicePort)...)
	}
	if p.ClusterDomain != "" {
		errs = append(errs, check.DNSSubdomain(field.NewPath("clusterDomain"), p.ClusterDomain, "")...)
	}
	switch {
	case p.Path == "":
		errs = append(errs, field.Required(field.NewPath("path"), `set the endpoint's URL path, e.g. "/metrics"`))
	case p.Path[0] != '/' || strings.ContainsAny(p.Path, "?# "):
		errs = append(errs, field.Invalid(field.NewPath("path"), p.Path, `must start with "/" and contain no spaces, "?" or "#"; put query parameters in query`))
	}
	if _, empty := p.Query[""]; empty {
		errs = append(errs, field.Invalid(field.NewPath("query").Key(""), p.Query[""], "query parameter names must not be empty"))
	}
	if p.ValueLocation == "" {
		errs = append(errs, field.Required(field.NewPath("valueLocation"), `set the GJSON path of the number in the JSON response, e.g. "sessions.total"`))
	}
	if !(p.TargetValue > 0) || math.IsInf(p.TargetValue, 1) {
		errs = append(errs, field.Invalid(field.NewPath("targetValue"), p.TargetValue, "must be a number greater than 0: how much of the metric one replica should carry"))
	}
	if p.MinReplicas < 1 {
		errs = append(errs, field.Invalid(field.NewPath("minReplicas"), p.MinReplicas, "must be at least 1; scaling to zero is not supported"))
	}
	if p.MaxReplicas < max(p.MinReplicas, 1) {
		errs = append(errs, field.Invalid(field.NewPath("maxReplicas"), p.MaxReplicas, fmt.Sprintf("must be at least minReplicas (%d)", p.MinReplicas)))
	}
	if p.PollingIntervalSeconds < 0 {
		errs = append(errs, field.Invalid(field.NewPath("pollingIntervalSeconds"), p.PollingIntervalSeconds, "must be at least 1"))
	}
	if p.ScaleDownPodsPerMinute < 0 {
		errs = append(errs, field.Invalid(field.NewPath("scaleDownPodsPerMinute"), p.ScaleDownPodsPerMinute, "must be at least 1"))
	}
	if w := p.ScaleDownStabilizationSeconds; w != nil && (*w < 0 || *w > MaxScaleDownStabilizationSeconds) {
		errs = append(errs, field.Invalid(field.NewPath("scaleDownStabilizationSeconds"), *w, fmt.Sprintf("must be between 0 and %d", MaxScaleDownStabilizationSeconds)))
	}
	return append(errs, p.validateAuth()...)
}

func (p *MetricsAPIScalerProps) validateAuth() field.ErrorList {
	if p.AuthHeaderName == "" && p.AuthSecretName == "" && p.AuthSecretKey == "" {
		return nil
	}
	var errs field.ErrorList
	if p.AuthHeaderName == "" {
		errs = append(errs, field.Required(field.NewPath("authHeaderName"), `set the request header that carries the credential, e.g. "X-Api-Key", or clear authSecretName and authSecretKey`))
	} else if msgs := validation.IsHTTPHeaderName(p.AuthHeaderName); len(msgs) > 0 {
		errs = append(errs, field.Invalid(field.NewPath("authHeaderName"), p.AuthHeaderName, strings.Join(msgs, "; ")))
	}
	errs = append(errs, check.DNSSubdomain(field.NewPath("authSecretName"), p.AuthSecretName, "set the Secret that holds the header's value")...)
	return append(errs, check.SecretKey(field.NewPath("authSecretKey"), p.AuthSecretKey, "set the key of authSecretName that holds the header's value")...)
}

// url renders the endpoint; the query is sorted by key.
func (p *MetricsAPIScalerProps) url() string {
	q := url.Values{}
	for k, v := range p.Query {
		q.Set(k, v)
	}
	u := url.URL{
		Scheme:   "http",
		Host:     fmt.Sprintf("%s.%s.svc.%s:%d", p.ServiceName, p.ServiceNamespace, p.ClusterDomain, p.ServicePort),
		Path:     p.Path,
		RawQuery: q.Encode(),
	}
	return u.String()
}

// NewMetricsAPIScaler renders the ScaledObject and, with AuthHeaderName, the
// TriggerAuthentication. It panics with the construct id and every
// validation error when props are invalid.
func NewMetricsAPIScaler(scope constructs.Construct, id string, props *MetricsAPIScalerProps) MetricsAPIScaler {
	check.MustBeValid(id, "MetricsAPIScalerProps", props.Validate())
	p := props.withDefaults()
	s := &metricsAPIScaler{url: p.url()}
	constructs.NewConstruct_Override(s, scope, jsii.String(id))

	metadata := map[string]*string{
		"url":           jsii.String(s.url),
		"format":        jsii.String("json"),
		"valueLocation": jsii.String(p.ValueLocation),
		"targetValue":   jsii.String(strconv.FormatFloat(p.TargetValue, 'f', -1, 64)),
	}
	trigger := &kedash.ScaledObjectSpecTriggers{
		Type: jsii.String("metrics-api"),
		// Per pod: replicas = ceil(value / targetValue).
		MetricType: jsii.String("AverageValue"),
		// KEDA then calls the endpoint once per polling interval instead of
		// on every HPA sync, which also makes pollingInterval matter with
		// minReplicaCount above zero.
		UseCachedMetrics: jsii.Bool(true),
		Metadata:         &metadata,
	}
	if p.AuthHeaderName != "" {
		metadata["authModes"] = jsii.String("apiKey")
		metadata["method"] = jsii.String("header")
		metadata["keyParamName"] = jsii.String(p.AuthHeaderName)
		s.triggerAuth = kedash.NewTriggerAuthentication(s, jsii.String("Auth"), &kedash.TriggerAuthenticationProps{
			Metadata: p.meta(),
			Spec: &kedash.TriggerAuthenticationSpec{
				SecretTargetRef: &[]*kedash.TriggerAuthenticationSpecSecretTargetRef{{
					Parameter: jsii.String(apiKeyParameter),
					Name:      jsii.String(p.AuthSecretName),
					Key:       jsii.String(p.AuthSecretKey),
				}},
			},
		})
		trigger.AuthenticationRef = &kedash.ScaledObjectSpecTriggersAuthenticationRef{
			Name: s.triggerAuth.Name(),
			Kind: kedash.ScaledObjectSpecTriggersAuthenticationRefKind_TRIGGER_AUTHENTICATION,
		}
	}

	s.scaledObject = kedash.NewScaledObject(s, jsii.String("Resource"), &kedash.ScaledObjectProps{
		Metadata: p.meta(),
		Spec: &kedash.ScaledObjectSpec{
			ScaleTargetRef: &kedash.ScaledObjectSpecScaleTargetRef{
				ApiVersion: jsii.String("apps/v1"),
				Kind:       jsii.String("Deployment"),
				Name:       jsii.String(p.DeploymentName),
			},
			MinReplicaCount: jsii.Number(p.MinReplicas),
			MaxReplicaCount: jsii.Number(p.MaxReplicas),
			PollingInterval: jsii.Number(p.PollingIntervalSeconds),
			Triggers:        &[]*kedash.ScaledObjectSpecTriggers{trigger},
			Advanced: &kedash.ScaledObjectSpecAdvanced{
				HorizontalPodAutoscalerConfig: &kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig{
					Behavior: &kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior{
						ScaleDown: &kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown{
							StabilizationWindowSeconds: jsii.Number(*p.ScaleDownStabilizationSeconds),
							Policies: &[]*kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies{{
								Type: jsii.String("Pods"), Value: jsii.Number(p.ScaleDownPodsPerMinute), PeriodSeconds: jsii.Number(60),
							}},
						},
					},
				},
			},
		},
	})
	if s.triggerAuth != nil {
		s.scaledObject.AddDependency(s.triggerAuth)
	}
	return s
}

func (p MetricsAPIScalerProps) meta() *cdk8s.ApiObjectMetadata {
	m := &cdk8s.ApiObjectMetadata{Name: jsii.String(p.Name)}
	if len(p.Labels) > 0 {
		labels := make(map[string]*string, len(p.Labels))
		for _, k := range sortedKeys(p.Labels) {
			labels[k] = jsii.String(p.Labels[k])
		}
		m.Labels = &labels
	}
	return m
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
