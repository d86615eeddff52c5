// Package turn provides [TurnRelay]: coturn as a TURN relay for WebRTC
// clients that cannot reach their peer directly, with TURN REST API
// authentication (time-limited credentials signed with a shared secret).
//
// # Objects
//
// A Deployment with one replica and the Recreate strategy: relay ports are
// bound per pod and allocations live in its memory, and in host-network
// mode two pods on one node would collide. A ConfigMap holds
// turnserver.conf under [ConfigKey], and the pod template carries its
// SHA-256 under the pod annotation checksum/config, so a configuration change replaces
// the pod. A change of the auth Secret's value does not: run
// `kubectl rollout restart` after rotating it. Options add a PodMonitor
// ([MetricsProps]), a cert-manager Certificate ([TLSProps]), and a
// ServiceAccount, Role and RoleBinding ([AddressDiscoveryProps]).
//
// In the default LoadBalancer mode a Service of type LoadBalancer with
// externalTrafficPolicy Local serves the listening port (3478) over UDP and
// TCP, and maps every relay port (49152-49200 by default) 1:1 over UDP:
// coturn tells clients the relay port it allocated, so the balancer must
// forward that same number. Cloud L4 balancers cap their listeners (an AWS
// NLB allows 50, and TCP plus UDP on one port number count once), so the
// props refuse a Service that needs more than MaxLoadBalancerListeners and
// say how to narrow the relay range.
//
// # The shared secret
//
// coturn does not expand environment variables in its configuration file,
// the image has no envsubst, and a process's argv is world-readable in
// /proc. So the secret is never written into the ConfigMap and never
// passed on a command line. Instead an init container ("configure",
// same image, restricted security context) mounts the Secret key read-only
// (mode 0440, group FSGroup, which defaults to the run-as group) and runs
// a POSIX sh script that copies the ConfigMap's file into a memory-backed
// emptyDir and appends static-auth-secret. The script touches the secret
// only with shell builtins (read, printf and redirections). The main
// container never mounts the auth Secret: it runs `turnserver -c` on the
// composed file, which is readable by the pod's user only.
//
// # The advertised address
//
// coturn reports relayed addresses as external-ip. It comes from, in this
// order:
//   - ExternalIP, written into the ConfigMap: the override;
//   - in host-network mode, the node's address, which the init container
//     appends from the downward API (status.hostIP); set ExternalIP when
//     the node sits behind 1:1 NAT;
//   - with AddressDiscovery, the relay's own LoadBalancer Service: an init
//     container waits, with kubectl and without a shell, until the cloud
//     has written an address into the Service's status, and the configure
//     init container checks it, resolves a hostname to an address, and
//     appends it. coturn starts only then, so one deploy suffices. The pod
//     runs under a ServiceAccount allowed to read that one Service, with a
//     short-lived token mounted into the discovery container alone.
//
// Otherwise coturn advertises the address it binds, the pod's, which
// clients outside the cluster cannot reach.
//
// # TURN over TLS
//
// With [TLSProps], coturn also listens for TURN over TLS (turns: URLs) on
// TCP 5349, which counts against MaxLoadBalancerListeners: with an AWS NLB
// the default relay range must end one port earlier, at 49199. The
// kubernetes.io/tls Secret is mounted read-only into the main container,
// optionally issued by a cert-manager Certificate. DTLS stays off:
// browsers do not speak TURN over DTLS.
//
// Renewal needs no restart, which would drop every relayed call: the
// kubelet updates the mounted Secret in place, a shell loop in the main
// container compares the files every [TLSReloadIntervalSeconds] and sends
// turnserver (PID 1) SIGUSR2, on which coturn reloads its certificate and
// key. No controller such as Reloader is needed, and a hash of the
// certificate on the pod template cannot work: the renewed certificate
// does not exist at synth time.
//
// # Metrics
//
// With [MetricsProps], coturn's Prometheus exporter serves [MetricsPath] on
// its own port (9641), declared on the container as [MetricsPortName] but
// never on the Service, and optionally scraped through a PodMonitor. It
// answers on every address without authentication.
//
// # Pod Security
//
// In LoadBalancer mode the pod meets Pod Security "restricted": numeric
// non-root user, no privilege escalation, seccomp RuntimeDefault, a
// read-only root filesystem (coturn logs to stdout and keeps its pid file
// and SQLite database in the emptyDir). The main container drops ALL
// capabilities and adds back NET_BIND_SERVICE, the one restricted allows:
// the official image's turnserver binary carries that file capability, and
// the kernel refuses to execute it when the capability is outside the
// bounding set. The relay still cannot bind ports below 1024, so the props
// refuse them.
//
// Host-network mode (HostNetwork) is for clusters without a cloud load
// balancer: the pod runs in the node's network namespace with dnsPolicy
// ClusterFirstWithHostNet, declares its ports as hostPorts, and no Service
// is rendered. The baseline and restricted levels forbid hostNetwork and
// hostPort, so the namespace must allow "privileged";
// [TurnRelayProps.PodSecurityLevel] returns the level to enforce. The
// containers keep their restricted security contexts.
//
// # Hardening
//
// turnserver.conf disables TCP relays (WebRTC relays UDP; TCP relays would
// let any credential holder open connections to in-cluster services),
// multicast peers, the CLI, and the STUN options that enlarge reflected
// responses. It denies every private and special-purpose peer range, IPv4
// and IPv6 ([DeniedPeerCIDRs]: pods, nodes, the VPC, cloud metadata
// services, NAT64 and 6to4 prefixes that lead back to them), so TURN
// credentials reach public addresses only; AllowedPeerCIDRs reopens the
// ranges where the application's own media peers live. UserQuota and
// TotalQuota cap concurrent allocations, so one credential holder cannot
// take every relay port; MaxBytesPerSecond and CapacityBytesPerSecond
// optionally cap bandwidth. Every option the construct writes is accepted
// by coturn 4.6.1 (Debian 12) and 4.8.0.
//
// [TurnRelayProps.Executables] lists what each container runs, for tests
// that check the images: no container calls a program its image lacks.
package turn
