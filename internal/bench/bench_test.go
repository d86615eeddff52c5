package bench_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Targets from the foundation issue: synth within 2x the jsii floor and
// under 200 MiB, Node child included.
const (
	targetRatio   = 2.0
	targetPeakMiB = 200.0
)

// BenchmarkSynth runs the built program (all topologies) and the floor
// program alternately, and reports wall time and the peak resident memory
// of each process tree (the Go program plus its Node child).
func BenchmarkSynth(b *testing.B) {
	dir := b.TempDir()
	app := build(b, dir, "dograh-cdk8s", "../..")
	floor := build(b, dir, "floor", "./floor")
	var appTime, floorTime time.Duration
	var appPeak, floorPeak int64
	for b.Loop() {
		d, p := measure(b, app, "-out", b.TempDir())
		appTime += d
		appPeak = max(appPeak, p)
		d, p = measure(b, floor, b.TempDir())
		floorTime += d
		floorPeak = max(floorPeak, p)
	}
	n := float64(b.N)
	appMs, floorMs := float64(appTime.Milliseconds())/n, float64(floorTime.Milliseconds())/n
	ratio := appMs / floorMs
	appMiB, floorMiB := float64(appPeak)/1024, float64(floorPeak)/1024
	b.ReportMetric(appMs, "synth-ms")
	b.ReportMetric(floorMs, "floor-ms")
	b.ReportMetric(ratio, "x-floor")
	b.ReportMetric(appMiB, "synth-peak-MiB")
	b.ReportMetric(floorMiB, "floor-peak-MiB")
	b.Logf("synth %.0f ms / floor %.0f ms = %.2fx (target <= %.1fx: %s); peak %.0f MiB (floor %.0f MiB; target <= %.0f MiB: %s)",
		appMs, floorMs, ratio, targetRatio, verdict(ratio <= targetRatio), appMiB, floorMiB, targetPeakMiB, verdict(appMiB <= targetPeakMiB))
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "MISSED"
}

func build(b *testing.B, dir, name, pkg string) string {
	b.Helper()
	out := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-o", out, pkg)
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("build %s: %v\n%s", pkg, err, msg)
	}
	return out
}

// measure runs the program and samples the resident memory of its whole
// process tree every 2 ms; it returns the wall time and the peak in KiB.
func measure(b *testing.B, prog string, args ...string) (time.Duration, int64) {
	b.Helper()
	cmd := exec.Command(prog, args...)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var peak int64
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				b.Fatalf("%s: %v", prog, err)
			}
			return time.Since(start), peak
		case <-tick.C:
			peak = max(peak, treeRSS(cmd.Process.Pid))
		}
	}
}

// treeRSS sums VmRSS (KiB) of pid and all its descendants.
func treeRSS(root int) int64 {
	parent := map[int]int{}
	rss := map[int]int64{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		status, err := os.ReadFile(filepath.Join("/proc", e.Name(), "status"))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(status), "\n") {
			f := strings.Fields(line)
			switch {
			case len(f) >= 2 && f[0] == "PPid:":
				parent[pid], _ = strconv.Atoi(f[1])
			case len(f) >= 2 && f[0] == "VmRSS:":
				rss[pid], _ = strconv.ParseInt(f[1], 10, 64)
			}
		}
	}
	var total int64
	for pid, kb := range rss {
		for p := pid; p != 0; p = parent[p] {
			if p == root {
				total += kb
				break
			}
		}
	}
	return total
}
