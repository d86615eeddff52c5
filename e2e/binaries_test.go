package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// toolModule is a separate Go module under e2e/tools that pins one upstream
// project; its binaries are built into .cache/bin.
type toolModule struct {
	dir      string // relative to the repository root
	binaries []toolBinary
	// versionOf names the required module whose version is stamped into
	// the binaries, as Kubernetes' own build does; without it they report
	// v0.0.0-master, which kubectl and kwok reject.
	versionOf string
}

type toolBinary struct {
	name string
	pkg  string
}

var toolModules = []toolModule{
	{dir: "e2e/tools/kube", binaries: []toolBinary{
		{"kube-apiserver", "k8s.io/kubernetes/cmd/kube-apiserver"},
		{"kube-controller-manager", "k8s.io/kubernetes/cmd/kube-controller-manager"},
		{"kube-scheduler", "k8s.io/kubernetes/cmd/kube-scheduler"},
		{"kubectl", "k8s.io/kubernetes/cmd/kubectl"},
	}, versionOf: "k8s.io/kubernetes"},
	{dir: "e2e/tools/etcd", binaries: []toolBinary{{"etcd", "go.etcd.io/etcd/server/v3"}}},
	{dir: "e2e/tools/kwok", binaries: []toolBinary{{"kwok", "sigs.k8s.io/kwok/cmd/kwok"}}},
}

// ensureBinaries builds every tool binary that is missing or whose module
// changed since it was built. A stamp per module records the inputs; a file
// lock keeps two concurrent runs from building into the same folder.
func ensureBinaries(root, binDir string) error {
	if err := os.MkdirAll(binDir, 0o755); err != nil {
		return err
	}
	lock, err := os.OpenFile(filepath.Join(binDir, ".lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("lock %s: %w", lock.Name(), err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)

	for _, m := range toolModules {
		ldflags, err := versionLDFlags(root, m)
		if err != nil {
			return err
		}
		stamp, err := moduleStamp(root, m, ldflags)
		if err != nil {
			return err
		}
		stampFile := filepath.Join(binDir, ".stamp-"+filepath.Base(m.dir))
		if upToDate(binDir, m, stampFile, stamp) {
			continue
		}
		if err := buildModule(root, binDir, m, ldflags); err != nil {
			return err
		}
		if err := os.WriteFile(stampFile, []byte(stamp), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// moduleStamp hashes everything that decides what a tool module builds.
func moduleStamp(root string, m toolModule, ldflags string) (string, error) {
	h := sha256.New()
	fmt.Fprintln(h, runtime.Version(), runtime.GOOS, runtime.GOARCH, ldflags)
	for _, b := range m.binaries {
		fmt.Fprintln(h, b.name, b.pkg)
	}
	for _, f := range []string{"go.mod", "go.sum", "tools.go"} {
		data, err := os.ReadFile(filepath.Join(root, m.dir, f))
		if err != nil {
			return "", fmt.Errorf("tool module %s: %w", m.dir, err)
		}
		fmt.Fprintf(h, "%s %d\n", f, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func upToDate(binDir string, m toolModule, stampFile, stamp string) bool {
	got, err := os.ReadFile(stampFile)
	if err != nil || string(got) != stamp {
		return false
	}
	for _, b := range m.binaries {
		if fi, err := os.Stat(filepath.Join(binDir, b.name)); err != nil || fi.Mode()&0o111 == 0 {
			return false
		}
	}
	return true
}

// buildModule builds into a scratch folder and renames into place, so an
// interrupted build never leaves a half-written binary behind.
func buildModule(root, binDir string, m toolModule, ldflags string) error {
	tmp, err := os.MkdirTemp(binDir, ".build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	var names, pkgs []string
	for _, b := range m.binaries {
		names = append(names, b.name)
		pkgs = append(pkgs, b.pkg)
	}
	out := tmp + string(filepath.Separator)
	if len(m.binaries) == 1 {
		// A single package would be named after its path ("v3" for etcd).
		out = filepath.Join(tmp, m.binaries[0].name)
	}
	fmt.Fprintf(os.Stderr, "e2e: building %s from %s (the first build takes minutes)\n", strings.Join(names, ", "), m.dir)
	start := time.Now()
	cmd := exec.Command("go", append([]string{"build", "-trimpath", "-ldflags=" + ldflags, "-o", out}, pkgs...)...)
	cmd.Dir = filepath.Join(root, m.dir)
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if output, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build in %s: %w\n%s", m.dir, err, output)
	}
	for _, name := range names {
		if err := os.Rename(filepath.Join(tmp, name), filepath.Join(binDir, name)); err != nil {
			return fmt.Errorf("install %s: %w", name, err)
		}
	}
	fmt.Fprintf(os.Stderr, "e2e: built %s in %s\n", strings.Join(names, ", "), time.Since(start).Round(time.Second))
	return nil
}

// versionLDFlags sets the Kubernetes version variables from the version the
// tool module requires (the same -X flags as hack/lib/version.sh).
func versionLDFlags(root string, m toolModule) (string, error) {
	if m.versionOf == "" {
		return "", nil
	}
	gomod, err := os.ReadFile(filepath.Join(root, m.dir, "go.mod"))
	if err != nil {
		return "", err
	}
	match := regexp.MustCompile(`(?m)^\s*(?:require\s+)?` + regexp.QuoteMeta(m.versionOf) + `\s+v(\d+)\.(\d+)\.(\d+)\s*$`).FindStringSubmatch(string(gomod))
	if match == nil {
		return "", fmt.Errorf("%s/go.mod does not require %s at a release version", m.dir, m.versionOf)
	}
	vars := map[string]string{
		"gitVersion":   fmt.Sprintf("v%s.%s.%s", match[1], match[2], match[3]),
		"gitMajor":     match[1],
		"gitMinor":     match[2],
		"gitTreeState": "clean",
		"buildDate":    "1970-01-01T00:00:00Z",
	}
	var flags []string
	for _, pkg := range []string{"k8s.io/client-go/pkg/version", "k8s.io/component-base/version"} {
		for _, k := range []string{"gitVersion", "gitMajor", "gitMinor", "gitTreeState", "buildDate"} {
			flags = append(flags, fmt.Sprintf("-X %s.%s=%s", pkg, k, vars[k]))
		}
	}
	return strings.Join(flags, " "), nil
}
