package podrun

import (
	_ "embed"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
)

// The images' own scripts, copied unmodified (imagefiles/README.md says from
// where).
var (
	//go:embed imagefiles/postgres-17-docker-entrypoint.sh
	postgresEntrypoint string
	//go:embed imagefiles/node-22-alpine-docker-entrypoint.sh
	nodeEntrypoint string
	//go:embed imagefiles/coturn-docker-entrypoint.sh
	coturnEntrypoint string
)

// Directory symlinks of the base images. Debian since bookworm merges /usr
// (debian:bookworm-slim, trixie-slim); every base here links /var/run to
// /run.
var (
	debianSymlinks = map[string]string{"/bin": "usr/bin", "/sbin": "usr/sbin", "/lib": "usr/lib", "/lib64": "usr/lib64", "/var/run": "/run"}
	alpineSymlinks = map[string]string{"/var/run": "/run"}
	ubiSymlinks    = debianSymlinks
)

// debianPath is the PATH of debian:*-slim (its image config).
const debianPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

// alpinePath is the PATH of alpine:3.x.
const alpinePath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

// debianSlim lists what debian:bookworm-slim and trixie-slim carry that
// scripts call: dash as sh, bash, coreutils, grep, sed, mawk, findutils,
// getent (libc-bin), hostname, gzip, tar and util-linux's mountpoint. Each
// stands in with this machine's Debian bookworm package of the same name.
func debianSlim() []File {
	fs := []File{
		{Path: "/usr/bin/dash", Host: "/usr/bin/dash"},
		{Path: "/usr/bin/sh", Link: "dash"},
		{Path: "/usr/bin/bash", Host: "/usr/bin/bash"},
		{Path: "/usr/bin/mawk", Host: "/usr/bin/mawk"},
		{Path: "/usr/bin/awk", Link: "mawk", Note: "awk is mawk through /etc/alternatives on debian-slim"},
		{Path: "/usr/bin/getent", Host: "/usr/bin/getent"},
		{Path: "/usr/bin/hostname", Host: "/usr/bin/hostname"},
		{Path: "/usr/bin/mountpoint", Host: "/usr/bin/mountpoint"},
		{Path: "/tmp", Dir: true, Mode: 0o1777},
	}
	for _, name := range strings.Fields(`
		cat cp mv rm rmdir mkdir chmod chown chgrp ls ln id env sleep date head
		tail tr cut sort uniq wc tee printf echo test [ true false basename
		dirname mktemp touch cksum md5sum sha256sum stat readlink realpath nproc
		timeout whoami uname seq expr yes od dd df du install nohup nice pwd
		grep sed find xargs gzip tar`) {
		fs = append(fs, File{Path: "/usr/bin/" + name, Host: "/usr/bin/" + name})
	}
	return fs
}

// busyboxApplets lists what alpine:3.x links to /bin/busybox (aports
// main/busybox/busyboxconfig, installed with busybox --install -s), limited
// to the applets scripts call and Debian's busybox 1.35 also builds. Debian's
// busybox package stands in for Alpine's.
func busyboxApplets() []File {
	fs := []File{
		{Path: "/bin/busybox", Host: "/usr/bin/busybox", Note: "Debian's busybox 1.35 (glibc) stands in for Alpine's (musl)"},
		{Path: "/tmp", Dir: true, Mode: 0o1777},
	}
	usrBin := map[string]bool{}
	for _, a := range strings.Fields(`awk env head id nc printf sort tail tee tr uniq wc wget xargs find test [ [[ cut expr basename dirname nproc readlink realpath seq timeout whoami yes od du install nohup`) {
		usrBin[a] = true
	}
	for _, a := range strings.Fields(`
		sh ash cat chmod chown cp date dd df echo false grep egrep fgrep hostname kill ln ls mkdir
		mktemp mv ps pwd rm rmdir sed sleep stat touch true uname
		awk env head id nc printf sort tail tee tr uniq wc wget xargs find test [ [[ cut
		expr basename dirname nproc readlink realpath seq timeout whoami yes od du install nohup`) {
		dir := "/bin/"
		if usrBin[a] {
			dir = "/usr/bin/"
		}
		fs = append(fs, File{Path: dir + a, Link: "/bin/busybox"})
	}
	return uniqueFiles(fs)
}

// uniqueFiles keeps one entry per path, the last given, in first order.
func uniqueFiles(fs []File) []File {
	index := map[string]int{}
	var out []File
	for _, f := range fs {
		if i, ok := index[f.Path]; ok {
			out[i] = f
			continue
		}
		index[f.Path] = len(out)
		out = append(out, f)
	}
	return out
}

func concat(parts ...[]File) []File {
	var out []File
	for _, p := range parts {
		out = append(out, p...)
	}
	return uniqueFiles(out)
}

// glibcEtc is the nsswitch.conf of Debian's base-files/libc-bin, so getent
// and the resolver read /etc/hosts first as in the image.
var glibcEtc = []File{{Path: "/etc/nsswitch.conf", Content: "passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nnetworks: files\nprotocols: files\nservices: files\n", Mode: 0o644}}

var debianUsers = []string{
	"root:x:0:0:root:/root:/bin/bash",
	"daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin",
	"nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin",
}

var debianGroups = []string{"root:x:0:", "daemon:x:1:", "nogroup:x:65534:"}

// DefaultImages is the table for every image the reference topologies use.
// Each entry cites the Dockerfile it comes from; each executable names the
// host program that stands in for it and where the versions differ.
func DefaultImages() ImageTable {
	return ImageTable{dograhAPI(), dograhUI(), coturn(), pgvector(), redisAlpine(), minio(), kubectl()}
}

// dograhAPI: dograh-hq/dograh api/Dockerfile at tag dograh-v1.45.0, runner
// stage FROM python:3.13-slim (docker-library/python 3.13/slim-trixie:
// debian:trixie-slim, Python in /usr/local, ENV PATH /usr/local/bin:$PATH).
func dograhAPI() *Image {
	return &Image{
		Repository: "docker.io/dograhai/dograh-api",
		Source: "dograh-hq/dograh api/Dockerfile at dograh-v1.45.0 (runner stage: FROM python:3.13-slim, " +
			"WORKDIR /app, useradd --system dograh, COPY ffmpeg/ffprobe, node from node:22-slim, /opt/venv, " +
			"scripts/run_*.sh and drain_web.sh, USER dograh); docker-library/python 3.13/slim-trixie",
		Base:  "python:3.13-slim (Debian trixie-slim: dash as sh, bash, coreutils, grep, sed, mawk)",
		Shell: "dash",
		User:  "dograh",
		Env: []string{
			"PATH=/opt/venv/bin:/usr/local/bin:" + debianPath,
			"PYTHON_VERSION=3.13.11",
			"VIRTUAL_ENV=/opt/venv",
			"PYTHONDONTWRITEBYTECODE=1",
			"PYTHONUNBUFFERED=1",
			"PYTHONPATH=/app",
			"LOG_TO_FILE=false",
		},
		WorkingDir: "/app",
		Cmd:        []string{"./scripts/start_services_docker.sh"},
		Symlinks:   debianSymlinks,
		// useradd --system gives the first system account UID/GID 999 on
		// Debian (SYS_UID_MAX counts down); the manifests set it explicitly.
		Passwd: append(append([]string{}, debianUsers...), "dograh:x:999:999::/app:/usr/sbin/nologin"),
		Group:  append(append([]string{}, debianGroups...), "dograh:x:999:"),
		Files: concat(debianSlim(), glibcEtc, []File{
			{Path: "/usr/local/bin/python3.13", Host: "/usr/bin/python3.11", Note: "Debian's Python 3.11 stands in for the image's 3.13.11 (only the standard library is used)"},
			{Path: "/usr/local/bin/python3", Link: "python3.13"},
			{Path: "/usr/local/bin/python", Link: "python3"},
			{Path: "/usr/lib/python3.11", Host: "/usr/lib/python3.11", Dir: true, Note: "the 3.11 stand-in's standard library, where it looks for it; the image has /usr/local/lib/python3.13"},
			{Path: "/opt/venv/bin/python", Link: "/usr/local/bin/python"},
			{Path: "/opt/venv/bin/python3", Link: "python"},
			{Path: "/opt/venv/bin/python3.13", Link: "python"},
			{Path: "/opt/venv/pyvenv.cfg", Content: "home = /usr/local/bin\ninclude-system-site-packages = false\nversion = 3.13.11\n", Mode: 0o644},
			{Path: "/opt/venv/lib/python3.11", Link: "python3.13", Note: "lets the 3.11 stand-in find the venv's site-packages"},
			{Path: "/opt/venv/lib/python3.13/site-packages", Dir: true},
			{Path: "/usr/local/bin/node", Host: "/usr/bin/node", Note: "Debian's Node.js 20 stands in for node:22-slim's /usr/local/bin/node"},
			{Path: "/usr/local/bin/ffmpeg", Missing: "static BtbN ffmpeg build; no manifest calls it"},
			{Path: "/usr/local/bin/ffprobe", Missing: "static BtbN ffmpeg build; no manifest calls it"},
			// The application: its code and entrypoint scripts under /app,
			// its Python dependencies (and their console scripts) in the venv.
			{Path: "/app/", App: true, Note: "COPY ./api, ./scripts, ./docs"},
			{Path: "/opt/venv/", App: true, Note: "uv pip install -r api/requirements.txt and pipecat"},
			{Path: "/app/scripts/start_services_docker.sh", App: true},
			{Path: "/app/scripts/run_web.sh", App: true},
			{Path: "/app/scripts/run_arq_worker.sh", App: true},
			{Path: "/app/scripts/run_ari_manager.sh", App: true},
			{Path: "/app/scripts/run_campaign_orchestrator.sh", App: true},
			{Path: "/app/scripts/run_migrate.sh", App: true},
			{Path: "/app/scripts/drain_web.sh", App: true, Note: "in the image from 1.44 on"},
			{Path: "/opt/venv/bin/alembic", App: true, Note: "console script of the alembic package"},
			{Path: "/opt/venv/bin/uvicorn", App: true, Note: "console script of the uvicorn package"},
			{Path: "/opt/venv/bin/arq", App: true, Note: "console script of the arq package"},
		}),
		Gaps: []string{
			"the app (FastAPI, workers, alembic) is not on this machine: tests supply stand-ins",
			"Python 3.11 and Node.js 20 from Debian stand in for 3.13 and 22",
			"no procps and no curl, as in the image",
		},
	}
}

// dograhUI: dograh-hq/dograh ui/Dockerfile at dograh-v1.45.0, runner stage
// FROM node:22-alpine (nodejs/docker-node 22/alpine3.x: ENTRYPOINT
// docker-entrypoint.sh, node in /usr/local/bin).
func dograhUI() *Image {
	return &Image{
		Repository: "docker.io/dograhai/dograh-ui",
		Source: "dograh-hq/dograh ui/Dockerfile at dograh-v1.45.0 (runner: FROM node:22-alpine, WORKDIR /app, " +
			"addgroup --system --gid 1001 nodejs, adduser --system --uid 1001 nextjs, Next.js standalone output, USER nextjs, " +
			"shell-form CMD); nodejs/docker-node 22/alpine3.23 Dockerfile and docker-entrypoint.sh",
		Base:       "node:22-alpine (Alpine: busybox ash as sh, musl)",
		Shell:      "ash",
		User:       "nextjs",
		Env:        []string{"PATH=" + alpinePath, "NODE_VERSION=22.22.2", "YARN_VERSION=1.22.22", "NODE_ENV=production"},
		WorkingDir: "/app",
		Entrypoint: []string{"docker-entrypoint.sh"},
		// CMD sh -c "..." in shell form becomes /bin/sh -c '<the line>'.
		Cmd:      []string{"/bin/sh", "-c", `sh -c "echo '🚀 Application ready at http://localhost:3010' && PORT=3010 node server.js"`},
		Symlinks: alpineSymlinks,
		// busybox adduser -S without -G puts the user in nogroup (65533);
		// the manifests set runAsGroup 1001 (nodejs) themselves.
		Passwd: []string{"root:x:0:0:root:/root:/bin/sh", "node:x:1000:1000::/home/node:/bin/sh", "nobody:x:65534:65534:nobody:/:/sbin/nologin", "nextjs:x:1001:65533::/home/nextjs:/sbin/nologin"},
		Group:  []string{"root:x:0:", "node:x:1000:", "nodejs:x:1001:", "nogroup:x:65533:", "nobody:x:65534:"},
		Files: concat(busyboxApplets(), []File{
			{Path: "/usr/local/bin/docker-entrypoint.sh", Content: nodeEntrypoint, Note: "the image's own script"},
			{Path: "/usr/local/bin/node", Host: "/usr/bin/node", Note: "Debian's Node.js 20 (glibc) stands in for 22.22 (musl)"},
			{Path: "/usr/local/bin/nodejs", Link: "node"},
			{Path: "/usr/local/bin/npm", Missing: "not installed in the sandbox; no manifest calls it"},
			{Path: "/usr/local/bin/yarn", Missing: "not installed in the sandbox; no manifest calls it"},
			{Path: "/app/", App: true, Note: "Next.js standalone output: server.js, .next, public"},
			{Path: "/app/server.js", App: true},
		}),
		Gaps: []string{"the Next.js app is not on this machine: tests supply a server.js stand-in"},
	}
}

// coturn: coturn/coturn docker/coturn/debian/Dockerfile at tag
// docker/4.8.0-r1 (FROM debian:trixie-slim, coturn built with --prefix=/usr,
// dnsutils for detect-external-ip, USER nobody:nogroup).
func coturn() *Image {
	return &Image{
		Repository: "docker.io/coturn/coturn",
		Source:     "coturn/coturn docker/coturn/debian/Dockerfile and docker/coturn/rootfs at tag docker/4.8.0-r1",
		Base:       "debian:trixie-slim (dash as sh, bash, coreutils)",
		Shell:      "dash",
		User:       "nobody:nogroup",
		Env:        []string{"PATH=" + debianPath},
		Entrypoint: []string{"docker-entrypoint.sh"},
		Cmd:        []string{"--log-file=stdout", "--external-ip=$(detect-external-ip)"},
		Symlinks:   debianSymlinks,
		Passwd:     debianUsers,
		Group:      debianGroups,
		Files: concat(debianSlim(), glibcEtc, []File{
			{Path: "/usr/bin/turnserver", Host: "/usr/bin/turnserver", Note: "Debian bookworm's coturn 4.6.1 stands in for 4.8.0 (no Prometheus exporter: Debian builds without libprom)"},
			{Path: "/usr/bin/turnadmin", Host: "/usr/bin/turnadmin"},
			{Path: "/usr/bin/turnutils_uclient", Host: "/usr/bin/turnutils_uclient"},
			{Path: "/usr/bin/turnutils_peer", Host: "/usr/bin/turnutils_peer"},
			{Path: "/usr/bin/turnutils_stunclient", Host: "/usr/bin/turnutils_stunclient"},
			{Path: "/usr/bin/turnutils_natdiscovery", Host: "/usr/bin/turnutils_natdiscovery"},
			{Path: "/usr/bin/turnutils_oauth", Host: "/usr/bin/turnutils_oauth"},
			{Path: "/usr/local/bin/docker-entrypoint.sh", Content: coturnEntrypoint, Note: "the image's own script"},
			{Path: "/usr/local/bin/detect-external-ip.sh", Missing: "asks DNS services outside the cluster; no manifest calls it"},
			{Path: "/usr/local/bin/detect-external-ip", Link: "/usr/local/bin/detect-external-ip.sh"},
			{Path: "/usr/bin/dig", Missing: "dnsutils is not installed here; no manifest calls it"},
			{Path: "/var/lib/coturn", Dir: true, Mode: 0o755},
		}),
		Gaps: []string{"coturn 4.6.1 instead of 4.8.0: no prometheus exporter, older option set"},
	}
}

// pgvector: pgvector/pgvector Dockerfile (ARG PG_MAJOR; FROM
// postgres:$PG_MAJOR; make install of the extension), on
// docker-library/postgres 17/bookworm (Dockerfile and
// docker-entrypoint.sh).
func pgvector() *Image {
	files := concat(debianSlim(), glibcEtc, []File{
		{Path: "/usr/local/bin/docker-entrypoint.sh", Content: postgresEntrypoint, Note: "the image's own script, unmodified: it runs initdb on an empty PGDATA, sets up pg_hba for host connections and creates POSTGRES_DB"},
		{Path: "/usr/local/bin/docker-ensure-initdb.sh", Missing: "not vendored; no manifest calls it"},
		{Path: "/usr/local/bin/gosu", Missing: "only used when the entrypoint starts as root; the manifests run as 999"},
		{Path: "/docker-entrypoint-initdb.d", Dir: true, Mode: 0o755},
		{Path: "/var/lib/postgresql", Dir: true, Mode: 0o1777},
		{Path: "/usr/share/postgresql/15", Host: "/usr/share/postgresql/15", Dir: true, Note: "share directory of the 15 stand-in (the image has /usr/share/postgresql/17)"},
		{Path: "/usr/share/postgresql/15/postgresql.conf.sample", Build: listenEverywhere, Note: "the image's sample with listen_addresses = '*' (its Dockerfile seds it); generated from this machine's sample"},
		{Path: "/usr/lib/postgresql/15/lib", Host: "/usr/lib/postgresql/15/lib", Dir: true},
		{Path: "/usr/lib/postgresql/17/lib/vector.so", Missing: "pgvector: Debian bookworm has no pgvector package (apt-cache search pgvector finds nothing), so CREATE EXTENSION vector cannot work here"},
	})
	for _, name := range []string{"postgres", "initdb", "pg_ctl", "pg_isready", "psql", "pg_controldata", "pg_dump", "createdb"} {
		files = append(files,
			File{Path: "/usr/lib/postgresql/15/bin/" + name, Host: "/usr/lib/postgresql/15/bin/" + name, Note: "PostgreSQL 15 (Debian bookworm) stands in for 17"},
			File{Path: "/usr/lib/postgresql/17/bin/" + name, Link: "/usr/lib/postgresql/15/bin/" + name, Note: "the binaries find their share and lib directories relative to their real path"})
	}
	return &Image{
		Repository: "docker.io/pgvector/pgvector",
		Source:     "pgvector/pgvector Dockerfile (FROM postgres:$PG_MAJOR, builds and installs vector); docker-library/postgres 17/bookworm Dockerfile and docker-entrypoint.sh",
		Base:       "postgres:17 (Debian: dash as sh, bash)",
		Shell:      "dash",
		User:       "",
		Env: []string{
			"PATH=" + debianPath + ":/usr/lib/postgresql/17/bin",
			"GOSU_VERSION=1.17",
			"LANG=en_US.utf8",
			"PG_MAJOR=17",
			"PG_VERSION=17.6-1.pgdg12+1",
			"PGDATA=/var/lib/postgresql/data",
		},
		Entrypoint: []string{"docker-entrypoint.sh"},
		Cmd:        []string{"postgres"},
		StopSignal: "SIGINT",
		Symlinks:   debianSymlinks,
		Passwd:     append(append([]string{}, debianUsers...), "postgres:x:999:999::/var/lib/postgresql:/bin/bash"),
		Group:      append(append([]string{}, debianGroups...), "postgres:x:999:"),
		Locale:     "en_US.UTF-8",
		Files:      files,
		Gaps: []string{
			"PostgreSQL 15 instead of 17; /usr/bin/psql and pg_isready are postgresql-common's perl pg_wrapper in the image, not reproduced: PATH reaches the real binaries in /usr/lib/postgresql/17/bin",
			"no pgvector extension (no Debian bookworm package)",
		},
	}
}

// redisAlpine: redis/docker-library-redis 7.4/alpine/Dockerfile (FROM
// alpine:3.21, adduser -S -G redis -u 999 redis with group 1000, redis built
// into /usr/local/bin with protected-mode off by default).
func redisAlpine() *Image {
	return &Image{
		Repository:  "docker.io/redis",
		TagContains: "alpine",
		Source:      "redis/docker-library-redis 7.4/alpine/Dockerfile (FROM alpine:3.21)",
		Base:        "alpine:3.21 (busybox ash as sh)",
		Shell:       "ash",
		Env:         []string{"PATH=" + alpinePath, "GOSU_VERSION=1.17", "REDIS_VERSION=7.4.3"},
		WorkingDir:  "/data",
		Entrypoint:  []string{"docker-entrypoint.sh"},
		Cmd:         []string{"redis-server"},
		Symlinks:    alpineSymlinks,
		Passwd:      []string{"root:x:0:0:root:/root:/bin/sh", "nobody:x:65534:65534:nobody:/:/sbin/nologin", "redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin"},
		Group:       []string{"root:x:0:", "redis:x:1000:redis", "nobody:x:65534:"},
		Files: concat(busyboxApplets(), []File{
			{Path: "/usr/local/bin/redis-server", Host: "/usr/bin/redis-server", Note: "Debian bookworm's Redis 7.0.15 stands in for 7.4.3; Debian keeps protected-mode on by default, the image patches it off (no effect with requirepass)"},
			{Path: "/usr/local/bin/redis-cli", Host: "/usr/bin/redis-cli", Note: "7.0.15 for 7.4.3"},
			{Path: "/usr/local/bin/redis-benchmark", Host: "/usr/bin/redis-benchmark"},
			{Path: "/usr/local/bin/redis-check-aof", Link: "redis-server"},
			{Path: "/usr/local/bin/redis-check-rdb", Link: "redis-server"},
			{Path: "/usr/local/bin/redis-sentinel", Link: "redis-server"},
			{Path: "/usr/local/bin/gosu", Missing: "only used when the entrypoint starts as root"},
			{Path: "/usr/local/bin/docker-entrypoint.sh", Missing: "not vendored; the manifests give a command, so it is not used"},
			{Path: "/data", Dir: true, Mode: 0o755},
		}),
		Gaps: []string{"Redis 7.0 instead of 7.4"},
	}
}

// minio: minio/minio Dockerfile.release at RELEASE.2025-04-22T22-12-26Z
// (FROM registry.access.redhat.com/ubi9/ubi-micro; minio, mc and a static
// curl in /usr/bin; no USER).
func minio() *Image {
	return &Image{
		Repository: "docker.io/minio/minio",
		Source:     "minio/minio Dockerfile.release and dockerscripts/docker-entrypoint.sh at RELEASE.2025-04-22T22-12-26Z",
		Base:       "ubi9/ubi-micro (bash as sh, coreutils-single)",
		Shell:      "bash",
		Env:        []string{"PATH=" + debianPath, "MINIO_ACCESS_KEY_FILE=access_key", "MINIO_SECRET_KEY_FILE=secret_key", "MINIO_ROOT_USER_FILE=access_key", "MINIO_ROOT_PASSWORD_FILE=secret_key", "MINIO_KMS_SECRET_KEY_FILE=kms_master_key", "MINIO_CONFIG_ENV_FILE=config.env", "MC_CONFIG_DIR=/tmp/.mc"},
		Entrypoint: []string{"/usr/bin/docker-entrypoint.sh"},
		Cmd:        []string{"minio"},
		Symlinks:   ubiSymlinks,
		Passwd:     []string{"root:x:0:0:root:/root:/bin/bash", "nobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin"},
		Group:      []string{"root:x:0:", "nobody:x:65534:"},
		Files: []File{
			{Path: "/usr/bin/bash", Host: "/usr/bin/bash"},
			{Path: "/usr/bin/sh", Link: "bash"},
			{Path: "/usr/bin/chroot", Host: "/usr/sbin/chroot"},
			{Path: "/usr/bin/cat", Host: "/usr/bin/cat"},
			{Path: "/usr/bin/echo", Host: "/usr/bin/echo"},
			{Path: "/usr/bin/docker-entrypoint.sh", Missing: "MinIO's entrypoint (AGPL) is not vendored"},
			{Path: "/usr/bin/minio", Missing: "MinIO is not packaged in Debian and nothing may be downloaded here"},
			{Path: "/usr/bin/mc", Missing: "not packaged in Debian"},
			{Path: "/usr/bin/curl", Host: "/usr/bin/curl", Note: "Debian's curl stands in for the static build"},
			{Path: "/tmp", Dir: true, Mode: 0o1777},
		},
		Gaps: []string{"minio itself cannot run here"},
	}
}

// kubectl: registry.k8s.io/kubectl at v1.33 is built by
// kubernetes/kubernetes build/lib/release.sh from
// build/server-image/kubectl/Dockerfile (ARG BASEIMAGE; FROM $BASEIMAGE;
// COPY kubectl /bin/; ENTRYPOINT ["/bin/kubectl"]) with BASEIMAGE =
// KUBECTL_BASE_IMAGE, which build/common.sh defaults to KUBE_GORUNNER_IMAGE,
// registry.k8s.io/build-image/go-runner (kubernetes/release
// images/build/go-runner: FROM gcr.io/distroless/static-debian12, COPY
// go-runner /go-runner). So: no shell, no coreutils, no getent.
func kubectl() *Image {
	return &Image{
		Repository: "registry.k8s.io/kubectl",
		Source: "kubernetes/kubernetes build/server-image/kubectl/Dockerfile and build/common.sh (KUBECTL_BASE_IMAGE = go-runner); " +
			"kubernetes/release images/build/go-runner/Dockerfile (FROM distroless static-debian12)",
		Base:       "go-runner on distroless static-debian12 (no shell)",
		Shell:      "",
		Env:        []string{"PATH=" + debianPath, "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"},
		Entrypoint: []string{"/bin/kubectl"},
		Symlinks:   alpineSymlinks,
		Passwd:     []string{"root:x:0:0:root:/root:/sbin/nologin", "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin", "nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin"},
		Group:      []string{"root:x:0:", "nobody:x:65534:", "tty:x:5:", "staff:x:50:", "nonroot:x:65532:"},
		Files: []File{
			{Path: "/go-runner", Build: buildGoRunner, Note: "built here from kubernetes/release go-runner.go (vendored in gorunner/), static like the image's"},
			{Path: "/bin/kubectl", Host: "/usr/bin/kubectl", Note: "this machine's kubectl 1.32 (static) stands in for 1.33.0"},
			{Path: "/tmp", Dir: true, Mode: 0o1777},
			{Path: "/etc/ssl/certs/ca-certificates.crt", Host: "/etc/ssl/certs/ca-certificates.crt"},
		},
		Gaps: []string{"kubectl 1.32 from this machine"},
	}
}

var (
	goRunnerOnce sync.Once
	goRunnerData []byte
	goRunnerErr  error
)

// buildGoRunner compiles the vendored go-runner once per process.
func buildGoRunner() ([]byte, error) {
	goRunnerOnce.Do(func() {
		_, self, _, _ := runtime.Caller(0)
		dir, err := os.MkdirTemp("", "podrun-go-runner-")
		if err != nil {
			goRunnerErr = err
			return
		}
		defer os.RemoveAll(dir)
		out := filepath.Join(dir, "go-runner")
		cmd := exec.Command("go", "build", "-trimpath", "-o", out, ".")
		cmd.Dir = filepath.Join(filepath.Dir(self), "gorunner")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if msg, err := cmd.CombinedOutput(); err != nil {
			goRunnerErr = fmt.Errorf("build go-runner: %v: %s", err, msg)
			return
		}
		goRunnerData, goRunnerErr = os.ReadFile(out)
	})
	return goRunnerData, goRunnerErr
}

// listenEverywhere is the host's postgresql.conf.sample with the sed the
// postgres image's Dockerfile applies: listen_addresses = '*'.
func listenEverywhere() ([]byte, error) {
	data, err := os.ReadFile("/usr/share/postgresql/15/postgresql.conf.sample")
	if err != nil {
		return nil, err
	}
	re := regexp.MustCompile(`(?m)^#?(listen_addresses)\s*=\s*\S+.*$`)
	return re.ReplaceAll(data, []byte("$1 = '*'")), nil
}
