package keda_test

import (
	"math"
	"testing"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/keda"
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
			p.ScaleDownStabilizationSeconds = intPtr(3600)
			p.TargetValue = 0.5
			p.MinReplicas, p.MaxReplicas = 1, 1
		}, nil},
		{"nothing set", func(p *keda.MetricsAPIScalerProps) { *p = keda.MetricsAPIScalerProps{} }, []string{
			`name: Required value: set a lowercase name such as "my-app"`,
			`deploymentName: Required value: name the Deployment to scale`,
			`serviceName: Required value: name the Service that serves the endpoint`,
			`serviceNamespace: Required value: name the Service's namespace`,
			`servicePort: Required value: set the port of the Service that serves the endpoint, e.g. 8080`,
			`path: Required value: set the endpoint's URL path, e.g. "/metrics"`,
			`valueLocation: Required value: set the GJSON path of the number in the JSON response, e.g. "sessions.total"`,
			`targetValue: Invalid value: 0: must be a number greater than 0: how much of the metric one replica should carry`,
			`minReplicas: Invalid value: 0: must be at least 1; scaling to zero is not supported`,
			`maxReplicas: Invalid value: 0: must be at least minReplicas (0)`,
		}},
		{"bad names", func(p *keda.MetricsAPIScalerProps) {
			p.Name, p.DeploymentName, p.ServiceName, p.ServiceNamespace = "Shop", "shop_web", "web.shop", "-shop"
		}, []string{
			`name: Invalid value: "Shop": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
			`deploymentName: Invalid value: "shop_web": a lowercase RFC 1123 label must consist of`,
			`serviceName: Invalid value: "web.shop": a DNS-1035 label must consist of`,
			`serviceNamespace: Invalid value: "-shop": a lowercase RFC 1123 label must consist of`,
		}},
		{"port out of range", func(p *keda.MetricsAPIScalerProps) { p.ServicePort = 70000 },
			[]string{`servicePort: Invalid value: 70000: must be between 1 and 65535, inclusive`}},
		{"bad cluster domain", func(p *keda.MetricsAPIScalerProps) { p.ClusterDomain = ".Cluster.Local" },
			[]string{`clusterDomain: Invalid value: ".Cluster.Local": a lowercase RFC 1123 subdomain must consist of`}},
		{"relative path", func(p *keda.MetricsAPIScalerProps) { p.Path = "metrics" },
			[]string{`path: Invalid value: "metrics": must start with "/" and contain no spaces, "?" or "#"; put query parameters in query`}},
		{"query in path", func(p *keda.MetricsAPIScalerProps) { p.Path = "/metrics?buffer=2" },
			[]string{`path: Invalid value: "/metrics?buffer=2": must start with "/" and contain no spaces, "?" or "#"; put query parameters in query`}},
		{"empty query name", func(p *keda.MetricsAPIScalerProps) { p.Query = map[string]string{"": "2"} },
			[]string{`query[]: Invalid value: "2": query parameter names must not be empty`}},
		{"negative target", func(p *keda.MetricsAPIScalerProps) { p.TargetValue = -1 },
			[]string{`targetValue: Invalid value: -1: must be a number greater than 0`}},
		{"NaN target", func(p *keda.MetricsAPIScalerProps) { p.TargetValue = math.NaN() },
			[]string{`targetValue: Invalid value: NaN: must be a number greater than 0`}},
		{"infinite target", func(p *keda.MetricsAPIScalerProps) { p.TargetValue = math.Inf(1) },
			[]string{`targetValue: Invalid value: +Inf: must be a number greater than 0`}},
		{"max below min", func(p *keda.MetricsAPIScalerProps) { p.MinReplicas, p.MaxReplicas = 4, 3 },
			[]string{`maxReplicas: Invalid value: 3: must be at least minReplicas (4)`}},
		{"scale to zero", func(p *keda.MetricsAPIScalerProps) { p.MinReplicas = 0 },
			[]string{`minReplicas: Invalid value: 0: must be at least 1; scaling to zero is not supported`}},
		{"negative knobs", func(p *keda.MetricsAPIScalerProps) {
			p.PollingIntervalSeconds, p.ScaleDownPodsPerMinute, p.ScaleDownStabilizationSeconds = -1, -1, intPtr(-1)
		}, []string{
			`pollingIntervalSeconds: Invalid value: -1: must be at least 1`,
			`scaleDownPodsPerMinute: Invalid value: -1: must be at least 1`,
			`scaleDownStabilizationSeconds: Invalid value: -1: must be between 0 and 3600`,
		}},
		{"stabilization above an hour", func(p *keda.MetricsAPIScalerProps) { p.ScaleDownStabilizationSeconds = intPtr(3601) },
			[]string{`scaleDownStabilizationSeconds: Invalid value: 3601: must be between 0 and 3600`}},
		{"no stabilization window", func(p *keda.MetricsAPIScalerProps) { p.ScaleDownStabilizationSeconds = intPtr(0) }, nil},
		{"secret without header", func(p *keda.MetricsAPIScalerProps) { withAuth(p).AuthHeaderName = "" },
			[]string{`authHeaderName: Required value: set the request header that carries the credential, e.g. "X-Api-Key", or clear authSecretName and authSecretKey`}},
		{"header without secret", func(p *keda.MetricsAPIScalerProps) { p.AuthHeaderName = "X-Api-Key" }, []string{
			`authSecretName: Required value: set the Secret that holds the header's value`,
			`authSecretKey: Required value: set the key of authSecretName that holds the header's value`,
		}},
		{"bad auth values", func(p *keda.MetricsAPIScalerProps) {
			withAuth(p)
			p.AuthHeaderName, p.AuthSecretName, p.AuthSecretKey = "X-Api Key:", "Shop_Secret", "api/key"
		}, []string{
			`authHeaderName: Invalid value: "X-Api Key:": a valid HTTP header must consist of alphanumeric characters or '-'`,
			`authSecretName: Invalid value: "Shop_Secret": a lowercase RFC 1123 subdomain must consist of`,
			`authSecretKey: Invalid value: "api/key": a valid config key must consist of alphanumeric characters, '-', '_' or '.'`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := props()
			tc.mutate(p)
			testutil.AssertErrors(t, p.Validate(), tc.want)
		})
	}
}

func intPtr(n int) *int { return &n }
