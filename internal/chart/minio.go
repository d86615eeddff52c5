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
	labels := mergeLabels(sel, commonLabels(b.cfg))
	claim := map[string]k8s.Quantity{"storage": quantity(st.Persistence.Size)}
	pvc := &k8s.PersistentVolumeClaimSpec{
		AccessModes: jsii.Strings("ReadWriteOnce"),
		Resources:   &k8s.ResourceRequirements{Requests: &claim},
	}
	if st.Persistence.StorageClass != "" {
		pvc.StorageClassName = jsii.String(st.Persistence.StorageClass)
	}
	k8s.NewKubePersistentVolumeClaim(b.chart, jsii.String("minio-data"), &k8s.KubePersistentVolumeClaimProps{
		Metadata: objectMeta(b.n.minio, labels),
		Spec:     pvc,
	})

	tmpl := b.minioTemplate(labels, sel)
	d := k8s.NewKubeDeployment(b.chart, jsii.String("minio"), &k8s.KubeDeploymentProps{
		Metadata: objectMeta(b.n.minio, labels),
		Spec: &k8s.DeploymentSpec{
			Replicas: jsii.Number(1),
			Selector: &k8s.LabelSelector{MatchLabels: strMap(sel)},
			Strategy: &k8s.DeploymentStrategy{Type: jsii.String("Recreate")},
			Template: tmpl,
		},
	})
	syncWave(d, waveDatastores)
	b.services[b.n.minio] = k8s.NewKubeService(b.chart, jsii.String("minio-service"), &k8s.KubeServiceProps{
		Metadata: objectMeta(b.n.minio, labels),
		Spec: &k8s.ServiceSpec{
			Type:     jsii.String("ClusterIP"),
			Selector: strMap(sel),
			Ports: &[]*k8s.ServicePort{
				{Name: jsii.String("api"), Port: jsii.Number(minioPort), TargetPort: portName("api"), Protocol: jsii.String("TCP")},
				{Name: jsii.String("console"), Port: jsii.Number(minioConsolePort), TargetPort: portName("console"), Protocol: jsii.String("TCP")},
			},
		},
	})
}

// minioContainer is MinIO's container and pod settings, validated as the
// constructs validate theirs (minioParts) and rendered by minioTemplate.
func (b *builder) minioContainer() (pod.Container, pod.Spec) {
	st := b.cfg.Storage.Internal
	spec := b.datastorePod("storage.internal", st, b.cfg.Images.Minio)
	spec.Volumes = []*k8s.Volume{{Name: jsii.String("data"), PersistentVolumeClaim: &k8s.PersistentVolumeClaimVolumeSource{ClaimName: jsii.String(b.n.minio)}}}
	c := pod.Container{
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
	}
	return c.WithDefaults(), spec.WithDefaults()
}

// minioTemplate renders MinIO's pod with the L1 types, to the same
// restricted profile the constructs render: MinIO is a Deployment on one
// claim, which no construct of this module describes.
func (b *builder) minioTemplate(labels, sel map[string]string) *k8s.PodTemplateSpec {
	c, s := b.minioContainer()
	main := &k8s.Container{
		Name:            jsii.String(c.Name),
		Image:           jsii.String(c.Image),
		ImagePullPolicy: jsii.String(c.ImagePullPolicy),
		Args:            jsii.Strings(c.Args...),
		Env:             &c.Env,
		Resources: &k8s.ResourceRequirements{
			Requests: &map[string]k8s.Quantity{"cpu": quantity(c.Resources.CPURequest), "memory": quantity(c.Resources.MemoryRequest)},
			Limits:   &map[string]k8s.Quantity{"cpu": quantity(c.Resources.CPULimit), "memory": quantity(c.Resources.MemoryLimit)},
		},
		SecurityContext: &k8s.SecurityContext{
			AllowPrivilegeEscalation: jsii.Bool(false),
			Capabilities:             &k8s.Capabilities{Drop: jsii.Strings("ALL")},
			ReadOnlyRootFilesystem:   jsii.Bool(true),
			RunAsNonRoot:             jsii.Bool(true),
		},
		VolumeMounts: &[]*k8s.VolumeMount{
			{Name: jsii.String("tmp"), MountPath: jsii.String("/tmp")},
			c.VolumeMounts[0],
		},
		Ports: &[]*k8s.ContainerPort{
			{Name: jsii.String("api"), ContainerPort: jsii.Number(minioPort), Protocol: jsii.String("TCP")},
			{Name: jsii.String("console"), ContainerPort: jsii.Number(minioConsolePort), Protocol: jsii.String("TCP")},
		},
		ReadinessProbe: httpProbe("/minio/health/ready", "api", 10, 3),
		LivenessProbe:  httpProbe(minioLivePath, "api", 20, 6),
	}
	var spreads []*k8s.TopologySpreadConstraint
	for _, t := range s.TopologySpreadConstraints {
		cp := *t
		if cp.LabelSelector == nil {
			cp.LabelSelector = &k8s.LabelSelector{MatchLabels: strMap(sel)}
		}
		spreads = append(spreads, &cp)
	}
	var pullSecrets []*k8s.LocalObjectReference
	for _, n := range s.ImagePullSecrets {
		pullSecrets = append(pullSecrets, &k8s.LocalObjectReference{Name: jsii.String(n)})
	}
	spec := &k8s.PodSpec{
		AutomountServiceAccountToken: jsii.Bool(false),
		SecurityContext: &k8s.PodSecurityContext{
			RunAsNonRoot:   jsii.Bool(true),
			RunAsUser:      jsii.Number(s.RunAsUser),
			RunAsGroup:     jsii.Number(s.RunAsGroup),
			FsGroup:        jsii.Number(s.FSGroup),
			SeccompProfile: &k8s.SeccompProfile{Type: jsii.String("RuntimeDefault")},
		},
		Containers:                    &[]*k8s.Container{main},
		Volumes:                       &[]*k8s.Volume{{Name: jsii.String("tmp"), EmptyDir: &k8s.EmptyDirVolumeSource{}}, s.Volumes[0]},
		ServiceAccountName:            jsii.String(s.ServiceAccountName),
		NodeSelector:                  strMap(s.NodeSelector),
		Affinity:                      s.Affinity,
		TerminationGracePeriodSeconds: jsii.Number(30),
	}
	if len(s.Tolerations) > 0 {
		spec.Tolerations = &s.Tolerations
	}
	if len(spreads) > 0 {
		spec.TopologySpreadConstraints = &spreads
	}
	if len(pullSecrets) > 0 {
		spec.ImagePullSecrets = &pullSecrets
	}
	return &k8s.PodTemplateSpec{
		Metadata: &k8s.ObjectMeta{Labels: strMap(labels), Annotations: strMap(s.Annotations)},
		Spec:     spec,
	}
}

func httpProbe(path, port string, periodSeconds, failureThreshold int) *k8s.Probe {
	return &k8s.Probe{
		HttpGet:          &k8s.HttpGetAction{Path: jsii.String(path), Port: portName(port)},
		PeriodSeconds:    jsii.Number(periodSeconds),
		TimeoutSeconds:   jsii.Number(5),
		FailureThreshold: jsii.Number(failureThreshold),
	}
}

// externalMinioService points the in-cluster name at the external host.
func (b *builder) externalMinioService() {
	host, port := externalMinioHostPort(b.cfg)
	k8s.NewKubeService(b.chart, jsii.String("minio-service"), &k8s.KubeServiceProps{
		Metadata: objectMeta(b.n.minio, mergeLabels(selector(b.cfg, componentMinio), commonLabels(b.cfg))),
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
