package podrun

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// sandbox collects the bwrap operations of one container.
type sandbox struct {
	im      *Image
	dirs    map[string]uint32 // empty directories to make, with modes
	binds   map[string]bind   // by destination
	links   map[string]string // symlink destination -> target
	libs    map[string]bool   // host files to ldd
	scratch string            // host folder for files written for this container
}

type bind struct {
	src      string
	readOnly bool
	dir      bool
}

// sandboxArgs builds the bwrap arguments of a container: image files,
// libraries, /etc files, volumes, /proc and /dev, a read-only root.
func (p *Pod) sandboxArgs(c *container) ([]string, error) {
	im := c.image
	sb := &sandbox{
		im: im, dirs: map[string]uint32{}, binds: map[string]bind{}, links: map[string]string{}, libs: map[string]bool{},
		scratch: filepath.Join(p.root, "rootfs", fmt.Sprintf("%s-%d", c.spec.Name, nextID())),
	}
	if err := os.MkdirAll(sb.scratch, 0o755); err != nil {
		return nil, err
	}
	for _, f := range im.Files {
		if err := p.addImageFile(sb, f); err != nil {
			return nil, err
		}
	}
	// Stand-ins below an application folder.
	for sp, content := range p.opts.StandIns {
		dst := im.canonical(sp)
		if _, done := sb.binds[dst]; done {
			continue
		}
		if f, ok := im.entry(dst, true); ok && f.App {
			if err := sb.writeFile(dst, []byte(content), 0o755); err != nil {
				return nil, err
			}
		}
	}
	// The runtime's shim and the files the kubelet and runtime provide.
	sb.binds[shimPath] = bind{src: "/usr/bin/setpriv", readOnly: true}
	sb.libs["/usr/bin/setpriv"] = true
	etc := map[string]string{
		"/etc/passwd":   strings.Join(im.Passwd, "\n") + "\n",
		"/etc/group":    strings.Join(im.Group, "\n") + "\n",
		"/etc/hostname": p.name + "\n",
		"/etc/hosts":    p.hostsFile(),
		// No cluster DNS here: names resolve only through /etc/hosts.
		"/etc/resolv.conf": "nameserver 127.0.0.1\noptions ndots:5 attempts:1 timeout:1\n",
	}
	for dst, content := range etc {
		if err := sb.writeFile(im.canonical(dst), []byte(content), 0o644); err != nil {
			return nil, err
		}
	}
	if im.Locale != "" {
		dir, name, err := localeDir(im.Locale, filepath.Join(p.root, "locale"))
		if err != nil {
			return nil, err
		}
		sb.binds[im.canonical("/usr/lib/locale/"+name)] = bind{src: dir, readOnly: true, dir: true}
	}
	// Shared libraries and the dynamic loader of every host program.
	var hostFiles []string
	for f := range sb.libs {
		hostFiles = append(hostFiles, f)
	}
	sort.Strings(hostFiles)
	for _, f := range hostFiles {
		libs, err := sharedLibraries(f)
		if err != nil {
			return nil, err
		}
		for _, lib := range libs {
			dst := im.canonical(lib)
			if _, ok := sb.binds[dst]; !ok {
				sb.binds[dst] = bind{src: lib, readOnly: true}
			}
		}
	}
	wd := c.workingDir()
	sb.dirs[im.canonical(wd)] = 0o755

	// Volumes, in the order of their mount paths.
	type mount struct {
		dst string
		b   bind
	}
	var mounts []mount
	for _, vm := range c.spec.VolumeMounts {
		v, ok := p.volumes[vm.Name]
		if !ok {
			return nil, fmt.Errorf("volumeMount %s: the pod has no volume %q", vm.MountPath, vm.Name)
		}
		src := v.host
		sub := vm.SubPath
		if vm.SubPathExpr != "" {
			sub = Expand(vm.SubPathExpr, MappingFor(c.envMap))
		}
		if sub != "" {
			src = filepath.Join(v.host, sub)
			if resolved, err := filepath.EvalSymlinks(src); err == nil && strings.HasPrefix(resolved, v.host) {
				src = resolved
			} else if v.atomic {
				return nil, fmt.Errorf("volumeMount %s: subPath %s is not in volume %s", vm.MountPath, sub, vm.Name)
			} else if err := os.MkdirAll(src, 0o755); err != nil {
				return nil, err
			}
		}
		st, err := os.Stat(src)
		if err != nil {
			return nil, err
		}
		mounts = append(mounts, mount{dst: im.canonical(vm.MountPath), b: bind{src: src, readOnly: vm.ReadOnly || v.atomic, dir: st.IsDir()}})
	}
	sort.SliceStable(mounts, func(i, j int) bool { return depth(mounts[i].dst) < depth(mounts[j].dst) })

	// Ancestors of everything, made 0755 (bwrap would make them 0700).
	need := map[string]bool{}
	addAncestors := func(p string) {
		for d := path.Dir(p); d != "/" && d != "."; d = path.Dir(d) {
			need[d] = true
		}
	}
	for dst := range sb.binds {
		addAncestors(dst)
	}
	for dst := range sb.links {
		addAncestors(dst)
	}
	for dst := range sb.dirs {
		addAncestors(dst)
	}
	for _, m := range mounts {
		addAncestors(m.dst)
	}
	for link := range im.Symlinks {
		addAncestors(link)
	}
	var args []string
	var dirs []string
	for d := range need {
		if !sb.insideDirBind(d) && !isSymlinkPath(im, d) {
			dirs = append(dirs, d)
		}
	}
	for d := range sb.dirs {
		if _, isBind := sb.binds[d]; !isBind && !sb.insideDirBind(d) {
			dirs = append(dirs, d)
		}
	}
	sort.Strings(dirs)
	seen := map[string]bool{}
	for _, d := range dirs {
		if seen[d] {
			continue
		}
		seen[d] = true
		mode, ok := sb.dirs[d]
		if !ok {
			mode = 0o755
		}
		args = append(args, "--perms", fmt.Sprintf("%04o", mode), "--dir", d)
	}
	// The image's directory symlinks (/bin -> usr/bin), once their parents
	// exist.
	for _, link := range sortedKeys(im.Symlinks) {
		args = append(args, "--symlink", im.Symlinks[link], link)
	}
	dsts := sortedKeys(sb.binds)
	sort.SliceStable(dsts, func(i, j int) bool { return depth(dsts[i]) < depth(dsts[j]) })
	for _, dst := range dsts {
		b := sb.binds[dst]
		op := "--ro-bind"
		if !b.readOnly {
			op = "--bind"
		}
		args = append(args, op, b.src, dst)
	}
	for _, dst := range sortedKeys(sb.links) {
		if _, isBind := sb.binds[dst]; isBind {
			continue
		}
		args = append(args, "--symlink", sb.links[dst], dst)
	}
	args = append(args, "--proc", "/proc", "--dev", "/dev")
	for _, m := range mounts {
		op := "--ro-bind"
		if !m.b.readOnly {
			op = "--bind"
		}
		args = append(args, op, m.b.src, m.dst)
	}
	sc := c.spec.SecurityContext
	if sc != nil && sc.ReadOnlyRootFilesystem != nil && *sc.ReadOnlyRootFilesystem {
		args = append(args, "--remount-ro", "/")
	}
	args = append(args,
		"--unshare-pid", "--unshare-ipc", "--unshare-uts", "--hostname", p.name,
		"--as-pid-1", "--die-with-parent", "--new-session",
		"--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_SETPCAP",
		"--chdir", wd)
	return args, nil
}

func depth(p string) int { return strings.Count(p, "/") }

// insideDirBind reports whether d lies inside a bound host directory,
// where bwrap must not create anything.
func (sb *sandbox) insideDirBind(d string) bool {
	for dst, b := range sb.binds {
		if b.dir && (d == dst || strings.HasPrefix(d, dst+"/")) {
			return true
		}
	}
	return false
}

func isSymlinkPath(im *Image, d string) bool {
	_, ok := im.Symlinks[d]
	return ok
}

// addImageFile adds one table entry to the sandbox.
func (p *Pod) addImageFile(sb *sandbox, f File) error {
	im := sb.im
	if strings.HasSuffix(f.Path, "/") {
		return nil // an application folder: only stand-ins land there
	}
	dst := im.canonical(f.Path)
	mode := os.FileMode(f.Mode)
	if mode == 0 {
		mode = 0o755
	}
	switch {
	case f.Missing != "":
	case f.Link != "":
		sb.links[dst] = f.Link
	case f.App:
		content, ok := p.opts.StandIns[f.Path]
		if !ok {
			content, ok = p.opts.StandIns[dst]
		}
		if ok {
			return sb.writeFile(dst, []byte(content), 0o755)
		}
	case f.Build != nil:
		data, err := f.Build()
		if err != nil {
			return fmt.Errorf("%s: %w", f.Path, err)
		}
		return sb.writeFile(dst, data, mode)
	case f.Content != "":
		return sb.writeFile(dst, []byte(f.Content), mode)
	case f.Host != "":
		st, err := os.Stat(f.Host)
		if err != nil {
			return nil // refused with a clear message if the container runs it
		}
		sb.binds[dst] = bind{src: f.Host, readOnly: true, dir: st.IsDir()}
		if st.IsDir() {
			for _, so := range sharedObjects(f.Host) {
				sb.libs[so] = true
			}
		} else {
			sb.libs[f.Host] = true
		}
	case f.Dir:
		sb.dirs[dst] = uint32(mode)
	}
	return nil
}

// writeFile writes content to the container's scratch folder and binds it.
func (sb *sandbox) writeFile(dst string, content []byte, mode os.FileMode) error {
	host := filepath.Join(sb.scratch, "files", dst)
	if err := os.MkdirAll(filepath.Dir(host), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(host, content, mode); err != nil {
		return err
	}
	if err := os.Chmod(host, mode); err != nil {
		return err
	}
	sb.binds[dst] = bind{src: host, readOnly: true}
	return nil
}

func (p *Pod) hostsFile() string {
	var b strings.Builder
	b.WriteString("# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n")
	fmt.Fprintf(&b, "%s\t%s\n", p.podIP, p.name)
	for _, name := range sortedKeys(p.opts.Hosts) {
		fmt.Fprintf(&b, "%s\t%s\n", p.opts.Hosts[name], name)
	}
	return b.String()
}

var (
	lddMu    sync.Mutex
	lddCache = map[string][]string{}
	soCache  = map[string][]string{}
)

// sharedLibraries lists the libraries a host program or library needs,
// loader included, as ldd resolves them; nothing for a static program or a
// script.
func sharedLibraries(file string) ([]string, error) {
	lddMu.Lock()
	defer lddMu.Unlock()
	if libs, ok := lddCache[file]; ok {
		return libs, nil
	}
	out, _ := exec.Command("ldd", file).Output()
	var libs []string
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		for i, f := range fields {
			if strings.HasPrefix(f, "/") && (i == 0 || fields[i-1] == "=>") {
				libs = append(libs, f)
			}
		}
	}
	lddCache[file] = libs
	return libs, nil
}

// sharedObjects lists the .so files under a host directory (Python's
// lib-dynload, PostgreSQL's lib), whose libraries are needed too.
func sharedObjects(dir string) []string {
	lddMu.Lock()
	if so, ok := soCache[dir]; ok {
		lddMu.Unlock()
		return so
	}
	lddMu.Unlock()
	var out []string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "test" || d.Name() == "tests" || d.Name() == "__pycache__") {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(d.Name(), ".so") || strings.Contains(d.Name(), ".so.")) {
			out = append(out, p)
		}
		return nil
	})
	lddMu.Lock()
	soCache[dir] = out
	lddMu.Unlock()
	return out
}

// localeDir compiles a glibc locale (en_US.UTF-8) with localedef into
// base, as the image's locale-gen did, and returns it with the directory
// name glibc looks for (en_US.utf8).
func localeDir(locale, base string) (string, string, error) {
	name := strings.Replace(locale, "UTF-8", "utf8", 1)
	dir := filepath.Join(base, name)
	if _, err := os.Stat(filepath.Join(dir, "LC_CTYPE")); err == nil {
		return dir, name, nil
	}
	if err := os.MkdirAll(base, 0o755); err != nil {
		return "", "", err
	}
	lang, charset, _ := strings.Cut(locale, ".")
	if out, err := exec.Command("localedef", "-i", lang, "-f", charset, dir).CombinedOutput(); err != nil {
		// localedef exits 1 on warnings but still writes the locale.
		if _, statErr := os.Stat(filepath.Join(dir, "LC_CTYPE")); statErr != nil {
			return "", "", fmt.Errorf("localedef %s: %v: %s", locale, err, out)
		}
	}
	return dir, name, nil
}
