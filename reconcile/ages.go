package reconcile

import (
	"slices"
	"strconv"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
)

// ageClash tells whether two ages the sources give one person
// contradict each other: "John Smith, 23" in one, "24-year-old John
// Smith" in another. They do only if given by independent sources (each
// on one side only) whose articles name something else in common, and
// not told apart by time: a year more in an article published a week or
// more later may be a birthday. Undated articles are taken as written
// together only when the clustering gave them to one event: a boxer of
// 32 in one fight and of 36 in another, four years on, is no
// contradiction.
type ageClash struct {
	byID    map[string]Source
	named   map[string]map[string]bool     // each article's entities, as asked for
	unnamed map[string][]claims.UnnamedAge // each article's ages of no one named, as asked for
	kin     map[[2]string][]string         // the articles of each origin and event
}

func newAgeClash(srcs []Source) ageClash {
	c := ageClash{byID: map[string]Source{}, named: map[string]map[string]bool{},
		unnamed: map[string][]claims.UnnamedAge{}, kin: map[[2]string][]string{}}
	for _, s := range srcs {
		c.byID[s.ID] = s
		k := [2]string{s.origin(), s.Event}
		c.kin[k] = append(c.kin[k], s.ID)
	}
	return c
}

// any reports whether some two of the sides of entity id's age clash.
func (x ageClash) any(sides []Value, id string) bool {
	for i, v := range sides {
		for _, w := range sides[i+1:] {
			if x.sides(v, w, id) {
				return true
			}
		}
	}
	return false
}

// sides reports whether an article of side v and one of side w clash.
// A source on both sides (one outlet that gives 14 in one article and 15
// in another) is at odds with itself, not with the other side, so only
// sources on one side count; so is a source that gives the other side's
// age to someone of the happening it does not name, who may be this
// person ("Jeremy Lewis, 27" and, in a caption, "a 26-year-old
// construction worker"; not "a 26-year-old woman" for a man).
func (x ageClash) sides(v, w Value, id string) bool {
	a, _ := strconv.Atoi(v.Value)
	b, _ := strconv.Atoi(w.Value)
	ov, ow := x.origins(v), x.origins(w)
	sex := x.sex(id, v, w)
	for _, ida := range v.Articles {
		sa := x.byID[ida]
		if ow[sa.origin()] || x.unnamedGives(sa, b, sex) {
			continue
		}
		tas := ageTimes(sa, v.Value, id)
		for _, idb := range w.Articles {
			sb := x.byID[idb]
			if ov[sb.origin()] || !x.nameBoth(sa, sb, id) || x.unnamedGives(sb, a, sex) {
				continue
			}
			if clashAt(a, tas, b, ageTimes(sb, w.Value, id), sa.Event == sb.Event) {
				return true
			}
		}
	}
	return false
}

// clashAt reports whether age a, given at one of the times tas, and age b,
// at one of tbs, cannot both be right. Two unknown times count as one
// only for articles of one event.
func clashAt(a int, tas []time.Time, b int, tbs []time.Time, oneEvent bool) bool {
	for _, ta := range tas {
		for _, tb := range tbs {
			together := !ta.IsZero() || !tb.IsZero() || oneEvent
			if together && !aged(a, ta, b, tb) {
				return true
			}
		}
	}
	return false
}

// unnamedGives reports whether the source of article s, in s or in
// another of its articles of s's event published within reportingSpan
// of it, gives age to someone it does not name whose sex may be sex.
func (x ageClash) unnamedGives(s Source, age int, sex analyze.Sex) bool {
	kin := []string{s.ID}
	if s.Event != "" {
		kin = x.kin[[2]string{s.origin(), s.Event}]
	}
	for _, id := range kin {
		if !near(s.Published, x.byID[id].Published) {
			continue
		}
		us, ok := x.unnamed[id]
		if !ok {
			us = claims.UnnamedAges(x.byID[id].Doc)
			x.unnamed[id] = us
		}
		for _, u := range us {
			if u.Age == age && u.Sex.Compatible(sex) {
				return true
			}
		}
	}
	return false
}

// near reports whether two publish times are at most reportingSpan
// apart, or not both known.
func near(a, b time.Time) bool {
	return a.IsZero() || b.IsZero() || a.Sub(b).Abs() <= reportingSpan
}

// sex is the sex of entity id as the articles of sides v and w tell it:
// unknown if none tells it or they disagree.
func (x ageClash) sex(id string, v, w Value) analyze.Sex {
	var told [3]bool
	for _, a := range slices.Concat(v.Articles, w.Articles) {
		s := x.byID[a]
		for local := range s.Doc.Entities {
			if e, _, ok := s.Entity(local); ok && e == id {
				told[s.Doc.Sex(local)] = true
			}
		}
	}
	switch {
	case told[analyze.Female] && !told[analyze.Male]:
		return analyze.Female
	case told[analyze.Male] && !told[analyze.Female]:
		return analyze.Male
	}
	return analyze.SexUnknown
}

// origins is the set of sources of side v's articles.
func (x ageClash) origins(v Value) map[string]bool {
	m := map[string]bool{}
	for _, id := range v.Articles {
		m[x.byID[id].origin()] = true
	}
	return m
}

// ageTimes are the times at which article s gives entity id age: when
// the article was written (asOf), or for a sentence dated a month or
// more before, that day ("the Nov. 8 shooting that killed 22-year-old
// John Smith"); such a sentence that names no day ("in 2010") gives no
// time to compare.
func ageTimes(s Source, age, id string) []time.Time {
	var out []time.Time
	for _, c := range s.Claims {
		if c.Slot != "age" || c.Value != age {
			continue
		}
		if e, _, ok := s.Entity(c.Entity); !ok || e != id {
			continue
		}
		t := asOf(s)
		if c.Background {
			if t = sentenceDay(s.Doc, c.Sentence); t.IsZero() {
				continue
			}
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// sentenceDay is the latest calendar day sentence i of d names; zero if
// none.
func sentenceDay(d *analyze.Doc, i int) time.Time {
	return latestDay(d, func(t analyze.TimeExpr) bool {
		j, ok := d.SentenceIndex(t.Start)
		return ok && j == i
	})
}

// nameBoth reports whether articles a and b name someone or something
// besides entity id: one name in a story of many happenings may be two
// people, but not when the articles also share a place, a group or
// another person.
func (x ageClash) nameBoth(a, b Source, id string) bool {
	eb := x.entitiesOf(b)
	for e := range x.entitiesOf(a) {
		if e != id && eb[e] {
			return true
		}
	}
	return false
}

// entitiesOf is the set of entities article s names.
func (x ageClash) entitiesOf(s Source) map[string]bool {
	if m, ok := x.named[s.ID]; ok {
		return m
	}
	m := map[string]bool{}
	for local := range s.Doc.Entities {
		if id, _, ok := s.Entity(local); ok {
			m[id] = true
		}
	}
	x.named[s.ID] = m
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
	return latestDay(s.Doc, func(t analyze.TimeExpr) bool { return t.Kind == analyze.Date })
}

// latestDay is the latest calendar day among the time expressions of d
// that keep accepts; zero if none.
func latestDay(d *analyze.Doc, keep func(analyze.TimeExpr) bool) time.Time {
	var last time.Time
	for _, t := range d.Times {
		if day, ok := t.Day(); ok && keep(t) && day.After(last) {
			last = day
		}
	}
	return last
}

// birthdayGap is how long apart two articles must be published for a
// year more in the later one to be possibly a birthday rather than a
// mistake: one person in fifty has a birthday in a given week, one in
// twelve in a month, and a reader who cannot rule a birthday out does
// not call the ages a contradiction.
const birthdayGap = 7 * 24 * time.Hour

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
