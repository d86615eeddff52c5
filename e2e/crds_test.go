package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// crdSource is a folder of CRDs inside a pinned Go module. Every cluster
// gets all of them, so any topology that renders their kinds can apply.
// The version is the Makefile variable `make imports` uses too, so the
// types the app is built from and the CRDs it is tested against agree.
type crdSource struct {
	module, versionVar, dir string
	files                   []string // in dir; empty means every *.yaml
}

// To test another API, add its module's CRD folder here (and its version
// variable to the Makefile).
var crdSources = []crdSource{
	{"sigs.k8s.io/gateway-api", "GATEWAY_API_VERSION", "config/crd/standard", nil},
	{"github.com/envoyproxy/gateway", "ENVOY_GATEWAY_VERSION", "charts/gateway-helm/charts/crds/crds/generated",
		[]string{"gateway.envoyproxy.io_clienttrafficpolicies.yaml", "gateway.envoyproxy.io_backendtrafficpolicies.yaml"}},
	{"github.com/kedacore/keda/v2", "KEDA_VERSION", "config/crd/bases",
		[]string{"keda.sh_scaledobjects.yaml", "keda.sh_triggerauthentications.yaml"}},
	{"github.com/cert-manager/cert-manager", "CERT_MANAGER_VERSION", "deploy/crds",
		[]string{"cert-manager.io_certificates.yaml", "cert-manager.io_issuers.yaml", "cert-manager.io_clusterissuers.yaml"}},
	{"github.com/prometheus-operator/prometheus-operator", "PROMETHEUS_OPERATOR_VERSION", "example/prometheus-operator-crd",
		[]string{"monitoring.coreos.com_podmonitors.yaml", "monitoring.coreos.com_servicemonitors.yaml"}},
}

// version reads the source's version from the Makefile.
func (s crdSource) version() (string, error) {
	mk, err := os.ReadFile(filepath.Join(env.root, "Makefile"))
	if err != nil {
		return "", err
	}
	m := regexp.MustCompile(`(?m)^` + s.versionVar + `\s*:?=\s*(\S+)\s*$`).FindSubmatch(mk)
	if m == nil {
		return "", fmt.Errorf("the Makefile sets no %s (the version of %s)", s.versionVar, s.module)
	}
	return string(m[1]), nil
}

// standInCRDs accept kinds whose real CRD ships in no module the Go proxy
// serves, so that the rest of a topology using them can still be proven.
// They have no schema: the suite cannot validate these objects' fields, and
// the summary says so.
var standInCRDs = []standInCRD{
	// AWS Load Balancer Controller's Gateway API extension. Its module path
	// (sigs.k8s.io/aws-load-balancer-controller) has v2 tags without /v2,
	// so the proxy refuses every v2 version.
	{group: "gateway.k8s.aws", version: "v1beta1", kind: "LoadBalancerConfiguration", plural: "loadbalancerconfigurations"},
	{group: "gateway.k8s.aws", version: "v1beta1", kind: "TargetGroupConfiguration", plural: "targetgroupconfigurations"},
	// GKE's Gateway policies: github.com/GoogleCloudPlatform/gke-gateway-api
	// is refused by the proxy.
	{group: "networking.gke.io", version: "v1", kind: "GCPBackendPolicy", plural: "gcpbackendpolicies"},
	{group: "networking.gke.io", version: "v1", kind: "HealthCheckPolicy", plural: "healthcheckpolicies"},
}

type standInCRD struct {
	group, version, kind, plural string
}

func (s standInCRD) yaml() string {
	return fmt.Sprintf(`apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: %[4]s.%[1]s
  annotations: {dograh.e2e/stand-in: "no schema: the real CRD is not available from a pinned module"}
spec:
  group: %[1]s
  scope: Namespaced
  names: {kind: %[3]s, listKind: %[3]sList, plural: %[4]s, singular: %[5]s}
  versions:
    - name: %[2]s
      served: true
      storage: true
      schema:
        openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
`, s.group, s.version, s.kind, s.plural, strings.ToLower(s.kind))
}

// crdBundle is every CRD from crdSources, plus the stand-ins, as one YAML
// stream, built once per run from the Go module cache.
var crdBundle struct {
	once sync.Once
	data []byte
	err  error
}

func loadCRDBundle() ([]byte, error) {
	crdBundle.once.Do(func() {
		var buf bytes.Buffer
		for _, s := range crdSources {
			if crdBundle.err = s.appendTo(&buf); crdBundle.err != nil {
				return
			}
		}
		for _, s := range standInCRDs {
			buf.WriteString("---\n" + s.yaml())
		}
		crdBundle.data = buf.Bytes()
	})
	return crdBundle.data, crdBundle.err
}

// appendTo adds the source's CRDs to buf. Folders may also hold
// kustomizations and examples; only CRDs are kept.
func (s crdSource) appendTo(buf *bytes.Buffer) error {
	version, err := s.version()
	if err != nil {
		return err
	}
	dir, err := moduleDir(s.module, version)
	if err != nil {
		return err
	}
	files := s.files
	if len(files) == 0 {
		matches, _ := filepath.Glob(filepath.Join(dir, s.dir, "*.yaml"))
		for _, m := range matches {
			files = append(files, filepath.Base(m))
		}
		sort.Strings(files)
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(dir, s.dir, f))
		if err != nil {
			return fmt.Errorf("%s@%s: %w", s.module, version, err)
		}
		docs, err := splitYAML(data)
		if err != nil {
			return fmt.Errorf("%s@%s/%s/%s: %w", s.module, version, s.dir, f, err)
		}
		for _, doc := range docs {
			var head struct{ Kind string }
			if yaml.Unmarshal(doc, &head) == nil && head.Kind == "CustomResourceDefinition" {
				buf.WriteString("---\n")
				buf.Write(doc)
				buf.WriteString("\n")
				n++
			}
		}
	}
	if n == 0 {
		return fmt.Errorf("no CustomResourceDefinition in %s@%s/%s", s.module, version, s.dir)
	}
	return nil
}

// moduleDir downloads (or finds in the module cache) one module version and
// returns its folder. It runs outside this repository so go.mod is untouched.
func moduleDir(module, version string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", module+"@"+version)
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil || info.Error != "" || err != nil {
		return "", fmt.Errorf("go mod download %s@%s: %v %s", module, version, err, info.Error)
	}
	return info.Dir, nil
}

func installCRDs(ctx context.Context, c *Cluster) error {
	bundle, err := loadCRDBundle()
	if err != nil {
		return err
	}
	if _, _, err := c.kubectl(bytes.NewReader(bundle), "apply", "--server-side", "-f", "-"); err != nil {
		return err
	}
	if _, _, err := c.kubectl(nil, "wait", "--for=condition=Established", "crd", "--all", "--timeout=60s"); err != nil {
		return err
	}
	c.Mapper.Reset()
	return ctx.Err()
}

// splitYAML splits a YAML stream into its documents, dropping empty ones.
func splitYAML(data []byte) ([][]byte, error) {
	var docs [][]byte
	r := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
	for {
		doc, err := r.Read()
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		if len(bytes.TrimSpace(doc)) > 0 {
			docs = append(docs, doc)
		}
	}
}
