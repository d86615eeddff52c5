package turn

import (
	"strconv"
	"strings"
)

// drainScript is the main container's preStop hook, a POSIX sh script run
// by the coturn image's /bin/sh with date, sleep (coreutils) and awk
// (mawk) from its Debian base (see mainExecutables). It
//   - writes DrainingFile, with the time, so the drain can be seen;
//   - waits DrainDelaySeconds, while load balancers stop sending new
//     clients to the stopping pod;
//   - sends SIGUSR1 to PID 1, turnserver: coturn 4.8.0 then refuses new
//     allocations (403 "Server is draining") and keeps serving the ones it
//     holds, and exits once none is left (drain_handler in
//     src/apps/relay/mainrelay.c, netengine.c at tag 4.8.0). coturn 4.6.1
//     has no such handler, and as PID 1 it never receives a signal it does
//     not handle, so the signal does nothing there;
//   - waits until the relay holds no allocation, counted as the UDP
//     sockets bound to a relay port in /proc/net/udp and /proc/net/udp6
//     (each allocation binds one; the files list the pod's network
//     namespace, in hex), polling every DrainPollSeconds, for at most
//     TerminationGracePeriodSeconds less DrainSlackSeconds.
//
// The kubelet runs a lifecycle command as written, without expanding
// $(VAR) references as it does in a container's command (pkg/kubelet/
// lifecycle/handlers.go at k8s.io/kubernetes v1.35.4), so the script's
// command substitutions stay intact.
//
// The kubelet then sends SIGTERM, which stops coturn 4.8.0 at once (4.6.1
// ignores it as PID 1 and is killed when the grace period ends). A count
// that cannot be read counts as one allocation, so the hook waits rather
// than cut calls. In host-network mode the files list the node's sockets,
// so other processes' sockets in the relay range make it wait longer.
func (p *TurnRelayProps) drainScript() string {
	maxWait := p.TerminationGracePeriodSeconds - DrainSlackSeconds
	// hex reads the port part of "ADDRESS:PORT", which the kernel prints
	// as upper-case hex ("%04X"); mawk has no strtonum.
	count := `awk -v lo=` + strconv.Itoa(p.MinRelayPort) + ` -v hi=` + strconv.Itoa(p.MaxRelayPort) +
		` 'function hex(s,  i, n) { n = 0; for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1; return n }` +
		` FNR > 1 { split($2, a, ":"); p = hex(a[2]); if (p >= lo && p <= hi) c++ } END { print c + 0 }' $files`
	return strings.Join([]string{
		"set -u",
		`date -u +%Y-%m-%dT%H:%M:%SZ > ` + DrainingFile,
		"sleep " + strconv.Itoa(DrainDelaySeconds),
		"kill -USR1 1 2>/dev/null || true",
		"files=/proc/net/udp",
		`if [ -e /proc/net/udp6 ]; then files="$files /proc/net/udp6"; fi`,
		"waited=" + strconv.Itoa(DrainDelaySeconds),
		"while [ \"$waited\" -lt " + strconv.Itoa(maxWait) + " ]; do",
		"  n=$(" + count + ") || n=1",
		`  case $n in ''|*[!0-9]*) n=1 ;; esac`,
		`  [ "$n" -gt 0 ] || exit 0`,
		"  sleep " + strconv.Itoa(DrainPollSeconds),
		"  waited=$((waited + " + strconv.Itoa(DrainPollSeconds) + "))",
		"done",
	}, "\n") + "\n"
}

// drainExecutables are the programs drainScript runs besides shell
// builtins (kill, test, printf-free redirections).
func drainExecutables() []string {
	return []string{shellExecutable, "awk", "date", "sleep"}
}
