package e2e

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/wait"
	"k8s.io/client-go/discovery/cached/memory"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/restmapper"
	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"
)

const (
	runDirPrefix = "dograh-e2e-"
	nodeName     = "kwok-node-0"
	// kwok manages only nodes with this annotation, so it never touches
	// anything else by accident.
	kwokNodeAnnotation = "kwok.x-k8s.io/node"
)

// Cluster is one control plane on loopback, private to one test.
type Cluster struct {
	Dir        string // run folder: PKI, kubeconfig, data, logs
	Kubeconfig string
	Config     *rest.Config
	Client     kubernetes.Interface
	Dynamic    dynamic.Interface
	Mapper     *restmapper.DeferredDiscoveryRESTMapper

	token    string
	pki      *pki
	etcdURL  string
	apiURL   string
	procs    []*proc // in start order
	stopOnce sync.Once

	controllerManager *proc
}

// runningClusters holds the running clusters, so a signal handler can stop them.
var runningClusters = struct {
	sync.Mutex
	clusters map[*Cluster]bool
}{clusters: map[*Cluster]bool{}}

// stopAllClusters stops every cluster still running; after a signal it
// also removes their folders, since no test cleanup will run.
func stopAllClusters(removeDirs bool) {
	runningClusters.Lock()
	var cs []*Cluster
	for c := range runningClusters.clusters {
		cs = append(cs, c)
	}
	runningClusters.Unlock()
	for _, c := range cs {
		c.stop()
		if removeDirs {
			os.RemoveAll(c.Dir)
		}
	}
}

// startCluster boots etcd, kube-apiserver, kube-controller-manager,
// kube-scheduler and kwok with one simulated node, installs the pinned CRDs,
// and stops it all when the test ends. On failure it prints the tail of
// every component's log and keeps the run folder.
func startCluster(t *testing.T) *Cluster {
	t.Helper()
	requireTools(t)
	start := time.Now()
	dir, err := os.MkdirTemp("", runDirPrefix)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pid"), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		t.Fatal(err)
	}
	c := &Cluster{Dir: dir}
	runningClusters.Lock()
	runningClusters.clusters[c] = true
	runningClusters.Unlock()
	t.Cleanup(func() {
		if t.Failed() {
			c.dumpLogs(t)
		}
		c.stop()
		if t.Failed() {
			t.Logf("control plane files kept in %s until the next run", dir)
			return
		}
		os.RemoveAll(dir)
	})

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := c.boot(ctx); err != nil {
		t.Fatalf("start control plane: %v", err)
	}
	if err := installCRDs(ctx, c); err != nil {
		t.Fatalf("install CRDs: %v", err)
	}
	t.Logf("control plane ready in %.1fs at %s (kubeconfig %s)", time.Since(start).Seconds(), c.apiURL, c.Kubeconfig)
	return c
}

func (c *Cluster) boot(ctx context.Context) error {
	var err error
	if c.pki, err = newPKI(c.Dir); err != nil {
		return fmt.Errorf("pki: %w", err)
	}
	buf := make([]byte, 16)
	rand.Read(buf)
	c.token = hex.EncodeToString(buf)
	tokens := filepath.Join(c.Dir, "tokens.csv")
	if err := os.WriteFile(tokens, []byte(c.token+`,e2e-admin,e2e-admin,"system:masters"`+"\n"), 0o600); err != nil {
		return err
	}

	if err := c.retryOnPortClash(ctx, c.startEtcd); err != nil {
		return err
	}
	if err := c.retryOnPortClash(ctx, func(ctx context.Context) error { return c.startAPIServer(ctx, tokens) }); err != nil {
		return err
	}
	if err := c.writeKubeconfig(); err != nil {
		return err
	}

	if err := c.retryOnPortClash(ctx, c.startControllerManager); err != nil {
		return err
	}
	if err := c.retryOnPortClash(ctx, c.startScheduler); err != nil {
		return err
	}
	kwokConfig := filepath.Join(c.Dir, "kwok.yaml")
	// An explicit config keeps ~/.kwok/kwok.yaml out; without stages in it
	// kwok uses its fast default node and pod stages.
	if err := os.WriteFile(kwokConfig, []byte("apiVersion: config.kwok.x-k8s.io/v1alpha1\nkind: KwokConfiguration\noptions: {}\n"), 0o644); err != nil {
		return err
	}
	kwok, err := c.startProc("kwok",
		"--kubeconfig="+c.Kubeconfig,
		"--config="+kwokConfig,
		"--manage-all-nodes=false",
		"--manage-nodes-with-annotation-selector="+kwokNodeAnnotation+"=fake",
		"--cidr=10.244.0.1/16",
	)
	if err != nil {
		return err
	}
	if err := c.createNode(ctx); err != nil {
		return err
	}

	if err := waitProc(ctx, kwok, "node "+nodeName+" Ready (kwok)", c.nodeReady); err != nil {
		return err
	}
	return waitProc(ctx, c.controllerManager, "the default ServiceAccount (controller-manager)", c.defaultServiceAccount)
}

// delegated are the flags controller-manager and scheduler share: the
// admin kubeconfig for the API and for authenticating their own endpoints.
func (c *Cluster) delegated(name string, port int) []string {
	return []string{
		"--kubeconfig=" + c.Kubeconfig,
		"--authentication-kubeconfig=" + c.Kubeconfig,
		"--authorization-kubeconfig=" + c.Kubeconfig,
		"--leader-elect=false",
		"--bind-address=127.0.0.1",
		"--secure-port=" + strconv.Itoa(port),
		"--cert-dir=" + filepath.Join(c.Dir, name),
	}
}

// selfSigned reads the health endpoints of controller-manager and scheduler,
// which serve certificates they generate themselves.
var selfSigned = &http.Client{Timeout: 2 * time.Second, Transport: &http.Transport{
	TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
}}

func (c *Cluster) startControllerManager(ctx context.Context) error {
	port := freePort()
	p, err := c.startProc("kube-controller-manager", append(c.delegated("controller-manager", port),
		"--root-ca-file="+c.pki.caFile,
		"--service-account-private-key-file="+c.pki.saKeyFile,
	)...)
	if err != nil {
		return err
	}
	c.controllerManager = p
	return waitProc(ctx, p, "kube-controller-manager healthz", httpOK(selfSigned, fmt.Sprintf("https://127.0.0.1:%d/healthz", port)))
}

func (c *Cluster) startScheduler(ctx context.Context) error {
	port := freePort()
	p, err := c.startProc("kube-scheduler", c.delegated("scheduler", port)...)
	if err != nil {
		return err
	}
	return waitProc(ctx, p, "kube-scheduler healthz", httpOK(selfSigned, fmt.Sprintf("https://127.0.0.1:%d/healthz", port)))
}

// retryOnPortClash retries a start whose free port was taken by someone else
// between choosing and binding it.
func (c *Cluster) retryOnPortClash(ctx context.Context, start func(context.Context) error) error {
	var err error
	for range 3 {
		if err = start(ctx); err == nil || !strings.Contains(err.Error(), "address already in use") {
			return err
		}
	}
	return err
}

func (c *Cluster) startEtcd(ctx context.Context) error {
	client, peer := freePort(), freePort()
	c.etcdURL = fmt.Sprintf("http://127.0.0.1:%d", client)
	peerURL := fmt.Sprintf("http://127.0.0.1:%d", peer)
	p, err := c.startProc("etcd",
		"--name=e2e",
		"--data-dir="+filepath.Join(c.Dir, "etcd"),
		"--listen-client-urls="+c.etcdURL,
		"--advertise-client-urls="+c.etcdURL,
		"--listen-peer-urls="+peerURL,
		"--initial-advertise-peer-urls="+peerURL,
		"--initial-cluster=e2e="+peerURL,
		// The data is thrown away after the test.
		"--unsafe-no-fsync",
		"--log-level=warn",
	)
	if err != nil {
		return err
	}
	client2 := &http.Client{Timeout: 2 * time.Second}
	return waitProc(ctx, p, "etcd health", httpOK(client2, c.etcdURL+"/health"))
}

func (c *Cluster) startAPIServer(ctx context.Context, tokens string) error {
	port := freePort()
	c.apiURL = fmt.Sprintf("https://127.0.0.1:%d", port)
	p, err := c.startProc("kube-apiserver",
		"--etcd-servers="+c.etcdURL,
		"--bind-address=127.0.0.1",
		"--secure-port="+strconv.Itoa(port),
		"--tls-cert-file="+c.pki.certFile,
		"--tls-private-key-file="+c.pki.keyFile,
		"--token-auth-file="+tokens,
		"--authorization-mode=RBAC",
		"--service-account-issuer=https://kubernetes.default.svc",
		"--service-account-key-file="+c.pki.saPubFile,
		"--service-account-signing-key-file="+c.pki.saKeyFile,
		"--service-cluster-ip-range=10.96.0.0/16",
		// As on real clusters; Pod Security admission (on by default) is
		// what restricts pods here.
		"--allow-privileged=true",
		// The loopback address cannot be a Service endpoint; nothing here
		// talks to the API through the kubernetes Service.
		"--endpoint-reconciler-type=none",
		"--profiling=false",
	)
	if err != nil {
		return err
	}
	ca := x509Pool(c.pki.caPEM)
	client := &http.Client{Timeout: 2 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: ca}}}
	ready := func(ctx context.Context) (bool, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.apiURL+"/readyz", nil)
		req.Header.Set("Authorization", "Bearer "+c.token)
		resp, err := client.Do(req)
		if err != nil {
			return false, nil
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK, nil
	}
	return waitProc(ctx, p, "kube-apiserver readyz", ready)
}

func (c *Cluster) writeKubeconfig() error {
	c.Kubeconfig = filepath.Join(c.Dir, "kubeconfig")
	cfg := clientcmdapi.NewConfig()
	cfg.Clusters["e2e"] = &clientcmdapi.Cluster{Server: c.apiURL, CertificateAuthorityData: c.pki.caPEM}
	cfg.AuthInfos["e2e-admin"] = &clientcmdapi.AuthInfo{Token: c.token}
	cfg.Contexts["e2e"] = &clientcmdapi.Context{Cluster: "e2e", AuthInfo: "e2e-admin"}
	cfg.CurrentContext = "e2e"
	if err := clientcmd.WriteToFile(*cfg, c.Kubeconfig); err != nil {
		return err
	}
	rc, err := clientcmd.BuildConfigFromFlags("", c.Kubeconfig)
	if err != nil {
		return err
	}
	rc.QPS, rc.Burst = 100, 200
	rc.WarningHandler = rest.NoWarnings{}
	c.Config = rc
	if c.Client, err = kubernetes.NewForConfig(rc); err != nil {
		return err
	}
	if c.Dynamic, err = dynamic.NewForConfig(rc); err != nil {
		return err
	}
	c.Mapper = restmapper.NewDeferredDiscoveryRESTMapper(memory.NewMemCacheClient(c.Client.Discovery()))
	return nil
}

func (c *Cluster) createNode(ctx context.Context) error {
	capacity := corev1.ResourceList{
		corev1.ResourceCPU:    resource.MustParse("32"),
		corev1.ResourceMemory: resource.MustParse("256Gi"),
		corev1.ResourcePods:   resource.MustParse("110"),
	}
	node := &corev1.Node{
		ObjectMeta: metav1.ObjectMeta{
			Name:        nodeName,
			Annotations: map[string]string{kwokNodeAnnotation: "fake", "node.alpha.kubernetes.io/ttl": "0"},
			Labels: map[string]string{
				"kubernetes.io/hostname":        nodeName,
				"kubernetes.io/os":              "linux",
				"kubernetes.io/arch":            "amd64",
				"topology.kubernetes.io/region": "e2e",
				"topology.kubernetes.io/zone":   "e2e-a",
				"type":                          "kwok",
			},
		},
		Status: corev1.NodeStatus{Capacity: capacity, Allocatable: capacity},
	}
	return wait.PollUntilContextCancel(ctx, 200*time.Millisecond, true, func(ctx context.Context) (bool, error) {
		_, err := c.Client.CoreV1().Nodes().Create(ctx, node, metav1.CreateOptions{})
		return err == nil || apierrors.IsAlreadyExists(err), nil
	})
}

func (c *Cluster) nodeReady(ctx context.Context) (bool, error) {
	n, err := c.Client.CoreV1().Nodes().Get(ctx, nodeName, metav1.GetOptions{})
	if err != nil {
		return false, nil
	}
	for _, cond := range n.Status.Conditions {
		if cond.Type == corev1.NodeReady {
			return cond.Status == corev1.ConditionTrue, nil
		}
	}
	return false, nil
}

func (c *Cluster) defaultServiceAccount(ctx context.Context) (bool, error) {
	_, err := c.Client.CoreV1().ServiceAccounts("default").Get(ctx, "default", metav1.GetOptions{})
	return err == nil, nil
}

// stop ends the components in reverse start order: kwok, scheduler and
// controller-manager first, then the API server, and etcd last.
func (c *Cluster) stop() {
	c.stopOnce.Do(func() {
		for i := len(c.procs) - 1; i >= 0; i-- {
			c.procs[i].stop(15 * time.Second)
		}
		runningClusters.Lock()
		delete(runningClusters.clusters, c)
		runningClusters.Unlock()
	})
}

func (c *Cluster) dumpLogs(t *testing.T) {
	t.Helper()
	for _, p := range c.procs {
		t.Logf("--- last lines of %s (%s) ---\n%s", p.name, p.logPath, tail(p.logPath, 25))
	}
}

// proc is one component, run in its own process group so that stopping it
// also stops anything it spawned.
type proc struct {
	name    string
	logPath string
	cmd     *exec.Cmd
	done    chan struct{}
	err     error
}

func (c *Cluster) startProc(name string, args ...string) (*proc, error) {
	logPath := filepath.Join(c.Dir, name+".log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(filepath.Join(env.binDir, name), args...)
	cmd.Dir = c.Dir
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.Env = append(os.Environ(), "HOME="+c.Dir) // keeps ~/.kube and ~/.kwok out
	// Pdeathsig stops the component even if the test binary is killed
	// outright (for example by `go test -timeout`).
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	p := &proc{name: name, logPath: logPath, cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		logFile.Close()
		close(p.done)
	}()
	c.procs = append(c.procs, p)
	return p, nil
}

func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

func (p *proc) stop(grace time.Duration) {
	if p.exited() {
		return
	}
	pgid := p.cmd.Process.Pid
	syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(grace):
		syscall.Kill(-pgid, syscall.SIGKILL)
		<-p.done
	}
}

// waitProc polls ok until it holds, failing early with the log tail if the
// component exits.
func waitProc(ctx context.Context, p *proc, what string, ok func(context.Context) (bool, error)) error {
	err := wait.PollUntilContextCancel(ctx, 100*time.Millisecond, true, func(ctx context.Context) (bool, error) {
		if p.exited() {
			return false, fmt.Errorf("%s exited (%v) while waiting for %s:\n%s", p.name, p.err, what, tail(p.logPath, 20))
		}
		return ok(ctx)
	})
	if err != nil && !p.exited() && errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("timed out waiting for %s; last lines of %s:\n%s", what, p.logPath, tail(p.logPath, 20))
	}
	return err
}

func httpOK(client *http.Client, url string) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp, err := client.Do(req)
		if err != nil {
			return false, nil
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK, nil
	}
}

// freePort asks the kernel for an unused loopback port. Another process can
// take it before the component binds it; retryOnPortClash covers that.
func freePort() int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func tail(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	var lines []string
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 1024*1024), 1024*1024)
	for s.Scan() {
		lines = append(lines, s.Text())
		if len(lines) > n {
			lines = lines[1:]
		}
	}
	return strings.Join(lines, "\n")
}
