package reconcile

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// Entities finds the people the sources describe in ways that cannot
// both be true: a former president in one, a sitting one in another
// (kind "status"); an official envoy in one, an unofficial one in another
// (kind "role"); one age in one, another in another (kind "numeric",
// slot "age"; not for a name given more than maxAges ages). Each side
// needs an assertion; copies count once. Names spelt two ways are
// Spellings'.
func Entities(srcs []Source) []Conflict {
	srcs = slices.Clone(srcs)
	slices.SortFunc(srcs, func(a, b Source) int { return cmp.Compare(a.ID, b.ID) })
	type key struct{ entity, slot, office string }
	sides := map[key]map[string]*Value{}
	names := map[string]string{}
	for _, s := range srcs {
		for _, c := range s.Claims {
			if !attribute(c) || c.Entity < 0 || c.Modal() {
				continue
			}
			id, name, ok := s.Entity(c.Entity)
			if !ok {
				continue
			}
			names[id] = name
			k := key{id, c.Slot, c.Office} // a former senator may be a sitting governor
			if sides[k] == nil {
				sides[k] = map[string]*Value{}
			}
			v := sides[k][c.Value]
			if v == nil {
				v = &Value{Value: c.Value, Display: c.Value, Strong: true, Central: true}
				sides[k][c.Value] = v
			}
			if !slices.Contains(v.Articles, s.ID) {
				v.Articles = append(v.Articles, s.ID)
			}
			v.Evidence = append(v.Evidence, evidence(s, c))
		}
	}
	var out []Conflict
	clash := newAgeClash(srcs)
	origin := origins(srcs)
	for k, vals := range sides {
		if len(vals) < 2 {
			continue
		}
		c := Conflict{Kind: k.slot, Slot: k.slot, Entity: k.entity}
		for _, v := range vals {
			v.Sources = countOrigins(origin, v.Articles)
			c.Sides = append(c.Sides, *v)
		}
		slices.SortFunc(c.Sides, func(a, b Value) int { return cmp.Or(cmp.Compare(b.Sources, a.Sources), cmp.Compare(a.Value, b.Value)) })
		if k.slot == "age" {
			if len(c.Sides) > maxAges || !clash.any(c.Sides, k.entity) {
				continue
			}
			c.Kind = "numeric"
		} else if !independent(origin, c.Sides) {
			continue
		}
		c.Summary = entitySummary(names[k.entity], k.slot, c.Sides)
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Conflict) int { return cmp.Or(cmp.Compare(a.Entity, b.Entity), cmp.Compare(a.Slot, b.Slot)) })
	return out
}

// maxAges is how many ages the sources may give one name and still mean
// one person. A person's age is one fact, most often copied from the
// police: two versions happen (a slip of a digit, a birthday between
// two reports), but a name given three or more ages names several
// people — namesakes, a father and a son, the made-up characters of
// hoaxes that reuse one name ("Paul Horner, 15" and "Paul Horner, 36").
const maxAges = 2

// origins maps each source's article to its origin (Source.origin).
func origins(srcs []Source) map[string]string {
	out := make(map[string]string, len(srcs))
	for _, s := range srcs {
		out[s.ID] = s.origin()
	}
	return out
}

// independent reports whether two sides come from different sources
// (origin: origins of the sources): an article that says both, or copies
// of one text, make no conflict.
func independent(origin map[string]string, sides []Value) bool {
	only := func(v Value) map[string]bool {
		m := map[string]bool{}
		for _, a := range v.Articles {
			m[origin[a]] = true
		}
		return m
	}
	a, b := only(sides[0]), only(sides[1])
	for o := range a {
		if !b[o] {
			for p := range b {
				if !a[p] {
					return true
				}
			}
		}
	}
	return false
}

// countOrigins counts the origins of the sources among articles.
func countOrigins(origin map[string]string, articles []string) int {
	seen := map[string]bool{}
	for _, a := range articles {
		if o, ok := origin[a]; ok {
			seen[o] = true
		}
	}
	return len(seen)
}

// attribute reports whether c says what an entity is: its status, role
// or age (an age in a sentence dated long before is that day's age; see
// ageTimes).
func attribute(c claims.Claim) bool {
	return c.Slot == "status" || c.Slot == "role" || c.Slot == "age"
}

func entitySummary(name, slot string, sides []Value) string {
	what := "whether " + name + " is in office"
	switch slot {
	case "role":
		what = "whether " + name + " acts in an official role"
	case "age":
		what = "how old " + name + " is"
	}
	var parts []string
	for _, v := range sides {
		parts = append(parts, fmt.Sprintf("%s (%d)", v.Display, v.Sources))
	}
	return "Sources disagree on " + what + ": " + strings.Join(parts, " vs ")
}
