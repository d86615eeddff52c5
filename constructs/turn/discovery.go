package turn

import (
	"strconv"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
)

const (
	// DiscoveryContainerName names the init container that reads the
	// relay's address from its Service.
	DiscoveryContainerName = "discover-address"
	// DiscoveryPollSeconds is the pause between two reads of the Service
	// while it has no address yet.
	DiscoveryPollSeconds = 5
	// DiscoveryTokenExpirationSeconds is the lifetime of the API token
	// mounted into the discovery container, the shortest Kubernetes allows.
	DiscoveryTokenExpirationSeconds = 600
)

// AddressDiscoveryProps configures address discovery: before coturn
// starts, an init container ([DiscoveryContainerName]) reads the relay's
// own LoadBalancer Service and waits, polling every DiscoveryPollSeconds,
// until its status.loadBalancer.ingress[0] holds an address. An ip is
// used as is; a hostname (an AWS NLB's) is resolved, its first IPv4
// address preferred. The configure init container then appends it as
// external-ip. The address is read once per start: if the load balancer is
// replaced, restart the relay.
//
// A hostname that resolves to several addresses (an NLB in several zones)
// yields one of them, so every address must reach the relay: enable
// cross-zone load balancing, e.g. the AWS Load Balancer Controller's
// "service.beta.kubernetes.io/aws-load-balancer-attributes":
// "load_balancing.cross_zone.enabled=true", or place the balancer in a
// single subnet.
//
// The relay then runs as its own ServiceAccount (named Name) with a Role
// allowing get on its own Service only (resourceNames), bound by a
// RoleBinding. No token is automounted: a projected token (expiring after
// DiscoveryTokenExpirationSeconds), the cluster CA and the namespace are
// mounted into the discovery container alone, at the standard in-cluster
// path. The chart must have a namespace, which the RoleBinding names.
type AddressDiscoveryProps struct {
	// Image runs the discovery script, which needs sh, kubectl, sed and
	// getent and runs as the pod's user. Kubernetes' own kubectl image
	// carries them (Debian base plus coreutils); pin a tag, e.g.
	// "registry.k8s.io/kubectl:v1.33.0". The
	// coturn image cannot do it: it has getent and dig, but no HTTP client.
	// It is pulled with Container.ImagePullPolicy. Required.
	Image string
}

// Paths of the discovery container.
const (
	apiAccessVolumeName = "turn-api-access"
	// apiAccessDir is where client-go's in-cluster config looks for the
	// token, CA and namespace.
	apiAccessDir   = "/var/run/secrets/kubernetes.io/serviceaccount"
	externalIPFile = "external-ip"
	externalIPPath = runDir + "/" + externalIPFile
)

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

// discoveryContainer reads the Service's address into the run directory.
// It alone holds the API token; it never sees the TURN secret.
func (p *TurnRelayProps) discoveryContainer(resources *k8s.ResourceRequirements) *k8s.Container {
	return &k8s.Container{
		Name:            jsii.String(DiscoveryContainerName),
		Image:           jsii.String(p.AddressDiscovery.Image),
		ImagePullPolicy: jsii.String(p.Container.ImagePullPolicy),
		Command:         jsii.Strings("sh", "-c", discoveryScript(p.Name)),
		Resources:       resources,
		SecurityContext: pod.RestrictedSecurityContext(),
		VolumeMounts: &[]*k8s.VolumeMount{
			{Name: jsii.String(runVolume), MountPath: jsii.String(runDir)},
			{Name: jsii.String(apiAccessVolumeName), MountPath: jsii.String(apiAccessDir), ReadOnly: jsii.Bool(true)},
		},
	}
}

// discoveryScript is the discovery container's POSIX sh script. kubectl
// reads the token from its file (in-cluster config), so it appears in no
// argv. Whatever the Service status holds is checked to be an address
// before it is written, since configure appends it to turnserver.conf.
func discoveryScript(service string) string {
	tag := DiscoveryContainerName + ": "
	// kubectl's own JSONPath prints "ip|hostname"; the image needs no jq.
	jsonpath := `jsonpath={.status.loadBalancer.ingress[0].ip}{"|"}{.status.loadBalancer.ingress[0].hostname}`
	first := `sed -n '1s/[[:space:]].*//p'`
	return strings.Join([]string{
		"set -u",
		"ns=",
		// The namespace file has no final newline: read fails, yet sets ns.
		`IFS= read -r ns < ` + apiAccessDir + `/namespace || true`,
		`if [ -z "$ns" ]; then echo "` + tag + apiAccessDir + `/namespace is missing or empty" >&2; exit 1; fi`,
		"while :; do",
		"  addr= lb=",
		// The discovery cache goes to the in-memory run folder: the root
		// filesystem is read-only.
		`  out=$(kubectl --cache-dir ` + runDir + `/kube-cache -n "$ns" get service ` + service + ` -o '` + jsonpath + `') || out=`,
		`  case $out in`,
		`    *"|"*)`,
		`      ip=${out%%|*} host=${out#*|}`,
		`      if [ -n "$ip" ]; then lb="ip $ip"; elif [ -n "$host" ]; then lb="hostname $host"; fi ;;`,
		`  esac`,
		`  case $lb in`,
		`    "ip "*) addr=${lb#ip } ;;`,
		`    "hostname "*)`,
		`      host=${lb#hostname }`,
		`      case $host in`,
		`        *[!A-Za-z0-9.-]*) echo "` + tag + `ignoring the malformed hostname $host" >&2 ;;`,
		`        *)`,
		`          addr=$(getent ahostsv4 "$host" | ` + first + `)`,
		`          [ -n "$addr" ] || addr=$(getent ahosts "$host" | ` + first + `)`,
		`          [ -n "$addr" ] || echo "` + tag + `$host does not resolve yet" >&2 ;;`,
		`      esac ;;`,
		`  esac`,
		`  case $addr in`,
		`    '') ;;`,
		`    *[!0-9A-Fa-f:.]*) echo "` + tag + `ignoring the malformed address $addr" >&2 ;;`,
		`    *[.:]*)`,
		`      printf '%s\n' "$addr" > ` + externalIPPath,
		`      echo "` + tag + `Service ` + service + ` is reachable at $addr" >&2`,
		`      exit 0 ;;`,
		`    *) echo "` + tag + `ignoring the malformed address $addr" >&2 ;;`,
		`  esac`,
		`  echo "` + tag + `waiting for an address in the status of Service ` + service + `" >&2`,
		`  sleep ` + strconv.Itoa(DiscoveryPollSeconds),
		"done",
	}, "\n") + "\n"
}

// newDiscoveryRBAC renders the relay's ServiceAccount, and the Role and
// RoleBinding that let it get its own Service and nothing else.
func (p *TurnRelayProps) newDiscoveryRBAC(scope constructs.Construct, labels map[string]string, namespace string) (k8s.KubeServiceAccount, k8s.KubeRole, k8s.KubeRoleBinding) {
	sa := k8s.NewKubeServiceAccount(scope, jsii.String("ServiceAccount"), &k8s.KubeServiceAccountProps{
		Metadata:                     pod.ObjectMeta(p.Name, labels),
		AutomountServiceAccountToken: jsii.Bool(false),
	})
	role := k8s.NewKubeRole(scope, jsii.String("Role"), &k8s.KubeRoleProps{
		Metadata: pod.ObjectMeta(p.Name, labels),
		Rules: &[]*k8s.PolicyRule{{
			ApiGroups:     jsii.Strings(""),
			Resources:     jsii.Strings("services"),
			ResourceNames: jsii.Strings(p.Name),
			Verbs:         jsii.Strings("get"),
		}},
	})
	binding := k8s.NewKubeRoleBinding(scope, jsii.String("RoleBinding"), &k8s.KubeRoleBindingProps{
		Metadata: pod.ObjectMeta(p.Name, labels),
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
