package podrun

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// ProbeKind names a container probe.
type ProbeKind string

// The three probes of a container.
const (
	Startup   ProbeKind = "startup"
	Readiness ProbeKind = "readiness"
	Liveness  ProbeKind = "liveness"
)

func (c *container) probe(kind ProbeKind) *corev1.Probe {
	switch kind {
	case Startup:
		return c.spec.StartupProbe
	case Readiness:
		return c.spec.ReadinessProbe
	case Liveness:
		return c.spec.LivenessProbe
	}
	return nil
}

// HasProbe reports whether a container defines a probe of that kind.
func (p *Pod) HasProbe(name string, kind ProbeKind) bool {
	spec, _, err := p.spec(name)
	if err != nil {
		return false
	}
	return (&container{spec: spec}).probe(kind) != nil
}

// Probe runs one attempt of a container's probe, within its
// timeoutSeconds, and returns why it failed.
func (p *Pod) Probe(name string, kind ProbeKind) error {
	c := p.running(name)
	if c == nil {
		return fmt.Errorf("container %s was not started", name)
	}
	pr := c.probe(kind)
	if pr == nil {
		return fmt.Errorf("container %s has no %s probe", name, kind)
	}
	timeout := time.Duration(pr.TimeoutSeconds) * time.Second
	if timeout == 0 {
		timeout = time.Second
	}
	out, err := p.runHandler(c, pr.ProbeHandler, timeout)
	if err != nil {
		return fmt.Errorf("%s probe of %s failed: %w (output: %s)", kind, name, err, strings.TrimSpace(out))
	}
	p.mu.Lock()
	p.ProbesPassed[name+"/"+string(kind)]++
	p.mu.Unlock()
	return nil
}

// WaitProbe runs a probe as the kubelet does: after initialDelaySeconds,
// every periodSeconds (Options.ProbePeriod if set) until successThreshold
// attempts in a row pass, giving up after failureThreshold failures in a
// row (when the kubelet would restart the container, or keep it unready).
// It also gives up when the container exits.
func (p *Pod) WaitProbe(name string, kind ProbeKind) error {
	c := p.running(name)
	if c == nil {
		return fmt.Errorf("container %s was not started", name)
	}
	pr := c.probe(kind)
	if pr == nil {
		return fmt.Errorf("container %s has no %s probe", name, kind)
	}
	period := time.Duration(max(pr.PeriodSeconds, 1)) * time.Second
	delay := time.Duration(pr.InitialDelaySeconds) * time.Second
	if p.opts.ProbePeriod > 0 {
		delay = time.Duration(float64(delay) * float64(p.opts.ProbePeriod) / float64(period))
		period = p.opts.ProbePeriod
	}
	failureThreshold := int(max(pr.FailureThreshold, 1))
	successThreshold := int(max(pr.SuccessThreshold, 1))
	if !sleepOrExit(c, delay) {
		return fmt.Errorf("container %s exited before its %s probe (exit code %d):\n%s", name, kind, exitCode(c.exit), tail(c.logs.String(), 4000))
	}
	failures, successes := 0, 0
	var last error
	for failures < failureThreshold {
		if err := p.Probe(name, kind); err != nil {
			last = err
			failures++
			successes = 0
		} else {
			successes++
			failures = 0
			if successes >= successThreshold {
				return nil
			}
		}
		if !sleepOrExit(c, period) {
			return fmt.Errorf("container %s exited during its %s probe (exit code %d):\n%s", name, kind, exitCode(c.exit), tail(c.logs.String(), 4000))
		}
	}
	return fmt.Errorf("%s probe of %s failed %d times in a row: %w", kind, name, failureThreshold, last)
}

func sleepOrExit(c *container, d time.Duration) bool {
	select {
	case <-c.done:
		return false
	case <-time.After(d):
		return true
	}
}

// WaitReady runs the probes of a started container in the kubelet's order:
// the startup probe until it passes, then readiness and liveness, each until
// it passes or fails failureThreshold times in a row. Probes the container
// lacks are skipped.
func (p *Pod) WaitReady(name string) error {
	for _, kind := range []ProbeKind{Startup, Readiness, Liveness} {
		if p.HasProbe(name, kind) {
			if err := p.WaitProbe(name, kind); err != nil {
				return err
			}
		}
	}
	return nil
}

// runHandler runs an exec, tcpSocket or httpGet handler (a probe or a
// lifecycle hook) against a container.
func (p *Pod) runHandler(c *container, h corev1.ProbeHandler, timeout time.Duration) (string, error) {
	switch {
	case h.Exec != nil:
		return p.ExecTimeout(c.spec.Name, timeout, h.Exec.Command...)
	case h.TCPSocket != nil:
		port, err := c.port(h.TCPSocket.Port)
		if err != nil {
			return "", err
		}
		host := h.TCPSocket.Host
		if host == "" {
			host = p.podIP // the kubelet probes the pod IP
		}
		conn, err := p.dial(host, port, timeout)
		if err != nil {
			return "", err
		}
		conn.Close()
		return "", nil
	case h.HTTPGet != nil:
		return p.httpGet(c, h.HTTPGet, timeout)
	case h.GRPC != nil:
		return "", fmt.Errorf("grpc probes are not supported by this runner")
	}
	return "", fmt.Errorf("empty handler")
}

// runLifecycle runs a lifecycle hook (preStop): exec, httpGet, tcpSocket
// or sleep.
func (p *Pod) runLifecycle(c *container, h corev1.LifecycleHandler, timeout time.Duration) (string, error) {
	if h.Sleep != nil {
		time.Sleep(time.Duration(h.Sleep.Seconds) * time.Second)
		return "", nil
	}
	return p.runHandler(c, corev1.ProbeHandler{Exec: h.Exec, HTTPGet: h.HTTPGet, TCPSocket: h.TCPSocket}, timeout)
}

// port resolves a named or numeric container port.
func (c *container) port(port intstr.IntOrString) (int, error) {
	if port.Type == intstr.Int {
		return port.IntValue(), nil
	}
	if n, err := strconv.Atoi(port.StrVal); err == nil {
		return n, nil
	}
	for _, cp := range c.spec.Ports {
		if cp.Name == port.StrVal {
			return int(cp.ContainerPort), nil
		}
	}
	return 0, fmt.Errorf("container %s has no port named %q", c.spec.Name, port.StrVal)
}

func (p *Pod) httpGet(c *container, g *corev1.HTTPGetAction, timeout time.Duration) (string, error) {
	port, err := c.port(g.Port)
	if err != nil {
		return "", err
	}
	host := g.Host
	if host == "" {
		host = p.podIP // the kubelet probes the pod IP
	}
	scheme := strings.ToLower(string(g.Scheme))
	if scheme == "" {
		scheme = "http"
	}
	url := fmt.Sprintf("%s://%s%s", scheme, net.JoinHostPort(host, strconv.Itoa(port)), g.Path)
	client := p.HTTPClient(timeout)
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("User-Agent", "kube-probe/1.35")
	for _, h := range g.HTTPHeaders {
		req.Header.Set(h.Name, h.Value)
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode >= 400 {
		return resp.Status, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return resp.Status, nil
}

// HTTPClient returns an HTTP client whose connections are made from the
// pod's network namespace.
func (p *Pod) HTTPClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			DisableKeepAlives: true,
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				host, portStr, err := net.SplitHostPort(addr)
				if err != nil {
					return nil, err
				}
				port, _ := strconv.Atoi(portStr)
				return p.dial(host, port, timeout)
			},
		},
	}
}

// Dial opens a TCP connection from the pod's network namespace.
func (p *Pod) Dial(host string, port int, timeout time.Duration) (net.Conn, error) {
	return p.dial(host, port, timeout)
}

// dial creates the socket on an OS thread switched into the pod's network
// namespace; the socket stays in that namespace after the thread switches
// back.
func (p *Pod) dial(host string, port int, timeout time.Duration) (net.Conn, error) {
	var conn net.Conn
	err := p.inNetNS(func() error {
		var err error
		conn, err = net.DialTimeout("tcp", net.JoinHostPort(host, strconv.Itoa(port)), timeout)
		return err
	})
	return conn, err
}

// inNetNS runs fn on a locked OS thread inside the pod's network namespace
// and switches the thread back. A thread that cannot switch back is left
// locked and ends with its goroutine; that never happens to a thread that
// forked a container, whose death would SIGKILL it (Pdeathsig).
func (p *Pod) inNetNS(fn func() error) error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		orig, err := os.Open(fmt.Sprintf("/proc/self/task/%d/ns/net", unix.Gettid()))
		if err != nil {
			runtime.UnlockOSThread()
			errc <- err
			return
		}
		defer orig.Close()
		target, err := os.Open("/run/netns/" + p.netns)
		if err != nil {
			runtime.UnlockOSThread()
			errc <- err
			return
		}
		defer target.Close()
		if err := unix.Setns(int(target.Fd()), unix.CLONE_NEWNET); err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("setns %s: %w", p.netns, err)
			return
		}
		ferr := fn()
		if err := unix.Setns(int(orig.Fd()), unix.CLONE_NEWNET); err == nil {
			runtime.UnlockOSThread()
		}
		errc <- ferr
	}()
	return <-errc
}

// Listen opens a TCP listener in the pod's network namespace, for a test
// double of a service the pod reaches (a database at 127.0.0.1:5432).
// It is closed when the test ends.
func (p *Pod) Listen(addr string) (net.Listener, error) {
	var l net.Listener
	err := p.inNetNS(func() error {
		var err error
		l, err = net.Listen("tcp", addr)
		return err
	})
	if err == nil {
		p.t.Cleanup(func() { l.Close() })
	}
	return l, err
}
