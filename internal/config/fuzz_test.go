package config_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// FuzzParse feeds arbitrary bytes to the loader and the validation: they
// must return a config or errors, never panic. Run it with
//
//	go test ./internal/config -run '^$' -fuzz FuzzParse -fuzztime 60s
func FuzzParse(f *testing.F) {
	examples, _ := filepath.Glob("../../examples/*.yaml")
	for _, e := range examples {
		if data, err := os.ReadFile(e); err == nil {
			f.Add(data)
		}
	}
	for _, seed := range []string{
		"", "topology: default\n", "topology: [\n", "- 1\n", "topology: default\nweb: 3\n",
		"topology: default\nweb:\n  replicas: 1e99\n", "topology: default\ncoturn:\n  maxRelayPort: -1\n",
		"topology: default\nweb:\n  affinity: {nodeAffinity: 7}\n", "topology: default\nimages: null\n",
		"topology: default\nweb:\n  tolerations: [null]\n", "topology: aws\nserviceAccount:\n  annotations: null\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := config.Parse(data)
		if err == nil && cfg == nil {
			t.Fatal("nil config without an error")
		}
		if err == nil {
			chart.Validate(cfg)
		}
	})
}
