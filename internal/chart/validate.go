package chart

import (
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// Validate reports every problem of cfg at once, each at the path of the
// key to change in the config file: the config's own rules
// (config.Validate), then each construct's validation of the props cfg
// builds, mapped back to the keys they come from. It is the one
// validation of a config: New assumes it passed, and a construct given
// props that slipped through panics.
//
// Validate starts no jsii runtime: it builds props, never objects.
func Validate(cfg *config.Config) field.ErrorList {
	errs := config.Validate(cfg)
	b := &builder{cfg: cfg, n: namesOf(cfg)}
	var moved []translated
	for _, p := range b.parts() {
		moved = append(moved, p.paths.translate(p.validate())...)
	}
	errs = append(errs, b.errs...) // found while building the props
	return merge(errs, moved)
}

// merge appends the constructs' errors to the config's, leaving out what
// is said already: the same error from two components (one image runs
// five processes), or a second error at a key whose construct path had no
// counterpart (a name derived from an invalid release).
func merge(errs field.ErrorList, moved []translated) field.ErrorList {
	said := map[string]bool{}
	at := map[string]bool{}
	for _, e := range errs {
		said[e.Error()] = true
		at[e.Field] = true
	}
	for _, m := range moved {
		if said[m.Error.Error()] || (m.whole && at[m.Field]) {
			continue
		}
		said[m.Error.Error()] = true
		at[m.Field] = true
		errs = append(errs, m.Error)
	}
	return errs
}

// part is one construct's props: how to validate them and where their
// fields come from.
type part struct {
	validate func() field.ErrorList
	paths    paths
}

type validator interface{ Validate() field.ErrorList }

// parts are the props of every construct cfg renders, in rendering order.
func (b *builder) parts() []part {
	var ps []part
	add := func(v validator, m paths) { ps = append(ps, part{v.Validate, m}) }
	cfg := b.cfg
	if cfg.Web.Enabled {
		add(b.webProps())
		if cfg.Web.KEDA.Enabled {
			add(b.webKEDAProps())
		}
	}
	if cfg.ArqWorker.Enabled {
		add(b.arqWorkerProps())
	}
	for _, s := range b.singletonList() {
		if s.cfg.Enabled {
			add(b.singletonProps(s))
		}
	}
	if cfg.UI.Enabled {
		add(b.uiProps())
	}
	if cfg.Coturn.Enabled {
		add(b.coturnProps())
		// The relay's capacity against coturn.concurrentCalls, at config
		// paths already.
		ps = append(ps, part{b.validateCapacity, paths{root: "coturn", rules: []pathRule{{from: "coturn", to: "coturn"}}}})
	}
	if cfg.Database.Mode == config.DatabaseInternal {
		add(b.postgresProps())
	}
	if cfg.Redis.Mode == config.RedisInternal {
		add(b.redisProps())
	}
	if cfg.Storage.Mode == config.StorageInternalMinio {
		ps = append(ps, part{b.validateMinio, datastorePaths("storage.internal", "images.minio")})
	}
	if cfg.Migrations.Enabled {
		add(b.migrationsProps())
	}
	add(b.exposureProps())
	if cfg.NetworkPolicy.Enabled {
		add(b.firewallProps())
	}
	return ps
}

// validateMinio checks what the chart renders for MinIO itself, with the
// field names of a construct's props: the container and pod as every
// construct checks them, and the claim.
func (b *builder) validateMinio() field.ErrorList {
	c, s := b.minioContainer()
	errs := c.Validate(field.NewPath("container"))
	errs = append(errs, s.Validate(field.NewPath("pod"))...)
	p := b.cfg.Storage.Internal.Persistence
	if q, err := resource.ParseQuantity(p.Size); err != nil || q.Sign() <= 0 {
		errs = append(errs, field.Invalid(field.NewPath("storageSize"), p.Size, `must be a positive Kubernetes quantity, e.g. "20Gi"`))
	}
	if p.StorageClass != "" {
		for _, msg := range validation.IsDNS1123Subdomain(p.StorageClass) {
			errs = append(errs, field.Invalid(field.NewPath("storageClassName"), p.StorageClass, msg))
		}
	}
	return errs
}
