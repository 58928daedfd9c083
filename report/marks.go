package report

import (
	"cmp"
	"slices"
)

// Mark is a range of an article's text that is evidence, and for what:
// a fact's value, a side of a conflict, a single-source detail, a quote.
type Mark struct {
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Labels []string `json:"labels"`
}

// Marks gathers, for each article, the evidence its text gives the
// report's facts, conflicts, single-source details and quotes: one mark
// per range of bytes with every label, sorted by position.
func (r Report) Marks() map[string][]Mark {
	byRange := map[string]map[[2]int][]string{}
	add := func(ev Evidence, label string) {
		if ev.Article == "" || ev.End <= ev.Start {
			return // no span to mark
		}
		m := byRange[ev.Article]
		if m == nil {
			m = map[[2]int][]string{}
			byRange[ev.Article] = m
		}
		k := [2]int{ev.Start, ev.End}
		if !slices.Contains(m[k], label) {
			m[k] = append(m[k], label)
		}
	}
	for _, st := range r.Stories {
		for _, c := range st.Conflicts {
			for _, side := range c.Sides {
				for _, ev := range side.Evidence {
					add(ev, "disputed "+c.Slot+": "+side.Display)
				}
			}
		}
		for _, e := range st.Events {
			for _, f := range e.Facts {
				for _, v := range f.Values {
					for _, ev := range v.Evidence {
						add(ev, f.Slot+": "+v.Display+" ("+f.Status+")")
					}
				}
			}
			for _, d := range e.SingleSource {
				add(d.Evidence, "only this source: "+d.Label())
			}
		}
	}
	for _, q := range r.Quotes {
		who := q.SpeakerName
		if who == "" {
			who = "unattributed"
		}
		add(q.Evidence, "quote: "+who)
	}
	out := map[string][]Mark{}
	for art, m := range byRange {
		marks := make([]Mark, 0, len(m))
		for k, labels := range m {
			marks = append(marks, Mark{k[0], k[1], labels})
		}
		slices.SortFunc(marks, func(a, b Mark) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
		out[art] = marks
	}
	return out
}
