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
	line("# At start, the %q init container appends static-auth-secret", InitContainerName)
	line("# from Secret %q, key %q.", p.AuthSecretName, p.AuthSecretKey)
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
	// Link-local holds cloud metadata services (169.254.169.254).
	line("denied-peer-ip=169.254.0.0-169.254.255.255")
	// Smaller STUN responses, less use as a reflection amplifier.
	line("no-rfc5780")
	line("no-stun-backward-compatibility")
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

// startupScript is the init container's POSIX sh script. It copies the
// ConfigMap's turnserver.conf into the memory-backed run directory and
// appends the shared secret and, for addressFromNode and
// addressFromService, the advertised address. Only shell builtins touch
// the secret (read, printf, the redirections), so it appears in no
// process's argv or environment; cat only ever receives a file path.
func startupScript(addr addressSource) string {
	lines := []string{
		"set -eu",
		"umask 077",
		"conf=" + runConfigPath,
		"secret=",
		// read fails on a last line without a newline yet still sets the
		// variable; the emptiness check below catches a missing file.
		`IFS= read -r secret < ` + secretPath + ` || true`,
		`if [ -z "$secret" ]; then echo "` + InitContainerName + `: the TURN auth secret (` + secretPath + `) is missing or empty" >&2; exit 1; fi`,
		`cat ` + templatePath + ` > "$conf"`,
		`printf 'static-auth-secret=%s\n' "$secret" >> "$conf"`,
	}
	switch addr {
	case addressFromNode:
		lines = append(lines,
			`if [ -z "${`+nodeIPVariable+`:-}" ]; then echo "`+InitContainerName+`: `+nodeIPVariable+` (status.hostIP) is empty" >&2; exit 1; fi`,
			`printf 'external-ip=%s\n' "$`+nodeIPVariable+`" >> "$conf"`,
		)
	case addressFromService:
		// Checked again although discovery checked it: a line break in
		// it would add options to turnserver.conf.
		lines = append(lines,
			"addr=",
			`IFS= read -r addr < `+externalIPPath+` || true`,
			`case $addr in ''|*[!0-9A-Fa-f:.]*) echo "`+InitContainerName+`: `+externalIPPath+` holds no address; `+DiscoveryContainerName+` writes it" >&2; exit 1 ;; esac`,
			`printf 'external-ip=%s\n' "$addr" >> "$conf"`,
		)
	}
	return strings.Join(lines, "\n") + "\n"
}
