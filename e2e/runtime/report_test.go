package runtime

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// report collects, per topology, what the suite ran and checked, for the
// summary printed after the tests.
var report = &recorder{
	ran:         map[string]map[string]string{},
	probes:      map[string]int{},
	allocations: map[string]int{},
	refused:     map[string][]string{},
}

type recorder struct {
	mu          sync.Mutex
	ran         map[string]map[string]string // topology -> "Kind/name container" -> how
	probes      map[string]int               // topology -> probe attempts passed
	allocations map[string]int               // topology -> TURN allocations that relayed data
	refused     map[string][]string          // topology -> checks refused as expected
}

// ranContainer records that a container of a topology ran (or that its
// rendering is identical to one that ran, said in how).
func (r *recorder) ranContainer(topology string, w podrun.Workload, container, how string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ran[topology] == nil {
		r.ran[topology] = map[string]string{}
	}
	key := w.Kind + "/" + w.Name + " " + container
	if old, ok := r.ran[topology][key]; ok && !strings.Contains(old, how) {
		how = old + "; " + how
	}
	r.ran[topology][key] = how
}

// probesPassed adds a pod's passed probe attempts.
func (r *recorder) probesPassed(topology string, p *podrun.Pod) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, n := range p.ProbesPassed {
		r.probes[topology] += n
	}
}

// allocated adds TURN allocations that relayed data.
func (r *recorder) allocated(topology string, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.allocations[topology] += n
}

// refusedAsExpected records a check that refused what it must refuse.
func (r *recorder) refusedAsExpected(topology, what string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.refused[topology] = append(r.refused[topology], what)
}

// RecordRun lets other tests of this package (coturn, address discovery)
// enter the containers they ran into the summary and the inventory.
func RecordRun(t *testing.T, topology string, w podrun.Workload, container, how string) {
	t.Helper()
	report.ranContainer(topology, w, container, how)
}

func (r *recorder) summary() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var b strings.Builder
	b.WriteString("\n=== runtime summary (what ran under the kubelet-like runner) ===\n")
	var tps []string
	seen := map[string]bool{}
	for tp := range r.ran {
		tps, seen[tp] = append(tps, tp), true
	}
	for tp := range r.refused {
		if !seen[tp] {
			tps = append(tps, tp)
		}
	}
	sort.Strings(tps)
	for _, tp := range tps {
		fmt.Fprintf(&b, "%s: %d containers run, %d probe attempts passed, %d TURN allocations relayed data, %d checks refused as expected\n",
			tp, len(r.ran[tp]), r.probes[tp], r.allocations[tp], len(r.refused[tp]))
		for _, k := range slices.Sorted(maps.Keys(r.ran[tp])) {
			fmt.Fprintf(&b, "    ran  %-60s %s\n", k, r.ran[tp][k])
		}
		for _, what := range r.refused[tp] {
			fmt.Fprintf(&b, "    refused as expected: %s\n", what)
		}
	}
	if len(inventoryLines) > 0 {
		b.WriteString("=== containers in dist/ not run here, and why ===\n")
		for _, l := range inventoryLines {
			b.WriteString("    " + l + "\n")
		}
	}
	return b.String()
}

// inventoryLines is filled by TestMain once every test is done.
var inventoryLines []string

// inventory lists every container of dist/ that no test ran, with the
// reason it cannot run here. TestMain calls it once every test is done.
func inventory() []string {
	var lines []string
	table := podrun.DefaultImages()
	for _, tp := range dist.tps {
		for _, w := range tp.m.Workloads {
			for _, c := range w.Containers() {
				report.mu.Lock()
				_, ran := report.ran[tp.name][w.Kind+"/"+w.Name+" "+c.Name]
				report.mu.Unlock()
				if ran {
					continue
				}
				reason := "not run by a test in this package"
				if im, err := table.Lookup(c.Image); err != nil {
					reason = err.Error()
				} else {
					for _, u := range podrun.ContainerExecutables(podrun.Use{}, c, im) {
						if _, f, ok := im.Resolve(u.Name, im.WorkingDir, ""); ok && f.Missing != "" {
							reason = fmt.Sprintf("%s cannot run here: %s", u.Name, f.Missing)
							break
						}
					}
				}
				lines = append(lines, fmt.Sprintf("%s: %s/%s %s (%s): %s", tp.name, w.Kind, w.Name, c.Name, c.Image, reason))
			}
		}
	}
	return lines
}
