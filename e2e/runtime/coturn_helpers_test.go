package runtime

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"math/big"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/client-go/util/jsonpath"
	"sigs.k8s.io/yaml"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// turnCredential mints a TURN REST API credential exactly as Dograh does
// (dograh-hq/dograh api/routes/turn_credentials.py:75-91 at tag
// dograh-v1.45.0): the username is "<expiry unix time>:<user id>" and the
// password base64(HMAC-SHA1(TURN_SECRET, username)), standard alphabet
// with padding. coturn's use-auth-secret checks the same HMAC and refuses
// a username whose timestamp is in the past.
func turnCredential(secret, user string, expiry time.Time) (username, password string) {
	username = strconv.FormatInt(expiry.Unix(), 10) + ":" + user
	mac := hmac.New(sha1.New, []byte(secret))
	mac.Write([]byte(username))
	return username, base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// coturnCA is a throwaway certificate authority for the relay's TLS Secret.
type coturnCA struct {
	cert    *x509.Certificate
	key     *ecdsa.PrivateKey
	certPEM []byte
}

func newCoturnCA(t *testing.T) *coturnCA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "coturn runtime test CA"},
		NotBefore:             time.Now().Add(-time.Minute),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return &coturnCA{cert: cert, key: key, certPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}
}

// issue signs a server certificate for dnsNames, as tls.crt and tls.key of
// a kubernetes.io/tls Secret (an SEC1 EC key, cert-manager's default
// encoding for ECDSA). serial tells two issued certificates apart.
func (ca *coturnCA) issue(t *testing.T, serial int64, dnsNames []string) (certPEM, keyPEM []byte) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(serial),
		Subject:      pkix.Name{CommonName: fmt.Sprintf("%s (serial %d)", dnsNames[0], serial)},
		DNSNames:     dnsNames,
		NotBefore:    time.Now().Add(-time.Minute),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER})
}

// turnConf is a parsed turnserver.conf: coturn's format is one option per
// line, "name=value" or a bare flag, "#" comments.
type turnConf struct {
	values map[string][]string
}

func parseTurnConf(text string) turnConf {
	c := turnConf{values: map[string][]string{}}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		name, value, _ := strings.Cut(l, "=")
		name = strings.TrimSpace(strings.TrimPrefix(name, "--"))
		c.values[name] = append(c.values[name], strings.TrimSpace(value))
	}
	return c
}

func (c turnConf) has(name string) bool { _, ok := c.values[name]; return ok }

// get returns the last value of an option, as coturn keeps the last.
func (c turnConf) get(name string) string {
	v := c.values[name]
	if len(v) == 0 {
		return ""
	}
	return v[len(v)-1]
}

func (c turnConf) port(t *testing.T, name string, def int) int {
	t.Helper()
	v := c.get(name)
	if v == "" {
		return def
	}
	p, err := strconv.Atoi(v)
	if err != nil {
		t.Fatalf("turnserver.conf: %s=%s is not a port", name, v)
	}
	return p
}

// addrRange is one coturn address range: "A-B", a single address, or (as
// coturn 4.8.0 also accepts) a CIDR prefix.
type addrRange struct{ first, last netip.Addr }

func parseAddrRange(s string) (addrRange, error) {
	if p, err := netip.ParsePrefix(s); err == nil {
		p = p.Masked()
		b := p.Addr().AsSlice()
		for i := p.Bits(); i < len(b)*8; i++ {
			b[i/8] |= 0x80 >> (i % 8)
		}
		last, _ := netip.AddrFromSlice(b)
		return addrRange{p.Addr(), last}, nil
	}
	lo, hi, isRange := strings.Cut(s, "-")
	first, err := netip.ParseAddr(strings.TrimSpace(lo))
	if err != nil {
		return addrRange{}, err
	}
	last := first
	if isRange {
		if last, err = netip.ParseAddr(strings.TrimSpace(hi)); err != nil {
			return addrRange{}, err
		}
	}
	return addrRange{first, last}, nil
}

func (r addrRange) contains(a netip.Addr) bool {
	return r.first.Is4() == a.Is4() && r.first.Compare(a) <= 0 && a.Compare(r.last) <= 0
}

func (r addrRange) String() string { return r.first.String() + "-" + r.last.String() }

func (c turnConf) ranges(t *testing.T, name string) []addrRange {
	t.Helper()
	var out []addrRange
	for _, v := range c.values[name] {
		r, err := parseAddrRange(v)
		if err != nil {
			t.Fatalf("turnserver.conf: %s=%s: %v", name, v, err)
		}
		out = append(out, r)
	}
	return out
}

// peerProbe is one relay destination the test tries, with the reason it
// expects the relay to allow or refuse it.
type peerProbe struct {
	addr netip.Addr
	why  string
}

// wellKnownTargets are addresses an attacker holding credentials would
// aim a relay at: cloud metadata, the cluster's Service and pod ranges,
// private networks, the node's loopback.
var wellKnownTargets = []string{
	"169.254.169.254", // cloud metadata (AWS, GCP, Azure)
	"10.96.0.1",       // kubernetes.default in the common Service range
	"10.244.0.1",      // a pod in the common pod range
	"172.16.0.1",
	"192.168.1.1",
	"100.64.0.1",
	"127.0.0.1",
}

// deniedProbes lists IPv4 peers the relay must refuse: one address of
// every rendered IPv4 denied-peer-ip range (a well-known target when one
// falls inside, else the range's second address), unless an
// allowed-peer-ip range reopens it, plus 127.0.0.1, which coturn refuses
// without any line unless allow-loopback-peers is set. IPv6 ranges are
// not probed: the relay in the test has no IPv6 relay address a peer
// could be reached from except ::1.
func deniedProbes(t *testing.T, c turnConf) []peerProbe {
	t.Helper()
	allowed := c.ranges(t, "allowed-peer-ip")
	isAllowed := func(a netip.Addr) bool {
		for _, r := range allowed {
			if r.contains(a) {
				return true
			}
		}
		return false
	}
	var out []peerProbe
	seen := map[netip.Addr]bool{}
	add := func(a netip.Addr, why string) {
		if a.IsValid() && !seen[a] && !isAllowed(a) && !a.IsUnspecified() && !a.IsMulticast() && a != netip.MustParseAddr("255.255.255.255") {
			seen[a] = true
			out = append(out, peerProbe{a, why})
		}
	}
	for _, r := range c.ranges(t, "denied-peer-ip") {
		if !r.first.Is4() {
			continue
		}
		picked := false
		for _, s := range wellKnownTargets {
			if a := netip.MustParseAddr(s); r.contains(a) && !isAllowed(a) {
				add(a, "denied-peer-ip="+r.String())
				picked = true
				break
			}
		}
		if !picked {
			// Multicast and broadcast cannot be assigned to an
			// interface; add skips them.
			a := r.first.Next()
			if !a.IsValid() || !r.contains(a) {
				a = r.first
			}
			add(a, "denied-peer-ip="+r.String())
		}
	}
	if !c.has("allow-loopback-peers") {
		add(netip.MustParseAddr("127.0.0.1"), "coturn refuses loopback peers without allow-loopback-peers")
	}
	return out
}

// publicCandidates are globally routable IPv4 addresses used as a media
// peer when the configuration allows no range explicitly. They are only
// ever assigned inside the pod's own network namespace, so nothing leaves
// the machine.
var publicCandidates = []string{"93.184.216.34", "8.8.4.4", "1.0.0.1"}

// allowedProbe picks a peer the relay must accept: an address inside the
// first IPv4 allowed-peer-ip range if the configuration renders one, else
// a public address outside every denied range.
func allowedProbe(t *testing.T, c turnConf) peerProbe {
	t.Helper()
	for _, r := range c.ranges(t, "allowed-peer-ip") {
		if r.first.Is4() {
			a := r.first
			if r.first != r.last {
				a = r.first.Next()
			}
			return peerProbe{a, "allowed-peer-ip=" + r.String()}
		}
	}
	denied := c.ranges(t, "denied-peer-ip")
next:
	for _, s := range publicCandidates {
		a := netip.MustParseAddr(s)
		for _, r := range denied {
			if r.contains(a) {
				continue next
			}
		}
		return peerProbe{a, "a public address outside every denied-peer-ip range"}
	}
	t.Fatalf("turnserver.conf denies every candidate media peer %v: a relay that allows no public peer cannot carry a call", publicCandidates)
	return peerProbe{}
}

// repoRoot is the repository root, two levels above this package.
func coturnRepoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod in %s: run the test from e2e/runtime", root)
	}
	return root
}

// documentedSecrets runs `dograh-cdk8s secrets -topology NAME` (or
// -config FILE for a variant) and returns the Secrets it prints, by name
// and key (stringData, as `kubectl create -f -` would store them).
func documentedSecrets(t *testing.T, cli string, tp topology) map[string]map[string]string {
	t.Helper()
	args := []string{"secrets", "-topology", tp.name}
	if tp.config != "" {
		args = []string{"secrets", "-config", tp.config}
	}
	cmd := exec.Command(cli, args...)
	cmd.Dir = coturnRepoRoot(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("dograh-cdk8s %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	secrets := map[string]map[string]string{}
	for _, doc := range coturnSplitYAML(out) {
		var s corev1.Secret
		if err := yaml.UnmarshalStrict(doc, &s); err != nil {
			t.Fatalf("dograh-cdk8s secrets printed an invalid Secret: %v\n%s", err, doc)
		}
		if s.Kind != "Secret" {
			t.Fatalf("dograh-cdk8s secrets printed a %s", s.Kind)
		}
		data := map[string]string{}
		for k, v := range s.StringData {
			data[k] = v
		}
		for k, v := range s.Data {
			data[k] = string(v)
		}
		secrets[s.Name] = data
	}
	return secrets
}

var coturnDocSeparator = regexp.MustCompile(`(?m)^---[ \t]*$`)

func coturnSplitYAML(data []byte) [][]byte {
	var out [][]byte
	for _, d := range coturnDocSeparator.Split(string(data), -1) {
		trimmed := strings.TrimSpace(d)
		empty := true
		for _, l := range strings.Split(trimmed, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				empty = false
			}
		}
		if !empty {
			out = append(out, []byte(d))
		}
	}
	return out
}

// manifestObjects reads every object of a manifest as plain maps, for the
// kinds podrun does not model (cert-manager Certificates, Services, RBAC).
func manifestObjects(t *testing.T, file string) []map[string]any {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var objs []map[string]any
	for _, doc := range coturnSplitYAML(data) {
		var o map[string]any
		if err := yaml.Unmarshal(doc, &o); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if o != nil {
			objs = append(objs, o)
		}
	}
	return objs
}

// objNested reads a nested field of a plain object (nil if absent).
func objNested(o map[string]any, fields ...string) any {
	var cur any = o
	for _, f := range fields {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[f]
	}
	return cur
}

// objField reads a nested string field of a plain object.
func objField(o map[string]any, fields ...string) string {
	s, _ := objNested(o, fields...).(string)
	return s
}

// coturnTLSSecret is a kubernetes.io/tls Secret the test issued.
type coturnTLSSecret struct {
	dnsNames []string
}

// coturnTLSSecrets issues, from the test CA, every Secret the pod mounts
// tls.crt and tls.key from that `dograh-cdk8s secrets` does not print
// (cert-manager or the operator provides it), and adds it to secrets. The
// names are the dnsNames of the cert-manager Certificate that writes the
// Secret, if the manifest renders one.
func coturnTLSSecrets(t *testing.T, w podrun.Workload, objects []map[string]any, secrets map[string]map[string]string, ca *coturnCA) map[string]coturnTLSSecret {
	t.Helper()
	out := map[string]coturnTLSSecret{}
	for _, v := range w.Template.Spec.Volumes {
		if v.Secret == nil {
			continue
		}
		name := v.Secret.SecretName
		if _, ok := secrets[name]; ok {
			continue
		}
		keys := map[string]bool{}
		for _, it := range v.Secret.Items {
			keys[it.Key] = true
		}
		if len(v.Secret.Items) > 0 && !(keys["tls.crt"] && keys["tls.key"]) {
			t.Fatalf("volume %s reads Secret %s, which `dograh-cdk8s secrets` does not print and which is no TLS Secret", v.Name, name)
		}
		sec := coturnTLSSecret{dnsNames: []string{"turn.podrun.test"}}
		for _, o := range objects {
			if o["kind"] == "Certificate" && objField(o, "spec", "secretName") == name {
				spec, _ := o["spec"].(map[string]any)
				names, _ := spec["dnsNames"].([]any)
				var ds []string
				for _, n := range names {
					if s, ok := n.(string); ok {
						ds = append(ds, s)
					}
				}
				if len(ds) > 0 {
					sec.dnsNames = ds
				}
			}
		}
		certPEM, keyPEM := ca.issue(t, 1, sec.dnsNames)
		secrets[name] = map[string]string{"tls.crt": string(certPEM), "tls.key": string(keyPEM), "ca.crt": string(ca.certPEM)}
		out[name] = sec
	}
	return out
}

// evalJSONPath prints obj through a kubectl -o jsonpath template, with
// kubectl's settings (missing keys print nothing).
func coturnJSONPath(template string, obj any) (string, error) {
	j := jsonpath.New("out")
	j.AllowMissingKeys(true)
	if err := j.Parse(template); err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := j.Execute(&b, obj); err != nil {
		return "", err
	}
	return b.String(), nil
}

// turnserverVersion is the version of this machine's turnserver, the
// stand-in for the image's ("4.6.1").
func turnserverVersion(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("turnserver", "--version").CombinedOutput()
	if err != nil {
		t.Fatalf("turnserver --version: %v\n%s", err, out)
	}
	return strings.TrimSpace(string(out))
}

// versionAtLeast compares a dotted version with major.minor.patch.
func coturnVersionAtLeast(version string, major, minor, patch int) bool {
	var v [3]int
	for i, f := range strings.SplitN(version, ".", 3) {
		v[i], _ = strconv.Atoi(strings.TrimFunc(f, func(r rune) bool { return r < '0' || r > '9' }))
	}
	want := [3]int{major, minor, patch}
	for i := range v {
		if v[i] != want[i] {
			return v[i] > want[i]
		}
	}
	return true
}
