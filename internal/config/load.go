package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"sigs.k8s.io/yaml"
)

// Parse reads an operator's override file. The file names its base preset
// in "topology"; every other key overrides that preset. Unknown keys are
// errors, so a typo never silently falls back to a default.
func Parse(data []byte) (*Config, error) {
	var head struct {
		Topology string `json:"topology"`
	}
	if err := yaml.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("not a YAML mapping: %w", err)
	}
	preset, ok := Presets[head.Topology]
	if !ok {
		return nil, fmt.Errorf("topology: invalid value %q: must name a base topology, one of %s", head.Topology, strings.Join(PresetNames(), ", "))
	}
	cfg := preset()
	raw, err := yaml.YAMLToJSON(data)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(cfg); err != nil {
		return nil, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "json: "))
	}
	return cfg, nil
}
