package reconcile

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
)

// ages finds the people whose age the sources give differently (kind
// "numeric", slot "age"): "John Smith, 23" in one, "24-year-old John
// Smith" in another. Two ages contradict each other only if asserted by
// independent sources and not told apart by time: a year more in an
// article published a month or more later may be a birthday.
func ages(srcs []Source) []Conflict {
	type said struct {
		src  Source
		age  int
		side int
	}
	byEntity := map[string][]said{}
	sides := map[string][]*Value{}
	names := map[string]string{}
	for _, s := range srcs {
		for _, c := range s.Claims {
			if c.Slot != "age" || c.Entity < 0 || c.Modal() || c.Background {
				continue
			}
			id, name, ok := s.Entity(c.Entity)
			if !ok {
				continue
			}
			names[id] = name
			k := slices.IndexFunc(sides[id], func(v *Value) bool { return v.Value == c.Value })
			if k < 0 {
				k = len(sides[id])
				sides[id] = append(sides[id], &Value{Value: c.Value, Display: c.Value, Strong: true, Central: true})
			}
			v := sides[id][k]
			if !slices.Contains(v.Articles, s.ID) {
				v.Articles = append(v.Articles, s.ID)
			}
			v.Evidence = append(v.Evidence, evidence(s, c))
			age, _ := strconv.Atoi(c.Value)
			byEntity[id] = append(byEntity[id], said{s, age, k})
		}
	}
	var out []Conflict
	named := map[string]map[string]bool{}
	for id, all := range byEntity {
		clash := false
		for i, a := range all {
			for _, b := range all[i+1:] {
				clash = clash || a.side != b.side && a.src.origin() != b.src.origin() &&
					!aged(a.age, asOf(a.src), b.age, asOf(b.src)) && nameBoth(named, a.src, b.src, id)
			}
		}
		if !clash {
			continue
		}
		c := Conflict{Kind: "numeric", Slot: "age", Entity: id}
		for _, v := range sides[id] {
			v.Sources = countOrigins(srcs, v.Articles)
			c.Sides = append(c.Sides, *v)
		}
		slices.SortFunc(c.Sides, func(a, b Value) int { return cmp.Or(cmp.Compare(b.Sources, a.Sources), cmp.Compare(a.Value, b.Value)) })
		c.Summary = ageSummary(names[id], c.Sides)
		out = append(out, c)
	}
	return out
}

// nameBoth reports whether articles a and b name someone or something
// besides entity id: one name in a story of many happenings may be two
// people, but not when the articles also share a place, a group or
// another person. named keeps each article's entities.
func nameBoth(named map[string]map[string]bool, a, b Source, id string) bool {
	ea, eb := entitiesOf(named, a), entitiesOf(named, b)
	for e := range ea {
		if e != id && eb[e] {
			return true
		}
	}
	return false
}

func entitiesOf(named map[string]map[string]bool, s Source) map[string]bool {
	if m, ok := named[s.ID]; ok {
		return m
	}
	m := map[string]bool{}
	for local := range s.Doc.Entities {
		if id, _, ok := s.Entity(local); ok {
			m[id] = true
		}
	}
	named[s.ID] = m
	return m
}

// asOf is when an article was written, as far as it tells: its publish
// time, else the latest calendar day it names (an article that tells of a
// verdict on 20 March 2007 was written on that day or after); zero if
// neither is known.
func asOf(s Source) time.Time {
	if !s.Published.IsZero() {
		return s.Published
	}
	var last time.Time
	for _, t := range s.Doc.Times {
		if day, ok := t.Day(); ok && t.Kind == analyze.Date && day.After(last) {
			last = day
		}
	}
	return last
}

// birthdayGap is how long apart two articles must be published for a
// year more in the later one to be a birthday rather than a mistake.
const birthdayGap = 30 * 24 * time.Hour

// aged reports whether ages a (in an article written at ta) and b (at
// tb) can both be right: the later article gives the same age, or more
// by no more years than have passed (rounded up) once birthdayGap has.
// With one time unknown, any two ages can; with both unknown, the
// articles are taken as written together, so only equal ages can.
func aged(a int, ta time.Time, b int, tb time.Time) bool {
	switch {
	case a == b:
		return true
	case ta.IsZero() != tb.IsZero():
		return true
	case ta.IsZero():
		return false
	}
	if tb.Before(ta) {
		a, ta, b, tb = b, tb, a, ta
	}
	gap := tb.Sub(ta)
	if gap < birthdayGap {
		return false
	}
	years := int((gap + 365*24*time.Hour - 1) / (365 * 24 * time.Hour))
	return b >= a && b-a <= years
}

func ageSummary(name string, sides []Value) string {
	var parts []string
	for _, v := range sides {
		parts = append(parts, fmt.Sprintf("%s (%d)", v.Display, v.Sources))
	}
	return "Sources disagree on how old " + name + " is: " + strings.Join(parts, " vs ")
}
