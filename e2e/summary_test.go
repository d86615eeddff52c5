package e2e

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
)

// summary collects what `make e2e` prints at the end: one block per
// topology, plus one line per other scenario.
var summary = struct {
	sync.Mutex
	start      time.Time
	topologies []*topologyReport
	lines      []string
}{start: time.Now()}

type topologyReport struct {
	name               string
	objects            int
	secondsToAvailable float64
	maxSingletonPods   map[string]int // Deployment name -> most pods seen at once
	minWebAvailable    int
	webDesired         int
	rolled             bool
	evictionRefused    []string
}

func newTopologyReport(name string) *topologyReport {
	r := &topologyReport{name: name, maxSingletonPods: map[string]int{}, minWebAvailable: -1}
	summary.Lock()
	summary.topologies = append(summary.topologies, r)
	summary.Unlock()
	return r
}

func summaryLine(format string, args ...any) {
	summary.Lock()
	summary.lines = append(summary.lines, fmt.Sprintf(format, args...))
	summary.Unlock()
}

func printSummary(w io.Writer) {
	summary.Lock()
	defer summary.Unlock()
	if len(summary.topologies) == 0 && len(summary.lines) == 0 {
		return
	}
	fmt.Fprintln(w, "\n=== e2e summary (real control plane, kwok node) ===")
	fmt.Fprintf(w, "kubectl %s (%s)\n", env.kubectlVersion, env.kubectl)
	for _, s := range standInCRDs {
		fmt.Fprintf(w, "not validated: %s/%s %s objects (stand-in CRD without schema; the real CRD is in no module the Go proxy serves)\n", s.group, s.version, s.kind)
	}
	for _, r := range summary.topologies {
		fmt.Fprintf(w, "topology %s: %d objects applied, available after %.1fs\n", r.name, r.objects, r.secondsToAvailable)
		if r.rolled {
			var names []string
			for n := range r.maxSingletonPods {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				fmt.Fprintf(w, "  rollout: %s at most %d pod(s) at once\n", n, r.maxSingletonPods[n])
			}
			fmt.Fprintf(w, "  rollout: dograh-web min available %d of %d desired\n", r.minWebAvailable, r.webDesired)
		}
		if len(r.evictionRefused) > 0 {
			fmt.Fprintf(w, "  eviction of the last protected pod refused (429): %s\n", strings.Join(r.evictionRefused, ", "))
		}
	}
	for _, l := range summary.lines {
		fmt.Fprintln(w, l)
	}
	fmt.Fprintf(w, "suite wall time %.0fs\n", time.Since(summary.start).Seconds())
}
