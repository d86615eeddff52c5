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
	postgresSecret, redisSecret, minioSecret                     string
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
	or := func(name, def string) string {
		if name != "" {
			return name
		}
		return def
	}
	return names{
		full:                 f,
		serviceAccount:       f,
		config:               f + "-config",
		appSecret:            or(cfg.Secrets.App, f+"-secret"),
		postgresSecret:       or(cfg.Secrets.Postgres, f+"-postgresql"),
		redisSecret:          or(cfg.Secrets.Redis, f+"-redisinternal"),
		minioSecret:          or(cfg.Secrets.Minio, f+"-minio"),
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

// PruneSelector selects every object this project rendered for one
// installation, for `kubectl apply --prune -l`. managed-by=cdk8s keeps
// objects made by hand or by Helm out of it.
func PruneSelector(cfg *config.Config) string {
	return "app.kubernetes.io/instance=" + cfg.Release + ",app.kubernetes.io/managed-by=cdk8s"
}
