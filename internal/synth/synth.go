// Package synth renders configs to manifest files and publishes them into
// an output folder without ever leaving it half-written: everything is
// rendered in memory first, and each file is replaced by an atomic rename.
package synth

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// ManifestSuffix ends every manifest file name: "<topology>.k8s.yaml".
const ManifestSuffix = ".k8s.yaml"

// Render validates every config (chart.Validate) and renders each into its
// manifest file and its NOTES, keyed by file name. It reports every
// config's problems at once, as *field.Error values joined (check.Leaves
// lists them), and renders nothing unless all are valid. scratch is a
// folder cdk8s may use; outDir is where the files will be published, for
// the commands the NOTES print. Props of a valid config never make a
// construct panic; if one does, that is a bug in the validation, and the
// panic is not turned into a message.
func Render(cfgs []*config.Config, scratch, outDir string) (map[string][]byte, error) {
	var errs []error
	for _, c := range cfgs {
		for _, e := range chart.Validate(c) {
			if len(cfgs) > 1 {
				errs = append(errs, fmt.Errorf("%s: %w", c.Topology, e))
			} else {
				errs = append(errs, e)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(scratch)})
	for _, c := range cfgs {
		chart.New(app, c)
	}
	app.Synth()
	files := map[string][]byte{}
	for _, c := range cfgs {
		name := c.Topology + ManifestSuffix
		data, err := os.ReadFile(filepath.Join(scratch, name))
		if err != nil {
			return nil, fmt.Errorf("read synthesized %s: %w", name, err)
		}
		files[name] = data
		files[c.Topology+chart.NotesSuffix] = []byte(chart.Notes(c, filepath.Join(outDir, name)))
	}
	return files, nil
}

// Publish writes files into dir, each through a temporary file and an
// atomic rename, so a reader never sees a half-written manifest. When
// owned is non-nil, files in dir that it claims and that files lacks are
// removed afterwards (a topology that no longer exists).
func Publish(dir string, files map[string][]byte, owned func(name string) bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range files {
			if !yield(n) {
				return
			}
		}
	})
	for _, name := range names {
		tmp, err := os.CreateTemp(dir, "."+name+".tmp-*")
		if err != nil {
			return err
		}
		_, werr := tmp.Write(files[name])
		cerr := tmp.Close()
		if err := errors.Join(werr, cerr, os.Chmod(tmp.Name(), 0o644)); err != nil {
			os.Remove(tmp.Name())
			return err
		}
		if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
			os.Remove(tmp.Name())
			return err
		}
	}
	if owned == nil {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if _, keep := files[e.Name()]; !keep && !e.IsDir() && owned(e.Name()) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}
