package turn

import (
	"net/netip"
	"slices"
)

// deniedPeerRanges are the address blocks coturn must not relay to unless
// AllowedPeerCIDRs names them: every block the IANA IPv4 and IPv6
// Special-Purpose Address Registries (iana-ipv4-special-registry,
// iana-ipv6-special-registry; RFC 6890, RFC 8190) list as not globally
// reachable, the blocks whose addresses embed or translate to IPv4
// addresses (private ones included), and multicast. CPython's
// Lib/ipaddress.py (_private_networks) transcribes the same registries.
//
// ::/128 is not written: coturn refuses the unspecified address itself
// (ioa_addr_is_zero in src/client/ns_turn_ioaddr.c), and ioa_addr_in_range
// reads an all-zero bound as "unbounded", so "::-::" would deny every
// peer. 0.0.0.0/8 is safe to write: its upper bound is not zero, and an
// IPv6 peer never compares below an IPv4 bound.
var deniedPeerRanges = []string{
	"0.0.0.0/8",          // "this network" (RFC 791); coturn refuses it anyway
	"10.0.0.0/8",         // private use (RFC 1918)
	"100.64.0.0/10",      // shared address space, carrier-grade NAT (RFC 6598)
	"127.0.0.0/8",        // loopback (RFC 1122)
	"169.254.0.0/16",     // link local (RFC 3927): cloud metadata services
	"172.16.0.0/12",      // private use (RFC 1918)
	"192.0.0.0/24",       // IETF protocol assignments (RFC 6890)
	"192.0.2.0/24",       // documentation, TEST-NET-1 (RFC 5737)
	"192.88.99.0/24",     // deprecated 6to4 relay anycast (RFC 7526)
	"192.168.0.0/16",     // private use (RFC 1918)
	"198.18.0.0/15",      // benchmarking (RFC 2544)
	"198.51.100.0/24",    // documentation, TEST-NET-2 (RFC 5737)
	"203.0.113.0/24",     // documentation, TEST-NET-3 (RFC 5737)
	"224.0.0.0/4",        // multicast (RFC 5771)
	"240.0.0.0/4",        // reserved (RFC 1112)
	"255.255.255.255/32", // limited broadcast (RFC 8190)
	"::1/128",            // loopback (RFC 4291)
	"::ffff:0:0/96",      // IPv4-mapped (RFC 4291)
	"64:ff9b::/96",       // NAT64 well-known prefix (RFC 6052): reaches any IPv4 address
	"64:ff9b:1::/48",     // NAT64 local use (RFC 8215)
	"100::/64",           // discard only (RFC 6666)
	"2001::/23",          // IETF protocol assignments, Teredo included (RFC 2928)
	"2001:db8::/32",      // documentation (RFC 3849)
	"2002::/16",          // 6to4 (RFC 3056): embeds IPv4 addresses
	"3fff::/20",          // documentation (RFC 9637)
	"5f00::/16",          // SRv6 segment identifiers (RFC 9602)
	"fc00::/7",           // unique local (RFC 4193)
	"fe80::/10",          // link local (RFC 4291)
	"fec0::/10",          // deprecated site local (RFC 3879)
	"ff00::/8",           // multicast (RFC 4291)
}

// DeniedPeerCIDRs returns the address ranges turnserver.conf denies
// as relay peers (denied-peer-ip), IPv4 and IPv6: private, shared,
// loopback, link-local, documentation, benchmarking, translation and other
// special-purpose blocks, and multicast. Only AllowedPeerCIDRs reopens
// parts of them. Use it where other policy must agree with the relay, e.g.
// the except list of a NetworkPolicy's egress ipBlock (which takes one
// address family per block). coturn also refuses the unspecified address
// ::/128 on its own, which the list leaves out.
func DeniedPeerCIDRs() []string {
	return slices.Clone(deniedPeerRanges)
}

// coturnRange renders a prefix as coturn's address range syntax "A-B",
// its first and last address (add_ip_list_range, src/apps/relay/userdb.c).
func coturnRange(p netip.Prefix) string {
	p = p.Masked()
	first := p.Addr()
	b := first.AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	last, _ := netip.AddrFromSlice(b)
	return first.String() + "-" + last.String()
}

// denyEveryPeer are the denied-peer-ip ranges of an internal relay: every
// IPv4 and every IPv6 address. ioa_addr_in_range (src/client/
// ns_turn_ioaddr.c, 4.6.1 and 4.8.0) reads the all-zero lower bounds as
// unbounded, which is what is meant here. Checked with Debian's coturn
// 4.6.1: a peer in an allowed range gets its channel, 10.9.0.5 and
// 8.8.4.4 get 403 "Forbidden IP" (both matched by the IPv6 range, since
// addr_less_eq orders IPv4 below IPv6).
var denyEveryPeer = []string{
	"0.0.0.0-255.255.255.255",
	"::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
}

// peerRangeLines renders the allowed-peer-ip and denied-peer-ip lines.
// coturn checks allowed ranges before denied ones (good_peer_addr in
// src/server/ns_turn_server.c, 4.6.1 and 4.8.0), so an allowed range
// reopens exactly its part of a denied one; an internal relay denies
// everything else.
func (p *TurnRelayProps) peerRangeLines() []string {
	var out []string
	for _, c := range p.AllowedPeerCIDRs {
		out = append(out, "allowed-peer-ip="+coturnRange(netip.MustParsePrefix(c)))
	}
	if p.internal() {
		for _, r := range denyEveryPeer {
			out = append(out, "denied-peer-ip="+r)
		}
		return out
	}
	for _, c := range deniedPeerRanges {
		out = append(out, "denied-peer-ip="+coturnRange(netip.MustParsePrefix(c)))
	}
	return out
}
