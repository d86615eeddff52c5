package turn_test

import (
	"net/netip"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/turn"
)

// peerPolicy models how coturn decides whether a client may relay to a
// peer, from the turnserver.conf lines that matter: good_peer_addr in
// src/server/ns_turn_server.c (the same in 4.6.1 and 4.8.0) and the range
// helpers of src/client/ns_turn_ioaddr.c.
type peerPolicy struct {
	noMulticast, allowLoopback bool
	allowed, denied            []addrRange
}

type addrRange struct{ min, max netip.Addr }

func parsePeerPolicy(t *testing.T, conf string) peerPolicy {
	t.Helper()
	var p peerPolicy
	for _, l := range strings.Split(conf, "\n") {
		name, value, _ := strings.Cut(l, "=")
		switch name {
		case "no-multicast-peers":
			p.noMulticast = true
		case "allow-loopback-peers":
			p.allowLoopback = true
		case "allowed-peer-ip", "denied-peer-ip":
			// add_ip_list_range: "A-B", or one address.
			lo, hi, isRange := strings.Cut(value, "-")
			if !isRange {
				hi = lo
			}
			r := addrRange{netip.MustParseAddr(lo), netip.MustParseAddr(hi)}
			if name == "allowed-peer-ip" {
				p.allowed = append(p.allowed, r)
			} else {
				p.denied = append(p.denied, r)
			}
		}
	}
	return p
}

// family is the address's sa_family: make_ioa_addr tries AF_INET first,
// so only a dotted quad is IPv4; "::ffff:a.b.c.d" stays IPv6.
func family(a netip.Addr) int {
	if a.Is4() {
		return 2 // AF_INET
	}
	return 10 // AF_INET6
}

// lessEq is addr_less_eq: across families the lower sa_family is smaller.
func lessEq(a, b netip.Addr) bool {
	if family(a) != family(b) {
		return family(a) < family(b)
	}
	return a.Compare(b) <= 0
}

// contains is ioa_addr_in_range: an all-zero bound (addr_any) is unbounded.
func (r addrRange) contains(a netip.Addr) bool {
	if r.min.IsUnspecified() || lessEq(r.min, a) {
		return r.max.IsUnspecified() || lessEq(a, r.max)
	}
	return false
}

func (p peerPolicy) allows(a netip.Addr) bool {
	b := a.As16()
	v4 := a.As4
	switch {
	case p.noMulticast && (a.Is4() && v4()[0] > 223 || !a.Is4() && b[0] == 0xff): // ioa_addr_is_multicast
		return false
	case !p.allowLoopback && (a.Is4() && v4()[0] == 127 || a == netip.IPv6Loopback()): // ioa_addr_is_loopback
		return false
	case a.Is4() && v4()[0] == 0 || a == netip.IPv6Unspecified(): // ioa_addr_is_zero
		return false
	}
	for _, r := range p.allowed {
		if r.contains(a) {
			return true
		}
	}
	for _, r := range p.denied {
		if r.contains(a) {
			return false
		}
	}
	return true
}

// lastAddr is the last address of a prefix.
func lastAddr(p netip.Prefix) netip.Addr {
	b := p.Masked().Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

var publicPeers = []string{"8.8.8.8", "1.1.1.1", "52.95.110.1", "100.63.255.255", "100.128.0.0", "2606:4700:4700::1111", "2a00:1450:4001:800::200e"}

func TestTurnRelay_DeniesEveryPrivateAndSpecialPurposePeer(t *testing.T) {
	policy := parsePeerPolicy(t, configText(t, synth(t, relayProps())))

	private := []string{
		"0.0.0.1", "10.0.0.1", "10.255.255.255", "100.64.0.1", "127.0.0.1", "169.254.169.254", "172.16.0.1",
		"172.31.255.255", "192.0.0.9", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.255",
		"198.51.100.7", "203.0.113.10", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
		"::", "::1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "64:ff9b:1::a00:1", "100::1",
		"2001::1", "2001:1ff:ffff::1", "2001:db8::1", "2002:a00:1::1", "3fff::1", "5f00::1", "fc00::1",
		"fd12:3456::1", "fe80::1", "fec0::1", "ff02::1",
	}
	for _, a := range private {
		assert.False(t, policy.allows(netip.MustParseAddr(a)), "coturn would relay to %s", a)
	}
	for _, c := range turn.DeniedPeerCIDRs() {
		p := netip.MustParsePrefix(c)
		for _, a := range []netip.Addr{p.Addr(), lastAddr(p)} {
			assert.False(t, policy.allows(a), "coturn would relay to %s in %s", a, c)
		}
	}
	for _, a := range publicPeers {
		assert.True(t, policy.allows(netip.MustParseAddr(a)), "coturn would not relay to the public %s", a)
	}
}

func TestTurnRelay_WritesPeerRangesInCoturnSyntax(t *testing.T) {
	conf := configText(t, synth(t, relayProps()))
	for _, want := range []string{
		"\ndenied-peer-ip=10.0.0.0-10.255.255.255\n",
		"\ndenied-peer-ip=169.254.0.0-169.254.255.255\n",
		"\ndenied-peer-ip=255.255.255.255-255.255.255.255\n",
		"\ndenied-peer-ip=::1-::1\n",
		"\ndenied-peer-ip=::ffff:0.0.0.0-::ffff:255.255.255.255\n",
		"\ndenied-peer-ip=fc00::-fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\n",
	} {
		assert.Contains(t, conf, want)
	}
	// coturn reads an all-zero bound as unbounded: "::-::" would deny
	// every peer. 0.0.0.0-0.255.255.255 is safe, since no IPv6 peer
	// compares below an IPv4 upper bound (the model above proves both).
	for _, l := range strings.Split(conf, "\n") {
		if v, ok := strings.CutPrefix(l, "denied-peer-ip="); ok {
			lo, hi, _ := strings.Cut(v, "-")
			assert.False(t, netip.MustParseAddr(hi).IsUnspecified(), "%q", l)
			assert.NotEqual(t, netip.IPv6Unspecified(), netip.MustParseAddr(lo), "%q", l)
		}
	}
	assert.NotContains(t, conf, "allowed-peer-ip", "nothing is allowed by default")
}

func TestDeniedPeerCIDRs_IsWhatTheConfigDenies(t *testing.T) {
	cidrs := turn.DeniedPeerCIDRs()
	conf := configText(t, synth(t, relayProps()))
	require.Equal(t, len(cidrs), strings.Count(conf, "\ndenied-peer-ip="))
	for _, c := range cidrs {
		p := netip.MustParsePrefix(c)
		assert.Equal(t, p, p.Masked(), "%s is not canonical", c)
		assert.Contains(t, conf, "\ndenied-peer-ip="+p.Addr().String()+"-"+lastAddr(p).String()+"\n")
	}
	cidrs[0] = "changed"
	assert.NotEqual(t, "changed", turn.DeniedPeerCIDRs()[0], "callers get a copy")
}

func TestTurnRelay_AllowedPeerCIDRsReopenOnlyThemselves(t *testing.T) {
	p := relayProps()
	p.AllowedPeerCIDRs = []string{"10.0.0.0/16", "fd00:10::/64"}
	conf := configText(t, synth(t, p))
	assert.Contains(t, conf, "\nallowed-peer-ip=10.0.0.0-10.0.255.255\nallowed-peer-ip=fd00:10::-fd00:10::ffff:ffff:ffff:ffff\n")

	policy := parsePeerPolicy(t, conf)
	for a, want := range map[string]bool{
		"10.0.0.1": true, "10.0.255.254": true, "fd00:10::5": true,
		"10.1.0.1": false, "172.16.0.1": false, "169.254.169.254": false, "fd00:11::1": false, "::ffff:10.0.0.1": false,
	} {
		assert.Equal(t, want, policy.allows(netip.MustParseAddr(a)), a)
	}
	for _, a := range publicPeers {
		assert.True(t, policy.allows(netip.MustParseAddr(a)), a)
	}
}

func TestTurnRelay_InternalRelayReachesOnlyItsPeers(t *testing.T) {
	p := relayProps()
	internal(p)
	p.AllowedPeerCIDRs = append(p.AllowedPeerCIDRs, "fd00:10::/64")
	conf := configText(t, synth(t, p))
	assert.Contains(t, conf, "\nallowed-peer-ip=10.244.0.0-10.244.255.255\nallowed-peer-ip=fd00:10::-fd00:10::ffff:ffff:ffff:ffff\n"+
		"denied-peer-ip=0.0.0.0-255.255.255.255\ndenied-peer-ip=::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\n")
	assert.Equal(t, 2, strings.Count(conf, "denied-peer-ip="), "everything else is denied at once")

	policy := parsePeerPolicy(t, conf)
	for a, want := range map[string]bool{
		"10.244.0.1": true, "10.244.255.254": true, "fd00:10::5": true,
		"10.245.0.1": false, "10.0.0.1": false, "169.254.169.254": false, "fd00:11::1": false, "::ffff:10.244.0.1": false,
	} {
		assert.Equal(t, want, policy.allows(netip.MustParseAddr(a)), a)
	}
	for _, a := range publicPeers {
		assert.False(t, policy.allows(netip.MustParseAddr(a)), "public peer %s", a)
	}
}
