package podrun_test

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/e2e/podrun"
)

// A client reaches a pod that joined a test-built namespace through a load
// balancer's DNAT, keeps its own address (no SNAT), and everything is gone
// after the test.
func TestNetwork_PodBehindALoadBalancer(t *testing.T) {
	needRunner(t)
	if _, err := exec.LookPath("nft"); err != nil {
		t.Skip("nft is not installed: make runtime-deps (nftables)")
	}
	var names []string
	t.Cleanup(func() {
		for _, n := range names {
			_, err := os.Stat(filepath.Join("/run/netns", n))
			assert.True(t, os.IsNotExist(err), "namespace %s is deleted at the end", n)
			_, err = os.Stat(filepath.Join("/etc/netns", n))
			assert.True(t, os.IsNotExist(err), "/etc/netns/%s is removed at the end", n)
		}
	})
	nw, err := podrun.NewNetwork(t)
	require.NoError(t, err)
	for _, ns := range []string{"client", "lb", "pod"} {
		require.NoError(t, nw.Namespace(ns))
		names = append(names, nw.NetNS(ns))
	}
	require.NoError(t, nw.Link(podrun.LinkEnd{NS: "client", Dev: "eth0", Addrs: []string{"192.0.2.10/24"}},
		podrun.LinkEnd{NS: "lb", Dev: "pub0", Addrs: []string{"192.0.2.1/24"}}))
	require.NoError(t, nw.Link(podrun.LinkEnd{NS: "lb", Dev: "in0", Addrs: []string{"10.9.0.1/24"}},
		podrun.LinkEnd{NS: "pod", Dev: "eth0", Addrs: []string{"10.9.0.5/24"}}))
	require.NoError(t, nw.Route("pod", "default", "via", "10.9.0.1"))
	require.NoError(t, nw.Forward("lb"))
	require.NoError(t, nw.Nft("lb", `table ip lb {
  chain pre { type nat hook prerouting priority dstnat; policy accept;
    ip daddr 192.0.2.1 tcp dport 80 dnat to 10.9.0.5:8080
  }
}
`))
	require.NoError(t, nw.Hosts("client", map[string]string{"svc.example.test": "192.0.2.1"}))

	m, err := podrun.ParseManifest([]byte(synthetic))
	require.NoError(t, err)
	p, err := podrun.NewPod(t, m, "Deployment", "demo", podrun.Options{
		Secrets: map[string]map[string]string{"sec": {"token": "t"}},
		NetNS:   nw.NetNS("pod"), PodIP: "10.9.0.5",
	})
	require.NoError(t, err)
	assert.Equal(t, nw.NetNS("pod"), p.NetNS())
	assert.Equal(t, "10.9.0.5", p.IP())

	l, err := p.Listen("10.9.0.5:8080")
	require.NoError(t, err)
	remote := make(chan string, 1)
	go func() {
		c, err := l.Accept()
		if err != nil {
			remote <- err.Error()
			return
		}
		defer c.Close()
		remote <- c.RemoteAddr().(*net.TCPAddr).IP.String()
		_, _ = c.Write([]byte("hello from the pod\n"))
	}()

	out, err := nw.Exec("client", "bash", "-c", "exec 3<>/dev/tcp/svc.example.test/80 && head -n1 <&3")
	require.NoError(t, err, out)
	assert.Equal(t, "hello from the pod", strings.TrimSpace(out), "the name resolves through the namespace's hosts file, DNAT reaches the pod")
	assert.Equal(t, "192.0.2.10", <-remote, "plain DNAT keeps the client's address")

	_, err = podrun.NewPod(t, m, "Deployment", "demo", podrun.Options{NetNS: nw.NetNS("pod")})
	assert.ErrorContains(t, err, "needs Options.PodIP")
}
