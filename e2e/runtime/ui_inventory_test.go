package runtime

import (
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
	t.Parallel()
	eachWorkloadWithImage(t, uiImage, runUI)
}

func runUI(t *testing.T, tp topology, w podrun.Workload) {
	c := w.Template.Spec.Containers[0]
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
}
