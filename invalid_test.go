package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each invalid config exits 2, names the offending path and value, and
// leaves the output folder exactly as it was.
func TestInvalidConfigs_Exit2WithPathAndWriteNothing(t *testing.T) {
	for _, tc := range []struct {
		name, yaml, want string
	}{
		{"no topology", "release: dograh\n", `topology: invalid value "": must name the base topology, one of aws, default, k3s-prod, managed, single-node`},
		{"unknown topology", "topology: huge\n", `topology: invalid value "huge": must name the base topology`},
		{"unknown top-level key", "topology: default\nreplicas: 3\n", "replicas: unknown key"},
		{"typo with suggestion", "topology: default\nweb:\n  replcas: 3\n", `web.replcas: unknown key: did you mean "replicas"?`},
		{"unknown nested key", "topology: default\nstorage:\n  s3:\n    regoin: x\n", `storage.s3.regoin: unknown key: did you mean "region"?`},
		{"wrong type", "topology: default\nweb:\n  replicas: two\n", "web.replicas: invalid value of type string: must be an integer"},
		{"wrong type bool", "topology: default\nconfig:\n  enableSignup: maybe\n", "config.enableSignup: invalid value of type string: must be true or false"},
		{"not a mapping", "- a\n- b\n", "not a YAML mapping"},
		{"bad release", "topology: default\nrelease: Dograh_Prod\n", `release: invalid value "Dograh_Prod": must be a lowercase RFC 1123 label`},
		{"empty namespace", "topology: default\nnamespace: \"\"\n", "namespace: required"},
		{"empty image tag", "topology: default\nimages:\n  api: {repository: dograhai/dograh-api, tag: \"\"}\n", "images.api.tag: required"},
		{"image tag with colon", "topology: default\nimages:\n  ui: {repository: dograhai/dograh-ui, tag: \"a:b\"}\n", `images.ui.tag: invalid value "a:b"`},
		{"web replicas zero", "topology: default\nweb:\n  replicas: 0\n", "web.replicas: invalid value 0: must be at least 1; to run none, set enabled: false"},
		{"worker replicas negative", "topology: default\narqWorker:\n  replicas: -2\n", "arqWorker.replicas: invalid value -2: must be at least 1"},
		{"hpa max below min", "topology: default\nweb:\n  autoscaling: {enabled: true, minReplicas: 4, maxReplicas: 2}\n", "web.autoscaling.maxReplicas: invalid value 2: must be at least autoscaling.minReplicas (4)"},
		{"hpa min zero", "topology: default\nui:\n  autoscaling: {enabled: true, minReplicas: 0, maxReplicas: 2}\n", "ui.autoscaling.minReplicas: invalid value 0: must be at least 1"},
		{"hpa percent", "topology: default\narqWorker:\n  autoscaling: {enabled: true, minReplicas: 1, maxReplicas: 2, cpuUtilizationPercent: 5000}\n", "arqWorker.autoscaling.cpuUtilizationPercent: invalid value 5000"},
		{"pdb zero", "topology: default\nweb:\n  podDisruptionBudget: {enabled: true, minAvailable: 0}\n", "web.podDisruptionBudget.minAvailable: invalid value 0"},
		{"bad quantity", "topology: default\nweb:\n  resources: {requests: {cpu: lots, memory: 1Gi}, limits: {cpu: \"2\", memory: 2Gi}}\n", `web.resources.requests.cpu: invalid value "lots": must be a Kubernetes quantity`},
		{"request above limit", "topology: default\nui:\n  resources: {requests: {cpu: 100m, memory: 4Gi}, limits: {cpu: 500m, memory: 512Mi}}\n", `ui.resources.requests.memory: invalid value "4Gi": must not exceed resources.limits.memory ("512Mi")`},
		{"missing limit", "topology: default\ncoturn:\n  resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: \"1\", memory: \"\"}}\n", "coturn.resources.limits.memory: required"},
		{"bad toleration", "topology: default\nweb:\n  tolerations: [{key: a, operator: Maybe}]\n", `web.tolerations[0].operator: invalid value "Maybe": must be Equal or Exists`},
		{"relay range reversed", "topology: default\ncoturn:\n  minRelayPort: 50000\n  maxRelayPort: 49000\n", "coturn.maxRelayPort: invalid value 49000: must be between coturn.minRelayPort (50000) and 65535"},
		{"relay below 1024", "topology: default\ncoturn:\n  minRelayPort: 80\n", "coturn.minRelayPort: invalid value 80"},
		{"too many listeners", "topology: default\ncoturn:\n  maxRelayPort: 49300\n", "coturn.maxRelayPort: invalid value 49300: the LoadBalancer Service needs 150 listeners (149 relay ports plus 3478), more than coturn.maxLoadBalancerListeners (50); lower coturn.maxRelayPort to 49200"},
		{"annotations in host network", "topology: single-node\ncoturn:\n  serviceAnnotations: {a: b}\n", "coturn.serviceAnnotations: invalid value"},
		{"gateway without class", "topology: default\nexposure:\n  gatewayApi: {gatewayClassName: \"\"}\n", "exposure.gatewayApi.gatewayClassName: required when createGateway is true"},
		{"existing gateway without name", "topology: default\nexposure:\n  gatewayApi: {createGateway: false}\n", "exposure.gatewayApi.existingGateway.name: required when createGateway is false"},
		{"ingress without class", "topology: single-node\nexposure:\n  ingress: {className: \"\"}\n", "exposure.ingress.className: required in ingress mode"},
		{"unknown exposure mode", "topology: default\nexposure:\n  mode: loadBalancer\n", `exposure.mode: invalid value "loadBalancer": must be gatewayApi or ingress`},
		{"unknown database mode", "topology: default\ndatabase:\n  mode: sqlite\n", `database.mode: invalid value "sqlite": must be internal or external`},
		{"unknown redis mode", "topology: default\nredis:\n  mode: memcached\n", `redis.mode: invalid value "memcached"`},
		{"unknown storage mode", "topology: default\nstorage:\n  mode: gcs\n", `storage.mode: invalid value "gcs": must be internalMinio, externalMinio or s3`},
		{"bad volume size", "topology: default\ndatabase:\n  internal:\n    persistence: {size: big}\n", `database.internal.persistence.size: invalid value "big"`},
		{"bad bucket", "topology: default\nstorage:\n  bucket: Voice_Audio\n", `storage.bucket: invalid value "Voice_Audio": must be an S3 bucket name`},
		{"external minio without endpoint", "topology: default\nstorage:\n  mode: externalMinio\n", "storage.external.endpoint: required when storage.mode is externalMinio"},
		{"external minio with scheme", "topology: default\nstorage:\n  mode: externalMinio\n  external: {endpoint: \"https://minio.example.com\"}\n", `storage.external.endpoint: invalid value "https://minio.example.com": must be host:port without a scheme`},
		{"s3 without region", "topology: default\nstorage:\n  mode: s3\n  s3: {credentials: accessKeys}\n", "storage.s3.region: required when storage.mode is s3"},
		{"irsa without role", "topology: default\nstorage:\n  mode: s3\n  s3: {region: us-east-1, credentials: irsa}\n", "serviceAccount.annotations: eks.amazonaws.com/role-arn: required when storage.s3.credentials is irsa"},
		{"unknown s3 credentials", "topology: default\nstorage:\n  mode: s3\n  s3: {region: us-east-1, credentials: env}\n", `storage.s3.credentials: invalid value "env": must be irsa or accessKeys`},
		{"shared tmp without class", "topology: default\nsharedTmp:\n  enabled: true\n", "sharedTmp.storageClass: required when sharedTmp is enabled"},
		{"negative backoff", "topology: default\nmigrations:\n  backoffLimit: -1\n", "migrations.backoffLimit: invalid value -1: must be 0 or more"},
		{"zero deadline", "topology: default\nmigrations:\n  activeDeadlineSeconds: 0\n", "migrations.activeDeadlineSeconds: invalid value 0: must be at least 1"},
		{"netpol without ingress peers", "topology: default\nnetworkPolicy:\n  ingressFrom: []\n", "networkPolicy.ingressFrom: required when networkPolicy is enabled"},
		{"netpol peer both cidr and labels", "topology: default\nnetworkPolicy:\n  ingressFrom: [{cidr: 10.0.0.0/8, namespaceLabels: {a: b}}]\n", `networkPolicy.ingressFrom[0].cidr: invalid value "10.0.0.0/8": a peer is either a CIDR or namespaces/pods by labels`},
		{"netpol cidr host bits", "topology: managed\nnetworkPolicy:\n  externalDatabase: {cidrs: [10.1.2.3/16]}\n", `networkPolicy.externalDatabase.cidrs[0]: invalid value "10.1.2.3/16": has host bits set; use "10.1.0.0/16"`},
		{"external redis without ranges", "topology: managed\nnetworkPolicy:\n  externalRedis: {cidrs: []}\n", "networkPolicy.externalRedis.cidrs: required when networkPolicy is enabled and that datastore is external"},
		{"hpa and keda on web", "topology: managed\nweb:\n  keda: {enabled: true}\n", "web.keda.enabled: invalid value true: web.autoscaling is enabled too; one Deployment takes one autoscaler"},
		{"keda calls per pod", "topology: default\nweb:\n  keda: {enabled: true, callsPerPod: 0}\n", "web.keda.callsPerPod: invalid value 0: must be at least 1"},
		{"image run as root", "topology: default\nimages:\n  api: {runAsUser: 0}\n", "images.api.runAsUser: invalid value 0: must be the numeric non-root UID the image runs as"},
		{"fastapi workers", "topology: default\nconfig:\n  fastapiWorkers: 4\n", "config.fastapiWorkers: invalid value 4: has no effect: the image's scripts/run_web.sh starts uvicorn with --workers 1"},
		{"duplicate key", "topology: default\nweb:\n  replicas: 2\n  replicas: 3\n", "web.replicas: duplicate key at line 4, first given at line 3"},
		{"second document", "topology: default\n---\ntopology: aws\n", "line 3: a second YAML document"},
		{"langfuse without project", "topology: default\nconfig:\n  langfuseHost: https://cloud.langfuse.com\n", "config.langfuseProjectId: required when config.langfuseHost is set"},
		{"plain http", "topology: default\nexposure:\n  tlsSecretName: \"\"\n", "exposure.tlsSecretName: required: the UI's session cookie is Secure, so nobody can log in over plain HTTP"},
		{"extra env shadows a setting", "topology: default\nconfig:\n  extraEnv: {ENABLE_AWS_S3: \"true\"}\n", `config.extraEnv.ENABLE_AWS_S3: invalid value "ENABLE_AWS_S3": is already set by the manifests (storage.mode)`},
		{"extra env bad name", "topology: default\nconfig:\n  extraEnv: {\"1BAD\": x}\n", `config.extraEnv.1BAD: invalid value "1BAD": must be an environment variable name`},
		{"secret env twice", "topology: default\nconfig:\n  secretEnv: [SENTRY_DSN, SENTRY_DSN]\n", `config.secretEnv[1]: invalid value "SENTRY_DSN": is listed twice`},
		{"coturn pod cidr", "topology: default\ncoturn:\n  podCidrs: [10.42.0.1/16]\n", `coturn.podCidrs[0]: invalid value "10.42.0.1/16": has host bits set; use "10.42.0.0/16"`},
		{"egress port", "topology: default\nnetworkPolicy:\n  internetEgressPorts: [0]\n", "networkPolicy.internetEgressPorts[0]: invalid value 0: must be a port number between 1 and 65535"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out")
			require.NoError(t, os.MkdirAll(out, 0o755))
			existing := filepath.Join(out, "default.k8s.yaml")
			require.NoError(t, os.WriteFile(existing, []byte("previous\n"), 0o644))
			cfg := filepath.Join(dir, "site.yaml")
			require.NoError(t, os.WriteFile(cfg, []byte(tc.yaml), 0o644))

			code, stdout, stderr := runCLI(t, "-config", cfg, "-out", out)
			assert.Equal(t, 2, code, "stdout starts: %.200s", stdout)
			assert.Contains(t, stderr, tc.want)
			data, err := os.ReadFile(existing)
			require.NoError(t, err)
			assert.True(t, string(data) == "previous\n", "the output folder is untouched")
			entries, err := os.ReadDir(out)
			require.NoError(t, err)
			assert.Len(t, entries, 1, "nothing is written")
		})
	}
}
