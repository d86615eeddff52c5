package turn

import (
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/podtemplate"
)

const (
	// discoveryContainerName names the init container that waits for the
	// relay's Service to get an address.
	discoveryContainerName = "discover-address"
	// DiscoveryTimeoutSeconds bounds each wait: for the Service to get an
	// address (kubectl wait --timeout), and for its hostname to resolve.
	// The init container then exits with an error in its log, and the
	// kubelet starts it again after its back-off.
	DiscoveryTimeoutSeconds = 600
	// DiscoveryPollSeconds is the pause between two lookups of a hostname
	// that does not resolve yet.
	DiscoveryPollSeconds = 5
	// DiscoveryTokenExpirationSeconds is the lifetime of the API token
	// mounted into the discovery container, the shortest Kubernetes allows.
	// The kubelet renews the file before it expires.
	DiscoveryTokenExpirationSeconds = 600
)

// AddressDiscoveryProps configures address discovery: before coturn
// starts, an init container ("discover-address") waits until the
// relay's own LoadBalancer Service has an address in
// status.loadBalancer.ingress, at most DiscoveryTimeoutSeconds per
// attempt, and stores the first entry's ip and hostname. The configure
// init container then checks it: an ip is used as is, a hostname (an AWS
// NLB's) is resolved, its first IPv4 address preferred, waiting while it
// does not resolve yet; whatever is not an IP address is refused before it
// can reach turnserver.conf as external-ip. The address is read once per
// start: if the load balancer is replaced, restart the relay.
//
// A hostname that resolves to several addresses (an NLB in several zones)
// yields one of them, so every address must reach the relay: enable
// cross-zone load balancing, e.g. the AWS Load Balancer Controller's
// "service.beta.kubernetes.io/aws-load-balancer-attributes":
// "load_balancing.cross_zone.enabled=true", or place the balancer in a
// single subnet.
//
// The relay then runs as its own ServiceAccount (named Name) with a Role
// allowing get, list and watch on its own Service only (resourceNames;
// kubectl wait lists and watches with a metadata.name field selector,
// which RBAC matches against resourceNames), bound by a RoleBinding. No
// token is automounted: a projected token (expiring after
// DiscoveryTokenExpirationSeconds), the cluster CA and the namespace are
// mounted into the discovery container alone, at the standard in-cluster
// path. The chart must have a namespace, which the RoleBinding names. The
// Service is applied before the Deployment, so that the wait finds it.
type AddressDiscoveryProps struct {
	// Image runs the discovery container, which runs /go-runner and
	// /bin/kubectl and nothing else (no shell). Kubernetes' own kubectl
	// image ships exactly these, as the pod's user; pin a tag, e.g.
	// "registry.k8s.io/kubectl:v1.33.0" (v1.28.0, v1.30.0, v1.33.0,
	// v1.35.4, v1.36.1 and v1.37.2 are checked to be built on go-runner;
	// see TurnRelayProps.Executables). It is pulled with
	// Container.ImagePullPolicy. Required.
	Image string
}

// Paths of the discovery container.
const (
	apiAccessVolumeName = "turn-api-access"
	// apiAccessDir is where client-go's in-cluster config looks for the
	// token, CA and namespace.
	apiAccessDir = "/var/run/secrets/kubernetes.io/serviceaccount"
	// discoveryVolume is an emptyDir of its own, so the token holder
	// shares nothing with the containers that see the TURN secret but
	// the one file it writes. configure mounts it read-only.
	discoveryVolume = "turn-discovery"
	discoveryDir    = "/run/turnrelay-discovery"
	// ingressPath receives kubectl's output: "ip|hostname" and a newline
	// per successful wait.
	ingressPath   = discoveryDir + "/ingress"
	kubeCachePath = discoveryDir + "/kube-cache"
)

// Executables of registry.k8s.io/kubectl. kubernetes/kubernetes at
// v1.33.0 builds it from build/server-image/kubectl/Dockerfile ("FROM
// ${BASEIMAGE}", "COPY ${BINARY} /bin/", ENTRYPOINT /bin/kubectl) on
// KUBECTL_BASE_IMAGE, which build/common.sh sets to KUBE_GORUNNER_IMAGE,
// registry.k8s.io/build-image/go-runner:v2.4.0-go1.24.2-bookworm.0 (the
// same holds at v1.28.0, v1.30.0, v1.35.4, v1.36.1 and v1.37.2, with other
// go-runner tags).
// go-runner is built from kubernetes/release images/build/go-runner: its
// Dockerfile is "FROM ${DISTROLESS_IMAGE}" (gcr.io/distroless/static-debian12:
// no shell, no coreutils, no getent) plus "COPY ... go-runner ." in WORKDIR
// /, so /go-runner. A later kubernetes/kubernetes main moves statically
// linked images to gcr.io/distroless/static-debian13 without go-runner:
// check this before moving to such a tag.
const (
	goRunnerExecutable = "/go-runner"
	kubectlExecutable  = "/bin/kubectl"
)

// discoveryExecutables are the programs the discovery container runs.
func discoveryExecutables() []string {
	return []string{goRunnerExecutable, kubectlExecutable}
}

// apiAccessVolume mirrors the kube-api-access volume Kubernetes adds when a
// token is automounted, but with a short-lived token, so that it can be
// mounted into one container only.
func apiAccessVolume() *k8s.Volume {
	return &k8s.Volume{
		Name: jsii.String(apiAccessVolumeName),
		Projected: &k8s.ProjectedVolumeSource{
			DefaultMode: jsii.Number(secretFileMode),
			Sources: &[]*k8s.VolumeProjection{
				{ServiceAccountToken: &k8s.ServiceAccountTokenProjection{
					Path:              jsii.String("token"),
					ExpirationSeconds: jsii.Number(DiscoveryTokenExpirationSeconds),
				}},
				{ConfigMap: &k8s.ConfigMapProjection{
					Name:  jsii.String("kube-root-ca.crt"),
					Items: &[]*k8s.KeyToPath{{Key: jsii.String("ca.crt"), Path: jsii.String("ca.crt")}},
				}},
				{DownwardApi: &k8s.DownwardApiProjection{
					Items: &[]*k8s.DownwardApiVolumeFile{{
						Path:     jsii.String("namespace"),
						FieldRef: &k8s.ObjectFieldSelector{FieldPath: jsii.String("metadata.namespace")},
					}},
				}},
			},
		},
	}
}

// discoveryDirVolume holds what the discovery container writes. Not
// memory-backed: it holds an address and kubectl's discovery cache,
// nothing secret.
func discoveryDirVolume() *k8s.Volume {
	return &k8s.Volume{Name: jsii.String(discoveryVolume), EmptyDir: &k8s.EmptyDirVolumeSource{}}
}

// discoveryContainer waits for the Service's address and writes it into
// the discovery directory. It alone holds the API token; it never sees the
// TURN secret.
func (p *TurnRelayProps) discoveryContainer(namespace string, resources *k8s.ResourceRequirements) *k8s.Container {
	return &k8s.Container{
		Name:            jsii.String(discoveryContainerName),
		Image:           jsii.String(p.AddressDiscovery.Image),
		ImagePullPolicy: jsii.String(p.Container.ImagePullPolicy),
		Command:         jsii.Strings(p.discoveryCommand(namespace)...),
		Resources:       resources,
		SecurityContext: podtemplate.RestrictedSecurityContext(),
		VolumeMounts: &[]*k8s.VolumeMount{
			{Name: jsii.String(discoveryVolume), MountPath: jsii.String(discoveryDir)},
			{Name: jsii.String(apiAccessVolumeName), MountPath: jsii.String(apiAccessDir), ReadOnly: jsii.Bool(true)},
		},
	}
}

// discoveryCommand runs without a shell, since the kubectl image has none
// (see goRunnerExecutable). kubectl (kubectl wait, k8s.io/kubectl
// pkg/cmd/wait at v0.33.0) blocks until the Service's
// status.loadBalancer.ingress exists ("--for=jsonpath={...}" without a
// value waits for the field), or exits 1 with "timed out waiting for the
// condition" after DiscoveryTimeoutSeconds; once met it prints the object
// that met it through --output (missing keys print nothing), here
// "ip|hostname" and a newline. kubectl reads the token from its file
// (in-cluster config), so it appears in no argv; the namespace is the
// chart's. go-runner (kubernetes/release images/build/go-runner/go-runner.go:
// flags log-file, also-stdout, redirect-stderr; the file is opened with
// O_APPEND|O_CREATE) writes kubectl's stdout into ingressPath and into the
// log, and leaves kubectl's errors in the log only.
func (p *TurnRelayProps) discoveryCommand(namespace string) []string {
	return []string{
		goRunnerExecutable,
		"--log-file=" + ingressPath,
		"--also-stdout=true",
		"--redirect-stderr=false",
		kubectlExecutable, "wait",
		"--namespace=" + namespace,
		"service/" + p.Name,
		"--for=jsonpath={.status.loadBalancer.ingress}",
		"--timeout=" + strconv.Itoa(DiscoveryTimeoutSeconds) + "s",
		`--output=jsonpath={.status.loadBalancer.ingress[0].ip}{"|"}{.status.loadBalancer.ingress[0].hostname}{"\n"}`,
		// The root filesystem is read-only.
		"--cache-dir=" + kubeCachePath,
	}
}

// discoveredAddressScript is the part of startupScript (coturn image: sh,
// getent from libc-bin, sleep from coreutils) that turns what discovery
// wrote into $addr. It takes the last line, since go-runner appends when
// the pod's init containers run again. Whatever the Service status holds
// is checked: only an IP address reaches turnserver.conf, so no line break
// or option can.
func discoveredAddressScript(service string) []string {
	tag := configureContainerName + ": "
	timeout := strconv.Itoa(DiscoveryTimeoutSeconds)
	return []string{
		"lb=",
		`if [ -f ` + ingressPath + ` ]; then`,
		`  while IFS= read -r l || [ -n "$l" ]; do [ -z "$l" ] || lb=$l; done < ` + ingressPath,
		"fi",
		`case $lb in *"|"*) ;; *) echo "` + tag + ingressPath + ` holds no load balancer address; the ` + discoveryContainerName + ` init container writes it" >&2; exit 1 ;; esac`,
		`ip=${lb%%|*} host=${lb#*|} addr=`,
		`if [ -n "$ip" ]; then`,
		`  addr=$ip`,
		`else`,
		`  case $host in ''|*[!A-Za-z0-9.-]*) echo "` + tag + `the status of Service ` + service + ` holds neither an IP address nor a hostname: $lb" >&2; exit 1 ;; esac`,
		`  waited=0`,
		`  while :; do`,
		`    out=$(getent ahostsv4 "$host" || getent ahosts "$host") || out=`,
		`    set -f; set -- $out; set +f`,
		`    addr=${1:-}`,
		`    [ -z "$addr" ] || break`,
		`    if [ "$waited" -ge ` + timeout + ` ]; then echo "` + tag + `$host, the hostname of Service ` + service + `, did not resolve within ` + timeout + ` seconds" >&2; exit 1; fi`,
		`    echo "` + tag + `waiting for $host, the hostname of Service ` + service + `, to resolve" >&2`,
		`    sleep ` + strconv.Itoa(DiscoveryPollSeconds),
		`    waited=$((waited + ` + strconv.Itoa(DiscoveryPollSeconds) + `))`,
		`  done`,
		`fi`,
		`case $addr in *[!0-9A-Fa-f:.]*|'') addr= ;; *[.:]*) ;; *) addr= ;; esac`,
		`if [ -z "$addr" ] || [ ${#addr} -gt 45 ]; then echo "` + tag + `the status of Service ` + service + ` holds no IP address: $lb" >&2; exit 1; fi`,
		`echo "` + tag + `Service ` + service + ` is reachable at $addr" >&2`,
	}
}

// newDiscoveryRBAC renders the relay's ServiceAccount, and the Role and
// RoleBinding that let it read its own Service and nothing else.
func (p *TurnRelayProps) newDiscoveryRBAC(scope constructs.Construct, labels map[string]string, namespace string) (k8s.KubeServiceAccount, k8s.KubeRole, k8s.KubeRoleBinding) {
	sa := k8s.NewKubeServiceAccount(scope, jsii.String("ServiceAccount"), &k8s.KubeServiceAccountProps{
		Metadata:                     k8sutil.ObjectMeta(p.Name, labels),
		AutomountServiceAccountToken: jsii.Bool(false),
	})
	role := k8s.NewKubeRole(scope, jsii.String("Role"), &k8s.KubeRoleProps{
		Metadata: k8sutil.ObjectMeta(p.Name, labels),
		Rules: &[]*k8s.PolicyRule{{
			ApiGroups:     jsii.Strings(""),
			Resources:     jsii.Strings("services"),
			ResourceNames: jsii.Strings(p.Name),
			// kubectl wait gets, then lists and watches by name.
			Verbs: jsii.Strings("get", "list", "watch"),
		}},
	})
	binding := k8s.NewKubeRoleBinding(scope, jsii.String("RoleBinding"), &k8s.KubeRoleBindingProps{
		Metadata: k8sutil.ObjectMeta(p.Name, labels),
		RoleRef: &k8s.RoleRef{
			ApiGroup: jsii.String("rbac.authorization.k8s.io"),
			Kind:     jsii.String("Role"),
			Name:     jsii.String(p.Name),
		},
		Subjects: &[]*k8s.Subject{{
			Kind:      jsii.String("ServiceAccount"),
			Name:      jsii.String(p.Name),
			Namespace: jsii.String(namespace),
		}},
	})
	return sa, role, binding
}
