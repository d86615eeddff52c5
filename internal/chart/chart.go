// Package chart turns a validated config.Config into one cdk8s chart: the
// whole Dograh installation of one topology. It composes the reusable
// constructs and adds what is Dograh's own: names, labels, env wiring and
// the process commands.
package chart

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// New builds the chart of cfg under scope, with the chart id cfg.Topology,
// so cdk8s writes it to "<topology>.k8s.yaml". cfg must be valid
// (config.Validate); constructs panic on what slipped through.
func New(scope constructs.Construct, cfg *config.Config) cdk8s.Chart {
	ch := cdk8s.NewChart(scope, jsii.String(cfg.Topology), &cdk8s.ChartProps{
		Namespace:                 jsii.String(cfg.Namespace),
		DisableResourceNameHashes: jsii.Bool(true),
		Labels:                    strMap(commonLabels(cfg)),
	})
	b := &builder{cfg: cfg, chart: ch, n: namesOf(cfg), services: map[string]k8s.KubeService{}}
	b.namespace()
	b.serviceAccount()
	b.appConfigMap()
	b.sharedTmp()
	b.web()
	b.arqWorker()
	b.singletons()
	b.ui()
	b.coturn()
	b.postgres()
	b.redis()
	b.minio()
	b.migrations()
	b.exposure()
	b.networkPolicy()
	return ch
}

// PodSecurityLevel is the Pod Security level the namespace of cfg needs:
// restricted, unless coturn binds the node's network. The TurnRelay
// construct knows which level its modes need.
func PodSecurityLevel(cfg *config.Config) string {
	if !cfg.Coturn.Enabled {
		return turn.PodSecurityRestricted
	}
	return (&turn.TurnRelayProps{HostNetwork: cfg.Coturn.HostNetwork}).PodSecurityLevel()
}

type builder struct {
	cfg *config.Config
	// chart receives the objects; nil while the builder only plans the
	// constructs' props for Validate.
	chart cdk8s.Chart
	n     names
	// errs are the problems found while planning, at config paths.
	errs field.ErrorList
	// services are the in-release Services routes may reach, by name.
	services map[string]k8s.KubeService
}

// namespace renders the Namespace first, so a plain `kubectl apply -f`
// creates it before anything in it, with its Pod Security labels.
func (b *builder) namespace() {
	level := PodSecurityLevel(b.cfg)
	ns := k8s.NewKubeNamespace(b.chart, jsii.String("namespace"), &k8s.KubeNamespaceProps{
		Metadata: &k8s.ObjectMeta{
			Name: jsii.String(b.cfg.Namespace),
			Labels: strMap(map[string]string{
				"pod-security.kubernetes.io/enforce": level,
				"pod-security.kubernetes.io/warn":    level,
				"pod-security.kubernetes.io/audit":   level,
			}),
		},
	})
	// The chart stamps its namespace on every object, even cluster-scoped ones.
	cdk8s.ApiObject_Of(ns).AddJsonPatch(cdk8s.JsonPatch_Remove(jsii.String("/metadata/namespace")))
}

func (b *builder) serviceAccount() {
	k8s.NewKubeServiceAccount(b.chart, jsii.String("service-account"), &k8s.KubeServiceAccountProps{
		Metadata: &k8s.ObjectMeta{
			Name:        jsii.String(b.n.serviceAccount),
			Annotations: strMap(b.cfg.ServiceAccount.Annotations),
		},
		// Only pods that call the API mount a token; none of these do.
		AutomountServiceAccountToken: jsii.Bool(false),
	})
}

func (b *builder) appConfigMap() {
	k8s.NewKubeConfigMap(b.chart, jsii.String("config"), &k8s.KubeConfigMapProps{
		Metadata: &k8s.ObjectMeta{Name: jsii.String(b.n.config)},
		Data:     strMap(appSettings(b.cfg, b.n)),
	})
}
