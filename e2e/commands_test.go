package e2e

import (
	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// The commands operators run, exactly as README.md and the NOTES document
// them: they come from the chart package, which writes the NOTES. The suite
// runs these strings through sh, with defaultManifest replaced by the file
// under test, and TestReadme_DocumentsTheCommandsTheSuiteRuns keeps the
// README in step.
const defaultManifest = "dist/default.k8s.yaml"

var (
	// applyCommand installs or updates a topology, and prunes what an
	// earlier apply created and the file no longer holds (an ApplySet:
	// kubectl refuses --prune -l with --server-side).
	applyCommand = chart.ApplyCommand(config.Default(), defaultManifest)

	// takeoverCommand adopts the objects of a Helm-made installation.
	takeoverCommand = chart.TakeoverCommand(config.Default(), defaultManifest)

	// pruneCommand is the apply itself: it prunes.
	pruneCommand = applyCommand
)
