// Package turn provides [TurnRelay]: coturn as a TURN relay for WebRTC
// clients that cannot reach their peer directly, with TURN REST API
// authentication (time-limited credentials signed with a shared secret).
//
// # Objects
//
// A Deployment, a ConfigMap holding turnserver.conf under [ConfigKey] (the
// pod template carries its SHA-256 under the pod annotation
// checksum/config, so a configuration change replaces the pods) and, unless
// in host-network mode, a Service of type LoadBalancer with
// externalTrafficPolicy Local. A change of the auth Secret's value does not
// replace the pods: restart them after rotating it (see "The shared
// secret"). Options add a PodMonitor ([MetricsProps]), a cert-manager
// Certificate ([TLSProps]), and a ServiceAccount, Role and RoleBinding
// ([AddressDiscoveryProps]).
//
// # Profiles
//
// A relay hands its clients relayed addresses, and their peers send media
// to those. [Profile] says where the peers are.
//
// With [ProfilePublic] (the default) the peers may be anywhere, so the
// relayed address is the load balancer's public one (external-ip), and
// the Service maps every relay port (49152-49200 by default) 1:1 over UDP:
// coturn tells clients the relay port it allocated, so the balancer must
// forward that same number. Cloud L4 balancers cap their listeners (an AWS
// NLB allows 50, and TCP plus UDP on one port number count once), so the
// props refuse a Service that needs more than MaxLoadBalancerListeners and
// say how to narrow the relay range. One replica runs, with the Recreate
// strategy: a second pod behind the balancer would hand out the same port
// numbers. Host-network mode is public too.
//
// With [ProfileInternal] the peers are pods in the cluster (a media
// server; an application's own WebRTC peer), the shape STUNner and the
// Jitsi chart use: clients outside reach the relay through the balancer,
// and the relay sends to the peers, and they to it, over the pod network.
// The relayed address is the pod's own (no external-ip, no discovery), so
// the Service publishes only the listening port over UDP and TCP (and
// tls.port): one listener, two with TLS, however wide the relay range
// (49152-65535 by default, 16384 ports per replica). Several replicas
// (DefaultInternalReplicas) run behind the one Service, roll one surge pod
// at a time without ever having fewer ready than wanted, and a
// PodDisruptionBudget lets node drains evict one at a time.
// AllowedPeerCIDRs must name the pod network, and coturn denies every
// other peer address, public ones included.
//
// AllocationCapacity states what the relay range, the quota and the
// replicas allow at once.
//
// # Draining
//
// Allocations live in a relay pod's memory, so a pod that stops drops the
// calls it relays. A stopping pod drains instead, for at most
// TerminationGracePeriodSeconds: its preStop hook writes [DrainingFile],
// waits DrainDelaySeconds while load balancers stop sending it new
// clients, sends turnserver (PID 1) SIGUSR1, on which coturn 4.8.0 refuses
// new allocations and keeps the existing ones, and waits until the pod's
// relay ports hold no socket. turnserver is PID 1 in every mode (the TLS
// watcher's shell execs it), so the signal reaches it. coturn 4.6.1 has no
// drain: the hook still waits, while it accepts new allocations.
//
// Readiness stays a TCP check on the listening port while the pod drains.
// Kubernetes already takes a terminating pod out of the ready endpoints,
// so kube-proxy and the load balancers' health checks send new clients
// elsewhere; an unready pod would also stop "serving", and kube-proxy then
// deletes the conntrack entries of every UDP flow to it (CleanStaleEntries
// in pkg/proxy/conntrack/cleanup.go, k8s.io/kubernetes v1.35.4), so the
// clients' next packets would reach another pod, which knows none of their
// allocations. STUNner keeps its readiness up while terminating for the
// same reason (its --force-ready-status, commit 5cec0a2 in l7mp/stunner).
//
// # Load balancers
//
// externalTrafficPolicy Local keeps the client's source address, which
// coturn needs: it reports the address to the client (XOR-MAPPED-ADDRESS),
// checks it against permissions and logs it. It also gives the balancer a
// health check that works for UDP listeners: kube-proxy serves the
// Service's healthCheckNodePort over HTTP on every node, answering 200
// only where a ready relay pod runs (LocalReadyEndpoints in
// pkg/proxy/endpointschangetracker.go), so a node with no relay, or only a
// draining one, takes no new clients. Balancers that target pod IPs (the
// AWS Load Balancer Controller's "ip" target type) check each pod instead,
// by default over TCP on each listener's own port; point that check at
// ListeningPort over TCP through ServiceAnnotations, since no relay port
// answers TCP.
//
// # The shared secret
//
// With PreviousAuthSecretKey, coturn accepts a second secret from the same
// Secret, which may be absent, so the secret can rotate without a window in
// which credentials fail: the new value goes into AuthSecretKey and the
// old one into PreviousAuthSecretKey, the relay restarts (coturn reads its
// secrets at start), then the application that signs credentials; once the
// credentials signed with the old value have expired, remove it and
// restart the relay again.
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
// In host-network mode the init container writes external-ip as the pair
// "NODE/NODE" (public/private) and relay-ip=NODE: a bare address would be
// mapped onto every local address of the node, and coturn would relay
// from any of them (a CNI bridge's too), which clients cannot reach.
//
// coturn maps a peer at its own external-ip back to the address it binds
// (map_addr_from_public_to_private, src/client/ns_turn_msg.c, 4.6.1), and
// denied-peer-ip covers that private address, so two relay candidates on
// the same relay (a browser's and the application pod's) could not reach
// each other. Whenever the relay advertises an external-ip, the init
// container therefore also appends allowed-peer-ip for exactly that own
// address: the pod's (status.podIP), or the node's on the host network
// (status.hostIP), checked to be an IP address as the discovered one is.
// An internal relay needs none: AllowedPeerCIDRs holds its pods.
//
// # TURN over TLS
//
// With [TLSProps], coturn also listens for TURN over TLS (turns: URLs) on
// TCP 5349, which counts against MaxLoadBalancerListeners: with
// ProfilePublic and an AWS NLB the default relay range must end one port
// earlier, at 49199. The
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
// ranges where the application's own media peers live. An internal relay
// denies every address but AllowedPeerCIDRs. UserQuota and
// TotalQuota cap concurrent allocations, so one credential holder cannot
// take every relay port; MaxBytesPerSecond and CapacityBytesPerSecond
// optionally cap bandwidth. Every option the construct writes is accepted
// by coturn 4.6.1 (Debian 12) and 4.8.0.
//
// [TurnRelayProps.Executables] lists what each container runs, for tests
// that check the images: no container calls a program its image lacks.
package turn
