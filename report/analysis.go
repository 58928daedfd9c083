package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
)

// analysis describes the entities and the quotations of analysed inputs.
func analysis(in []Input, ents []analyze.Global) ([]Entity, []Quote) {
	var docs []*analyze.Doc
	for _, x := range in {
		if x.Doc != nil {
			docs = append(docs, x.Doc)
		}
	}
	entities := []Entity{}
	global := globalIndex(ents)
	for _, g := range ents {
		entities = append(entities, entity(docs, g))
	}
	quotes := []Quote{}
	for di, d := range docs {
		for _, q := range d.Quotes {
			quotes = append(quotes, quote(d, q, func(local int) (analyze.Global, bool) {
				gi, ok := global[[2]int{di, local}]
				if !ok {
					return analyze.Global{}, false
				}
				return ents[gi], true
			}))
		}
	}
	slices.SortStableFunc(quotes, func(a, b Quote) int {
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
	})
	return entities, quotes
}

func entity(docs []*analyze.Doc, g analyze.Global) Entity {
	e := Entity{ID: g.ID, Name: g.Name, Type: g.Type.String(), Aliases: g.Aliases, Articles: g.Articles,
		Descriptors: []Descriptor{}, Evidence: []Span{}}
	for _, d := range g.Descriptors {
		e.Descriptors = append(e.Descriptors, Descriptor{Text: d.Text, Articles: d.Articles})
	}
	for _, m := range g.Members {
		d := docs[m.Doc]
		first := d.Mentions[d.Entities[m.Entity].Mentions[0]]
		e.Evidence = append(e.Evidence, Span{Article: d.ID, Start: first.Start, End: first.End})
	}
	slices.SortFunc(e.Evidence, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start))
	})
	e.Evidence = slices.CompactFunc(e.Evidence, func(a, b Span) bool { return a.Article == b.Article })
	return e
}

func quote(d *analyze.Doc, q analyze.Quote, global func(int) (analyze.Global, bool)) Quote {
	out := Quote{SpeakerName: oneLine(q.Speaker.Text(d.Text)), Text: q.Text(d.Text), Article: d.ID, Direct: q.Direct}
	if q.Mention >= 0 {
		if g, ok := global(d.Mentions[q.Mention].Entity); ok && !q.Group {
			id := g.ID
			out.Speaker, out.SpeakerName = &id, g.Name
		}
	}
	out.Evidence = evidence(d, q.Span)
	return out
}

// evidence describes a span with the sentence it starts in.
func evidence(d *analyze.Doc, s analyze.Span) Evidence {
	ev := Evidence{Article: d.ID, Start: s.Start, End: s.End, Modality: "asserted"}
	for i, sent := range d.Sentences {
		if sent.Start <= s.Start && s.Start < sent.End {
			ev.Sentence = sent.Text(d.Text)
			ev.Modality = d.Modality[i].Primary()
			// A quotation may run over several sentences: show them all.
			if s.End > sent.End {
				ev.Sentence = d.Text[sent.Start:max(s.End, sent.End)]
			}
			break
		}
	}
	return ev
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// globalIndex maps (analysed doc, local entity) to the index in ents of
// the entity it joins.
func globalIndex(ents []analyze.Global) map[[2]int]int {
	global := map[[2]int]int{}
	for gi, g := range ents {
		for _, m := range g.Members {
			global[[2]int{m.Doc, m.Entity}] = gi
		}
	}
	return global
}
