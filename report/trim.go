package report

import "slices"

// Trim narrows a report to its own articles: entities keep only the
// articles, descriptors and evidence of those articles (an entity none of
// them mentions is dropped), quotations only theirs. A store uses it to
// show one story of a larger analysis as a report of its own.
func (r Report) Trim() Report {
	in := map[string]bool{}
	for _, a := range r.Articles {
		in[a.ID] = true
	}
	keep := func(ids []string) []string {
		return slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return !in[id] })
	}
	ents := []Entity{}
	for _, e := range r.Entities {
		e.Articles = keep(e.Articles)
		if len(e.Articles) == 0 {
			continue
		}
		var ds []Descriptor
		for _, d := range e.Descriptors {
			if d.Articles = keep(d.Articles); len(d.Articles) > 0 {
				ds = append(ds, d)
			}
		}
		e.Descriptors = ds
		if e.Descriptors == nil {
			e.Descriptors = []Descriptor{}
		}
		e.Evidence = slices.DeleteFunc(slices.Clone(e.Evidence), func(s Span) bool { return !in[s.Article] })
		ents = append(ents, e)
	}
	quotes := []Quote{}
	for _, q := range r.Quotes {
		if in[q.Article] {
			quotes = append(quotes, q)
		}
	}
	r.Entities, r.Quotes = ents, quotes
	return r
}
