//go:build tools

// Package tools pins the kwok (simulated nodes and pods) the e2e harness builds.
package tools

import _ "sigs.k8s.io/kwok/cmd/kwok"
