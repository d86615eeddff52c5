// Package podrun runs the pod templates of rendered manifests on this
// machine the way a kubelet would, so tests can prove what dist/ really does
// when its containers start, not only what the API server accepts.
//
// A [Pod] is one pod template (Deployment, StatefulSet or Job) from a
// [Manifest]. Each container runs under bubblewrap (bwrap) as the numeric
// user, group and fsGroup of its security context, in its own PID, IPC and
// UTS namespaces, in a network namespace the pod shares (made with
// `ip netns add`, loopback only, deleted at the end), with:
//
//   - a read-only root made only of what the [ImageTable] says the image
//     holds: each listed executable (the host program standing in for it),
//     the shared libraries it needs (ldd) and the dynamic loader, its data
//     directories, the image's /etc/passwd and /etc/group, and stand-ins the
//     test supplies for the application's own programs. A script that calls
//     a tool its image lacks fails here as on a node;
//   - each emptyDir a fresh host directory (medium: Memory is a tmpfs, with
//     sizeLimit as its size), each PersistentVolumeClaim a host directory,
//     ownership and modes set for fsGroup as the kubelet does;
//   - ConfigMap, Secret, downward API and projected volumes written as the
//     kubelet's atomic writer does (..data symlink, defaultMode, items, mode,
//     fsGroup) and mounted read-only, subPath included;
//   - the environment a kubelet and CRI build: image ENV, HOSTNAME, envFrom,
//     then env in order with $(VAR) expanded from earlier variables only,
//     ConfigMap and Secret references resolved from the manifest's ConfigMaps
//     and [Options.Secrets], fieldRefs from [Options.Downward]; command and
//     args expanded the same way; image ENTRYPOINT/CMD and WORKDIR used when
//     the manifest leaves them out.
//
// Probes (exec, tcpSocket, httpGet) run as the kubelet runs them: exec probes
// and preStop hooks inside the container's namespaces with its user and
// environment, network probes from the pod's network namespace. [Pod.Stop]
// runs the preStop hook, then sends SIGTERM to the container's PID 1, waits
// out the grace period and sends SIGKILL. Every process and namespace is
// removed in t.Cleanup, also when the test fails, and every wait is bounded.
//
// Usage (the test must run as root with bwrap, ip, nsenter and setpriv
// installed: `make runtime-deps`):
//
//	m, err := podrun.LoadManifest("../../dist/default.k8s.yaml")
//	if err != nil { t.Fatal(err) }
//	p, err := podrun.NewPod(t, m, "Deployment", "dograh-coturn", podrun.Options{
//		Secrets: map[string]map[string]string{
//			"dograh-secret": {"TURN_SECRET": "s3cret"},
//		},
//		ConfigMaps:  map[string]map[string]string{"kube-root-ca.crt": {"ca.crt": caPEM}},
//		Downward:    map[string]string{"status.hostIP": "10.0.0.1"},
//		ProbePeriod: 200 * time.Millisecond, // shorten every probe's periodSeconds
//	})
//	if err != nil { t.Fatal(err) }
//	seed := p.Volume("turn-run")              // host path of an emptyDir: inspect or seed files
//	_ = os.WriteFile(filepath.Join(seed, "external-ip"), []byte("10.0.0.1\n"), 0o644)
//	if err := p.RunInitContainers(); err != nil { t.Fatal(err) } // in order; output on failure
//	if err := p.Start("coturn"); err != nil { t.Fatal(err) }      // main container, background
//	if err := p.WaitReady("coturn"); err != nil { t.Fatal(err) }  // startup, readiness, liveness
//	out, err := p.Exec("coturn", "sh", "-c", "cat /run/turnrelay/turnserver.conf")
//	out, err = p.HostExec("turnutils_uclient", "-y", "127.0.0.1") // host client in the pod's netns
//	_ = p.Signal("coturn", syscall.SIGUSR2)
//	t.Log(p.Logs("coturn"))
//	res, err := p.Stop("coturn") // preStop, SIGTERM, grace, SIGKILL
//
// [Pod.Run] runs one container to completion (a Job's, or an init container
// with env overrides) within a deadline, [Pod.UpdateSecret] rewrites the
// Secret volumes as the kubelet does when a Secret changes, and
// [CheckExecutables] lists every executable a pod template names (commands,
// exec probes, preStop hooks and the simple commands of sh -c scripts) that
// its image does not contain.
//
// [Network] builds network namespaces joined by veth links, with routes
// and nftables rules (a public side, a load balancer, a node routing the
// pod range), for tests that need more than loopback; a pod joins one of
// them through [Options.NetNS] instead of getting its own.
//
// The package is test support: it never runs in production, and it needs
// root because it creates network namespaces, mounts tmpfs volumes and
// switches users as the container runtime does.
package podrun
