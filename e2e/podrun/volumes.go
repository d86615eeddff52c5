package podrun

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	corev1 "k8s.io/api/core/v1"
)

// volume is one pod volume on the host.
type volume struct {
	name string
	host string
	// atomic marks ConfigMap, Secret, downward API and projected volumes:
	// written by the atomic writer and always mounted read-only.
	atomic bool
	// secrets are the Secret names an atomic volume reads, for UpdateSecret.
	secrets []string
	// build rewrites an atomic volume's payload.
	build func() (map[string]payloadFile, error)
	tmpfs bool
}

// payloadFile is one file of an atomic volume.
type payloadFile struct {
	data []byte
	mode os.FileMode
}

const defaultFileMode = 0o644

// setUpVolumes materializes every volume of the pod template, as the kubelet
// does before the first container starts.
func (p *Pod) setUpVolumes() error {
	spec := p.w.Template.Spec
	fsGroup := spec.SecurityContext.FSGroup
	all := append([]corev1.Volume{}, spec.Volumes...)
	for _, ct := range p.w.ClaimTemplates {
		all = append(all, corev1.Volume{Name: ct.Name, VolumeSource: corev1.VolumeSource{
			PersistentVolumeClaim: &corev1.PersistentVolumeClaimVolumeSource{ClaimName: ct.Name + "-" + p.name},
		}})
	}
	for _, v := range all {
		host := filepath.Join(p.root, "volumes", v.Name)
		vol := &volume{name: v.Name, host: host}
		src := v.VolumeSource
		switch {
		case src.EmptyDir != nil:
			if err := os.MkdirAll(host, 0o777); err != nil {
				return err
			}
			if src.EmptyDir.Medium == corev1.StorageMediumMemory {
				opts := "mode=0777"
				if src.EmptyDir.SizeLimit != nil && !src.EmptyDir.SizeLimit.IsZero() {
					opts += fmt.Sprintf(",size=%d", src.EmptyDir.SizeLimit.Value())
				}
				if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "podrun-"+v.Name, host).CombinedOutput(); err != nil {
					return fmt.Errorf("volume %s: mount tmpfs: %v: %s", v.Name, err, out)
				}
				vol.tmpfs = true
				p.t.Cleanup(func() { _ = exec.Command("umount", "-l", host).Run() })
			}
			if err := os.Chmod(host, 0o777); err != nil {
				return err
			}
			if err := applyFSGroup(host, fsGroup, false); err != nil {
				return err
			}
		case src.PersistentVolumeClaim != nil:
			if dir, ok := p.opts.ClaimDirs[src.PersistentVolumeClaim.ClaimName]; ok {
				host = dir
				vol.host = dir
			} else {
				// A fresh filesystem's root: root-owned 0755 until fsGroup.
				if err := os.MkdirAll(host, 0o755); err != nil {
					return err
				}
			}
			if err := applyFSGroup(host, fsGroup, false); err != nil {
				return err
			}
		case src.ConfigMap != nil, src.Secret != nil, src.Projected != nil, src.DownwardAPI != nil:
			vol.atomic = true
			vol.build, vol.secrets = p.payloadBuilder(v)
			if err := p.writeAtomic(vol, fsGroup); err != nil {
				return fmt.Errorf("volume %s: %w", v.Name, err)
			}
		default:
			return fmt.Errorf("volume %s: only emptyDir, persistentVolumeClaim, configMap, secret, downwardAPI and projected volumes are supported", v.Name)
		}
		p.volumes[v.Name] = vol
	}
	return nil
}

// applyFSGroup does what the kubelet's SetVolumeOwnership does for fsGroup:
// group ownership, group read (and write unless read-only) and setgid on
// directories.
func applyFSGroup(root string, fsGroup *int64, readOnly bool) error {
	if fsGroup == nil {
		return nil
	}
	mask := os.FileMode(0o660)
	if readOnly {
		mask = 0o440
	}
	return filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.Mode()&os.ModeSymlink != 0 {
			return nil
		}
		if err := os.Lchown(path, -1, int(*fsGroup)); err != nil {
			return err
		}
		m := mask
		if info.IsDir() {
			m |= os.ModeSetgid | 0o110
		}
		return os.Chmod(path, info.Mode()|m)
	})
}

// payloadBuilder returns the function that computes an atomic volume's
// files, and the Secrets it reads.
func (p *Pod) payloadBuilder(v corev1.Volume) (func() (map[string]payloadFile, error), []string) {
	src := v.VolumeSource
	var secrets []string
	if src.Secret != nil {
		secrets = append(secrets, src.Secret.SecretName)
	}
	if src.Projected != nil {
		for _, s := range src.Projected.Sources {
			if s.Secret != nil {
				secrets = append(secrets, s.Secret.Name)
			}
		}
	}
	return func() (map[string]payloadFile, error) {
		out := map[string]payloadFile{}
		switch {
		case src.ConfigMap != nil:
			return out, p.keyPayload(out, "configmap", src.ConfigMap.Name, src.ConfigMap.Items, src.ConfigMap.DefaultMode, src.ConfigMap.Optional)
		case src.Secret != nil:
			return out, p.keyPayload(out, "secret", src.Secret.SecretName, src.Secret.Items, src.Secret.DefaultMode, src.Secret.Optional)
		case src.DownwardAPI != nil:
			return out, p.downwardPayload(out, src.DownwardAPI.Items, src.DownwardAPI.DefaultMode)
		case src.Projected != nil:
			for _, s := range src.Projected.Sources {
				var err error
				switch {
				case s.ConfigMap != nil:
					err = p.keyPayload(out, "configmap", s.ConfigMap.Name, s.ConfigMap.Items, src.Projected.DefaultMode, s.ConfigMap.Optional)
				case s.Secret != nil:
					err = p.keyPayload(out, "secret", s.Secret.Name, s.Secret.Items, src.Projected.DefaultMode, s.Secret.Optional)
				case s.DownwardAPI != nil:
					err = p.downwardPayload(out, s.DownwardAPI.Items, src.Projected.DefaultMode)
				case s.ServiceAccountToken != nil:
					token := p.opts.ServiceAccountToken
					if token == "" {
						token = "podrun-service-account-token"
					}
					out[s.ServiceAccountToken.Path] = payloadFile{data: []byte(token), mode: fileMode(src.Projected.DefaultMode, nil)}
				default:
					err = fmt.Errorf("unsupported projected source")
				}
				if err != nil {
					return nil, err
				}
			}
		}
		return out, nil
	}, secrets
}

func fileMode(defaultMode, itemMode *int32) os.FileMode {
	switch {
	case itemMode != nil:
		return os.FileMode(*itemMode)
	case defaultMode != nil:
		return os.FileMode(*defaultMode)
	}
	return defaultFileMode
}

func (p *Pod) keyPayload(out map[string]payloadFile, kind, name string, items []corev1.KeyToPath, defaultMode *int32, optional *bool) error {
	var data map[string]string
	var err error
	if kind == "secret" {
		data, err = p.secretData(name)
	} else {
		data, err = p.configMapData(name)
	}
	if err != nil {
		if optional != nil && *optional {
			return nil
		}
		return err
	}
	if len(items) == 0 {
		for k, v := range data {
			out[k] = payloadFile{data: []byte(v), mode: fileMode(defaultMode, nil)}
		}
		return nil
	}
	for _, it := range items {
		v, ok := data[it.Key]
		if !ok {
			if optional != nil && *optional {
				continue
			}
			return fmt.Errorf("%s %s has no key %s", kind, name, it.Key)
		}
		out[it.Path] = payloadFile{data: []byte(v), mode: fileMode(defaultMode, it.Mode)}
	}
	return nil
}

func (p *Pod) downwardPayload(out map[string]payloadFile, items []corev1.DownwardAPIVolumeFile, defaultMode *int32) error {
	for _, it := range items {
		if it.FieldRef == nil {
			return fmt.Errorf("downwardAPI %s: only fieldRef is supported", it.Path)
		}
		v, err := p.fieldValue(it.FieldRef.FieldPath)
		if err != nil {
			return err
		}
		out[it.Path] = payloadFile{data: []byte(v), mode: fileMode(defaultMode, it.Mode)}
	}
	return nil
}

// writeAtomic lays out a payload as the kubelet's AtomicWriter does: the
// files in a timestamped directory, ..data pointing at it, and each
// top-level name a symlink through ..data, swapped in one rename.
func (p *Pod) writeAtomic(vol *volume, fsGroup *int64) error {
	payload, err := vol.build()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(vol.host, 0o755); err != nil {
		return err
	}
	p.mu.Lock()
	p.generation++
	gen := p.generation
	p.mu.Unlock()
	tsName := fmt.Sprintf("..%s.%d", time.Now().UTC().Format("2006_01_02_15_04_05"), gen)
	tsDir := filepath.Join(vol.host, tsName)
	if err := os.Mkdir(tsDir, 0o755); err != nil {
		return err
	}
	names := sortedKeys(payload)
	top := map[string]bool{}
	for _, name := range names {
		f := payload[name]
		dst := filepath.Join(tsDir, name)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, f.data, f.mode); err != nil {
			return err
		}
		if err := os.Chmod(dst, f.mode); err != nil {
			return err
		}
		top[strings.Split(name, "/")[0]] = true
	}
	if err := applyFSGroup(tsDir, fsGroup, true); err != nil {
		return err
	}
	tmpLink := filepath.Join(vol.host, "..data_tmp")
	_ = os.Remove(tmpLink)
	if err := os.Symlink(tsName, tmpLink); err != nil {
		return err
	}
	old, _ := os.Readlink(filepath.Join(vol.host, "..data"))
	if err := os.Rename(tmpLink, filepath.Join(vol.host, "..data")); err != nil {
		return err
	}
	for _, name := range sortedKeys(top) {
		link := filepath.Join(vol.host, name)
		if _, err := os.Lstat(link); err == nil {
			continue
		}
		if err := os.Symlink(filepath.Join("..data", name), link); err != nil {
			return err
		}
	}
	if old != "" && old != tsName {
		_ = os.RemoveAll(filepath.Join(vol.host, old))
	}
	return nil
}

// UpdateSecret changes a Secret's data and rewrites every volume that reads
// it, as the kubelet does on its next sync (env variables keep their old
// values, as in Kubernetes).
func (p *Pod) UpdateSecret(name string, data map[string]string) error {
	p.mu.Lock()
	p.secrets[name] = data
	p.mu.Unlock()
	var vols []*volume
	for _, v := range p.volumes {
		for _, s := range v.secrets {
			if s == name {
				vols = append(vols, v)
			}
		}
	}
	sort.Slice(vols, func(i, j int) bool { return vols[i].name < vols[j].name })
	for _, v := range vols {
		if err := p.writeAtomic(v, p.w.Template.Spec.SecurityContext.FSGroup); err != nil {
			return fmt.Errorf("volume %s: %w", v.name, err)
		}
	}
	return nil
}

// Volume returns the host directory of a pod volume (an emptyDir, a claim
// or a ConfigMap/Secret volume), so a test can inspect or seed its files.
// It fails the test if the pod has no such volume.
func (p *Pod) Volume(name string) string {
	p.t.Helper()
	v, ok := p.volumes[name]
	if !ok {
		p.t.Fatalf("pod %s has no volume %q (it has %s)", p.name, name, strings.Join(sortedKeys(p.volumes), ", "))
	}
	return v.host
}
