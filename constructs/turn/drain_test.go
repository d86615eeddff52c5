package turn_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

// preStop is the main container's preStop command.
func preStop(t *testing.T, objs []map[string]any) []any {
	t.Helper()
	cmd, _ := testutil.Get(mainContainer(t, objs), "lifecycle.preStop.exec.command").([]any)
	require.Len(t, cmd, 3, "sh -c SCRIPT")
	return cmd
}

func TestTurnRelay_DrainsOnStopWithinTheGracePeriod(t *testing.T) {
	for name, p := range map[string]*turn.TurnRelayProps{"public": relayProps(), "internal": internalProps(), "host network": hostNetworkProps()} {
		objs := synth(t, p)
		cmd := preStop(t, objs)
		assert.Equal(t, []any{"sh", "-c"}, cmd[:2], name)
		s := cmd[2].(string)
		assert.Contains(t, s, "date -u +%Y-%m-%dT%H:%M:%SZ > /run/turnrelay/draining\n", name)
		assert.Contains(t, s, "\nsleep 30\nkill -USR1 1 2>/dev/null || true\n", name)
		assert.Contains(t, s, `while [ "$waited" -lt 3590 ]; do`, "%s: the default hour, less the slack", name)
		assert.Equal(t, 3600.0, testutil.Get(deployment(t, objs), "spec.template.spec.terminationGracePeriodSeconds"), name)
		// The readiness probe stays a TCP check while the relay drains.
		assert.Equal(t, "turn-tcp", testutil.Get(mainContainer(t, objs), "readinessProbe.tcpSocket.port"), name)
		assert.Equal(t, "turn-tcp", testutil.Get(mainContainer(t, objs), "livenessProbe.tcpSocket.port"), name)
	}
	p := internalProps()
	p.TerminationGracePeriodSeconds = 1320
	objs := synth(t, p)
	assert.Contains(t, preStop(t, objs)[2], `while [ "$waited" -lt 1310 ]; do`)
	assert.Equal(t, 1320.0, testutil.Get(deployment(t, objs), "spec.template.spec.terminationGracePeriodSeconds"))
	assert.Contains(t, preStop(t, objs)[2], "-v lo=49152 -v hi=65535", "counts the internal relay range")
}

// turnserver must be PID 1, the process the hook signals: the main
// container runs it directly, or a shell that execs it last.
func TestTurnRelay_TurnserverIsPID1(t *testing.T) {
	tls := relayProps()
	tls.MaxRelayPort = 49199
	tls.TLS = &turn.TLSProps{SecretName: "turn-tls"}
	for name, p := range map[string]*turn.TurnRelayProps{"plain": relayProps(), "internal": internalProps(), "tls": tls} {
		cmd, _ := testutil.Get(mainContainer(t, synth(t, p)), "command").([]any)
		switch cmd[0] {
		case "turnserver":
		case "sh":
			s := cmd[2].(string)
			lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
			assert.True(t, strings.HasPrefix(lines[len(lines)-1], "exec turnserver "), "%s: the shell must exec turnserver last:\n%s", name, s)
		default:
			t.Errorf("%s: the main container runs %v", name, cmd)
		}
	}
}

// udpTable is a /proc/net/udp or udp6 file with sockets on the given local
// ports.
func udpTable(v6 bool, ports ...int) string {
	var b strings.Builder
	b.WriteString("   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n")
	for i, port := range ports {
		addr := "0500F40A" // 10.244.0.5, as the kernel prints it
		if v6 {
			addr = "00000000000000000000000000000000"
		}
		b.WriteString("  " + strconv.Itoa(i) + ": " + addr + ":" + strings.ToUpper(strconv.FormatInt(int64(port), 16)) +
			" 00000000:0000 07 00000000:00000000 00:00000000 00000000 65534        0 1234" + strconv.Itoa(i) + " 2 0000000000000000 0\n")
	}
	return b.String()
}

// runDrain runs the preStop script of p with sh and only the executables p
// declares for the main container. /proc/net/udp{,6} are the given tables
// (noFile: absent);
// sleep is a fake that counts its calls and, from call clearAt on, removes
// every socket but 3478's; kill only records the signal.
func runDrain(t *testing.T, p *turn.TurnRelayProps, udp, udp6 string, clearAt int) (dir, out string, sleeps int, err error) {
	t.Helper()
	dir = t.TempDir()
	bin := filepath.Join(dir, "bin")
	require.NoError(t, os.MkdirAll(bin, 0o700))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "run"), 0o700))
	for name, table := range map[string]string{"udp": udp, "udp6": udp6} {
		if table != noFile {
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(table), 0o600))
		}
	}
	fakeSleep := "#!/bin/sh\n" +
		"n=0; if [ -f " + dir + "/sleeps ]; then read -r n < " + dir + "/sleeps; fi\n" +
		"n=$((n + 1)); echo \"$n $1\" >> " + dir + "/sleep-args; echo $n > " + dir + "/sleeps\n" +
		"if [ $n -ge " + strconv.Itoa(clearAt) + " ]; then\n" +
		"  echo '" + strings.TrimSuffix(udpTable(false, 3478), "\n") + "' > " + dir + "/udp\n" +
		"  echo '" + strings.TrimSuffix(udpTable(true), "\n") + "' > " + dir + "/udp6\n" +
		"fi\n"
	require.NoError(t, os.WriteFile(filepath.Join(bin, "sleep"), []byte(fakeSleep), 0o700))
	path, shell := toolbox(t, p, pod.DefaultContainerName, dir)
	s := strings.NewReplacer(
		"/proc/net/udp6", dir+"/udp6",
		"/proc/net/udp", dir+"/udp",
		"/run/turnrelay/", dir+"/run/",
		"kill -USR1 1", "echo USR1 >> "+dir+"/signals",
	).Replace(preStop(t, synth(t, p))[2].(string))
	cmd := exec.Command(shell, "-c", s)
	cmd.Env = []string{"PATH=" + path}
	o, err := cmd.CombinedOutput()
	n, _ := os.ReadFile(filepath.Join(dir, "sleeps"))
	sleeps, _ = strconv.Atoi(strings.TrimSpace(string(n)))
	return dir, string(o), sleeps, err
}

// noFile stands for a /proc/net file that does not exist.
const noFile = "\x00absent"

func TestDrainScript_WaitsUntilNoRelaySocketIsLeft(t *testing.T) {
	p := relayProps() // relay range 49152-49200
	// 49151 and 49201 lie outside the range, 3478 is the listener; 49152
	// (v4) and 49200 (v6) are allocations.
	dir, out, sleeps, err := runDrain(t, p, udpTable(false, 3478, 49151, 49152, 49201), udpTable(true, 49200), 3)
	require.NoError(t, err, out)
	assert.Equal(t, 3, sleeps, "the delay, then two polls while the allocations remain, then none is left")
	args, _ := os.ReadFile(filepath.Join(dir, "sleep-args"))
	assert.Equal(t, "1 30\n2 5\n3 5\n", string(args))
	signals, _ := os.ReadFile(filepath.Join(dir, "signals"))
	assert.Equal(t, "USR1\n", string(signals), "turnserver is told to drain once, after the delay")
	started, _ := os.ReadFile(filepath.Join(dir, "run", "draining"))
	assert.Regexp(t, regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n$`), string(started), "the draining file holds the start time")
}

func TestDrainScript_EndsAtOnceWithoutAllocations(t *testing.T) {
	_, out, sleeps, err := runDrain(t, relayProps(), udpTable(false, 3478, 49151), udpTable(true, 49201), 100)
	require.NoError(t, err, out)
	assert.Equal(t, 1, sleeps, "only the delay for the load balancers")
}

func TestDrainScript_StopsWaitingBeforeTheGracePeriodEnds(t *testing.T) {
	p := relayProps()
	p.TerminationGracePeriodSeconds = 60 // 30 s delay, then polls until 50 s
	_, out, sleeps, err := runDrain(t, p, udpTable(false, 49160), udpTable(true), 100)
	require.NoError(t, err, out)
	assert.Equal(t, 1+4, sleeps, "the delay, then polls at 30, 35, 40 and 45 s; 10 s are left for SIGTERM")
}

func TestDrainScript_WaitsWhenTheSocketsCannotBeCounted(t *testing.T) {
	p := relayProps()
	p.TerminationGracePeriodSeconds = turn.MinTerminationGracePeriodSeconds // one poll fits
	_, out, sleeps, err := runDrain(t, p, udpTable(false, 49152), noFile, 100)
	require.NoError(t, err, out)
	assert.Equal(t, 2, sleeps, "without IPv6 the IPv4 table is counted: the delay, then one poll")

	_, out, sleeps, err = runDrain(t, p, udpTable(false), noFile, 100)
	require.NoError(t, err, out)
	assert.Equal(t, 1, sleeps, "no allocation: done after the delay")

	_, out, sleeps, err = runDrain(t, p, noFile, noFile, 100)
	require.NoError(t, err, out)
	assert.Equal(t, 2, sleeps, "a count that fails counts as an allocation, so the hook waits")
}
