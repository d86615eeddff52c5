package turn

import (
	"maps"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/imports/monitoringcoreoscom"
)

const (
	// DefaultMetricsPort is coturn's default Prometheus exporter port.
	DefaultMetricsPort = 9641
	// MetricsPath is where coturn's exporter serves its metrics; "/" on the
	// same port answers "ok", a health check.
	MetricsPath = "/metrics"
)

// MetricsProps configures coturn's Prometheus exporter (the prometheus and
// prometheus-port options). The exporter listens on every address of the
// pod, over plain HTTP without authentication; in host-network mode that
// means every address of the node, so keep the port closed on the node's
// firewall. Its port is declared on the container only: the LoadBalancer
// Service never exposes it, and it does not count against
// MaxLoadBalancerListeners.
type MetricsProps struct {
	// Port is the exporter's port. It must be 1024 or above and differ from
	// every other port of the relay. Default: DefaultMetricsPort (9641).
	Port int
	// PodMonitor renders a Prometheus Operator PodMonitor that selects the
	// relay's pod by SelectorLabels and scrapes MetricsPath on the
	// MetricsPortName port. The monitoring.coreos.com CRDs must be
	// installed. Default: false.
	PodMonitor bool
	// PodMonitorLabels are extra labels on the PodMonitor, for a Prometheus
	// whose podMonitorSelector picks monitors by label (kube-prometheus-stack
	// selects "release: <its release name>" by default). Only with
	// PodMonitor. Default: none.
	PodMonitorLabels map[string]string
}

func (m MetricsProps) withDefaults() MetricsProps {
	if m.Port == 0 {
		m.Port = DefaultMetricsPort
	}
	return m
}

func (p *TurnRelayProps) newPodMonitor(scope constructs.Construct) monitoringcoreoscom.PodMonitor {
	extra := maps.Clone(p.Labels)
	if extra == nil {
		extra = map[string]string{}
	}
	maps.Copy(extra, p.Metrics.PodMonitorLabels)
	return monitoringcoreoscom.NewPodMonitor(scope, jsii.String("PodMonitor"), &monitoringcoreoscom.PodMonitorProps{
		Metadata: &cdk8s.ApiObjectMetadata{
			Name:   jsii.String(p.Name),
			Labels: k8sutil.StrMap(k8sutil.MergeLabels(p.SelectorLabels, extra)),
		},
		Spec: &monitoringcoreoscom.PodMonitorSpec{
			Selector: &monitoringcoreoscom.PodMonitorSpecSelector{MatchLabels: k8sutil.StrMap(p.SelectorLabels)},
			PodMetricsEndpoints: &[]*monitoringcoreoscom.PodMonitorSpecPodMetricsEndpoints{{
				Port: jsii.String(MetricsPortName),
				Path: jsii.String(MetricsPath),
			}},
		},
	})
}
