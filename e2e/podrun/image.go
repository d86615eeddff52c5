package podrun

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// ImageTable says what each image in the manifests contains, as far as the
// manifests use it. Images are matched by repository, any tag.
type ImageTable []*Image

// Image is what one container image holds and how it starts.
type Image struct {
	// Repository is the image name without tag, with its registry
	// (docker.io/redis, registry.k8s.io/kubectl).
	Repository string
	// TagContains, when set, must occur in the tag: the table describes one
	// variant (redis "alpine", not the Debian build).
	TagContains string
	// Source is where these facts come from: the Dockerfile and base image,
	// with repository and path or tag.
	Source string
	// Base names the base image and its shell, which decides the builtins.
	Base string
	// Shell is the program /bin/sh is: "dash", "ash" (busybox) or "bash".
	Shell string
	// User is the image's USER, as written there.
	User string
	// Env is the image's ENV, in order, as KEY=VALUE.
	Env []string
	// WorkingDir is the image's WORKDIR ("" is /).
	WorkingDir string
	// Entrypoint and Cmd are the image's ENTRYPOINT and CMD (exec form).
	Entrypoint, Cmd []string
	// StopSignal is the image's STOPSIGNAL; "" is SIGTERM.
	StopSignal string
	// Symlinks are the image's directory symlinks (/bin -> usr/bin on a
	// merged-/usr Debian, /var/run -> /run), keyed by path, valued by target.
	Symlinks map[string]string
	// Passwd and Group are the lines of /etc/passwd and /etc/group.
	Passwd, Group []string
	// Locale, when set, is a glibc locale the image generates (LANG).
	Locale string
	// Files are the image's executables and the data they need.
	Files []File
	// Gaps says what the stand-ins cannot reproduce.
	Gaps []string
}

// File is one path in an image.
type File struct {
	// Path is where the image has it.
	Path string
	// Host is the program or directory on this machine that stands in for
	// it, bound read-only at Path.
	Host string
	// Link makes Path a symlink to Link, as in the image.
	Link string
	// Content is the file's text when the image's own file is small enough
	// to carry (an entrypoint script, pyvenv.cfg).
	Content string
	// Build makes the file's content on this machine when it derives from
	// a host file (the postgres image's patched sample config).
	Build func() ([]byte, error)
	// Dir marks a directory: Host is bound as a whole, or, without Host, an
	// empty directory with Mode is made.
	Dir bool
	// Mode is the permission of a Content file or an empty Dir (default
	// 0755).
	Mode uint32
	// App marks the application's own program or code, which is not on this
	// machine: a test supplies a stand-in for it (Options.StandIns). A Path
	// ending in "/" admits stand-ins anywhere below it.
	App bool
	// Missing says why this machine has no stand-in although the image has
	// the file. A container that needs it cannot run here.
	Missing string
	// Note records where the stand-in differs from the image's file.
	Note string
}

// Lookup finds the table entry of an image reference such as
// "docker.io/redis:7.4-alpine".
func (t ImageTable) Lookup(ref string) (*Image, error) {
	repo, tag := splitImageRef(ref)
	for _, im := range t {
		if normalizeRepository(im.Repository) != repo {
			continue
		}
		if im.TagContains != "" && !strings.Contains(tag, im.TagContains) {
			return nil, fmt.Errorf("image %s: the table describes the %q variant of %s, not tag %q", ref, im.TagContains, im.Repository, tag)
		}
		return im, nil
	}
	return nil, fmt.Errorf("image %s is not in the image table: add what it contains, with its Dockerfile as the source", ref)
}

// splitImageRef returns the normalized repository and the tag of ref.
func splitImageRef(ref string) (repo, tag string) {
	if i := strings.Index(ref, "@"); i >= 0 {
		ref = ref[:i]
	}
	if i := strings.LastIndex(ref, ":"); i > strings.LastIndex(ref, "/") {
		ref, tag = ref[:i], ref[i+1:]
	}
	if tag == "" {
		tag = "latest"
	}
	return normalizeRepository(ref), tag
}

func normalizeRepository(repo string) string {
	first, rest, found := strings.Cut(repo, "/")
	if !found || (!strings.ContainsAny(first, ".:") && first != "localhost") {
		repo, first, rest = "docker.io/"+repo, "docker.io", repo
	}
	if first == "docker.io" && strings.HasPrefix(rest, "library/") {
		repo = "docker.io/" + strings.TrimPrefix(rest, "library/")
	}
	return repo
}

// canonical resolves the image's directory symlinks in p, so /bin/sh on a
// merged-/usr image is /usr/bin/sh and /var/run/x is /run/x.
func (im *Image) canonical(p string) string {
	p = path.Clean(p)
	for range 8 {
		changed := false
		for link, target := range im.Symlinks {
			if p == link || strings.HasPrefix(p, link+"/") {
				abs := target
				if !path.IsAbs(abs) {
					abs = path.Join(path.Dir(link), target)
				}
				p = abs + strings.TrimPrefix(p, link)
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	return p
}

// file returns the entry at p (canonical paths compared), following Link
// entries to their target.
func (im *Image) file(p string) (File, bool) {
	p = im.canonical(p)
	for hops := 0; hops < 8; hops++ {
		f, ok := im.entry(p, false)
		if !ok {
			return File{}, false
		}
		if f.Link == "" {
			return f, true
		}
		target := f.Link
		if !path.IsAbs(target) {
			target = path.Join(path.Dir(p), target)
		}
		p = im.canonical(target)
	}
	return File{}, false
}

// entry finds the table entry at canonical path p; with allowPrefix, an
// application folder ("/app/") admits any path below it (for stand-ins).
func (im *Image) entry(p string, allowPrefix bool) (File, bool) {
	var prefix *File
	for i := range im.Files {
		f := &im.Files[i]
		fp := im.canonical(strings.TrimSuffix(f.Path, "/"))
		if fp == p && !strings.HasSuffix(f.Path, "/") {
			return *f, true
		}
		if f.App && strings.HasSuffix(f.Path, "/") && strings.HasPrefix(p, fp+"/") {
			prefix = f
		}
	}
	if prefix != nil && allowPrefix {
		return File{Path: p, App: true, Note: prefix.Note}, true
	}
	return File{}, false
}

// envValue returns the image's ENV value of key.
func (im *Image) envValue(key string) string {
	v := ""
	for _, kv := range im.Env {
		if k, val, _ := strings.Cut(kv, "="); k == key {
			v = val
		}
	}
	return v
}

// Resolve finds the file a command name runs in this image, as execvp
// does: a name with a slash is a path (relative to dir), a bare name is
// searched in PATH (the container's, or else the image's). It returns the
// path found and its table entry.
func (im *Image) Resolve(name, dir, pathEnv string) (string, File, bool) {
	if pathEnv == "" {
		pathEnv = im.envValue("PATH")
	}
	if strings.Contains(name, "/") {
		p := name
		if !path.IsAbs(p) {
			if dir == "" {
				dir = "/"
			}
			p = path.Join(dir, p)
		}
		f, ok := im.file(p)
		if ok && !f.Dir {
			return p, f, true
		}
		return p, File{}, false
	}
	for _, d := range strings.Split(pathEnv, ":") {
		if d == "" {
			d = "."
		}
		p := path.Join(d, name)
		if f, ok := im.file(p); ok && !f.Dir {
			return p, f, true
		}
	}
	return "", File{}, false
}

// Executables lists the image's executable paths, sorted, for messages.
func (im *Image) Executables() []string {
	var out []string
	for _, f := range im.Files {
		if f.Dir || strings.HasSuffix(f.Path, "/") {
			continue
		}
		out = append(out, f.Path)
	}
	sort.Strings(out)
	return out
}

// userIDs resolves the image's USER to numbers through its /etc/passwd.
func (im *Image) userIDs() (uid, gid int64, ok bool) {
	user := im.User
	if user == "" {
		return 0, 0, true
	}
	name, group, _ := strings.Cut(user, ":")
	uid, gid = -1, -1
	var n int64
	if _, err := fmt.Sscanf(name, "%d", &n); err == nil && fmt.Sprint(n) == name {
		uid = n
	}
	for _, line := range im.Passwd {
		f := strings.Split(line, ":")
		if len(f) < 4 {
			continue
		}
		if f[0] == name || (uid >= 0 && f[2] == fmt.Sprint(uid)) {
			fmt.Sscanf(f[2], "%d", &uid)
			fmt.Sscanf(f[3], "%d", &gid)
		}
	}
	if group != "" {
		if _, err := fmt.Sscanf(group, "%d", &n); err == nil {
			gid = n
		}
		for _, line := range im.Group {
			if f := strings.Split(line, ":"); len(f) >= 3 && f[0] == group {
				fmt.Sscanf(f[2], "%d", &gid)
			}
		}
	}
	if gid < 0 {
		gid = uid
	}
	return uid, gid, uid >= 0
}
