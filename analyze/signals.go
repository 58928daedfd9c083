package analyze

import "sort"

// Signals describe how an article reports, for comparing sources.
type Signals struct {
	HedgesPer100Words float64 // "likely", "could", "may" … per 100 words
	Quotes            int     // direct quotations
	NamedSources      int     // distinct named people quoted or reported
	AttributedShare   float64 // share of sentences that attribute what they say
}

// Signals computes the article's signals.
func (d *Doc) Signals() Signals {
	var s Signals
	if w := d.Words(); w > 0 {
		s.HedgesPer100Words = round2(float64(d.Hedges) * 100 / float64(w))
	}
	speakers := map[int]bool{}
	for _, q := range d.Quotes {
		if q.Direct {
			s.Quotes++
		}
		if q.Mention >= 0 && d.Mentions[q.Mention].Type == Person {
			speakers[d.Mentions[q.Mention].Entity] = true
		}
	}
	s.NamedSources = len(speakers)
	if len(d.Sentences) > 0 {
		n := 0
		for i, m := range d.Modality {
			if m&Attributed != 0 || holdsQuote(d.Quotes, d.Sentences[i].Span) {
				n++
			}
		}
		s.AttributedShare = round2(float64(n) / float64(len(d.Sentences)))
	}
	return s
}

func round2(x float64) float64 {
	return float64(int64(x*100+0.5)) / 100
}

// SentenceAt returns the sentence holding byte offset pos, or false.
func (d *Doc) SentenceAt(pos int) (Sentence, bool) {
	if i, ok := d.SentenceIndex(pos); ok {
		return d.Sentences[i], true
	}
	return Sentence{}, false
}

// SentenceIndex returns the index of the sentence holding byte offset
// pos, or false.
func (d *Doc) SentenceIndex(pos int) (int, bool) {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > pos })
	return i, i < len(d.Sentences) && d.Sentences[i].Start <= pos
}
