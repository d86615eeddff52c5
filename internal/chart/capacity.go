package chart

import (
	"fmt"

	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// Relay allocations one Dograh browser call holds, as the call test
// measured them (e2e/runtime TestCall_ConnectsThroughRenderedRelay, which
// writes e2e/runtime/testdata/allocations-per-call.json; a chart test holds
// these figures equal to that file for every topology in it): the browser
// allocates once per TURN URI the app hands it, and the web pod's aiortc
// once, on the first URI only (aiortc supports one TURN server).
const (
	browserAllocationsPerTURNURI = 1
	serverAllocationsPerCall     = 1
)

// TURNCapacity is how many calls a topology's relay carries at once.
type TURNCapacity struct {
	// TURNURIs is how many TURN URIs the app hands browsers: turn: over UDP
	// and TCP, and with TLS turns: twice more (api/routes/
	// turn_credentials.py at dograh-v1.45.0).
	TURNURIs int
	// AllocationsPerCall is what one call holds: the browser's and web's.
	AllocationsPerCall int
	// RelayPortsPerReplica is the relay range's size.
	RelayPortsPerReplica int
	// AllocationsPerReplica is the relay ports, or total-quota if lower.
	AllocationsPerReplica int
	// Replicas is the number of relay pods.
	Replicas int
	// Calls is AllocationsPerReplica times Replicas, divided by
	// AllocationsPerCall.
	Calls int
}

// RelayCapacity computes cfg's relay capacity from the props the chart
// renders (their defaults included) and the measured allocations per call.
// cfg must enable coturn.
func RelayCapacity(cfg *config.Config) TURNCapacity {
	b := &builder{cfg: cfg, n: namesOf(cfg)}
	p, _ := b.coturnProps()
	c := TURNCapacity{TURNURIs: 2, Replicas: max(cfg.Coturn.Replicas, 1)}
	if cfg.Coturn.TLS.Enabled {
		c.TURNURIs = 4
	}
	c.AllocationsPerCall = c.TURNURIs*browserAllocationsPerTURNURI + serverAllocationsPerCall
	total := p.AllocationCapacity()
	unbounded := *p
	unbounded.TotalQuota = new(int) // 0: no quota, so only the ports count
	c.RelayPortsPerReplica = unbounded.AllocationCapacity() / c.Replicas
	c.AllocationsPerReplica = total / c.Replicas
	c.Calls = total / c.AllocationsPerCall
	return c
}

// String says how the figure comes about, for the NOTES and messages.
func (c TURNCapacity) String() string {
	per := fmt.Sprintf("%d relay ports", c.RelayPortsPerReplica)
	if c.AllocationsPerReplica < c.RelayPortsPerReplica {
		per = fmt.Sprintf("coturn.totalQuota %d", c.AllocationsPerReplica)
	}
	return fmt.Sprintf("%s per replica × %d %s ÷ %d allocations per call (the browser's %d over %d TURN URIs and web's %d, measured by the call test)",
		per, c.Replicas, plural(c.Replicas, "replica", "replicas"), c.AllocationsPerCall,
		c.TURNURIs*browserAllocationsPerTURNURI, c.TURNURIs, serverAllocationsPerCall)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// validateCapacity refuses a relay that cannot carry coturn.concurrentCalls,
// naming what would make it.
func (b *builder) validateCapacity() field.ErrorList {
	c := b.cfg.Coturn
	if c.ConcurrentCalls <= 0 {
		return nil
	}
	got := RelayCapacity(b.cfg)
	if got.Calls >= c.ConcurrentCalls || got.RelayPortsPerReplica == 0 {
		return nil // an inverted range is reported at its keys
	}
	need := c.ConcurrentCalls * got.AllocationsPerCall
	var fix string
	switch {
	case c.HostNetwork:
		fix = fmt.Sprintf("widen the relay range to %d ports (coturn.minRelayPort, coturn.maxRelayPort; at most 1000, opened on the node's firewall), or run coturn behind a LoadBalancer with coturn.profile internal", need)
	case c.Profile == config.CoturnPublic:
		listeners := need + 1
		if c.TLS.Enabled {
			listeners++
		}
		fix = fmt.Sprintf("set coturn.profile internal, whose relay ports are not published, so its range holds thousands of ports on each of several replicas; the public profile publishes each relay port as a load-balancer listener, so widen its range only if your balancer allows %d listeners (coturn.maxLoadBalancerListeners, now %d)", listeners, c.MaxLoadBalancerListeners)
	default:
		fix = fmt.Sprintf("add replicas (coturn.replicas %d carries them with this range) or widen the relay range (coturn.minRelayPort, coturn.maxRelayPort)", ceilDiv(need, max(got.AllocationsPerReplica, 1)))
		if got.AllocationsPerReplica < got.RelayPortsPerReplica {
			fix += ", or raise coturn.totalQuota"
		}
	}
	return field.ErrorList{field.Invalid(field.NewPath("coturn", "concurrentCalls"), c.ConcurrentCalls, fmt.Sprintf(
		"the relay carries at most %d concurrent calls: %s; %s", got.Calls, got, fix))}
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }
