package turn

import (
	"fmt"
	"strings"
)

// config renders turnserver.conf as stored in the ConfigMap. It never holds
// the shared secret: the init container appends static-auth-secret at
// start (see startupScript).
func (p *TurnRelayProps) config() string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("# turnserver.conf rendered by the TurnRelay construct.")
	line("# At start, the %q init container appends static-auth-secret", configureContainerName)
	line("# from Secret %q, key %q.", p.AuthSecretName, p.AuthSecretKey)
	if p.PreviousAuthSecretKey != "" {
		line("# and, while the secret rotates, a second one from key %q.", p.PreviousAuthSecretKey)
	}
	line("listening-port=%d", p.ListeningPort)
	line("min-port=%d", p.MinRelayPort)
	line("max-port=%d", p.MaxRelayPort)
	line("realm=%s", p.Realm)
	if p.ExternalIP != "" {
		line("external-ip=%s", p.ExternalIP)
	}
	// TURN REST API: credentials are an expiry timestamp signed with the
	// shared secret, so the relay needs no user database.
	line("use-auth-secret")
	line("fingerprint")
	if p.TLS != nil {
		line("# TURN over TLS (turns:). The certificate is reloaded on SIGUSR2.")
		line("tls-listening-port=%d", p.TLS.Port)
		line("cert=%s", tlsCertPath)
		line("pkey=%s", tlsKeyPath)
		// Browsers speak TURN over UDP, TCP and TLS, never DTLS.
		line("no-dtls")
	} else {
		// No certificate is mounted, so no TLS or DTLS listener.
		line("no-tls")
		line("no-dtls")
	}
	// WebRTC relays UDP only. TCP relays (RFC 6062) would let any client
	// holding credentials open TCP connections to in-cluster services.
	line("no-tcp-relay")
	line("no-multicast-peers")
	// Peers: private and special-purpose ranges are denied, so credentials
	// do not reach pods, nodes, the VPC or cloud metadata services;
	// allowedPeerCIDRs reopens what the application needs. An internal
	// relay denies every address but allowedPeerCIDRs.
	for _, l := range p.peerRangeLines() {
		line("%s", l)
	}
	line("user-quota=%d", *p.UserQuota)
	line("total-quota=%d", *p.TotalQuota)
	if p.MaxBytesPerSecond > 0 {
		line("max-bps=%d", p.MaxBytesPerSecond)
	}
	if p.CapacityBytesPerSecond > 0 {
		line("bps-capacity=%d", p.CapacityBytesPerSecond)
	}
	// Smaller STUN responses, less use as a reflection amplifier. coturn
	// 4.6.1 needs both options; 4.8.0 accepts them and already behaves so.
	line("no-rfc5780")
	line("response-origin-only-with-rfc5780")
	line("no-cli")
	// A read-only root filesystem: log to stdout, keep the pid file and
	// the (unused) SQLite database in the memory-backed run directory.
	line("log-file=stdout")
	line("simple-log")
	line("pidfile=%s/turnserver.pid", runDir)
	line("userdb=%s/turndb", runDir)
	if p.Metrics != nil {
		// The exporter listens on every address, serving MetricsPath.
		line("prometheus")
		line("prometheus-port=%d", p.Metrics.Port)
	}
	if len(p.ExtraConfig) > 0 {
		line("# extraConfig")
		for _, l := range p.ExtraConfig {
			line("%s", l)
		}
	}
	return b.String()
}

// addressSource says where the address coturn advertises (external-ip)
// comes from.
type addressSource int

const (
	// addressFromConfig: ExternalIP in the ConfigMap, or nothing, in which
	// case coturn advertises the address it binds.
	addressFromConfig addressSource = iota
	// addressFromNode: the node's address, from the downward API
	// (status.hostIP) in the init container's environment.
	addressFromNode
	// addressFromService: the LoadBalancer Service's address, written into
	// the run directory by the discovery init container.
	addressFromService
)

// addressSource picks where external-ip comes from. A static ExternalIP
// always wins; validation forbids discovery in host-network mode.
func (p *TurnRelayProps) addressSource() addressSource {
	switch {
	case p.ExternalIP != "":
		return addressFromConfig
	case p.HostNetwork:
		return addressFromNode
	case p.AddressDiscovery != nil:
		return addressFromService
	}
	return addressFromConfig
}

// startupScript is the configure init container's POSIX sh script, run
// by the coturn image's /bin/sh (see configureExecutables). It copies the
// ConfigMap's turnserver.conf into the memory-backed run directory and
// appends the shared secret (and the previous one, when present) and, for
// addressFromNode and addressFromService, the advertised address and, when
// the relay advertises any external-ip, its own address as an allowed peer
// (see ownAddress). Only
// shell builtins touch
// the secret (read, printf, the redirections), so it appears in no
// process's argv or environment; cat only ever receives a file path. The
// file is composed only once everything it needs is known.
func (p *TurnRelayProps) startupScript() string {
	lines := []string{
		"set -eu",
		"umask 077",
		"conf=" + runConfigPath,
		"secret=",
		// read fails on a last line without a newline yet still sets the
		// variable; the emptiness check below catches a missing file.
		`IFS= read -r secret < ` + secretPath + ` || true`,
		`if [ -z "$secret" ]; then echo "` + configureContainerName + `: the TURN auth secret (` + secretPath + `) is missing or empty" >&2; exit 1; fi`,
	}
	external := ""
	switch p.addressSource() {
	case addressFromNode:
		// NODE_IP is the own address, checked below. A bare external-ip
		// maps onto every local address, and coturn relays from the first
		// in interface order; public/private pins it to the node's.
		external = "$" + nodeIPVariable + "/$" + nodeIPVariable
	case addressFromService:
		lines = append(lines, discoveredAddressScript(p.Name)...)
		external = "$addr"
	}
	own, ownField, allowOwn := p.ownAddress()
	if allowOwn {
		lines = append(lines, ipCheckScript(own, ownField)...)
	}
	lines = append(lines,
		`cat `+templatePath+` > "$conf"`,
		`printf 'static-auth-secret=%s\n' "$secret" >> "$conf"`,
	)
	if p.PreviousAuthSecretKey != "" {
		// coturn accepts every static-auth-secret it is given (a list,
		// tried in turn: add_to_secrets_list in mainrelay.c, the REST API
		// check in userdb.c, 4.6.1 and 4.8.0). The key may be absent.
		lines = append(lines,
			"previous=",
			`if [ -f `+previousSecretPath+` ]; then IFS= read -r previous < `+previousSecretPath+` || true; fi`,
			`if [ -n "$previous" ]; then printf 'static-auth-secret=%s\n' "$previous" >> "$conf"; fi`,
		)
	}
	if external != "" {
		lines = append(lines, `printf 'external-ip=%s\n' "`+external+`" >> "$conf"`)
	}
	if p.addressSource() == addressFromNode {
		// Relay only from the node's address, which the pair above maps:
		// without relay-ip coturn relays from every local address (a
		// CNI bridge's too), which no client reaches.
		lines = append(lines, `printf 'relay-ip=%s\n' "$`+nodeIPVariable+`" >> "$conf"`)
	}
	if allowOwn {
		lines = append(lines, `printf 'allowed-peer-ip=%s\n' "$`+own+`" >> "$conf"`)
	}
	return strings.Join(lines, "\n") + "\n"
}

// ownAddress names the environment variable that holds the address the
// relay binds, and the downward API field it comes from, when the relay
// advertises an external-ip (public profile, host network): status.hostIP
// on the host network, else status.podIP. coturn maps a peer at its own
// external-ip back to that address (map_addr_from_public_to_private,
// src/client/ns_turn_msg.c, 4.6.1), which denied-peer-ip would then refuse:
// two relay candidates on the same relay, a browser's and the web pod's,
// could never reach each other. So the configure container allows exactly
// that one address. An internal relay advertises its pod address and
// relays only to AllowedPeerCIDRs, which hold it: ok is false.
func (p *TurnRelayProps) ownAddress() (variable, field string, ok bool) {
	if p.internal() || (p.ExternalIP == "" && p.addressSource() == addressFromConfig) {
		return "", "", false
	}
	if p.HostNetwork {
		return nodeIPVariable, "status.hostIP", true
	}
	return podIPVariable, "status.podIP", true
}

// ipCheckScript fails the script unless the variable holds an IP address,
// checked as the discovered one is (discoveredAddressScript): only digits,
// hex letters, dots and colons, at least one dot or colon, at most 45
// characters. So no line break or option reaches turnserver.conf.
func ipCheckScript(variable, field string) []string {
	tag := configureContainerName + ": " + variable + " (" + field + ")"
	return []string{
		`if [ -z "${` + variable + `:-}" ]; then echo "` + tag + ` is empty" >&2; exit 1; fi`,
		`ok=; case $` + variable + ` in *[!0-9A-Fa-f:.]*) ;; *[.:]*) ok=1 ;; esac`,
		`if [ -z "$ok" ] || [ ${#` + variable + `} -gt 45 ]; then echo "` + tag + ` is not an IP address: $` + variable + `" >&2; exit 1; fi`,
	}
}

// configureExecutables are the programs startupScript runs besides shell
// builtins. coturn/coturn:4.8.0 is docker/coturn/debian/Dockerfile at tag
// docker/4.8.0-r1 of coturn/coturn, FROM debian:trixie-slim, whose
// packages (debuerreotype/docker-debian-artifacts, trixie/slim/
// rootfs.manifest) include dash (/bin/sh), coreutils (cat, sleep) and
// libc-bin (getent); the Dockerfile adds no HTTP client (curl, wget), so
// this container cannot query the API server itself.
func (p *TurnRelayProps) configureExecutables() []string {
	if p.addressSource() == addressFromService {
		return []string{shellExecutable, "cat", "getent", "sleep"}
	}
	return []string{shellExecutable, "cat"}
}
