package config

import (
	"maps"
	"slices"
)

// Presets are the reference topologies, by name. Each returns a fresh
// value, so callers may change it freely.
var Presets = map[string]func() *Config{
	"default": Default,
}

// PresetNames lists the preset names in a stable order.
func PresetNames() []string { return slices.Sorted(maps.Keys(Presets)) }

// Default is the reference topology: every datastore bundled, Gateway API
// exposure with a placeholder class, web 2, ui 2, workers 1, no HPA.
func Default() *Config {
	apiResources := Resources{Requests: ResourceList{CPU: "250m", Memory: "512Mi"}, Limits: ResourceList{CPU: "1", Memory: "1Gi"}}
	return &Config{
		Topology:  "default",
		Release:   "dograh",
		Namespace: "dograh",
		Images: Images{
			API:    Image{Registry: "docker.io", Repository: "dograhai/dograh-api", Tag: "latest"},
			UI:     Image{Registry: "docker.io", Repository: "dograhai/dograh-ui", Tag: "latest"},
			Coturn:   Image{Registry: "docker.io", Repository: "coturn/coturn", Tag: "4.8.0"},
			Postgres: Image{Registry: "docker.io", Repository: "pgvector/pgvector", Tag: "pg17"},
			Redis:    Image{Registry: "docker.io", Repository: "redis", Tag: "7.4-alpine"},
			Minio:    Image{Registry: "docker.io", Repository: "minio/minio", Tag: "RELEASE.2025-04-22T22-12-26Z"},
		},
		App: AppConfig{
			Environment:       "production",
			LogLevel:          "INFO",
			EnableTelemetry:   false,
			FastAPIWorkers:    1,
			EnableSignup:      true,
			ForwardedAllowIPs: "*",
		},
		Web: Web{
			Component: Component{Enabled: true, Resources: Resources{
				Requests: ResourceList{CPU: "500m", Memory: "1Gi"}, Limits: ResourceList{CPU: "2", Memory: "2Gi"}}},
			Replicas:                      2,
			Autoscaling:                   Autoscaling{MinReplicas: 2, MaxReplicas: 10, CPUUtilizationPercent: 70},
			PodDisruptionBudget:           PodDisruptionBudget{Enabled: true, MinAvailable: 1},
			TerminationGracePeriodSeconds: 600,
			Drain:                         Drain{InitialDelaySeconds: 15},
		},
		ArqWorker:            Worker{Component: Component{Enabled: true, Resources: apiResources}, Replicas: 1, Autoscaling: Autoscaling{MinReplicas: 1, MaxReplicas: 5, CPUUtilizationPercent: 70}},
		AriManager:           Singleton{Component: Component{Enabled: true, Resources: smallAPI()}},
		CampaignOrchestrator: Singleton{Component: Component{Enabled: true, Resources: smallAPI()}},
		UI: UI{
			Component: Component{Enabled: true, Resources: Resources{
				Requests: ResourceList{CPU: "100m", Memory: "256Mi"}, Limits: ResourceList{CPU: "500m", Memory: "512Mi"}}},
			Replicas:            2,
			Autoscaling:         Autoscaling{MinReplicas: 2, MaxReplicas: 6, CPUUtilizationPercent: 70},
			PodDisruptionBudget: PodDisruptionBudget{Enabled: true, MinAvailable: 1},
		},
		Coturn: Coturn{
			Component: Component{Enabled: true, Resources: Resources{
				Requests: ResourceList{CPU: "100m", Memory: "128Mi"}, Limits: ResourceList{CPU: "1", Memory: "512Mi"}}},
			Realm:                    "dograh",
			MinRelayPort:             49152,
			MaxRelayPort:             49200,
			MaxLoadBalancerListeners: 50,
		},
		Exposure: Exposure{
			Mode: ExposureGatewayAPI,
			GatewayAPI: GatewayAPI{
				CreateGateway:    true,
				GatewayClassName: PlaceholderGatewayClass,
			},
		},
		Database: Database{Mode: DatabaseInternal, Internal: Datastore{
			Resources:   Resources{Requests: ResourceList{CPU: "100m", Memory: "256Mi"}, Limits: ResourceList{CPU: "1", Memory: "1Gi"}},
			Persistence: Persistence{Size: "8Gi"},
		}},
		Redis: Redis{Mode: RedisInternal, Internal: Datastore{
			Resources:   Resources{Requests: ResourceList{CPU: "50m", Memory: "64Mi"}, Limits: ResourceList{CPU: "500m", Memory: "256Mi"}},
			Persistence: Persistence{Size: "8Gi"},
		}},
		Storage: Storage{Mode: StorageInternalMinio, Bucket: "voice-audio", Internal: Datastore{
			Resources:   Resources{Requests: ResourceList{CPU: "100m", Memory: "256Mi"}, Limits: ResourceList{CPU: "1", Memory: "1Gi"}},
			Persistence: Persistence{Size: "20Gi"},
		}, S3: S3{Credentials: S3CredentialsIRSA}},
		Migrations: Migrations{
			Enabled:               true,
			Resources:             smallAPI(),
			BackoffLimit:          1,
			ActiveDeadlineSeconds: 600,
			GateApp:               true,
		},
		SharedTmp: SharedTmp{Size: "10Gi"},
	}
}

// PlaceholderGatewayClass marks a GatewayClass the operator must replace;
// the NOTES warn while it is in use.
const PlaceholderGatewayClass = "replace-me"

func smallAPI() Resources {
	return Resources{Requests: ResourceList{CPU: "100m", Memory: "256Mi"}, Limits: ResourceList{CPU: "500m", Memory: "512Mi"}}
}
