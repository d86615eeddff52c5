package runtime

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// Alembic revisions of the stand-in image: it knows oldRevision and
// headRevision; newerRevision is one only a newer image knows.
const (
	oldRevision   = "1a2b3c4d5e6f"
	headRevision  = "7f8e9d0c1b2a"
	newerRevision = "99aa88bb77cc"
)

// Stand-ins for the API image's own programs, which are not on this machine.
// Each answers as the real one does where the manifests depend on it; the
// real entrypoint scripts (testdata/dograh-v1.45.0/scripts) start them.
var apiStandIns = map[string]string{
	// alembic 1.x CLI: `-c FILE heads` prints "<rev> (head)" without a
	// database; `current` asks the database (here: the test's schema
	// database over TCP at DATABASE_URL's host and port) and prints its
	// revision, "(head)" marked; an unknown revision fails with "Can't
	// locate revision"; `upgrade head` imports the app (the migrations
	// import the telephony package, hence audio_file_cache) and migrates.
	"/opt/venv/bin/alembic": `#!/opt/venv/bin/python
import os, socket, sys
from urllib.parse import urlsplit
HEAD, KNOWN = "` + headRevision + `", {"` + oldRevision + `", "` + headRevision + `"}
args = sys.argv[1:]
cfg = "alembic.ini"
if args[:1] == ["-c"]:
    cfg, args = args[1], args[2:]
if not os.path.exists(cfg):
    print(f"FAILED: No config file {cfg!r} found, or file has no '[alembic]' section", file=sys.stderr)
    sys.exit(1)
def db(line):
    u = urlsplit(os.environ["DATABASE_URL"])
    try:
        s = socket.create_connection((u.hostname, u.port or 5432), timeout=3)
    except OSError as e:
        print(f"sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection to server at {u.hostname} port {u.port} failed: {e}", file=sys.stderr)
        sys.exit(1)
    with s:
        s.sendall((line + "\n").encode())
        return s.makefile().readline().strip()
cmd = args[0] if args else ""
print("INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.", file=sys.stderr)
if cmd == "heads":
    print(f"{HEAD} (head)")
elif cmd == "current":
    rev = db("current")
    if rev and rev not in KNOWN:
        print(f"ERROR [alembic.util.messaging] Can't locate revision identified by '{rev}'", file=sys.stderr)
        sys.exit(255)
    if rev:
        print(f"{rev} (head)" if rev == HEAD else rev)
elif cmd == "upgrade" and args[1:] == ["head"]:
    import api.services.pipecat.audio_file_cache
    cur = db("current")
    if cur != HEAD:
        print(f"INFO  [alembic.runtime.migration] Running upgrade {cur or '<base>'} -> {HEAD}", file=sys.stderr)
        db("upgrade " + HEAD)
else:
    print(f"usage: alembic [-c CONFIG] heads|current|upgrade head (stand-in), got {args}", file=sys.stderr)
    sys.exit(2)
`,
	// api/services/pipecat/audio_file_cache.py creates /app/dograh_pcm_cache
	// at import (lines 21-22 at dograh-v1.45.0), in every backend process;
	// the app writes its temporary files (recordings, transcripts) with
	// tempfile, under /tmp.
	"/app/api/services/pipecat/audio_file_cache.py": `import os, tempfile
APP_ROOT_DIR = "/app/api"
CACHE_DIR = os.path.join(os.path.dirname(APP_ROOT_DIR), "dograh_pcm_cache")
os.makedirs(CACHE_DIR, exist_ok=True)
with tempfile.NamedTemporaryFile(prefix="recording-", suffix=".wav") as f:
    f.write(b"RIFF")
with open(os.path.join(CACHE_DIR, "probe.pcm"), "wb") as f:
    f.write(b"\0")
`,
	// uvicorn api.app:app --host H --port P: imports the app, serves
	// GET /api/v1/health and GET /api/v1/health/active-calls (api/routes/
	// main.py: 503 without DOGRAH_DEVOPS_SECRET configured, 403 on a wrong
	// X-Dograh-Devops-Secret header, else {"active_calls": n}); stops on
	// SIGTERM. POST /podrun/active-calls?n=N sets n (the test's handle).
	"/opt/venv/bin/uvicorn": `#!/opt/venv/bin/python
import importlib, json, os, signal, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs
args = sys.argv[1:]
target, host, port = args[0], "127.0.0.1", 8000
for i, a in enumerate(args):
    if a == "--host": host = args[i + 1]
    if a == "--port": port = int(args[i + 1])
importlib.import_module(target.split(":")[0])
state = {"calls": 0}
class H(BaseHTTPRequestHandler):
    def reply(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def do_GET(self):
        path = urlsplit(self.path).path
        if path == "/api/v1/health":
            return self.reply(200, {"status": "ok"})
        if path == "/api/v1/health/active-calls":
            secret = os.environ.get("DOGRAH_DEVOPS_SECRET")
            if not secret:
                return self.reply(503, {"detail": "Devops secret is not configured"})
            if self.headers.get("X-Dograh-Devops-Secret") != secret:
                return self.reply(403, {"detail": "Forbidden"})
            return self.reply(200, {"active_calls": state["calls"], "loop_lag_p95_ms": 0.0, "loop_lag_max_ms": 0.0})
        self.reply(404, {"detail": "Not Found"})
    def do_POST(self):
        u = urlsplit(self.path)
        if u.path == "/podrun/active-calls":
            state["calls"] = int(parse_qs(u.query)["n"][0])
            return self.reply(200, state)
        self.reply(404, {"detail": "Not Found"})
    def log_message(self, *a):
        pass
srv = ThreadingHTTPServer((host, port), H)
def stop(*_):
    print("INFO:     Shutting down", flush=True)
    os._exit(0)
signal.signal(signal.SIGTERM, stop)
print(f"INFO:     Uvicorn running on http://{host}:{port} (Press CTRL+C to quit)", flush=True)
srv.serve_forever()
`,
	"/app/api/app.py": "import api.services.pipecat.audio_file_cache\napp = object()\n",
	// python -m arq api.tasks.arq.WorkerSettings: arq's CLI imports the
	// settings and runs the worker until SIGTERM.
	"/opt/venv/lib/python3.13/site-packages/arq/__main__.py": `import importlib, signal, sys, time
importlib.import_module(sys.argv[1].rsplit(".", 1)[0])
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
print("Starting worker for 12 functions", flush=True)
while True:
    time.sleep(1)
`,
	"/app/api/tasks/arq.py":                               "import api.services.pipecat.audio_file_cache\nclass WorkerSettings: pass\nLOG_CONFIG = {}\n",
	"/app/api/services/telephony/ari_manager.py":          singleton("ARI manager connected"),
	"/app/api/services/campaign/campaign_orchestrator.py": singleton("campaign orchestrator started"),
	"/app/scripts/start_services_docker.sh":               "#!/bin/sh\necho 'start_services_docker.sh is the compose entrypoint; the manifests give each container a command' >&2\nexit 1\n",
}

func singleton(msg string) string {
	return `import signal, sys, time
import api.services.pipecat.audio_file_cache
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
print("` + msg + `", flush=True)
while True:
    time.sleep(1)
`
}

// uiStandIns: Next.js's standalone server.js listens on process.env.PORT
// and process.env.HOSTNAME (default 0.0.0.0), as its generated server does.
var uiStandIns = map[string]string{
	"/app/server.js": `const http = require('http');
const hostname = process.env.HOSTNAME || '0.0.0.0';
const port = parseInt(process.env.PORT, 10) || 3000;
http.createServer((req, res) => { res.writeHead(200, {'content-type': 'text/html'}); res.end('<html>dograh</html>'); })
  .listen(port, hostname, () => console.log('ready - started server on ' + hostname + ':' + port));
process.on('SIGTERM', () => process.exit(0));
`,
}

// standIns returns the stand-ins plus Dograh's own files at
// dograh-v1.45.0 (the entrypoint scripts and alembic.ini), copied unmodified.
func standIns(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for k, v := range apiStandIns {
		out[k] = v
	}
	for k, v := range uiStandIns {
		out[k] = v
	}
	root := filepath.Join("testdata", "dograh-v1.45.0")
	for _, rel := range []string{"api/alembic.ini", "scripts/run_web.sh", "scripts/run_migrate.sh", "scripts/run_arq_worker.sh",
		"scripts/run_ari_manager.sh", "scripts/run_campaign_orchestrator.sh", "scripts/drain_web.sh"} {
		data, err := os.ReadFile(filepath.Join(root, rel))
		require.NoError(t, err)
		out["/app/"+rel] = string(data)
	}
	return out
}

// schemaDB stands in for PostgreSQL as alembic sees it: it answers
// "current" with the schema revision and applies "upgrade REV".
type schemaDB struct {
	mu       sync.Mutex
	revision string
	l        net.Listener
}

func (d *schemaDB) serve() {
	for {
		c, err := d.l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			line, _ := bufio.NewReader(c).ReadString('\n')
			d.mu.Lock()
			defer d.mu.Unlock()
			switch f := strings.Fields(line); {
			case len(f) == 1 && f[0] == "current":
				fmt.Fprintln(c, d.revision)
			case len(f) == 2 && f[0] == "upgrade":
				d.revision = f[1]
				fmt.Fprintln(c, "ok")
			}
		}()
	}
}

func (d *schemaDB) set(rev string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.revision = rev
}

func (d *schemaDB) get() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.revision
}
