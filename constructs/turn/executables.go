package turn

import "slices"

// ContainerExecutables names what one container of the relay's pod runs,
// so that a test which can open the images (a registry client, a runtime
// suite) can check that each image ships it.
type ContainerExecutables struct {
	// Container is the container's name.
	Container string
	// Image is the container's image reference.
	Image string
	// Executables are the programs the container's command and its
	// preStop hook run: absolute paths, or names the image's PATH
	// resolves. Shell builtins are not listed.
	Executables []string
}

// Executables lists the relay's own containers in start order (address
// discovery when active, configure, then the relay), each with its image
// and the programs its command runs. Unset props count at their defaults.
// Init containers from Pod.InitContainers are not listed.
//
// The coturn containers need the Debian variant of coturn/coturn (4.8.0:
// docker/coturn/debian/Dockerfile at tag docker/4.8.0-r1 in coturn/coturn,
// FROM debian:trixie-slim), whose base ships dash as /bin/sh, coreutils
// (cat, cksum, date, sleep), mawk (awk) and libc-bin (getent), see
// trixie/slim/rootfs.manifest in debuerreotype/docker-debian-artifacts;
// the image adds turnserver and dnsutils, and no HTTP client. The discovery container needs
// registry.k8s.io/kubectl, which is /bin/kubectl on the shell-less
// go-runner image (checked at v1.28.0, v1.30.0, v1.33.0, v1.35.4, v1.36.1
// and v1.37.2; see discoveryCommand).
func (p *TurnRelayProps) Executables() []ContainerExecutables {
	d := p.withDefaults()
	var out []ContainerExecutables
	if d.addressSource() == addressFromService {
		out = append(out, ContainerExecutables{discoveryContainerName, d.AddressDiscovery.Image, discoveryExecutables()})
	}
	out = append(out,
		ContainerExecutables{configureContainerName, d.Container.Image, d.configureExecutables()},
		ContainerExecutables{d.Container.Name, d.Container.Image, d.mainExecutables()},
	)
	return out
}

// shellExecutable runs the scripts: dash, /bin/sh in Debian images.
const shellExecutable = "sh"

// mainExecutables are the programs the main container runs: turnserver,
// with TLS the shell, cksum and sleep of tlsReloadScript (kill is a dash
// builtin), and the shell, awk, date and sleep of its preStop hook
// (drainScript).
func (p *TurnRelayProps) mainExecutables() []string {
	exes := []string{"turnserver"}
	if p.TLS != nil {
		exes = append(exes, shellExecutable, "cksum", "sleep")
	}
	exes = append(exes, drainExecutables()...)
	slices.Sort(exes)
	return slices.Compact(exes)
}
