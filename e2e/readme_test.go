package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadme_DocumentsTheCommandsTheSuiteRuns keeps README.md and the suite
// in step: operators must be told exactly the commands proven here.
func TestReadme_DocumentsTheCommandsTheSuiteRuns(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(env.root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for name, cmd := range map[string]string{"apply": applyCommand, "takeover": takeoverCommand, "prune": pruneCommand} {
		if !strings.Contains(string(readme), cmd) {
			t.Errorf("README.md does not contain the %s command the e2e suite runs (e2e/commands_test.go); document it verbatim:\n  %s", name, cmd)
		}
	}
}
