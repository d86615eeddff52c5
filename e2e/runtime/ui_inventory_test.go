package runtime

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// The UI container runs through node:22-alpine's docker-entrypoint.sh and
// the image's shell-form CMD, with a server.js stand-in that binds
// HOSTNAME:PORT as Next.js's standalone server does; its httpGet probes on
// the pod IP pass and its preStop sleep runs before SIGTERM.
func TestUI_RunsAsRendered(t *testing.T) {
	needRunner(t)
	for _, tp := range topologies(t) {
		for _, w := range workloadsWithImage(tp.m, uiImage) {
			c := w.Template.Spec.Containers[0]
			t.Run(tp.name+"/"+w.Name, func(t *testing.T) {
				t.Parallel()
				if !firstRendering(t, tp, w, c, "runs as rendered") {
					t.Skip("rendered identically in an earlier topology")
				}
				p, err := podrun.NewPodFor(t, tp.m, w, podrun.Options{Secrets: secretsFor(t, tp.m), StandIns: uiStandIns, ProbePeriod: 200 * time.Millisecond})
				require.NoError(t, err)
				require.NoError(t, p.RunInitContainers())
				require.NoError(t, p.Start(c.Name))
				require.NoError(t, p.WaitReady(c.Name), p.Logs(c.Name))
				defer report.probesPassed(tp.name, p)
				waitForOutput(t, p, c.Name)
				res, err := p.Stop(c.Name)
				require.NoError(t, err)
				assert.NoError(t, res.PreStopErr)
				assert.False(t, res.Killed, p.Logs(c.Name))
				report.ranContainer(tp.name, w, c.Name, "image entrypoint and CMD, server.js stand-in; probes passed; preStop and SIGTERM")
			})
		}
	}
}

// TestZInventory runs last (go test runs tests in source order, files by
// name): every container of dist/ either ran above or is listed with the
// reason it cannot run here.
func TestZInventory(t *testing.T) {
	table := podrun.DefaultImages()
	for _, tp := range topologies(t) {
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
					argv := append(append([]string{}, c.Command...), c.Args...)
					if len(c.Command) == 0 {
						argv = append(append([]string{}, im.Entrypoint...), im.Cmd...)
					}
					for _, u := range podrun.ContainerExecutables(podrun.Use{}, c, im) {
						if _, f, ok := im.Resolve(u.Name, im.WorkingDir, ""); ok && f.Missing != "" {
							reason = fmt.Sprintf("%s cannot run here: %s", u.Name, f.Missing)
							break
						}
					}
					_ = argv
				}
				inventoryLines = append(inventoryLines, fmt.Sprintf("%s: %s/%s %s (%s): %s", tp.name, w.Kind, w.Name, c.Name, c.Image, reason))
			}
		}
	}
	for _, l := range inventoryLines {
		t.Log(l)
	}
}
