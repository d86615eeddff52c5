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
		// The examples of issue 11: each passed before, and the API server
		// refused the apply halfway, or a drain hung.
		{"toleration seconds without NoExecute", "topology: default\nweb:\n  tolerations: [{key: pool, operator: Equal, value: calls, effect: NoSchedule, tolerationSeconds: 30}]\n",
			`web.tolerations[0].effect: Invalid value: "NoSchedule": effect must be 'NoExecute' when ` + "`tolerationSeconds`" + ` is set`},
		{"affinity operator Near", "topology: default\narqWorker:\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms: [{matchExpressions: [{key: pool, operator: Near, values: [calls]}]}]\n",
			`arqWorker.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Unsupported value: "Near": supported values: "In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"`},
		{"topology spread maxSkew 0", "topology: default\nui:\n  topologySpreadConstraints: [{maxSkew: 0, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule}]\n",
			"ui.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero"},
		{"annotation key with a space", "topology: default\nweb:\n  podAnnotations: {\"my key\": v}\n",
			`web.podAnnotations[my key]: Invalid value: "my key": name part must consist of alphanumeric characters`},
		{"node selector value that is not a label value", "topology: default\ncoturn:\n  nodeSelector: {pool: \"voice and video\"}\n",
			`coturn.nodeSelector[pool]: Invalid value: "voice and video": a valid label must be an empty string or consist of alphanumeric characters`},
		{"key given twice", "topology: default\nweb:\n  replicas: 2\n  replicas: 3\n",
			`web.replicas: Duplicate value: "replicas": given again at line 4, first at line 3: keep one`},
		{"second YAML document", "topology: default\n---\ntopology: aws\n", "line 3: a second YAML document"},
		{"exposure hostname", "topology: default\nexposure:\n  hostnames: [Dograh.Example.com]\n",
			`exposure.hostnames[0]: Invalid value: "Dograh.Example.com": a lowercase RFC 1123 subdomain must consist of`},
		{"coturn TLS name", "topology: managed\ncoturn:\n  host: turn_example\n",
			`coturn.host: Invalid value: "turn_example": a lowercase RFC 1123 subdomain must consist of`},
		{"coturn TLS without a name", "topology: managed\ncoturn:\n  host: \"\"\n",
			`coturn.host: Required value: list the names clients reach the relay at in their turns: URLs`},
		{"budget equal to replicas", "topology: default\nweb:\n  podDisruptionBudget: {enabled: true, minAvailable: 2}\n",
			"web.podDisruptionBudget.minAvailable: Invalid value: 2: must be below replicas (2): a budget that keeps every pod allows no eviction, so every node drain waits forever; lower minAvailable to 1 or raise replicas to 3"},

		// More footguns.
		{"budget equal to the autoscaler's floor", "topology: default\nui:\n  autoscaling: {enabled: true, minReplicas: 1, maxReplicas: 4}\n",
			"ui.podDisruptionBudget.minAvailable: Invalid value: 1: must be below autoscaling.minReplicas (1)"},
		{"budget equal to KEDA's floor", "topology: default\nweb:\n  keda: {enabled: true, minReplicas: 1}\n",
			"web.podDisruptionBudget.minAvailable: Invalid value: 1: must be below web.keda.minReplicas (1)"},
		{"readiness timing for a worker", "topology: default\narqWorker:\n  probes:\n    readiness: {periodSeconds: 5}\n",
			"arqWorker.probes.readiness: Forbidden: arqWorker has no readiness probe to tune (tunable: liveness)"},
		{"config checksum as a pod annotation", "topology: default\nweb:\n  podAnnotations: {checksum/config: pinned}\n",
			"web.podAnnotations[checksum/config]: Forbidden: is the hash that rolls the pods when the app's ConfigMap changes"},
		{"MinIO hostname taken by the app", "topology: default\nstorage:\n  publicHostname: dograh.example.com\n",
			`storage.publicHostname: Invalid value: "/": routes[1] already matches this prefix on hostname "dograh.example.com"`},
		{"release too long for the datastores' names", "topology: default\nrelease: a-very-long-release-name-for-redis\n",
			`release: Invalid value: "a-very-long-release-name-for-redis-dograh-redisinternal-master": must be at most 52 characters`},

		// Loading.
		{"no topology", "release: dograh\n", `topology: Unsupported value: "": supported values: "aws", "default", "k3s-prod", "managed", "single-node"`},
		{"unknown topology", "topology: huge\n", `topology: Unsupported value: "huge"`},
		{"unknown top-level key", "topology: default\nreplicas: 3\n", "replicas: Forbidden: unknown key"},
		{"typo with suggestion", "topology: default\nweb:\n  replcas: 3\n", `web.replcas: Forbidden: unknown key: did you mean "replicas"?`},
		{"unknown nested key", "topology: default\nstorage:\n  s3:\n    regoin: x\n", `storage.s3.regoin: Forbidden: unknown key: did you mean "region"?`},
		{"unknown affinity key", "topology: default\nweb:\n  affinity: {nodeAfinity: {}}\n", `web.affinity: Invalid value: unknown field "nodeAfinity"`},
		{"wrong type", "topology: default\nweb:\n  replicas: two\n", "web.replicas: Invalid value: a string, where it must be an integer"},
		{"wrong type bool", "topology: default\nconfig:\n  enableSignup: maybe\n", "config.enableSignup: Invalid value: a string, where it must be true or false"},
		{"not a mapping", "- a\n- b\n", "not a YAML mapping"},

		// The config's own rules.
		{"bad release", "topology: default\nrelease: Dograh_Prod\n", `release: Invalid value: "Dograh_Prod": a lowercase RFC 1123 label must consist of`},
		{"empty namespace", "topology: default\nnamespace: \"\"\n", "namespace: Required value"},
		{"empty image tag", "topology: default\nimages:\n  api: {repository: dograhai/dograh-api, tag: \"\"}\n", "images.api.tag: Required value"},
		{"image tag with colon", "topology: default\nimages:\n  ui: {repository: dograhai/dograh-ui, tag: \"a:b\"}\n", `images.ui.tag: Invalid value: "a:b"`},
		{"web replicas zero", "topology: default\nweb:\n  replicas: 0\n", "web.replicas: Invalid value: 0: must be at least 1; to run none, set enabled: false"},
		{"pdb zero", "topology: default\nweb:\n  podDisruptionBudget: {enabled: true, minAvailable: 0}\n", "web.podDisruptionBudget.minAvailable: Invalid value: 0: must be at least 1"},
		{"unknown exposure mode", "topology: default\nexposure:\n  mode: loadBalancer\n", `exposure.mode: Unsupported value: "loadBalancer": supported values: "gatewayApi", "ingress"`},
		{"unknown database mode", "topology: default\ndatabase:\n  mode: sqlite\n", `database.mode: Unsupported value: "sqlite": supported values: "internal", "external"`},
		{"unknown redis mode", "topology: default\nredis:\n  mode: memcached\n", `redis.mode: Unsupported value: "memcached"`},
		{"unknown storage mode", "topology: default\nstorage:\n  mode: gcs\n", `storage.mode: Unsupported value: "gcs": supported values: "internalMinio", "externalMinio", "s3"`},
		{"bad bucket", "topology: default\nstorage:\n  bucket: Voice_Audio\n", `storage.bucket: Invalid value: "Voice_Audio": must be an S3 bucket name`},
		{"external minio without endpoint", "topology: default\nstorage:\n  mode: externalMinio\n", "storage.external.endpoint: Required value: when storage.mode is externalMinio"},
		{"external minio with scheme", "topology: default\nstorage:\n  mode: externalMinio\n  external: {endpoint: \"https://minio.example.com\"}\n", `storage.external.endpoint: Invalid value: "https://minio.example.com": must be host:port without a scheme`},
		{"s3 without region", "topology: default\nstorage:\n  mode: s3\n  s3: {credentials: accessKeys}\n", "storage.s3.region: Required value: when storage.mode is s3"},
		{"irsa without role", "topology: default\nstorage:\n  mode: s3\n  s3: {region: us-east-1, credentials: irsa}\n", "serviceAccount.annotations[eks.amazonaws.com/role-arn]: Required value: when storage.s3.credentials is irsa"},
		{"unknown s3 credentials", "topology: default\nstorage:\n  mode: s3\n  s3: {region: us-east-1, credentials: env}\n", `storage.s3.credentials: Unsupported value: "env": supported values: "irsa", "accessKeys"`},
		{"shared tmp without class", "topology: default\nsharedTmp:\n  enabled: true\n", "sharedTmp.storageClass: Required value: when sharedTmp is enabled"},
		{"zero deadline", "topology: default\nmigrations:\n  activeDeadlineSeconds: 0\n", "migrations.activeDeadlineSeconds: Invalid value: 0: must be at least 1"},
		{"netpol without ingress peers", "topology: default\nnetworkPolicy:\n  ingressFrom: []\n", "networkPolicy.ingressFrom: Required value: when networkPolicy is enabled"},
		{"netpol peer both cidr and labels", "topology: default\nnetworkPolicy:\n  ingressFrom: [{cidr: 10.0.0.0/8, namespaceLabels: {a: b}}]\n", `networkPolicy.ingressFrom[0].cidr: Invalid value: "10.0.0.0/8": a peer is either a CIDR or namespaces/pods by labels`},
		{"external redis without ranges", "topology: managed\nnetworkPolicy:\n  externalRedis: {cidrs: []}\n", "networkPolicy.externalRedis.cidrs: Required value: when networkPolicy is enabled and that datastore is external"},
		{"fastapi workers", "topology: default\nconfig:\n  fastapiWorkers: 4\n", "config.fastapiWorkers: Invalid value: 4: has no effect: the image's scripts/run_web.sh starts uvicorn with --workers 1"},
		{"langfuse without project", "topology: default\nconfig:\n  langfuseHost: https://cloud.langfuse.com\n", "config.langfuseProjectId: Required value: when config.langfuseHost is set"},
		{"plain http", "topology: default\nexposure:\n  tlsSecretName: \"\"\n", "exposure.tlsSecretName: Required value: the UI's session cookie is Secure, so nobody can log in over plain HTTP"},
		{"extra env shadows a setting", "topology: default\nconfig:\n  extraEnv: {ENABLE_AWS_S3: \"true\"}\n", `config.extraEnv[ENABLE_AWS_S3]: Invalid value: "ENABLE_AWS_S3": is already set by the manifests (storage.mode)`},
		{"extra env bad name", "topology: default\nconfig:\n  extraEnv: {\"1BAD\": x}\n", `config.extraEnv[1BAD]: Invalid value: "1BAD": must be an environment variable name`},
		{"secret env twice", "topology: default\nconfig:\n  secretEnv: [SENTRY_DSN, SENTRY_DSN]\n", `config.secretEnv[1]: Duplicate value: "SENTRY_DSN": is listed twice`},

		// The constructs' rules, at the keys the props come from.
		{"worker replicas negative", "topology: default\narqWorker:\n  replicas: -2\n", "arqWorker.replicas: Invalid value: -2: must be at least 1"},
		{"hpa max below min", "topology: default\nweb:\n  autoscaling: {enabled: true, minReplicas: 4, maxReplicas: 2}\n", "web.autoscaling.maxReplicas: Invalid value: 2: must be at least minReplicas (4)"},
		{"hpa min zero", "topology: default\nui:\n  podDisruptionBudget: {enabled: false}\n  autoscaling: {enabled: true, minReplicas: 0, maxReplicas: 2}\n", "ui.autoscaling.minReplicas: Invalid value: 0: must be at least 1"},
		{"hpa percent", "topology: default\narqWorker:\n  autoscaling: {enabled: true, minReplicas: 1, maxReplicas: 2, cpuUtilizationPercent: 5000}\n", "arqWorker.autoscaling.cpuUtilizationPercent: Invalid value: 5000"},
		{"bad quantity", "topology: default\nweb:\n  resources: {requests: {cpu: lots, memory: 1Gi}, limits: {cpu: \"2\", memory: 2Gi}}\n", `web.resources.requests.cpu: Invalid value: "lots": must be a Kubernetes quantity`},
		{"request above limit", "topology: default\nui:\n  resources: {requests: {cpu: 100m, memory: 4Gi}, limits: {cpu: 500m, memory: 512Mi}}\n", `ui.resources.requests.memory: Invalid value: "4Gi": must be less than or equal to memoryLimit 512Mi`},
		{"missing limit", "topology: default\ncoturn:\n  resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: \"1\", memory: \"\"}}\n", "coturn.resources.limits.memory: Required value"},
		{"bad toleration", "topology: default\nweb:\n  tolerations: [{key: a, operator: Maybe}]\n", `web.tolerations[0].operator: Unsupported value: "Maybe": supported values: "Equal", "Exists"`},
		{"negative probe timing", "topology: default\nweb:\n  probes:\n    startup: {failureThreshold: -1}\n", "web.probes.startup.failureThreshold: Invalid value: -1: must be greater than or equal to 0"},
		{"image run as root", "topology: default\nimages:\n  api: {runAsUser: 0}\n", "images.api.runAsUser: Required value: set the numeric non-root UID the image runs as"},
		{"relay range reversed", "topology: default\ncoturn:\n  minRelayPort: 50000\n  maxRelayPort: 49000\n", "coturn.maxRelayPort: Invalid value: 49000: must be at least minRelayPort (50000)"},
		{"relay below 1024", "topology: default\ncoturn:\n  minRelayPort: 80\n", "coturn.minRelayPort: Invalid value: 80: must be between 1024 and 65535"},
		{"too many listeners", "topology: default\ncoturn:\n  profile: public\n  replicas: 1\n  concurrentCalls: 10\n  maxRelayPort: 49300\n", "coturn.maxRelayPort: Invalid value: 49300: the LoadBalancer Service needs 150 listeners (listeningPort 3478 plus 149 relay ports 49152-49300; TCP and UDP on one port count once), more than maxLoadBalancerListeners (50); lower maxRelayPort to 49200"},
		{"coturn profile", "topology: default\ncoturn:\n  profile: private\n", `coturn.profile: Unsupported value: "private": supported values: "internal", "public"`},
		{"internal relay without the pod network", "topology: default\ncoturn:\n  podCidrs: []\n", `coturn.podCidrs: Required value: profile "internal" relays only to peers in the cluster: list the pod network's CIDRs, where the media peers run, e.g. "10.244.0.0/16"; find them with kubectl cluster-info dump | grep -m1 -e --cluster-cidr`},
		{"internal relay on the host network", "topology: default\ncoturn:\n  hostNetwork: true\n", `coturn.profile: Invalid value: "internal": needs a LoadBalancer Service, which hostNetwork does not render: use profile "public" with hostNetwork, or turn hostNetwork off`},
		{"internal relay with a public address", "topology: default\ncoturn:\n  externalIp: 203.0.113.10\n", `coturn.externalIp: Invalid value: "203.0.113.10": must be empty with profile "internal"`},
		{"two public relays", "topology: default\ncoturn:\n  profile: public\n  replicas: 2\n  concurrentCalls: 10\n  maxRelayPort: 49200\n", `coturn.replicas: Invalid value: 2: must be 1 with profile "public"`},
		{"no relay replica", "topology: default\ncoturn:\n  replicas: 0\n", "coturn.replicas: Invalid value: 0: must be at least 1; to run none, set enabled: false"},
		{"more calls than the relay carries", "topology: default\ncoturn:\n  concurrentCalls: 20000\n", "coturn.concurrentCalls: Invalid value: 20000: the relay carries at most 10922 concurrent calls: 16384 relay ports per replica × 2 replicas ÷ 3 allocations per call"},
		{"a public relay for the default's calls", "topology: default\ncoturn:\n  profile: public\n  replicas: 1\n  maxRelayPort: 49200\n", "coturn.concurrentCalls: Invalid value: 40: the relay carries at most 16 concurrent calls: 49 relay ports per replica × 1 replica ÷ 3 allocations per call (the browser's 2 over 2 TURN URIs and web's 1, measured by the call test); set coturn.profile internal"},
		{"negative calls", "topology: default\ncoturn:\n  concurrentCalls: -1\n", "coturn.concurrentCalls: Invalid value: -1: must be 0 (no target) or the number of calls the relay must carry at once"},
		{"previous secret under the current key", "topology: default\ncoturn:\n  previousSecretKey: TURN_SECRET\n", `coturn.previousSecretKey: Invalid value: "TURN_SECRET": must differ from TURN_SECRET, which holds the current value`},
		{"previous secret key", "topology: default\ncoturn:\n  previousSecretKey: turn secret\n", `coturn.previousSecretKey: Invalid value: "turn secret": a valid config key must consist of alphanumeric characters`},
		{"annotations in host network", "topology: single-node\ncoturn:\n  serviceAnnotations: {a: b}\n", `coturn.serviceAnnotations: Invalid value: ["a"]: hostNetwork renders no Service; remove them`},
		{"coturn external ip", "topology: default\ncoturn:\n  externalIp: turn.example.com\n", `coturn.externalIp: Invalid value: "turn.example.com": must be the public IPv4 or IPv6 address clients reach the relay at`},
		{"coturn issuer kind", "topology: managed\ncoturn:\n  tls:\n    certManager: {issuerKind: Isuer}\n", `coturn.tls.certManager.issuerKind: Unsupported value: "Isuer": supported values: "ClusterIssuer", "Issuer"`},
		{"coturn pod cidr", "topology: default\ncoturn:\n  podCidrs: [10.42.0.1/16]\n", `coturn.podCidrs[0]: Invalid value: "10.42.0.1/16": has bits set beyond its /16 prefix; write "10.42.0.0/16"`},
		{"gateway without class", "topology: default\nexposure:\n  gatewayApi: {gatewayClassName: \"\"}\n", "exposure.gatewayApi.gatewayClassName: Required value: set the GatewayClass your controller installs"},
		{"existing gateway without name", "topology: default\nexposure:\n  gatewayApi: {createGateway: false}\n", "exposure.gatewayApi.existingGateway.name: Required value: set the name of the Gateway to attach to"},
		{"ingress without class", "topology: single-node\nexposure:\n  ingress: {className: \"\"}\n", "exposure.ingress.className: Required value: set the IngressClass your controller serves"},
		{"bad volume size", "topology: default\ndatabase:\n  internal:\n    persistence: {size: big}\n", `database.internal.persistence.size: Invalid value: "big": must be a positive Kubernetes quantity`},
		{"bad minio volume size", "topology: default\nstorage:\n  internal:\n    persistence: {size: \"0\"}\n", `storage.internal.persistence.size: Invalid value: "0": must be a positive Kubernetes quantity`},
		{"negative backoff", "topology: default\nmigrations:\n  backoffLimit: -1\n", "migrations.backoffLimit: Invalid value: -1: must not be negative; 0 means no retry"},
		{"netpol cidr host bits", "topology: managed\nnetworkPolicy:\n  externalDatabase: {cidrs: [10.1.2.3/16]}\n", `networkPolicy.externalDatabase.cidrs[0]: Invalid value: "10.1.2.3/16": has host bits set; write "10.1.0.0/16"`},
		{"netpol peer without labels", "topology: default\nnetworkPolicy:\n  ingressFrom: [{podLabels: {app: gw}}]\n", "networkPolicy.ingressFrom[0].namespaceLabels: Required value: set the labels of the peer namespaces"},
		{"hpa and keda on web", "topology: managed\nweb:\n  keda: {enabled: true}\n", "web.keda.enabled: Invalid value: true: an HPA (autoscaling) and an external autoscaler cannot both own one Deployment; keep one"},
		{"keda calls per pod", "topology: default\nweb:\n  keda: {enabled: true, callsPerPod: 0}\n", "web.keda.callsPerPod: Invalid value: 0: must be a number greater than 0"},
		{"keda without KEDA's namespace", "topology: default\nweb:\n  keda: {enabled: true}\nnetworkPolicy:\n  kedaFrom: {namespaceLabels: null}\n", "networkPolicy.kedaFrom.namespaceLabels: Required value: set the labels of the peer namespaces"},
		{"egress port", "topology: default\nnetworkPolicy:\n  internetEgressPorts: [70000]\n", "networkPolicy.internetEgressPorts[0]: Invalid value: 70000: must be between 1 and 65535, inclusive"},
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
			// Each problem is one indented line: "  path: message".
			assert.Contains(t, stderr, "\n  "+tc.want)
			data, err := os.ReadFile(existing)
			require.NoError(t, err)
			assert.True(t, string(data) == "previous\n", "the output folder is untouched")
			entries, err := os.ReadDir(out)
			require.NoError(t, err)
			assert.Len(t, entries, 1, "nothing is written")
		})
	}
}
