package podrun

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Network is a set of network namespaces joined by veth links that a test
// builds around the pods it runs: a public side, a load balancer, a node
// that routes the pod network, pods. Each namespace starts with loopback
// up and nothing else; the test adds links, addresses, routes and nftables
// rules, all inside these namespaces. A pod joins one through
// [Options.NetNS].
//
// Everything it makes (namespaces, and with them every link; /etc/netns
// files; background commands) is removed in t.Cleanup, also when the test
// fails. Every command it runs is bounded.
type Network struct {
	t      testing.TB
	prefix string

	mu    sync.Mutex
	names []string // namespaces made, in order
	cmds  []*exec.Cmd
}

// networkCommandTimeout bounds each ip, nft and sysctl run.
const networkCommandTimeout = 20 * time.Second

// NewNetwork prepares an empty network. It needs root, ip and (for
// [Network.Nft]) nft.
func NewNetwork(t testing.TB) (*Network, error) {
	t.Helper()
	if err := Requirements(); err != nil {
		return nil, err
	}
	n := &Network{t: t, prefix: fmt.Sprintf("pn-%d-%d", os.Getpid(), nextID())}
	t.Cleanup(n.cleanup)
	return n, nil
}

// NetNS is the full name of the namespace called name (for Options.NetNS
// and `ip netns exec`).
func (n *Network) NetNS(name string) string { return n.prefix + "-" + name }

// Namespace makes the namespace called name, with loopback up.
func (n *Network) Namespace(name string) error {
	full := n.NetNS(name)
	if err := n.ip("netns", "add", full); err != nil {
		return err
	}
	n.mu.Lock()
	n.names = append(n.names, full)
	n.mu.Unlock()
	return n.ip("-n", full, "link", "set", "lo", "up")
}

// LinkEnd is one end of a veth link: the namespace (short name), the
// device name in it, and the addresses (CIDR) it carries.
type LinkEnd struct {
	NS    string
	Dev   string
	Addrs []string
}

// Link joins two namespaces with a veth pair, puts the addresses on each
// end and brings both up.
func (n *Network) Link(a, b LinkEnd) error {
	if err := n.ip("link", "add", a.Dev, "netns", n.NetNS(a.NS), "type", "veth",
		"peer", "name", b.Dev, "netns", n.NetNS(b.NS)); err != nil {
		return err
	}
	for _, end := range []LinkEnd{a, b} {
		for _, addr := range end.Addrs {
			if _, err := netip.ParsePrefix(addr); err != nil {
				return fmt.Errorf("link %s/%s: address %q is not CIDR: %v", end.NS, end.Dev, addr, err)
			}
			if err := n.ip("-n", n.NetNS(end.NS), "addr", "add", addr, "dev", end.Dev); err != nil {
				return err
			}
		}
		if err := n.ip("-n", n.NetNS(end.NS), "link", "set", end.Dev, "up"); err != nil {
			return err
		}
	}
	return nil
}

// Route adds a route in a namespace: the arguments of `ip route add`.
func (n *Network) Route(ns string, args ...string) error {
	return n.ip(append([]string{"-n", n.NetNS(ns), "route", "add"}, args...)...)
}

// Forward turns IPv4 forwarding on in a namespace (a router, a load
// balancer).
func (n *Network) Forward(ns string) error {
	_, err := n.Exec(ns, "sysctl", "-qw", "net.ipv4.ip_forward=1")
	return err
}

// Nft loads an nftables ruleset into a namespace, replacing its ruleset.
func (n *Network) Nft(ns, ruleset string) error {
	if _, err := exec.LookPath("nft"); err != nil {
		return fmt.Errorf("nft is not installed: make runtime-deps (nftables)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), networkCommandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ip", "netns", "exec", n.NetNS(ns), "nft", "-f", "-")
	cmd.Stdin = strings.NewReader("flush ruleset\n" + ruleset)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("nft in %s: %v: %s\n--- ruleset:\n%s", ns, err, out, ruleset)
	}
	return nil
}

// Hosts gives a namespace its own /etc/hosts (name to address), which `ip
// netns exec` binds over the machine's for every command run there, as
// cluster DNS or a public DNS name would answer.
func (n *Network) Hosts(ns string, hosts map[string]string) error {
	dir := filepath.Join("/etc/netns", n.NetNS(ns))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("127.0.0.1\tlocalhost\n")
	names := make([]string, 0, len(hosts))
	for name := range hosts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(&b, "%s\t%s\n", hosts[name], name)
	}
	return os.WriteFile(filepath.Join(dir, "hosts"), []byte(b.String()), 0o644)
}

// Exec runs a host program in a namespace within 20 seconds and returns
// its output; a non-zero exit is an *ExitError.
func (n *Network) Exec(ns string, argv ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), networkCommandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ip", append([]string{"netns", "exec", n.NetNS(ns)}, argv...)...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return out.String(), fmt.Errorf("%s in %s: timed out after %s", strings.Join(argv, " "), ns, networkCommandTimeout)
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.String(), &ExitError{Code: ee.ExitCode(), Output: out.String()}
	}
	return out.String(), err
}

// Command returns a host command that runs in a namespace, for a process
// that must run in the background (a peer). The caller starts it and
// bounds it; whatever still runs at the end of the test is killed.
func (n *Network) Command(ns string, argv ...string) *exec.Cmd {
	cmd := exec.Command("ip", append([]string{"netns", "exec", n.NetNS(ns)}, argv...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	n.mu.Lock()
	n.cmds = append(n.cmds, cmd)
	n.mu.Unlock()
	return cmd
}

func (n *Network) ip(args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), networkCommandTimeout)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "ip", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("ip %s: %v: %s", strings.Join(args, " "), err, bytes.TrimSpace(out))
	}
	return nil
}

// cleanup kills the background commands, then deletes every namespace
// (which deletes the links in it) and its /etc/netns files. Pods that
// joined a namespace registered their cleanup later, so their processes
// are gone by now.
func (n *Network) cleanup() {
	n.mu.Lock()
	cmds, names := n.cmds, n.names
	n.mu.Unlock()
	for _, cmd := range cmds {
		if cmd.Process != nil {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			_ = cmd.Process.Kill()
		}
	}
	for i := len(names) - 1; i >= 0; i-- {
		if err := n.ip("netns", "del", names[i]); err != nil {
			n.t.Errorf("%v", err)
		}
		if err := os.RemoveAll(filepath.Join("/etc/netns", names[i])); err != nil {
			n.t.Errorf("%v", err)
		}
	}
}

// joinNetNS puts the pod into Options.NetNS, a namespace the test built.
func (p *Pod) joinNetNS() error {
	if _, err := netip.ParseAddr(p.opts.PodIP); err != nil {
		return fmt.Errorf("pod %s: Options.NetNS %s needs Options.PodIP, the pod's address there (got %q)", p.name, p.opts.NetNS, p.opts.PodIP)
	}
	if _, err := os.Stat(filepath.Join("/run/netns", p.opts.NetNS)); err != nil {
		return fmt.Errorf("pod %s: network namespace %s does not exist: %v", p.name, p.opts.NetNS, err)
	}
	p.netns, p.podIP = p.opts.NetNS, p.opts.PodIP
	return nil
}
