package turn_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

// imageExecutables are programs the images ship, from their build files,
// not from memory:
//   - coturn/coturn:4.8.0 is docker/coturn/debian/Dockerfile at tag
//     docker/4.8.0-r1 of coturn/coturn: FROM debian:trixie-slim, plus
//     dnsutils (dig) and coturn's own binaries in /usr/bin. trixie-slim
//     (debuerreotype/docker-debian-artifacts, trixie/slim/rootfs.manifest)
//     holds dash (/bin/sh), bash, coreutils (date among them), sed, grep, mawk and libc-bin
//     (getent), and no curl, wget or openssl.
//   - registry.k8s.io/kubectl:v1.33.0 is kubernetes/kubernetes
//     build/server-image/kubectl/Dockerfile at v1.33.0 (/bin/kubectl) on
//     registry.k8s.io/build-image/go-runner (kubernetes/release
//     images/build/go-runner/Dockerfile: /go-runner on
//     gcr.io/distroless/static-debian12, which has no shell or coreutils).
var imageExecutables = map[string][]string{
	"coturn/coturn": {
		"sh", "bash", "cat", "cksum", "date", "sleep", "sed", "grep", "awk", "getent", "dig",
		"turnserver", "turnadmin", "turnutils_uclient",
	},
	"registry.k8s.io/kubectl": {"/go-runner", "/bin/kubectl"},
}

// shipped reports whether the image (a reference with a tag) ships exe.
func shipped(t *testing.T, image, exe string) bool {
	t.Helper()
	repo, _, _ := strings.Cut(image, ":")
	exes, ok := imageExecutables[repo]
	require.True(t, ok, "no facts about image %s", image)
	return slices.Contains(exes, exe)
}

// allOptions is a relay with every container and script variant.
func allOptions() *turn.TurnRelayProps {
	p := discoveryProps()
	p.MaxRelayPort = 49199
	p.TLS = &turn.TLSProps{SecretName: "turn-tls"}
	return p
}

func TestTurnRelay_EveryContainerStartsAProgramItsImageShips(t *testing.T) {
	for name, p := range map[string]*turn.TurnRelayProps{"plain": relayProps(), "every option": allOptions()} {
		spec := testutil.Get(deployment(t, synthIn(t, namespace, p)), "spec.template.spec")
		for _, field := range []string{"initContainers", "containers"} {
			cs, _ := testutil.Get(spec, field).([]any)
			for _, c := range cs {
				image, _ := testutil.Get(c, "image").(string)
				cmd, _ := testutil.Get(c, "command").([]any)
				require.NotEmpty(t, cmd, "%s: %v has no command", name, testutil.Get(c, "name"))
				assert.True(t, shipped(t, image, cmd[0].(string)), "%s: container %v runs %v, which %s lacks", name, testutil.Get(c, "name"), cmd[0], image)
			}
		}
	}
}

func TestTurnRelayProps_ExecutablesAreShippedAndCoverTheCommands(t *testing.T) {
	for name, p := range map[string]*turn.TurnRelayProps{"plain": relayProps(), "every option": allOptions()} {
		objs := synthIn(t, namespace, p)
		list := p.Executables()
		var names []string
		for _, c := range list {
			names = append(names, c.Container)
			rendered := podContainer(t, objs, c.Container)
			assert.Equal(t, rendered["image"], c.Image, "%s: %s", name, c.Container)
			for _, exe := range c.Executables {
				assert.True(t, shipped(t, c.Image, exe), "%s: %s needs %s, which %s lacks", name, c.Container, exe, c.Image)
			}
			cmd, _ := rendered["command"].([]any)
			assert.Contains(t, c.Executables, cmd[0], "%s: %s", name, c.Container)
		}
		// The scripts themselves run with only the listed executables in
		// script_test.go, discovery_test.go and tls_test.go.
		want := []string{"configure", pod.DefaultContainerName}
		if p.AddressDiscovery != nil {
			want = append([]string{"discover-address"}, want...)
		}
		assert.Equal(t, want, names, "%s: start order", name)
	}
	discover := allOptions().Executables()[0]
	assert.Equal(t, turn.ContainerExecutables{
		Container:   "discover-address",
		Image:       discoveryImage,
		Executables: []string{"/go-runner", "/bin/kubectl"},
	}, discover, "no shell in the kubectl image")
}
