// Package config is the typed configuration of a Dograh installation: the
// values.yaml of this project. Presets return fresh values for the
// reference topologies; Load reads an operator's override file strictly;
// Validate reports every problem at once with path-qualified messages.
package config
