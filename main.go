// Command dograh-cdk8s renders Dograh's Kubernetes manifests.
//
//	dograh-cdk8s                         the reference topologies, into dist/
//	dograh-cdk8s -config FILE [-out DIR]  one site from an override file
//	dograh-cdk8s secrets [-config FILE | -topology NAME]
//	                                      the Secrets to create once, with fresh values
//
// It is the only place that reads flags, files or the environment;
// everything below it is a pure function of typed config.
package main

import (
	"crypto/rand"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dograh-hq/dograh-cdk8s/internal/chart"
	"github.com/dograh-hq/dograh-cdk8s/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
	"github.com/dograh-hq/dograh-cdk8s/internal/synth"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitInvalid = 2 // bad flags or an invalid config: nothing was written
)

func main() {
	useSupportedNode(os.Stderr)
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	closeRuntime() // os.Exit skips defers; never leave the Node child behind
	os.Exit(code)
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "secrets" {
		return runSecrets(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("dograh-cdk8s", flag.ContinueOnError)
	fs.SetOutput(stderr)
	configFile := fs.String("config", "", "synthesize one site from this override `file` (it names its base topology)")
	out := fs.String("out", "dist", "write manifests into this `dir`")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: dograh-cdk8s [-config FILE] [-out DIR]\n"+
			"       dograh-cdk8s secrets [-config FILE | -topology NAME]\n\n"+
			"Without -config, synthesizes the reference topologies (%s).\n\n", strings.Join(config.PresetNames(), ", "))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitInvalid
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitInvalid
	}

	cfgs, owned, err := configs(*configFile)
	if err != nil {
		report(stderr, fmt.Sprintf("%s is invalid; nothing was written to %s", *configFile, *out), err)
		return exitInvalid
	}
	scratch, err := os.MkdirTemp("", "dograh-cdk8s-")
	if err != nil {
		fmt.Fprintf(stderr, "error: %v\n", err)
		return exitFailure
	}
	defer os.RemoveAll(scratch)
	files, err := synth.Render(cfgs, scratch, *out)
	if err != nil {
		report(stderr, "invalid configuration; nothing was written to "+*out, err)
		return exitInvalid
	}
	if err := synth.Publish(*out, files, owned); err != nil {
		fmt.Fprintf(stderr, "error: %v\n", err)
		return exitFailure
	}
	// `cdk8s synth` empties its output folder before running the app and
	// then lists it; give it a copy, so dist/ never depends on the CLI.
	if cliOut := os.Getenv("CDK8S_OUTDIR"); cliOut != "" && filepath.Clean(cliOut) != filepath.Clean(*out) {
		if err := synth.Publish(cliOut, files, nil); err != nil {
			fmt.Fprintf(stderr, "error: %v\n", err)
			return exitFailure
		}
	}
	for _, c := range cfgs {
		fmt.Fprintf(stdout, "wrote %s and %s\n", filepath.Join(*out, c.Topology+synth.ManifestSuffix), c.Topology+chart.NotesSuffix)
		// Valid, but likely a mistake: said here, and in the NOTES.
		for _, w := range chart.Warnings(c) {
			if len(cfgs) > 1 {
				fmt.Fprintf(stderr, "warning: %s: %s\n", c.Topology, w)
			} else {
				fmt.Fprintf(stderr, "warning: %s\n", w)
			}
		}
	}
	// One site: its NOTES are the next thing the operator needs to read.
	if len(cfgs) == 1 {
		fmt.Fprintf(stdout, "\n%s", files[cfgs[0].Topology+chart.NotesSuffix])
	}
	return exitOK
}

// configs returns the configs to render and, for the reference set, which
// files in the output folder belong to it (stale ones are removed). A
// config file is parsed and validated (chart.Validate); its problems are
// joined *field.Error values, each at its key's path.
func configs(file string) ([]*config.Config, func(string) bool, error) {
	if file == "" {
		var cfgs []*config.Config
		for _, name := range config.PresetNames() {
			cfgs = append(cfgs, config.Presets[name]())
		}
		owned := func(name string) bool {
			return strings.HasSuffix(name, synth.ManifestSuffix) || strings.HasSuffix(name, chart.NotesSuffix)
		}
		return cfgs, owned, nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := config.Parse(data)
	if err != nil {
		return nil, nil, err
	}
	if errs := chart.Validate(cfg); len(errs) > 0 {
		return nil, nil, check.Join(errs)
	}
	return []*config.Config{cfg}, nil, nil
}

// report prints a headline and every problem err joins, indented, one a
// line: "  path: what is wrong and how to fix it" for a config key, the
// message alone for a file that is not YAML.
func report(w io.Writer, headline string, err error) {
	fmt.Fprintf(w, "error: %s:\n", headline)
	for _, e := range check.Leaves(err) {
		for _, line := range strings.Split(e.Error(), "\n") {
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
}

// runSecrets prints the Secrets a topology reads, with fresh random values,
// for `dograh-cdk8s secrets | kubectl create -f -`.
func runSecrets(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dograh-cdk8s secrets", flag.ContinueOnError)
	fs.SetOutput(stderr)
	configFile := fs.String("config", "", "the site's override `file`")
	topology := fs.String("topology", "default", "a reference topology `name`, when no -config is given")
	if err := fs.Parse(args); err != nil {
		return exitInvalid
	}
	var cfg *config.Config
	if *configFile != "" {
		cfgs, _, err := configs(*configFile)
		if err != nil {
			report(stderr, *configFile+" is invalid", err)
			return exitInvalid
		}
		cfg = cfgs[0]
	} else {
		preset, ok := config.Presets[*topology]
		if !ok {
			fmt.Fprintf(stderr, "error: -topology: invalid value %q: must be one of %s\n", *topology, strings.Join(config.PresetNames(), ", "))
			return exitInvalid
		}
		cfg = preset()
	}
	out, err := chart.RenderSecrets(cfg, rand.Reader)
	if err != nil {
		fmt.Fprintf(stderr, "error: %v\n", err)
		return exitFailure
	}
	stdout.Write(out)
	return exitOK
}
