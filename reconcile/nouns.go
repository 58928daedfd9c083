package reconcile

import (
	"fmt"
	"slices"
	"strings"
)

// minSharedFigure is the least count that, given by one source under one
// noun and by another under another, is taken for one figure: "120 new
// night-shift jobs", "120 additional night-shift staff" and "120 agents"
// in three articles about one deal. Smaller counts coincide too often
// ("two suspects", "two victims").
const minSharedFigure = 10

// joinNouns files under one slot the counts of an event that give one
// figure under several nouns ("59 catches", "59 receptions"): slots a and
// b are joined when a source gives under a the very count another gives
// under b, the count is minSharedFigure or more, the two sentences are
// about one thing (nearby), and no source gives counts under both (a
// writer who counts jobs and staff counts two things). The slot with more
// sources keeps the counts (then the first by name). The toll is never
// joined, it has its own rules; nor are nouns of several words or with a
// hyphen, most often a misreading ("284-unit complex").
func joinNouns(bySlot map[string][]pick) {
	slots := countSlots(bySlot)
	into := map[string]string{}
	root := func(s string) string {
		for into[s] != "" {
			s = into[s]
		}
		return s
	}
	for i, a := range slots {
		for _, b := range slots[i+1:] {
			ra, rb := root(a), root(b)
			if ra == rb || !sharedFigure(bySlot[ra], bySlot[rb]) {
				continue
			}
			keep, gone := ra, rb
			if len(bySlot[rb]) > len(bySlot[ra]) {
				keep, gone = rb, ra
			}
			bySlot[keep] = append(bySlot[keep], bySlot[gone]...)
			delete(bySlot, gone)
			into[gone] = keep
		}
	}
}

// countSlots lists the count slots that may be joined, by name.
func countSlots(bySlot map[string][]pick) []string {
	var out []string
	for slot := range bySlot {
		noun, ok := strings.CutPrefix(slot, "count:")
		if ok && slot != "count:dead" && slot != "count:injured" && !strings.ContainsAny(noun, " -") {
			out = append(out, slot)
		}
	}
	slices.Sort(out)
	return out
}

// sharedFigure reports whether two slots' picks give one exact count of
// minSharedFigure or more from two sources whose sentences are about one
// thing (nearby), and no source picks both.
func sharedFigure(as, bs []pick) bool {
	shared := false
	for _, p := range as {
		for _, q := range bs {
			if p.src.ID == q.src.ID {
				return false
			}
			x, y := p.claims[0], q.claims[0]
			if x.Low == x.High && x.Low == y.Low && y.Low == y.High && x.Low >= minSharedFigure && p.nearby(q) {
				shared = true
			}
		}
	}
	return shared
}

// nearby reports whether the sentences of two picks' first claims are
// about one thing: they name someone or something in common, or give
// another figure in common ("a 6% pay rise over two years and 120 new
// jobs", "6 % sur deux ans et l'embauche de 120 agents").
func (p pick) nearby(q pick) bool {
	return shares(p.names(), q.names()) || shares(p.otherFigures(), q.otherFigures())
}

// names are the entities named in the sentence of a pick's first claim.
func (p pick) names() map[string]bool {
	d, c := p.src.Doc, p.claims[0]
	out := map[string]bool{}
	for _, m := range d.Mentions {
		if m.Entity < 0 {
			continue
		}
		if s, ok := d.SentenceIndex(m.Start); ok && s == c.Sentence {
			if id, _, ok := p.src.Entity(m.Entity); ok {
				out[id] = true
			}
		}
	}
	return out
}

// otherFigures are the quantities of the sentence of a pick's first
// claim other than the claim's own, each as its kind, unit and bounds.
func (p pick) otherFigures() map[string]bool {
	d, c := p.src.Doc, p.claims[0]
	out := map[string]bool{}
	for _, q := range d.Quantities {
		if s, ok := d.SentenceIndex(q.Start); ok && s == c.Sentence && !q.Span.Overlaps(c.Evidence) {
			out[fmt.Sprint(q.Kind, q.Unit, q.Low, q.High)] = true
		}
	}
	return out
}
