package chart

import (
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// paths maps the field paths of one construct's props to the config keys
// they are built from, so that a construct's validation error names the
// key the operator wrote. The longest rule whose "from" prefixes an
// error's field wins.
type paths struct {
	// root is the component's config path, for an error no rule maps: it
	// is reported there, with the construct's own path in the message.
	root  string
	rules []pathRule
}

type pathRule struct {
	from, to string
	// whole maps everything under from to the key to itself: the rest of
	// the construct's path has no counterpart in the config (a name derived
	// from the release, a list the chart builds from one key).
	whole bool
}

// add maps from to to, keeping the rest of the path:
// "pod.tolerations" to "web.tolerations" maps "pod.tolerations[0].effect"
// to "web.tolerations[0].effect".
func (p *paths) add(from, to string) { p.rules = append(p.rules, pathRule{from, to, false}) }

// whole maps from, and everything under it, to the key to.
func (p *paths) whole(from, to string) { p.rules = append(p.rules, pathRule{from, to, true}) }

// translated is an error moved to the config's paths; whole says its path
// lost detail, so that an error the config already reports at that key
// says the same and is left out.
type translated struct {
	*field.Error
	whole bool
}

func (p paths) translate(errs field.ErrorList) []translated {
	var out []translated
	for _, e := range errs {
		var best *pathRule
		for i, r := range p.rules {
			if under(e.Field, r.from) && (best == nil || len(r.from) > len(best.from)) {
				best = &p.rules[i]
			}
		}
		moved := *e
		switch {
		case best == nil:
			moved.Field = p.root
			moved.Detail = e.Field + ": " + e.Detail
		case best.whole:
			moved.Field = best.to
		default:
			moved.Field = best.to + strings.TrimPrefix(e.Field, best.from)
		}
		out = append(out, translated{&moved, best == nil || best.whole})
	}
	return out
}

// under reports whether path is prefix or lies below it.
func under(path, prefix string) bool {
	if !strings.HasPrefix(path, prefix) {
		return false
	}
	rest := path[len(prefix):]
	return rest == "" || rest[0] == '.' || rest[0] == '['
}
