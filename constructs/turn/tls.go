package turn

import (
	"strconv"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/k8sutil"
	"github.com/dograh-hq/dograh-cdk8s/imports/certmanagerio"
)

const (
	// DefaultTLSPort is the standard TURN-over-TLS port (turns:).
	DefaultTLSPort = 5349
	// TLSReloadIntervalSeconds is how often the main container compares the
	// mounted certificate with the one turnserver loaded. The kubelet
	// itself takes up to about a minute to update a mounted Secret.
	TLSReloadIntervalSeconds = 60
)

// IssuerKind is the kind of a cert-manager issuer.
type IssuerKind string

const (
	// IssuerKindClusterIssuer is a cluster-scoped cert-manager ClusterIssuer.
	IssuerKindClusterIssuer IssuerKind = "ClusterIssuer"
	// IssuerKindIssuer is a cert-manager Issuer in the relay's namespace.
	IssuerKindIssuer IssuerKind = "Issuer"
)

// TLSProps configures TURN over TLS (turns: URLs, TCP only).
//
// The certificate Secret is mounted read-only into the main container,
// readable by FSGroup only. A renewed certificate is picked up without a
// restart, so relayed calls survive renewals: the kubelet updates the
// mounted files in place, a watcher in the main container notices within
// TLSReloadIntervalSeconds, and sends turnserver SIGUSR2, on which coturn
// re-reads cert and pkey (keeping the old ones if the new pair does not
// load). Nothing else needs to be installed for that. The pod does not
// start before the Secret exists: with CertManager, before the first
// certificate is issued.
type TLSProps struct {
	// SecretName names a Secret of type kubernetes.io/tls in the relay's
	// namespace (keys tls.crt, with the full chain, and tls.key). With
	// CertManager it is the Certificate's secretName. Required.
	SecretName string
	// Port is the TURN-over-TLS port, served over TCP and, in LoadBalancer
	// mode, counted against MaxLoadBalancerListeners. It must be 1024 or
	// above. Default: DefaultTLSPort (5349).
	Port int
	// CertManager renders a cert-manager Certificate that issues and renews
	// SecretName. The cert-manager.io CRDs and the issuer must exist.
	// Default: nil, the Secret is provided by other means.
	CertManager *CertManagerProps
}

// CertManagerProps configures the cert-manager Certificate of TLSProps.
type CertManagerProps struct {
	// IssuerName names the Issuer or ClusterIssuer that signs the
	// certificate, e.g. "letsencrypt". Required.
	IssuerName string
	// IssuerKind is IssuerKindClusterIssuer or IssuerKindIssuer.
	// Default: IssuerKindClusterIssuer.
	IssuerKind IssuerKind
	// DNSNames are the names clients reach the relay at, as written in
	// their turns: URLs, e.g. "turn.example.com". The first one is the
	// certificate's main name. Required, at least one.
	DNSNames []string
}

func (t TLSProps) withDefaults() TLSProps {
	if t.Port == 0 {
		t.Port = DefaultTLSPort
	}
	if t.CertManager != nil {
		cm := *t.CertManager
		if cm.IssuerKind == "" {
			cm.IssuerKind = IssuerKindClusterIssuer
		}
		t.CertManager = &cm
	}
	return t
}

// Mount path and file names of the certificate Secret.
const (
	tlsVolume   = "turn-tls"
	tlsDir      = "/etc/turnrelay/tls"
	tlsCertKey  = "tls.crt"
	tlsKeyKey   = "tls.key"
	tlsCertPath = tlsDir + "/" + tlsCertKey
	tlsKeyPath  = tlsDir + "/" + tlsKeyKey
	reloadTag   = "tls-reload"
)

func (t *TLSProps) volume() *k8s.Volume {
	return &k8s.Volume{
		Name: jsii.String(tlsVolume),
		Secret: &k8s.SecretVolumeSource{
			SecretName: jsii.String(t.SecretName),
			// Listing the keys makes a Secret without them fail the mount
			// with a clear event instead of a relay without TLS.
			Items: &[]*k8s.KeyToPath{
				{Key: jsii.String(tlsCertKey), Path: jsii.String(tlsCertKey)},
				{Key: jsii.String(tlsKeyKey), Path: jsii.String(tlsKeyKey)},
			},
			DefaultMode: jsii.Number(secretFileMode),
		},
	}
}

// tlsReloadScript is the main container's POSIX sh script with TLS: it
// starts a background watcher and execs turnserver, which keeps the
// shell's PID, 1, which the watcher's subshell signals by number: the
// kubelet turns "$$" in a command into "$" (k8s.io/kubernetes
// third_party/forked/golang/expansion/expand.go), so "kill $$" never
// reached it. coturn reloads its certificate and key on SIGUSR2 (coturn/coturn#236,
// merged in 2018) and registers that handler before it
// serves, and the watcher signals only on a change, never at start.
// Comparing cksum output also catches a key rotated with an unchanged
// certificate; the files' content never reaches an argv.
func tlsReloadScript() string {
	sum := "cksum " + tlsCertPath + " " + tlsKeyPath + " 2>&1"
	return strings.Join([]string{
		"set -u",
		"(",
		"  last=$(" + sum + ")",
		"  while sleep " + strconv.Itoa(TLSReloadIntervalSeconds) + "; do",
		"    now=$(" + sum + ")",
		`    if [ "$now" != "$last" ]; then`,
		"      last=$now",
		`      echo "` + reloadTag + `: the certificate in ` + tlsDir + ` changed; sending SIGUSR2 so turnserver reloads it" >&2`,
		"      kill -USR2 1",
		"    fi",
		"  done",
		") &",
		"exec turnserver -c " + runConfigPath,
	}, "\n") + "\n"
}

func (p *TurnRelayProps) newCertificate(scope constructs.Construct, labels map[string]string) certmanagerio.Certificate {
	cm := p.TLS.CertManager
	return certmanagerio.NewCertificate(scope, jsii.String("Certificate"), &certmanagerio.CertificateProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(p.Name), Labels: k8sutil.StrMap(labels)},
		Spec: &certmanagerio.CertificateSpec{
			SecretName: jsii.String(p.TLS.SecretName),
			DnsNames:   jsii.Strings(cm.DNSNames...),
			IssuerRef: &certmanagerio.CertificateSpecIssuerRef{
				Name:  jsii.String(cm.IssuerName),
				Kind:  jsii.String(string(cm.IssuerKind)),
				Group: jsii.String("cert-manager.io"),
			},
		},
	})
}
