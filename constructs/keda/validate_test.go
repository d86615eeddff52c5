package keda_test

import (
	"math"
	"testing"

	"github.com/dograh-hq/dograh-cdk8s/constructs/keda"
	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

func TestMetricsAPIScalerProps_Validate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(p *keda.MetricsAPIScalerProps)
		want   []string
	}{
		{"valid", func(*keda.MetricsAPIScalerProps) {}, nil},
		{"valid with auth", func(p *keda.MetricsAPIScalerProps) { withAuth(p) }, nil},
		{"valid with every knob", func(p *keda.MetricsAPIScalerProps) {
			p.ClusterDomain = "corp.internal"
			p.PollingIntervalSeconds = 5
			p.ScaleDownPodsPerMinute = 2
			p.ScaleDownStabilizationSeconds = 3600
			p.TargetValue = 0.5
			p.MinReplicas, p.MaxReplicas = 1, 1
		}, nil},
		{"nothing set", func(p *keda.MetricsAPIScalerProps) { *p = keda.MetricsAPIScalerProps{} }, []string{
			`name: required: set a lowercase RFC 1123 name such as "my-app"`,
			`deploymentName: required: set a lowercase RFC 1123 name such as "my-app"`,
			`serviceName: required: set a lowercase RFC 1123 name such as "my-app"`,
			`serviceNamespace: required: set a lowercase RFC 1123 name such as "my-app"`,
			`servicePort: required: set the port of the Service that serves the endpoint, e.g. 8080`,
			`path: required: set the endpoint's URL path, e.g. "/metrics"`,
			`valueLocation: required: set the GJSON path of the number in the JSON response, e.g. "sessions.total"`,
			`targetValue: invalid value 0: must be a number greater than 0: how much of the metric one replica should carry`,
			`minReplicas: invalid value 0: must be at least 1; scaling to zero is not supported`,
			`maxReplicas: invalid value 0: must be at least minReplicas (0)`,
		}},
		{"bad names", func(p *keda.MetricsAPIScalerProps) {
			p.Name, p.DeploymentName, p.ServiceName, p.ServiceNamespace = "Shop", "shop_web", "web.shop", "-shop"
		}, []string{
			`name: invalid value "Shop": must be a lowercase RFC 1123 label: at most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit`,
			`deploymentName: invalid value "shop_web": must be a lowercase RFC 1123 label`,
			`serviceName: invalid value "web.shop": must be a lowercase RFC 1123 label`,
			`serviceNamespace: invalid value "-shop": must be a lowercase RFC 1123 label`,
		}},
		{"port out of range", func(p *keda.MetricsAPIScalerProps) { p.ServicePort = 70000 },
			[]string{`servicePort: invalid value 70000: must be a port number between 1 and 65535`}},
		{"bad cluster domain", func(p *keda.MetricsAPIScalerProps) { p.ClusterDomain = ".Cluster.Local" },
			[]string{`clusterDomain: invalid value ".Cluster.Local": must be a lowercase DNS domain such as "cluster.local"`}},
		{"relative path", func(p *keda.MetricsAPIScalerProps) { p.Path = "metrics" },
			[]string{`path: invalid value "metrics": must start with "/" and contain no spaces, "?" or "#"; put query parameters in query`}},
		{"query in path", func(p *keda.MetricsAPIScalerProps) { p.Path = "/metrics?buffer=2" },
			[]string{`path: invalid value "/metrics?buffer=2": must start with "/" and contain no spaces, "?" or "#"; put query parameters in query`}},
		{"empty query name", func(p *keda.MetricsAPIScalerProps) { p.Query = map[string]string{"": "2"} },
			[]string{`query: invalid value "=2": query parameter names must not be empty`}},
		{"negative target", func(p *keda.MetricsAPIScalerProps) { p.TargetValue = -1 },
			[]string{`targetValue: invalid value -1: must be a number greater than 0`}},
		{"NaN target", func(p *keda.MetricsAPIScalerProps) { p.TargetValue = math.NaN() },
			[]string{`targetValue: invalid value NaN: must be a number greater than 0`}},
		{"infinite target", func(p *keda.MetricsAPIScalerProps) { p.TargetValue = math.Inf(1) },
			[]string{`targetValue: invalid value +Inf: must be a number greater than 0`}},
		{"max below min", func(p *keda.MetricsAPIScalerProps) { p.MinReplicas, p.MaxReplicas = 4, 3 },
			[]string{`maxReplicas: invalid value 3: must be at least minReplicas (4)`}},
		{"scale to zero", func(p *keda.MetricsAPIScalerProps) { p.MinReplicas = 0 },
			[]string{`minReplicas: invalid value 0: must be at least 1; scaling to zero is not supported`}},
		{"negative knobs", func(p *keda.MetricsAPIScalerProps) {
			p.PollingIntervalSeconds, p.ScaleDownPodsPerMinute, p.ScaleDownStabilizationSeconds = -1, -1, -1
		}, []string{
			`pollingIntervalSeconds: invalid value -1: must be at least 1`,
			`scaleDownPodsPerMinute: invalid value -1: must be at least 1`,
			`scaleDownStabilizationSeconds: invalid value -1: must be between 1 and 3600`,
		}},
		{"stabilization above an hour", func(p *keda.MetricsAPIScalerProps) { p.ScaleDownStabilizationSeconds = 3601 },
			[]string{`scaleDownStabilizationSeconds: invalid value 3601: must be between 1 and 3600`}},
		{"secret without header", func(p *keda.MetricsAPIScalerProps) { withAuth(p).AuthHeaderName = "" },
			[]string{`authHeaderName: required: set the request header that carries the credential, e.g. "X-Api-Key", or clear authSecretName and authSecretKey`}},
		{"header without secret", func(p *keda.MetricsAPIScalerProps) { p.AuthHeaderName = "X-Api-Key" }, []string{
			`authSecretName: required: set the Secret that holds the header's value`,
			`authSecretKey: required: set the key of authSecretName that holds the header's value`,
		}},
		{"bad auth values", func(p *keda.MetricsAPIScalerProps) {
			withAuth(p)
			p.AuthHeaderName, p.AuthSecretName, p.AuthSecretKey = "X-Api Key:", "Shop_Secret", "api/key"
		}, []string{
			"authHeaderName: invalid value \"X-Api Key:\": must be an HTTP header name: letters, digits and !#$%&'*+-.^_`|~",
			`authSecretName: invalid value "Shop_Secret": must be a lowercase RFC 1123 subdomain`,
			`authSecretKey: invalid value "api/key": must be a Secret key: letters, digits, '-', '_' and '.'`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := props()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}
