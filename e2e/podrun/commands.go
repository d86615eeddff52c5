package podrun

import (
	"fmt"
	"path"
	"sort"
	"strings"

	corev1 "k8s.io/api/core/v1"
	"mvdan.cc/sh/v3/syntax"
)

// Use is one executable a pod template names.
type Use struct {
	// Workload is Kind/name.
	Workload string
	// Container is the container's name.
	Container string
	// Image is the container's image reference.
	Image string
	// Where is the part of the container that names it: "command",
	// "script" (a simple command of an sh -c script), "startupProbe",
	// "readinessProbe", "livenessProbe" or "preStop".
	Where string
	// Name is the program as written.
	Name string
	// Path is where the image has it, when it does.
	Path string
	// Found reports that the image has it.
	Found bool
	// Problem explains a use that cannot work: not in the image, or a
	// script that does not parse.
	Problem string
}

func (u Use) String() string {
	s := fmt.Sprintf("%s container %s (%s) %s runs %q", u.Workload, u.Container, u.Image, u.Where, u.Name)
	if u.Problem != "" {
		s += ": " + u.Problem
	}
	return s
}

// Shell builtins and keywords, which name no executable. The POSIX list
// holds in dash, busybox ash (as Alpine builds it: echo, printf, test and
// kill built in) and bash; bash adds its own.
var (
	posixBuiltins = strings.Fields(`. : [ alias bg break cd command continue echo eval exec exit export false fc fg
		getopts hash jobs kill local printf pwd read readonly return set shift test times trap true type ulimit umask
		unalias unset wait let`)
	bashBuiltins = strings.Fields(`[[ declare typeset source builtin caller compgen complete dirs disown enable help
		history logout mapfile readarray popd pushd shopt suspend bind`)
)

func builtins(shell string) map[string]bool {
	m := map[string]bool{}
	for _, b := range posixBuiltins {
		m[b] = true
	}
	if shell == "bash" {
		for _, b := range bashBuiltins {
			m[b] = true
		}
	}
	return m
}

// shells are the programs whose -c argument is a script.
var shells = map[string]string{"sh": "", "bash": "bash", "dash": "dash", "ash": "ash"}

// CheckExecutables lists every executable each workload of a manifest
// names (container commands, or the image's ENTRYPOINT and CMD where the
// container gives none; exec probes; preStop execs; and the simple commands
// of every sh -c and bash -c script among them), each resolved in its
// image. A Use with a Problem cannot work.
func CheckExecutables(m *Manifest, table ImageTable) []Use {
	var uses []Use
	for _, w := range m.Workloads {
		for _, c := range w.Containers() {
			base := Use{Workload: w.Kind + "/" + w.Name, Container: c.Name, Image: c.Image}
			im, err := table.Lookup(c.Image)
			if err != nil {
				u := base
				u.Where, u.Problem = "image", err.Error()
				uses = append(uses, u)
				continue
			}
			uses = append(uses, ContainerExecutables(base, c, im)...)
		}
	}
	return uses
}

// ContainerExecutables lists and resolves what one container runs.
func ContainerExecutables(base Use, c corev1.Container, im *Image) []Use {
	pathEnv, wd := "", im.WorkingDir
	for _, e := range c.Env {
		if e.Name == "PATH" && e.ValueFrom == nil {
			pathEnv = e.Value
		}
	}
	if c.WorkingDir != "" {
		wd = c.WorkingDir
	}
	var argv []string
	switch {
	case len(c.Command) > 0:
		argv = append(append(argv, c.Command...), c.Args...)
	case len(c.Args) > 0:
		argv = append(append(argv, im.Entrypoint...), c.Args...)
	default:
		argv = append(append(argv, im.Entrypoint...), im.Cmd...)
	}
	var uses []Use
	add := func(where string, argv []string) {
		for _, u := range argvUses(argv, im.Shell) {
			u.Workload, u.Container, u.Image = base.Workload, base.Container, base.Image
			if u.Where == "" {
				u.Where = where
			} else {
				u.Where = where + " " + u.Where
			}
			if u.Problem == "" {
				u.Path, _, u.Found = im.Resolve(u.Name, wd, pathEnv)
				if !u.Found {
					u.Problem = fmt.Sprintf("not in image %s (%s); it has %s", im.Repository, im.Base, strings.Join(im.Executables(), " "))
				}
			}
			uses = append(uses, u)
		}
	}
	add("command", argv)
	for kind, pr := range map[string]*corev1.Probe{"startupProbe": c.StartupProbe, "readinessProbe": c.ReadinessProbe, "livenessProbe": c.LivenessProbe} {
		if pr != nil && pr.Exec != nil {
			add(kind, pr.Exec.Command)
		}
	}
	if c.Lifecycle != nil {
		if h := c.Lifecycle.PreStop; h != nil && h.Exec != nil {
			add("preStop", h.Exec.Command)
		}
		if h := c.Lifecycle.PostStart; h != nil && h.Exec != nil {
			add("postStart", h.Exec.Command)
		}
	}
	sort.SliceStable(uses, func(i, j int) bool { return whereOrder(uses[i].Where) < whereOrder(uses[j].Where) })
	return uses
}

func whereOrder(w string) int {
	for i, p := range []string{"command", "startupProbe", "readinessProbe", "livenessProbe", "preStop", "postStart"} {
		if strings.HasPrefix(w, p) {
			return i
		}
	}
	return 9
}

// argvUses returns the programs an argv runs: argv[0], wrapped commands
// (env, exec), and the simple commands of a shell's -c script.
func argvUses(argv []string, imageShell string) []Use {
	if len(argv) == 0 {
		return nil
	}
	uses := []Use{{Name: argv[0]}}
	base := path.Base(argv[0])
	if dialect, isShell := shells[base]; isShell {
		if dialect == "" {
			dialect = imageShell
		}
		for i := 1; i < len(argv); i++ {
			a := argv[i]
			if !strings.HasPrefix(a, "-") || a == "--" {
				break
			}
			if strings.Contains(a, "c") && i+1 < len(argv) {
				script := argv[i+1]
				su, err := ScriptCommands(script, dialect)
				if err != nil {
					uses = append(uses, Use{Name: base, Where: "script", Problem: err.Error()})
				}
				for _, name := range su {
					uses = append(uses, Use{Name: name, Where: "script"})
				}
				break
			}
		}
		return uses
	}
	if wrapped := unwrap(argv); len(wrapped) > 0 {
		for _, u := range argvUses(wrapped, imageShell) {
			uses = append(uses, u)
		}
	}
	return uses
}

// unwrap returns the command a wrapper (env, nohup, timeout, nice, exec)
// runs, or nil.
func unwrap(argv []string) []string {
	rest := argv[1:]
	switch path.Base(argv[0]) {
	case "env":
		for len(rest) > 0 && (strings.HasPrefix(rest[0], "-") || strings.Contains(rest[0], "=")) {
			rest = rest[1:]
		}
	case "nohup", "exec", "setsid":
	case "timeout":
		for len(rest) > 0 && strings.HasPrefix(rest[0], "-") {
			rest = rest[1:]
		}
		if len(rest) > 0 {
			rest = rest[1:]
		}
	case "nice":
		if len(rest) > 1 && rest[0] == "-n" {
			rest = rest[2:]
		}
	default:
		return nil
	}
	return rest
}

// ScriptCommands parses a shell script and returns the first word of each
// simple command it can run (in pipes, lists, $(...), if/while/until/case
// bodies and subshells, and after exec/command/env), less builtins,
// keywords and the script's own functions, in order of appearance. A
// nested sh -c "..." is parsed too. Words that are not literal (a command
// in a variable) are skipped: they cannot be checked statically.
func ScriptCommands(script, shell string) ([]string, error) {
	lang := syntax.LangPOSIX
	if shell == "bash" {
		lang = syntax.LangBash
	}
	f, err := syntax.NewParser(syntax.Variant(lang)).Parse(strings.NewReader(script), "")
	if err != nil {
		return nil, fmt.Errorf("script does not parse as %s: %v", shellName(shell), err)
	}
	funcs := map[string]bool{}
	syntax.Walk(f, func(n syntax.Node) bool {
		if fd, ok := n.(*syntax.FuncDecl); ok {
			funcs[fd.Name.Value] = true
		}
		return true
	})
	skip := builtins(shell)
	var out []string
	seen := map[string]bool{}
	addName := func(name string) {
		if name == "" || skip[name] || funcs[name] || seen[name] {
			return
		}
		seen[name] = true
		out = append(out, name)
	}
	var perr error
	syntax.Walk(f, func(n syntax.Node) bool {
		call, ok := n.(*syntax.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		words := make([]string, len(call.Args))
		literal := make([]bool, len(call.Args))
		for i, w := range call.Args {
			words[i], literal[i] = wordLiteral(w)
		}
		// Builtins that run their argument: exec, command (not -v/-V).
		i := 0
		for i < len(words) && literal[i] && (words[i] == "exec" || words[i] == "command") {
			if words[i] == "command" && i+1 < len(words) && (words[i+1] == "-v" || words[i+1] == "-V") {
				return true
			}
			i++
			for i < len(words) && strings.HasPrefix(words[i], "-") {
				i++
			}
		}
		if i >= len(words) || !literal[i] {
			return true
		}
		argv := words[i:]
		addName(argv[0])
		for wrapped := unwrap(argv); len(wrapped) > 0; wrapped = unwrap(wrapped) {
			addName(wrapped[0])
			argv = wrapped
		}
		// A nested shell script.
		if _, isShell := shells[path.Base(argv[0])]; isShell {
			for j := 1; j+1 < len(argv); j++ {
				if strings.HasPrefix(argv[j], "-") && strings.Contains(argv[j], "c") {
					nested, err := ScriptCommands(argv[j+1], shell)
					if err != nil && perr == nil {
						perr = err
					}
					for _, name := range nested {
						addName(name)
					}
					break
				}
			}
		}
		return true
	})
	return out, perr
}

func shellName(s string) string {
	if s == "" {
		return "sh"
	}
	return s
}

// wordLiteral returns a word's text if it is literal (plain, single- or
// double-quoted without expansions).
func wordLiteral(w *syntax.Word) (string, bool) {
	var b strings.Builder
	for _, part := range w.Parts {
		switch p := part.(type) {
		case *syntax.Lit:
			b.WriteString(p.Value)
		case *syntax.SglQuoted:
			b.WriteString(p.Value)
		case *syntax.DblQuoted:
			for _, inner := range p.Parts {
				lit, ok := inner.(*syntax.Lit)
				if !ok {
					return "", false
				}
				b.WriteString(lit.Value)
			}
		default:
			return "", false
		}
	}
	return b.String(), true
}
