package chart

import (
	"net"
	"strconv"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/dograh-hq/dograh-cdk8s/constructs/pod"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

const minioConsolePort = 9001

// minio renders the storage backend the /<bucket>/ route reaches: the
// bundled MinIO, or for externalMinio an ExternalName Service, so the
// route has an in-cluster backend without the operator creating one.
func (b *builder) minio() {
	switch b.cfg.Storage.Mode {
	case config.StorageInternalMinio:
		b.internalMinio()
	case config.StorageExternalMinio:
		b.externalMinioService()
	}
}

// internalMinio is a Deployment on one ReadWriteOnce claim, so it uses
// Recreate: a surge pod could never mount the volume.
func (b *builder) internalMinio() {
	st := b.cfg.Storage.Internal
	sel := selector(b.cfg, componentMinio)
	labels := pod.Labels(sel, commonLabels(b.cfg))
	claim := map[string]k8s.Quantity{"storage": pod.Quantity(st.Persistence.Size)}
	pvc := &k8s.PersistentVolumeClaimSpec{
		AccessModes: jsii.Strings("ReadWriteOnce"),
		Resources:   &k8s.ResourceRequirements{Requests: &claim},
	}
	if st.Persistence.StorageClass != "" {
		pvc.StorageClassName = jsii.String(st.Persistence.StorageClass)
	}
	k8s.NewKubePersistentVolumeClaim(b.chart, jsii.String("minio-data"), &k8s.KubePersistentVolumeClaimProps{
		Metadata: pod.ObjectMeta(b.n.minio, labels),
		Spec:     pvc,
	})

	spec := b.datastorePod(st, b.cfg.Images.Minio)
	spec.Volumes = []*k8s.Volume{{Name: jsii.String("data"), PersistentVolumeClaim: &k8s.PersistentVolumeClaimVolumeSource{ClaimName: jsii.String(b.n.minio)}}}
	r := pod.Render(pod.Container{
		Name:  componentMinio,
		Image: b.cfg.Images.Minio.Ref(),
		// The certs folder defaults to $HOME, which is read-only.
		Args: []string{"server", "/data", "--console-address", ":" + strconv.Itoa(minioConsolePort), "--certs-dir", "/tmp/certs"},
		Env: []*k8s.EnvVar{
			// One source for MinIO's root credentials and the app's keys.
			fromSecret("MINIO_ROOT_USER", b.n.minioSecret, "root-user", false),
			fromSecret("MINIO_ROOT_PASSWORD", b.n.minioSecret, "root-password", false),
		},
		Resources:     resources(st.Resources),
		WritablePaths: []string{"/tmp"},
		VolumeMounts:  []*k8s.VolumeMount{{Name: jsii.String("data"), MountPath: jsii.String("/data")}},
	}.WithDefaults(), spec.WithDefaults())
	r.Main.Ports = &[]*k8s.ContainerPort{
		{Name: jsii.String("api"), ContainerPort: jsii.Number(minioPort), Protocol: jsii.String("TCP")},
		{Name: jsii.String("console"), ContainerPort: jsii.Number(minioConsolePort), Protocol: jsii.String("TCP")},
	}
	r.Main.ReadinessProbe = httpProbe("/minio/health/ready", "api", 10, 3)
	r.Main.LivenessProbe = httpProbe(minioLivePath, "api", 20, 6)
	tmpl := pod.Template(r, spec.WithDefaults(), labels, nil, sel)
	tmpl.Spec.TerminationGracePeriodSeconds = jsii.Number(30)
	d := k8s.NewKubeDeployment(b.chart, jsii.String("minio"), &k8s.KubeDeploymentProps{
		Metadata: pod.ObjectMeta(b.n.minio, labels),
		Spec: &k8s.DeploymentSpec{
			Replicas: jsii.Number(1),
			Selector: &k8s.LabelSelector{MatchLabels: pod.StrMap(sel)},
			Strategy: &k8s.DeploymentStrategy{Type: jsii.String("Recreate")},
			Template: tmpl,
		},
	})
	syncWave(d, waveDatastores)
	b.services[b.n.minio] = k8s.NewKubeService(b.chart, jsii.String("minio-service"), &k8s.KubeServiceProps{
		Metadata: pod.ObjectMeta(b.n.minio, labels),
		Spec: &k8s.ServiceSpec{
			Type:     jsii.String("ClusterIP"),
			Selector: pod.StrMap(sel),
			Ports: &[]*k8s.ServicePort{
				{Name: jsii.String("api"), Port: jsii.Number(minioPort), TargetPort: pod.PortName("api"), Protocol: jsii.String("TCP")},
				{Name: jsii.String("console"), Port: jsii.Number(minioConsolePort), TargetPort: pod.PortName("console"), Protocol: jsii.String("TCP")},
			},
		},
	})
}

func httpProbe(path, port string, periodSeconds, failureThreshold int) *k8s.Probe {
	return &k8s.Probe{
		HttpGet:          &k8s.HttpGetAction{Path: jsii.String(path), Port: pod.PortName(port)},
		PeriodSeconds:    jsii.Number(periodSeconds),
		TimeoutSeconds:   jsii.Number(5),
		FailureThreshold: jsii.Number(failureThreshold),
	}
}

// externalMinioService points the in-cluster name at the external host.
func (b *builder) externalMinioService() {
	host, port := externalMinioHostPort(b.cfg)
	k8s.NewKubeService(b.chart, jsii.String("minio-service"), &k8s.KubeServiceProps{
		Metadata: pod.ObjectMeta(b.n.minio, pod.Labels(selector(b.cfg, componentMinio), commonLabels(b.cfg))),
		Spec: &k8s.ServiceSpec{
			Type:         jsii.String("ExternalName"),
			ExternalName: jsii.String(host),
			Ports: &[]*k8s.ServicePort{{
				Name: jsii.String("api"), Port: jsii.Number(port), Protocol: jsii.String("TCP"),
			}},
		},
	})
}

func externalMinioHostPort(cfg *config.Config) (string, int) {
	host, p, _ := net.SplitHostPort(cfg.Storage.External.Endpoint)
	port, _ := strconv.Atoi(p)
	return host, port
}

// minioLivePath answers 200 while MinIO runs, without credentials.
const minioLivePath = "/minio/health/live"
