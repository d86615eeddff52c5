package chart

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// SecretKey is one key of a Secret the manifests read.
type SecretKey struct {
	// Key is the key name.
	Key string
	// Value is a fixed value (the MinIO root user), or empty.
	Value string
	// Placeholder marks a value only the operator can supply (an external
	// DATABASE_URL, Langfuse keys); empty means a random value will do.
	Placeholder string
	// Transient marks a key that exists only for a while, which the pods
	// read when present and the secrets command leaves out: the previous
	// TURN secret, while it rotates.
	Transient bool
}

// Secret is a Secret the manifests read, with every key they read.
type Secret struct {
	Name string
	Keys []SecretKey
}

// Secrets lists every Secret and key the manifests of cfg reference: the
// contract between `dograh-cdk8s secrets` and the pods. Secret values never
// appear in the manifests themselves.
func Secrets(cfg *config.Config) []Secret {
	n := namesOf(cfg)
	app := Secret{Name: n.appSecret, Keys: []SecretKey{{Key: "OSS_JWT_SECRET"}, {Key: "DOGRAH_DEVOPS_SECRET"}}}
	var out []Secret
	if cfg.Database.Mode == config.DatabaseInternal {
		out = append(out, Secret{Name: n.postgresSecret, Keys: []SecretKey{{Key: "password"}}})
	} else {
		app.Keys = append(app.Keys, SecretKey{Key: "DATABASE_URL", Placeholder: "postgresql+asyncpg://USER:PASSWORD@HOST:5432/DATABASE"})
	}
	if cfg.Redis.Mode == config.RedisInternal {
		out = append(out, Secret{Name: n.redisSecret, Keys: []SecretKey{{Key: "redis-password"}}})
	} else {
		app.Keys = append(app.Keys, SecretKey{Key: "REDIS_URL", Placeholder: "redis://:PASSWORD@HOST:6379"})
	}
	switch cfg.Storage.Mode {
	case config.StorageInternalMinio:
		out = append(out, Secret{Name: n.minioSecret, Keys: []SecretKey{{Key: "root-user", Value: "minioadmin"}, {Key: "root-password"}}})
	case config.StorageExternalMinio:
		app.Keys = append(app.Keys,
			SecretKey{Key: "MINIO_ACCESS_KEY", Placeholder: "ACCESS_KEY_OF_YOUR_MINIO"},
			SecretKey{Key: "MINIO_SECRET_KEY", Placeholder: "SECRET_KEY_OF_YOUR_MINIO"})
	case config.StorageS3:
		if cfg.Storage.S3.Credentials == config.S3CredentialsAccessKeys {
			app.Keys = append(app.Keys,
				SecretKey{Key: "AWS_ACCESS_KEY_ID", Placeholder: "AKIA..."},
				SecretKey{Key: "AWS_SECRET_ACCESS_KEY", Placeholder: "YOUR_AWS_SECRET_ACCESS_KEY"})
		}
	}
	if cfg.Coturn.Enabled {
		app.Keys = append(app.Keys, SecretKey{Key: "TURN_SECRET"})
		if k := cfg.Coturn.PreviousSecretKey; k != "" {
			app.Keys = append(app.Keys, SecretKey{Key: k, Transient: true})
		}
	}
	if cfg.App.LangfuseHost != "" {
		app.Keys = append(app.Keys,
			SecretKey{Key: "LANGFUSE_PUBLIC_KEY", Placeholder: "pk-lf-..."},
			SecretKey{Key: "LANGFUSE_SECRET_KEY", Placeholder: "sk-lf-..."})
	}
	// Always: the pods read it when present (optional until enforced), so
	// a first install issues signed telephony tokens from the start.
	app.Keys = append(app.Keys, SecretKey{Key: "TELEPHONY_WS_TOKEN_SECRET"})
	for _, k := range cfg.App.SecretEnv {
		app.Keys = append(app.Keys, SecretKey{Key: k, Placeholder: "VALUE_OF_" + k})
	}
	return append([]Secret{app}, out...)
}

// CertificateSecrets are the kubernetes.io/tls Secrets pods mount. They
// hold certificates that cert-manager issues or the operator provides, so
// the secrets command does not print them.
func CertificateSecrets(cfg *config.Config) []string {
	if c := cfg.Coturn; c.Enabled && c.TLS.Enabled {
		return []string{namesOf(cfg).coturnTLSSecret}
	}
	return nil
}

// generatedLength is the length of every generated value: 48 characters of
// [A-Za-z0-9], about 285 bits, and safe inside a URL without escaping.
const generatedLength = 48

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// RenderSecrets prints the Secrets of cfg as YAML for `kubectl create -f -`,
// with fresh values read from random (crypto/rand in the command). Keys
// only the operator can fill are marked with a REPLACE comment.
func RenderSecrets(cfg *config.Config, random io.Reader) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# Secrets for a first install. Create them once, with `kubectl create`,\n" +
		"# never `apply`: a datastore keeps the password it was initialised with.\n")
	for _, s := range Secrets(cfg) {
		fmt.Fprintf(&b, "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\n", s.Name, cfg.Namespace)
		fmt.Fprintf(&b, "  labels:\n    app.kubernetes.io/instance: %s\n    app.kubernetes.io/part-of: dograh\n", cfg.Release)
		b.WriteString("type: Opaque\nstringData:\n")
		for _, k := range s.Keys {
			if k.Transient {
				continue
			}
			v := k.Value
			switch {
			case k.Placeholder != "":
				fmt.Fprintf(&b, "  # REPLACE: %s is yours to provide.\n", k.Key)
				v = k.Placeholder
			case v == "":
				var err error
				if v, err = randomString(random, generatedLength); err != nil {
					return nil, err
				}
			}
			fmt.Fprintf(&b, "  %s: %s\n", k.Key, strconv.Quote(v))
		}
	}
	return b.Bytes(), nil
}

// randomString draws n characters uniformly from alphabet, rejecting bytes
// that would bias the draw.
func randomString(random io.Reader, n int) (string, error) {
	out := make([]byte, 0, n)
	buf := make([]byte, 64)
	limit := 256 - 256%len(alphabet)
	for len(out) < n {
		if _, err := io.ReadFull(random, buf); err != nil {
			return "", fmt.Errorf("read random bytes: %w", err)
		}
		for _, c := range buf {
			if int(c) < limit && len(out) < n {
				out = append(out, alphabet[int(c)%len(alphabet)])
			}
		}
	}
	return string(out), nil
}
