package podrun

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
)

// Options configures a Pod.
type Options struct {
	// Secrets are the Secrets that exist in the namespace, by name and key,
	// as the documented commands create them.
	Secrets map[string]map[string]string
	// ConfigMaps are ConfigMaps the manifest does not render but the
	// cluster has (kube-root-ca.crt); they take precedence over the
	// manifest's.
	ConfigMaps map[string]map[string]string
	// Downward answers downward API field paths (status.hostIP,
	// status.podIP, ...). metadata.name, metadata.namespace, labels,
	// annotations, spec.nodeName and spec.serviceAccountName have defaults.
	Downward map[string]string
	// ServiceAccountToken is the content of projected serviceAccountToken
	// files. Default: a placeholder.
	ServiceAccountToken string
	// Images is the image table. Default: DefaultImages().
	Images ImageTable
	// StandIns are files the test supplies for the application's own
	// programs and code, keyed by their path in the image; the image table
	// must mark the path (or a folder above it) as the application's.
	StandIns map[string]string
	// ClaimDirs maps a PersistentVolumeClaim name to a host directory that
	// holds its data, so a second pod can reuse it. Default: a fresh
	// directory per pod.
	ClaimDirs map[string]string
	// Hosts are extra /etc/hosts entries (name to address), like hostAliases.
	Hosts map[string]string
	// PodName is metadata.name. Default: the workload's name and "-0" for a
	// StatefulSet, "-podrun" otherwise.
	PodName string
	// ProbePeriod, when set, replaces every probe's periodSeconds (and
	// initialDelaySeconds is scaled the same way), so tests run quickly.
	ProbePeriod time.Duration
	// GracePeriod, when set, replaces terminationGracePeriodSeconds.
	GracePeriod *time.Duration
	// RunTimeout bounds Run and each init container. Default: 2 minutes.
	RunTimeout time.Duration

	// NetNS, when set, is an existing network namespace the pod joins
	// instead of getting its own: one a [Network] built, so the pod sits
	// behind the links and routes the test made (a host-network pod joins
	// the namespace that plays its node). The pod does not delete it.
	NetNS string
	// PodIP is the pod's address in NetNS (status.podIP, what probes dial).
	// Required with NetNS.
	PodIP string
}

// Pod is one pod template made runnable on this machine.
type Pod struct {
	t      testing.TB
	m      *Manifest
	w      Workload
	opts   Options
	name   string
	root   string
	netns  string
	podIP  string
	images ImageTable
	// ownNetns: the pod made netns and deletes it (not Options.NetNS).
	ownNetns bool

	mu         sync.Mutex
	secrets    map[string]map[string]string
	volumes    map[string]*volume
	containers map[string]*container
	generation int
	hostCmds   []*exec.Cmd

	// Ran lists the containers that ran, in order; ProbesPassed counts
	// probe attempts that succeeded, by "container/kind".
	Ran          []string
	ProbesPassed map[string]int
}

// container is one run of a container.
type container struct {
	spec   corev1.Container
	image  *Image
	env    []string
	envMap map[string]string
	argv   []string
	uid    int64
	gid    int64
	groups []int64
	cmd    *exec.Cmd
	pid    int
	logs   *SyncBuffer
	done   chan struct{}
	exit   error
}

// NewPod prepares the pod of a workload: its network namespace and volumes.
// Everything it makes is removed when the test ends.
func NewPod(t testing.TB, m *Manifest, kind, name string, opts Options) (*Pod, error) {
	t.Helper()
	if err := Requirements(); err != nil {
		return nil, err
	}
	w, err := m.Workload(kind, name)
	if err != nil {
		return nil, err
	}
	return newPod(t, m, w, opts)
}

// NewPodFor is NewPod for a workload already looked up (the migration Job,
// whose name carries a hash).
func NewPodFor(t testing.TB, m *Manifest, w Workload, opts Options) (*Pod, error) {
	t.Helper()
	if err := Requirements(); err != nil {
		return nil, err
	}
	return newPod(t, m, w, opts)
}

func newPod(t testing.TB, m *Manifest, w Workload, opts Options) (*Pod, error) {
	if opts.Images == nil {
		opts.Images = DefaultImages()
	}
	if opts.RunTimeout == 0 {
		opts.RunTimeout = 2 * time.Minute
	}
	if w.Template.Spec.SecurityContext == nil {
		w.Template.Spec.SecurityContext = &corev1.PodSecurityContext{}
	}
	p := &Pod{
		t: t, m: m, w: w, opts: opts, images: opts.Images,
		secrets:      map[string]map[string]string{},
		volumes:      map[string]*volume{},
		containers:   map[string]*container{},
		ProbesPassed: map[string]int{},
	}
	for k, v := range opts.Secrets {
		p.secrets[k] = v
	}
	p.name = opts.PodName
	if p.name == "" {
		p.name = w.Name + "-podrun"
		if w.Kind == "StatefulSet" {
			p.name = w.Name + "-0"
		}
	}
	if err := p.checkStandIns(); err != nil {
		return nil, err
	}
	if w.Template.Spec.HostNetwork && opts.NetNS == "" {
		t.Logf("pod %s uses the host network; it runs in its own network namespace here", p.name)
	}
	p.root = t.TempDir()
	// Runs after everything registered later: processes first, then the
	// namespace.
	t.Cleanup(p.cleanup)
	if opts.NetNS != "" {
		if err := p.joinNetNS(); err != nil {
			return nil, err
		}
		if err := p.setUpVolumes(); err != nil {
			return nil, fmt.Errorf("pod %s: %w", p.name, err)
		}
		return p, nil
	}
	p.netns = fmt.Sprintf("podrun-%d-%d", os.Getpid(), nextID())
	p.ownNetns = true
	if out, err := exec.Command("ip", "netns", "add", p.netns).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("ip netns add: %v: %s", err, out)
	}
	if out, err := exec.Command("ip", "-n", p.netns, "link", "set", "lo", "up").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("loopback up in %s: %v: %s", p.netns, err, out)
	}
	// A pod IP (on the namespace's loopback device: this kernel has no
	// dummy or veth links to spare), so clients and probes reach the pod as
	// from another pod, not from 127.0.0.1.
	id := nextID()
	p.podIP = fmt.Sprintf("10.244.%d.%d", (id/250)%250, id%250+2)
	if out, err := exec.Command("ip", "-n", p.netns, "addr", "add", p.podIP+"/32", "dev", "lo").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pod IP %s: %v: %s", p.podIP, err, out)
	}
	if err := p.setUpVolumes(); err != nil {
		return nil, fmt.Errorf("pod %s: %w", p.name, err)
	}
	return p, nil
}

var (
	idMu   sync.Mutex
	lastID int
)

func nextID() int {
	idMu.Lock()
	defer idMu.Unlock()
	lastID++
	return lastID
}

// checkStandIns refuses a stand-in at a path no image of the pod gives the
// application: a stand-in may only replace the app's own files.
func (p *Pod) checkStandIns() error {
	for sp := range p.opts.StandIns {
		ok := false
		for _, c := range p.w.Containers() {
			im, err := p.images.Lookup(c.Image)
			if err != nil {
				return err
			}
			if f, found := im.entry(im.canonical(sp), true); found && f.App {
				ok = true
			}
		}
		if !ok {
			return fmt.Errorf("stand-in %s: no image of pod %s gives the application that path; only the app's own files can be stood in for", sp, p.w.Name)
		}
	}
	return nil
}

// Name is the pod's metadata.name.
func (p *Pod) Name() string { return p.name }

// IP is the pod's address in its network namespace.
// Probes and the downward API's status.podIP use it, as on a node.
func (p *Pod) IP() string { return p.podIP }

// NetNS is the name of the pod's network namespace (for ip netns exec).
func (p *Pod) NetNS() string { return p.netns }

// Workload is the workload the pod comes from.
func (p *Pod) Workload() Workload { return p.w }

func (p *Pod) spec(name string) (corev1.Container, bool, error) {
	for _, c := range p.w.Template.Spec.InitContainers {
		if c.Name == name {
			return c, true, nil
		}
	}
	for _, c := range p.w.Template.Spec.Containers {
		if c.Name == name {
			return c, false, nil
		}
	}
	var names []string
	for _, c := range p.w.Containers() {
		names = append(names, c.Name)
	}
	return corev1.Container{}, false, fmt.Errorf("pod %s has no container %q (it has %s)", p.w.Name, name, strings.Join(names, ", "))
}

// RunInitContainers runs the init containers in order, each to completion
// within Options.RunTimeout; the first that does not exit 0 stops the pod's
// start, and its output is in the error.
func (p *Pod) RunInitContainers() error {
	for _, c := range p.w.Template.Spec.InitContainers {
		res, err := p.Run(c.Name)
		if err != nil {
			return err
		}
		if res.ExitCode != 0 || res.TimedOut {
			return fmt.Errorf("init container %s failed (%s):\n%s", c.Name, res.status(), res.Output)
		}
	}
	return nil
}

// Result is how one run of a container ended.
type Result struct {
	// ExitCode is the exit status (128+signal when killed).
	ExitCode int
	// TimedOut reports that the deadline passed and the container was
	// killed.
	TimedOut bool
	// Output is stdout and stderr, interleaved.
	Output string
	// Duration is how long it ran.
	Duration time.Duration
}

func (r Result) status() string {
	if r.TimedOut {
		return fmt.Sprintf("still running after %s", r.Duration.Round(time.Millisecond))
	}
	return fmt.Sprintf("exit code %d", r.ExitCode)
}

// Run runs a container to completion within Options.RunTimeout and
// returns how it ended; the error is for a container that could not start.
func (p *Pod) Run(name string, overrides ...Env) (Result, error) {
	return p.RunFor(name, p.opts.RunTimeout, overrides...)
}

// RunFor is Run with its own deadline, for a container expected to keep
// waiting (a gate that must not open).
func (p *Pod) RunFor(name string, within time.Duration, overrides ...Env) (Result, error) {
	return p.RunCommand(name, within, nil, overrides...)
}

// RunCommand runs a fresh copy of a container (same image, user, env,
// volumes and namespaces) with argv instead of its command, to completion
// within a deadline: what the container's process would meet, without its
// process. A nil argv runs the rendered command.
func (p *Pod) RunCommand(name string, within time.Duration, argv []string, overrides ...Env) (Result, error) {
	c, err := p.launchArgv(name, argv, overrides)
	if err != nil {
		return Result{}, err
	}
	start := time.Now()
	res := Result{}
	select {
	case <-c.done:
	case <-time.After(within):
		res.TimedOut = true
		_ = syscall.Kill(c.pid, syscall.SIGKILL)
		<-c.done
	}
	res.Duration = time.Since(start)
	res.ExitCode = exitCode(c.exit)
	res.Output = c.logs.String()
	return res, nil
}

// Start starts a container in the background. Environment overrides are
// applied after the rendered env, as literal values.
func (p *Pod) Start(name string, overrides ...Env) error {
	c, err := p.launch(name, overrides)
	if err != nil {
		return err
	}
	// A container that dies at once is reported here, with its output.
	select {
	case <-c.done:
		return fmt.Errorf("container %s exited at once (exit code %d):\n%s", name, exitCode(c.exit), c.logs.String())
	case <-time.After(100 * time.Millisecond):
	}
	return nil
}

// Running reports whether a started container is still running.
func (p *Pod) Running(name string) bool {
	c := p.running(name)
	if c == nil {
		return false
	}
	select {
	case <-c.done:
		return false
	default:
		return true
	}
}

// Wait waits up to d for a started container to exit and returns how it
// ended.
func (p *Pod) Wait(name string, d time.Duration) (Result, error) {
	c := p.running(name)
	if c == nil {
		return Result{}, fmt.Errorf("container %s was not started", name)
	}
	select {
	case <-c.done:
		return Result{ExitCode: exitCode(c.exit), Output: c.logs.String()}, nil
	case <-time.After(d):
		return Result{TimedOut: true, Output: c.logs.String(), Duration: d}, nil
	}
}

func (p *Pod) running(name string) *container {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.containers[name]
}

// Logs returns what a container wrote to stdout and stderr so far.
func (p *Pod) Logs(name string) string {
	if c := p.running(name); c != nil {
		return c.logs.String()
	}
	return ""
}

// Signal sends a signal to a container's PID 1, as the container runtime
// does: from outside its PID namespace, so it arrives only if the process
// handles it (or for SIGKILL).
func (p *Pod) Signal(name string, sig syscall.Signal) error {
	c := p.running(name)
	if c == nil {
		return fmt.Errorf("container %s was not started", name)
	}
	return syscall.Kill(c.pid, sig)
}

// launch prepares and starts one container.
func (p *Pod) launch(name string, overrides []Env) (*container, error) {
	return p.launchArgv(name, nil, overrides)
}

func (p *Pod) launchArgv(name string, argvOverride []string, overrides []Env) (*container, error) {
	spec, _, err := p.spec(name)
	if err != nil {
		return nil, err
	}
	if old := p.running(name); old != nil {
		select {
		case <-old.done:
		default:
			return nil, fmt.Errorf("container %s is already running", name)
		}
	}
	c, err := p.prepare(spec, overrides)
	if err != nil {
		return nil, fmt.Errorf("container %s: %w", name, err)
	}
	if argvOverride != nil {
		c.argv = argvOverride
	}
	args, err := p.sandboxArgs(c)
	if err != nil {
		return nil, fmt.Errorf("container %s: %w", name, err)
	}
	infoR, infoW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer infoR.Close()
	full := append([]string{"netns", "exec", p.netns, "bwrap", "--info-fd", "3"}, args...)
	full = append(full, "--")
	full = append(full, p.shim(c)...)
	full = append(full, c.argv...)
	cmd := exec.Command("ip", full...)
	cmd.Env = c.env
	c.logs = &SyncBuffer{}
	cmd.Stdout, cmd.Stderr = c.logs, c.logs
	cmd.ExtraFiles = []*os.File{infoW}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		infoW.Close()
		return nil, fmt.Errorf("container %s: start bwrap: %w", name, err)
	}
	infoW.Close()
	c.cmd = cmd
	c.done = make(chan struct{})
	go func() {
		c.exit = cmd.Wait()
		close(c.done)
	}()
	var info struct {
		ChildPid int `json:"child-pid"`
	}
	infoData, _ := io.ReadAll(io.LimitReader(infoR, 1<<16))
	if err := json.Unmarshal(infoData, &info); err != nil || info.ChildPid == 0 {
		<-c.done
		return nil, fmt.Errorf("container %s did not start (exit code %d):\n%s", name, exitCode(c.exit), c.logs.String())
	}
	c.pid = info.ChildPid
	// bwrap reports the child before the child has built the sandbox:
	// wait until its root is no longer the host's, so that exec probes and
	// Exec, which enter it, find the container's file system.
	if err := waitForSandboxRoot(c); err != nil {
		_ = syscall.Kill(c.pid, syscall.SIGKILL)
		<-c.done
		return nil, fmt.Errorf("container %s: %w:\n%s", name, err, c.logs.String())
	}
	p.mu.Lock()
	p.containers[name] = c
	p.Ran = append(p.Ran, name)
	p.mu.Unlock()
	return c, nil
}

// prepare resolves a container's image, user, environment and argv.
func (p *Pod) prepare(spec corev1.Container, overrides []Env) (*container, error) {
	im, err := p.images.Lookup(spec.Image)
	if err != nil {
		return nil, err
	}
	c := &container{spec: spec, image: im}
	if err := p.resolveUser(c); err != nil {
		return nil, err
	}
	c.env, c.envMap, err = p.containerEnv(spec, im, overrides)
	if err != nil {
		return nil, err
	}
	// The kubelet: command replaces ENTRYPOINT (and drops CMD); args
	// replace CMD. Both are expanded from the container's variables.
	argv := append([]string{}, im.Entrypoint...)
	cmdPart := im.Cmd
	if len(spec.Command) > 0 {
		argv = append([]string{}, spec.Command...)
		cmdPart = nil
	}
	if len(spec.Args) > 0 {
		cmdPart = spec.Args
	}
	argv = append(argv, cmdPart...)
	if len(argv) == 0 {
		return nil, fmt.Errorf("no command: neither the container nor image %s gives one", im.Repository)
	}
	mapping := MappingFor(c.envMap)
	if len(spec.Command) > 0 || len(spec.Args) > 0 {
		for i := range argv {
			argv[i] = Expand(argv[i], mapping)
		}
	}
	c.argv = argv
	if err := p.runnable(c, argv[0]); err != nil {
		return nil, err
	}
	return c, nil
}

// workingDir is the container's workingDir, or the image's WORKDIR.
func (c *container) workingDir() string {
	if c.spec.WorkingDir != "" {
		return c.spec.WorkingDir
	}
	if c.image.WorkingDir != "" {
		return c.image.WorkingDir
	}
	return "/"
}

// runnable refuses a program this machine cannot stand in for; a program
// the image lacks is left to fail as it would on a node.
func (p *Pod) runnable(c *container, prog string) error {
	_, f, ok := c.image.Resolve(prog, c.workingDir(), c.envMap["PATH"])
	if !ok {
		return nil
	}
	switch {
	case f.Missing != "":
		return fmt.Errorf("%s cannot run here: %s (%s)", prog, f.Missing, c.image.Repository)
	case f.App:
		if _, ok := p.opts.StandIns[c.image.canonical(f.Path)]; !ok {
			if _, ok := p.opts.StandIns[f.Path]; !ok {
				return fmt.Errorf("%s is the application's own program (%s in %s): supply a stand-in in Options.StandIns", prog, f.Path, c.image.Repository)
			}
		}
	case f.Host != "":
		if _, err := os.Stat(f.Host); err != nil {
			return fmt.Errorf("%s: its stand-in %s is not installed on this machine (make runtime-deps)", prog, f.Host)
		}
	}
	return nil
}

// resolveUser decides the numeric user, group and supplementary groups as
// the kubelet and the runtime do.
func (p *Pod) resolveUser(c *container) error {
	psc := p.w.Template.Spec.SecurityContext
	sc := c.spec.SecurityContext
	var runAsUser, runAsGroup *int64
	var runAsNonRoot *bool
	runAsUser, runAsGroup, runAsNonRoot = psc.RunAsUser, psc.RunAsGroup, psc.RunAsNonRoot
	if sc != nil {
		if sc.RunAsUser != nil {
			runAsUser = sc.RunAsUser
		}
		if sc.RunAsGroup != nil {
			runAsGroup = sc.RunAsGroup
		}
		if sc.RunAsNonRoot != nil {
			runAsNonRoot = sc.RunAsNonRoot
		}
		if sc.Capabilities != nil && len(sc.Capabilities.Add) > 0 {
			return fmt.Errorf("capabilities.add is not supported by this runner")
		}
	}
	imUID, imGID, numeric := c.image.userIDs()
	switch {
	case runAsUser != nil:
		c.uid = *runAsUser
		c.gid = 0
		for _, line := range c.image.Passwd {
			if f := strings.Split(line, ":"); len(f) >= 4 && f[2] == fmt.Sprint(c.uid) {
				fmt.Sscanf(f[3], "%d", &c.gid)
			}
		}
	case numeric:
		c.uid, c.gid = imUID, imGID
	default:
		if runAsNonRoot != nil && *runAsNonRoot {
			return fmt.Errorf("container has runAsNonRoot and image has non-numeric user (%s), cannot verify user is non-root", c.image.User)
		}
		return fmt.Errorf("image user %q is not in its /etc/passwd", c.image.User)
	}
	if runAsNonRoot != nil && *runAsNonRoot && c.uid == 0 {
		return fmt.Errorf("container has runAsNonRoot and image will run as root")
	}
	if c.uid == 0 {
		return fmt.Errorf("running as root is not supported by this runner")
	}
	if runAsGroup != nil {
		c.gid = *runAsGroup
	}
	seen := map[int64]bool{c.gid: true}
	add := func(g int64) {
		if !seen[g] {
			seen[g] = true
			c.groups = append(c.groups, g)
		}
	}
	if psc.FSGroup != nil {
		add(*psc.FSGroup)
	}
	for _, g := range psc.SupplementalGroups {
		add(g)
	}
	// The runtime merges the image's /etc/group memberships of the user.
	userName := ""
	for _, line := range c.image.Passwd {
		if f := strings.Split(line, ":"); len(f) >= 3 && f[2] == fmt.Sprint(c.uid) {
			userName = f[0]
		}
	}
	for _, line := range c.image.Group {
		f := strings.Split(line, ":")
		if len(f) < 4 || userName == "" {
			continue
		}
		for _, member := range strings.Split(f[3], ",") {
			if member == userName {
				var g int64
				fmt.Sscanf(f[2], "%d", &g)
				add(g)
			}
		}
	}
	return nil
}

// shim is the command that drops to the container's user inside the
// sandbox: setpriv, bound at /.podrun/setpriv, the part a runtime's init
// plays on a node.
func (p *Pod) shim(c *container) []string {
	groups := []string{fmt.Sprint(c.gid)}
	for _, g := range c.groups {
		groups = append(groups, fmt.Sprint(g))
	}
	args := []string{shimPath, "--reuid", fmt.Sprint(c.uid), "--regid", fmt.Sprint(c.gid),
		"--groups", strings.Join(groups, ","), "--inh-caps=-all", "--bounding-set=-all"}
	sc := c.spec.SecurityContext
	if sc == nil || sc.AllowPrivilegeEscalation == nil || !*sc.AllowPrivilegeEscalation {
		args = append(args, "--no-new-privs")
	}
	return append(args, "--")
}

const shimPath = "/.podrun/setpriv"

// Exec runs a command in a running container's sandbox (its mount, PID,
// network, IPC and UTS namespaces, user, groups, environment and working
// directory), as kubectl exec and exec probes do. It returns stdout and
// stderr together; a non-zero exit is an *ExitError.
func (p *Pod) Exec(name string, argv ...string) (string, error) {
	return p.ExecTimeout(name, 2*time.Minute, argv...)
}

// ExecTimeout is Exec with a deadline.
func (p *Pod) ExecTimeout(name string, timeout time.Duration, argv ...string) (string, error) {
	c := p.running(name)
	if c == nil {
		return "", fmt.Errorf("container %s was not started", name)
	}
	select {
	case <-c.done:
		return "", fmt.Errorf("container %s is not running", name)
	default:
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	args := []string{"-t", fmt.Sprint(c.pid), "-m", "-p", "-n", "-i", "-u", "-r",
		// nsenter opens the directory before it enters: reach it through
		// the container's root.
		fmt.Sprintf("--wd=/proc/%d/root%s", c.pid, c.image.canonical(c.workingDir())), "--"}
	args = append(args, p.shim(c)...)
	args = append(args, argv...)
	cmd := exec.CommandContext(ctx, "nsenter", args...)
	cmd.Env = c.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return out.String(), fmt.Errorf("exec %q in %s: timed out after %s", strings.Join(argv, " "), name, timeout)
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.String(), &ExitError{Code: ee.ExitCode(), Output: out.String()}
	}
	return out.String(), err
}

// ExitError is a command that ran and exited non-zero.
type ExitError struct {
	Code   int
	Output string
}

func (e *ExitError) Error() string {
	return fmt.Sprintf("exit code %d: %s", e.Code, strings.TrimSpace(e.Output))
}

// HostExec runs a host program inside the pod's network namespace (ip
// netns exec), as a client on the pod's network would, within 2 minutes.
func (p *Pod) HostExec(argv ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ip", append([]string{"netns", "exec", p.netns}, argv...)...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.String(), &ExitError{Code: ee.ExitCode(), Output: out.String()}
	}
	return out.String(), err
}

// HostCommand returns a host command that runs in the pod's network
// namespace, for a client that must run in the background. The caller
// starts it; whatever still runs at the end of the test is killed.
func (p *Pod) HostCommand(argv ...string) *exec.Cmd {
	cmd := exec.Command("ip", append([]string{"netns", "exec", p.netns}, argv...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	p.mu.Lock()
	p.hostCmds = append(p.hostCmds, cmd)
	p.mu.Unlock()
	return cmd
}

// StopResult is what Stop saw.
type StopResult struct {
	// PreStop is the preStop hook's output and PreStopErr its failure.
	PreStop    string
	PreStopErr error
	// PreStopDuration is how long the hook ran.
	PreStopDuration time.Duration
	// Signal is the stop signal sent after the hook.
	Signal syscall.Signal
	// Killed reports that the grace period ran out and SIGKILL was sent.
	Killed bool
	// ExitCode is the container's exit status.
	ExitCode int
	// Duration is the whole stop, hook included.
	Duration time.Duration
}

// Stop stops a container as the kubelet does: the preStop hook (within the
// grace period), then the image's stop signal (SIGTERM unless it says
// otherwise) to PID 1, then SIGKILL when the rest of the grace period is
// over.
func (p *Pod) Stop(name string) (StopResult, error) {
	return p.StopWith(name, StopOptions{})
}

// StopOptions change one Stop.
type StopOptions struct {
	// Grace, when set, is this stop's grace period, in place of
	// Options.GracePeriod and terminationGracePeriodSeconds.
	Grace time.Duration
	// HookDone, when set, is called as the preStop hook returns, before
	// the stop signal: a test can watch the hook end while Stop waits out
	// the grace period.
	HookDone func(out string, err error)
}

// StopWith is Stop with options.
func (p *Pod) StopWith(name string, o StopOptions) (StopResult, error) {
	c := p.running(name)
	if c == nil {
		return StopResult{}, fmt.Errorf("container %s was not started", name)
	}
	grace := 30 * time.Second
	if g := p.w.Template.Spec.TerminationGracePeriodSeconds; g != nil {
		grace = time.Duration(*g) * time.Second
	}
	if p.opts.GracePeriod != nil {
		grace = *p.opts.GracePeriod
	}
	if o.Grace > 0 {
		grace = o.Grace
	}
	start := time.Now()
	var res StopResult
	if lc := c.spec.Lifecycle; lc != nil && lc.PreStop != nil {
		hookStart := time.Now()
		res.PreStop, res.PreStopErr = p.runLifecycle(c, *lc.PreStop, grace)
		res.PreStopDuration = time.Since(hookStart)
		if o.HookDone != nil {
			o.HookDone(res.PreStop, res.PreStopErr)
		}
	}
	res.Signal = syscall.SIGTERM
	if c.image.StopSignal == "SIGINT" {
		res.Signal = syscall.SIGINT
	}
	_ = syscall.Kill(c.pid, res.Signal)
	remaining := grace - time.Since(start)
	if remaining < 2*time.Second {
		remaining = 2 * time.Second // the kubelet's minimum after a hook
	}
	select {
	case <-c.done:
	case <-time.After(remaining):
		res.Killed = true
		_ = syscall.Kill(c.pid, syscall.SIGKILL)
		<-c.done
	}
	res.ExitCode = exitCode(c.exit)
	res.Duration = time.Since(start)
	return res, nil
}

// waitForSandboxRoot waits (at most 10 s) until the container's root
// directory differs from the host's, or the container exits.
func waitForSandboxRoot(c *container) error {
	host, err := os.Stat("/")
	if err != nil {
		return err
	}
	root := fmt.Sprintf("/proc/%d/root", c.pid)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		fi, err := os.Stat(root)
		if err == nil && !os.SameFile(fi, host) {
			return nil
		}
		select {
		case <-c.done:
			return nil // it exited: Wait and Logs tell how
		case <-time.After(5 * time.Millisecond):
		}
	}
	return fmt.Errorf("the sandbox's root was not set up within 10s")
}

// cleanup kills every process and removes the namespace.
func (p *Pod) cleanup() {
	p.mu.Lock()
	cs := make([]*container, 0, len(p.containers))
	for _, c := range p.containers {
		cs = append(cs, c)
	}
	hosts := p.hostCmds
	p.mu.Unlock()
	for _, cmd := range hosts {
		if cmd.Process != nil {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			_ = cmd.Process.Kill()
		}
	}
	for _, c := range cs {
		select {
		case <-c.done:
			continue
		default:
		}
		_ = syscall.Kill(c.pid, syscall.SIGKILL)
		_ = syscall.Kill(-c.cmd.Process.Pid, syscall.SIGKILL)
		select {
		case <-c.done:
		case <-time.After(10 * time.Second):
			p.t.Errorf("container %s did not exit after SIGKILL", c.spec.Name)
		}
	}
	if p.netns != "" && p.ownNetns {
		if out, err := exec.Command("ip", "netns", "del", p.netns).CombinedOutput(); err != nil {
			p.t.Errorf("ip netns del %s: %v: %s", p.netns, err, out)
		}
	}
	if p.t.Failed() {
		for _, c := range cs {
			p.t.Logf("--- logs of %s/%s:\n%s", p.name, c.spec.Name, tail(c.logs.String(), 4000))
		}
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	}
	return -1
}

// SyncBuffer is a bytes.Buffer safe for concurrent writes and reads: a
// process's output that a test reads while it runs.
type SyncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *SyncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Requirements reports what this machine lacks to run pods: root, and the
// programs bwrap, ip, nsenter, setpriv, ldd, mount.
func Requirements() error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("podrun needs root (network namespaces, tmpfs mounts, user switching)")
	}
	var missing []string
	for _, prog := range []string{"bwrap", "ip", "nsenter", "setpriv", "ldd", "mount", "umount"} {
		if _, err := exec.LookPath(prog); err != nil {
			missing = append(missing, prog)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("podrun needs %s: run make runtime-deps", strings.Join(missing, ", "))
	}
	return nil
}
