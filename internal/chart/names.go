package chart

import (
	"strings"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// names are the object names of one installation. They match the Helm
// chart's, so an installation it made can be taken over: selectors,
// StatefulSet names and claim templates are immutable.
type names struct {
	full, serviceAccount, config, appSecret                      string
	web, arqWorker, ariManager, campaignOrchestrator, ui, coturn string
	postgres, redis, minio                                       string
	postgresSecret, redisSecret, minioSecret, coturnTLSSecret    string
	gateway, routeAPI, routeUI, routeMinio                       string
	sharedTmp, migrate                                           string
}

// fullName follows Helm's convention: the release name when it already
// contains the chart name, else "<release>-dograh".
func fullName(release string) string {
	if strings.Contains(release, "dograh") {
		return release
	}
	return release + "-dograh"
}

func namesOf(cfg *config.Config) names {
	f := fullName(cfg.Release)
	return names{
		full:                 f,
		serviceAccount:       f,
		config:               f + "-config",
		appSecret:            orDefault(cfg.Secrets.App, f+"-secret"),
		postgresSecret:       orDefault(cfg.Secrets.Postgres, f+"-postgresql"),
		redisSecret:          orDefault(cfg.Secrets.Redis, f+"-redisinternal"),
		minioSecret:          orDefault(cfg.Secrets.Minio, f+"-minio"),
		coturnTLSSecret:      orDefault(cfg.Coturn.TLS.SecretName, f+"-coturn-tls"),
		web:                  f + "-web",
		arqWorker:            f + "-arq-worker",
		ariManager:           f + "-ari-manager",
		campaignOrchestrator: f + "-campaign-orchestrator",
		ui:                   f + "-ui",
		coturn:               f + "-coturn",
		postgres:             f + "-postgresql",
		redis:                f + "-redisinternal-master",
		minio:                f + "-minio",
		gateway:              f,
		routeAPI:             f + "-api",
		routeUI:              f + "-ui",
		routeMinio:           f + "-minio",
		sharedTmp:            f + "-shared-tmp",
		migrate:              f + "-migrate",
	}
}

// secretKey is the config key of a Secret's name: its own key when the
// config sets one, else the release, which the default name derives from.
func secretKey(set, key string) string {
	if set != "" {
		return key
	}
	return "release"
}

// Component label values, as the Helm chart sets them.
const (
	componentWeb                  = "web"
	componentArqWorker            = "arq-worker"
	componentAriManager           = "ari-manager"
	componentCampaignOrchestrator = "campaign-orchestrator"
	componentUI                   = "ui"
	componentCoturn               = "coturn"
)

// selector is the Helm chart's selector of one component. Never add to it:
// Deployment and StatefulSet selectors are immutable.
func selector(cfg *config.Config, component string) map[string]string {
	return map[string]string{
		"app.kubernetes.io/name":      "dograh",
		"app.kubernetes.io/instance":  cfg.Release,
		"app.kubernetes.io/component": component,
	}
}

// commonLabels go on every object. part-of and managed-by are never in a
// selector, so they can change without breaking an installation.
func commonLabels(cfg *config.Config) map[string]string {
	return map[string]string{
		"app.kubernetes.io/name":       "dograh",
		"app.kubernetes.io/instance":   cfg.Release,
		"app.kubernetes.io/part-of":    "dograh",
		"app.kubernetes.io/managed-by": "cdk8s",
	}
}

// Role labels group pods for NetworkPolicy, so one policy covers a role
// rather than one per component. They are never in a selector.
const (
	// datastoreClientLabel marks pods that talk to PostgreSQL, Redis and MinIO.
	datastoreClientLabel = "dograh.com/datastore-client"
	// internetEgressLabel marks pods that call APIs on the internet over HTTPS.
	internetEgressLabel = "dograh.com/internet-egress"
	// asteriskClientLabel marks pods that call Asterisk's REST interface.
	asteriskClientLabel = "dograh.com/asterisk-client"
)

// labelsOf are the labels of a component's objects and pods: the common
// ones plus the roles it plays.
func labelsOf(cfg *config.Config, component string) map[string]string {
	l := commonLabels(cfg)
	switch component {
	case componentWeb, componentArqWorker, componentAriManager, componentCampaignOrchestrator:
		l[datastoreClientLabel] = "true"
		l[internetEgressLabel] = "true"
		l[asteriskClientLabel] = "true"
	case componentMigrate:
		l[datastoreClientLabel] = "true"
	case componentUI:
		if cfg.App.EnableTelemetry {
			l[internetEgressLabel] = "true"
		}
	}
	return l
}

// PodLabels are the labels the pods of a component carry, e.g. "web" or
// "postgresql": what NetworkPolicies and Services select them by.
func PodLabels(cfg *config.Config, component string) map[string]string {
	l := labelsOf(cfg, component)
	for k, v := range selector(cfg, component) {
		l[k] = v
	}
	return l
}
