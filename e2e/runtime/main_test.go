// Package runtime runs what dist/ renders, on this machine, the way a
// kubelet would (through e2e/podrun): the bundled Redis and PostgreSQL with
// Debian's programs standing in for the images', every init container,
// probe and preStop hook of the app containers with stand-ins for the app's
// own programs, and a check that every program the manifests name is in its
// image. It needs root and `make runtime-deps`; `make runtime` runs it.
package runtime

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"flag"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// topology is one rendered file of dist/.
type topology struct {
	name string
	m    *podrun.Manifest
	// config is the override file a variant was rendered from (empty for
	// the files in dist/); its Secrets come from `secrets -config`.
	config string
}

var dist struct {
	once sync.Once
	tps  []topology
	err  error
}

// topologies loads every dist/*.k8s.yaml once, the default first. An empty
// dist/ fails: the suite proves what dist/ holds.
func topologies(t *testing.T) []topology {
	t.Helper()
	dist.once.Do(func() {
		files, err := filepath.Glob(filepath.Join("..", "..", "dist", "*.k8s.yaml"))
		if err != nil {
			dist.err = err
			return
		}
		sort.SliceStable(files, func(i, j int) bool {
			return filepath.Base(files[i]) == "default.k8s.yaml" && filepath.Base(files[j]) != "default.k8s.yaml"
		})
		for _, f := range files {
			m, err := podrun.LoadManifest(f)
			if err != nil {
				dist.err = err
				return
			}
			dist.tps = append(dist.tps, topology{name: strings.TrimSuffix(filepath.Base(f), ".k8s.yaml"), m: m})
		}
	})
	if dist.err != nil {
		t.Fatal(dist.err)
	}
	if len(dist.tps) == 0 {
		t.Fatal("dist/ holds no *.k8s.yaml: synthesize first (make synth)")
	}
	return dist.tps
}

// needRunner skips a test that runs containers where the machine cannot.
func needRunner(t *testing.T) {
	t.Helper()
	if err := podrun.Requirements(); err != nil {
		t.Skipf("cannot run containers here: %v", err)
	}
}

// workloadsWithImage lists the workloads with a container of an image
// repository (docker.io/redis), derived from the manifest.
func workloadsWithImage(m *podrun.Manifest, repository string) []podrun.Workload {
	var out []podrun.Workload
	for _, w := range m.Workloads {
		for _, c := range w.Containers() {
			if imageRepository(c.Image) == repository {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// eachWorkloadWithImage runs run as a parallel subtest for each workload
// of dist/ whose first container runs image, once per distinct rendering,
// and skips when no topology has one.
func eachWorkloadWithImage(t *testing.T, image string, run func(*testing.T, topology, podrun.Workload)) {
	t.Helper()
	found := false
	for _, tp := range topologies(t) {
		for _, w := range workloadsWithImage(tp.m, image) {
			found = true
			t.Run(tp.name+"/"+w.Name, func(t *testing.T) {
				t.Parallel()
				if !firstRendering(t, tp, w, w.Template.Spec.Containers[0], "runs as rendered") {
					t.Skip("rendered identically in an earlier topology")
				}
				run(t, tp, w)
			})
		}
	}
	if !found {
		t.Skipf("no topology in dist/ runs %s", image)
	}
}

func imageRepository(ref string) string {
	if i := strings.LastIndex(ref, ":"); i > strings.LastIndex(ref, "/") {
		ref = ref[:i]
	}
	if !strings.Contains(strings.Split(ref, "/")[0], ".") {
		ref = "docker.io/" + ref
	}
	return strings.Replace(ref, "docker.io/library/", "docker.io/", 1)
}

// secretsFor makes the Secrets of a topology as the documented command
// (`go run . secrets`) does: every Secret and key the manifest reads, each
// a fresh 48-character value, the MinIO root user minioadmin, URLs for the
// external datastores, and a self-signed certificate for TLS Secrets.
func secretsFor(t *testing.T, m *podrun.Manifest) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	set := func(name, key string) {
		if out[name] == nil {
			out[name] = map[string]string{}
		}
		if _, ok := out[name][key]; ok {
			return
		}
		out[name][key] = secretValue(t, key)
	}
	for _, w := range m.Workloads {
		for _, c := range w.Containers() {
			for _, e := range c.Env {
				if e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
					set(e.ValueFrom.SecretKeyRef.Name, e.ValueFrom.SecretKeyRef.Key)
				}
			}
		}
		for _, v := range w.Template.Spec.Volumes {
			if v.Secret != nil {
				for _, it := range v.Secret.Items {
					set(v.Secret.SecretName, it.Key)
				}
			}
			if v.Projected != nil {
				for _, s := range v.Projected.Sources {
					if s.Secret != nil {
						for _, it := range s.Secret.Items {
							set(s.Secret.Name, it.Key)
						}
					}
				}
			}
		}
	}
	// A TLS Secret holds a matching pair.
	for name, keys := range out {
		if _, ok := keys["tls.crt"]; ok {
			keys["tls.crt"], keys["tls.key"] = selfSigned(t)
			out[name] = keys
		}
	}
	return out
}

func secretValue(t *testing.T, key string) string {
	switch key {
	case "root-user":
		return "minioadmin"
	case "DATABASE_URL":
		return "postgresql+asyncpg://dograh:" + randomString(t, 48) + "@postgres.example.internal:5432/dograh"
	case "REDIS_URL":
		return "redis://:" + randomString(t, 48) + "@redis.example.internal:6379"
	}
	return randomString(t, 48)
}

func randomString(t *testing.T, n int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, n)
	for i := range b {
		r, err := rand.Int(rand.Reader, big.NewInt(int64(len(alphabet))))
		if err != nil {
			t.Fatal(err)
		}
		b[i] = alphabet[r.Int64()]
	}
	return string(b)
}

func selfSigned(t *testing.T) (certPEM, keyPEM string) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "turn.example.internal"},
		DNSNames: []string{"turn.example.internal"}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})),
		string(pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}))
}

// cliBuild is the repository's program, built once for the package.
var cliBuild struct {
	once     sync.Once
	dir, bin string
	err      error
}

// buildCLI builds the repository's program once, for `secrets` and
// variants; TestMain removes it.
func buildCLI(t *testing.T) string {
	t.Helper()
	cliBuild.once.Do(func() {
		root, err := filepath.Abs(filepath.Join("..", ".."))
		if err != nil {
			cliBuild.err = err
			return
		}
		if cliBuild.dir, err = os.MkdirTemp("", "dograh-cdk8s-cli-"); err != nil {
			cliBuild.err = err
			return
		}
		bin := filepath.Join(cliBuild.dir, "dograh-cdk8s")
		cmd := exec.Command("go", "build", "-o", bin, ".")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			cliBuild.err = fmt.Errorf("go build: %v\n%s", err, out)
			return
		}
		cliBuild.bin = bin
	})
	if cliBuild.err != nil {
		t.Fatal(cliBuild.err)
	}
	return cliBuild.bin
}

// runtimeParallel is how many tests run at once unless -test.parallel
// says otherwise: they wait on daemons, timers and network handshakes far
// more than they compute, so GOMAXPROCS (go test's default) leaves the
// machine idle.
const runtimeParallel = 8

func TestMain(m *testing.M) {
	flag.Parse()
	explicit := false
	flag.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "test.parallel" })
	if !explicit {
		_ = flag.Set("test.parallel", strconv.Itoa(runtimeParallel))
	}
	code := m.Run()
	if cliBuild.dir != "" {
		os.RemoveAll(cliBuild.dir)
	}
	inventoryLines = inventory()
	fmt.Print(report.summary())
	os.Exit(code)
}
