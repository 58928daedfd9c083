package claims

import (
	"time"

	"github.com/crosscheck/crosscheck/analyze"
)

// Claim is one value an article gives for one slot.
type Claim struct {
	Frame string // the kind of event the slot belongs to ("meeting"); "" for an entity's attribute
	Slot  string // "duration", "day", "date", "location", "outcome", "participants", "count:<noun>", "amount:<noun>", "role", "status", "age", "dateline", "address:<street>"
	Value string // normalised: "PT5H", "Tuesday", "2025-12-02", "no deal", "4", "USD 145000000000"; a place's or person's name
	// Display is the value as the article writes it: "five-hour", "$145 billion".
	Display string
	// Low and High bound a number or a duration (in seconds) the words
	// allow: "more than four hours" is (14400, +Inf). Both 0 for other slots.
	Low, High float64
	Approx    bool // "about", "nearly", "some": the number is rounded
	// Group is the kind of people a casualty count counts ("officer" in
	// "seven officers were wounded"); "" for people at large.
	Group string
	// Office is the office a status claim is about ("president" in
	// "former president"); "" for other claims.
	Office   string
	Entity   int // the entity (index into Doc.Entities) the claim is about or names; -1 if none
	Modality analyze.Modality
	// Attribution is who the sentence says the claim comes from, as
	// written ("Kremlin officials"); "" when the article asserts it.
	Attribution string
	// Background: its sentence dates itself a month or more before the
	// article was published ("the quake in September killed six"), so it
	// tells of an earlier happening, or it sums up several happenings
	// ("four separate shootings left two dead").
	Background bool
	// Replaces is a figure the sentence says this count replaces, as a
	// value ("four injured, not five as first reported": "5"); "" if none.
	Replaces string
	// Earlier: the sentence tells the count as a first report since
	// replaced ("police initially reported four wounded").
	Earlier  bool
	Sentence int          // index into Doc.Sentences
	Evidence analyze.Span // the words that state the value
}

// Modal reports whether the claim is weaker than an assertion: hedged,
// a question, negated or conditional. Such a claim never outvotes an
// asserted or attributed one.
func (c Claim) Modal() bool {
	return c.Modality&(analyze.Hedged|analyze.Question|analyze.Negated|analyze.Conditional) != 0
}

// Extract returns the claims of one article, in text order of their
// evidence.
func Extract(d *analyze.Doc) []Claim {
	x := newExtractor(d)
	var out []Claim
	out = append(out, x.quantities()...)
	out = append(out, x.times()...)
	out = append(out, x.places()...)
	out = append(out, x.dateline()...)
	out = append(out, x.outcomes()...)
	out = append(out, x.attributes()...)
	out = append(out, x.contrasted()...)
	out = append(out, x.ages()...)
	out = append(out, x.addresses()...)
	sortClaims(out)
	return out
}

// extractor holds one article's analysis and where its triggers are.
type extractor struct {
	d          *analyze.Doc
	lower      []string // each token, lowercased
	frames     []string // each token's kind of event if it is a trigger, else ""
	sentOf     []int    // each token's sentence
	speakers   []string // each sentence's attribution, "" if none
	background []bool   // each sentence: dated a month or more before publication, or a tally
	dated      []bool   // each sentence: dated a month or more before publication
}

func newExtractor(d *analyze.Doc) *extractor {
	x := sentenceReader(d, len(d.Sentences), len(d.Tokens))
	x.speakers = make([]string, len(d.Sentences))
	for _, q := range d.Quotes {
		if q.Speaker.Len() == 0 {
			continue
		}
		if s, ok := x.sentenceAt(q.Speaker.Start); ok && x.speakers[s] == "" {
			x.speakers[s] = q.Speaker.Text(d.Text)
		}
	}
	return x
}

// sentenceReader reads the first n sentences, whose tokens end before
// token end: their words, triggers and which are background. That is all
// When needs of a lead, and where newExtractor starts.
func sentenceReader(d *analyze.Doc, n, end int) *extractor {
	x := leadReader(d, end)
	x.sentOf, x.background, x.dated = make([]int, end), make([]bool, n), make([]bool, n)
	for s, sent := range d.Sentences[:n] {
		for k := sent.First; k < sent.Last; k++ {
			x.sentOf[k] = s
		}
	}
	for _, t := range d.Times {
		if s, ok := x.sentenceAt(t.Start); ok && before(t, d.Published) {
			x.background[s], x.dated[s] = true, true
		}
	}
	for s := range n {
		x.background[s] = x.background[s] || x.tally(s)
	}
	return x
}

// tally reports whether sentence s sums up more than one happening: a
// plural incident with a number or a word that says there were several
// ("in four separate shootings", "in other shootings", "a pair of
// attacks").
func (x *extractor) tally(s int) bool {
	sent := x.d.Sentences[s]
	for k := sent.First; k < sent.Last; k++ {
		if !incidents[x.lower[k]] {
			continue
		}
		for j := max(sent.First, k-3); j < k; j++ {
			if severalWords[x.lower[j]] || x.d.Tokens[j].Kind == analyze.Number {
				return true
			}
		}
	}
	return false
}

// incidents are the plural nouns of happenings a tally sums up.
var incidents = set("shootings", "stabbings", "attacks", "incidents", "homicides", "bombings", "crashes", "robberies")

// severalWords before a plural incident say there were several of them.
var severalWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "separate", "other",
	"several", "multiple", "different", "pair", "series", "string", "spate", "unrelated")

// sentenceAt returns the sentence holding byte pos, if the extractor
// read it.
func (x *extractor) sentenceAt(pos int) (int, bool) {
	if k := x.tokenAt(pos); k >= 0 && k < len(x.sentOf) {
		return x.sentOf[k], true
	}
	return 0, false
}

// tokenAt returns the token holding byte pos, or -1.
func (x *extractor) tokenAt(pos int) int {
	lo, hi := 0, len(x.d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if x.d.Tokens[m].End <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(x.d.Tokens) && x.d.Tokens[lo].Start <= pos {
		return lo
	}
	return -1
}

// tokens returns the first and the last token of a span.
func (x *extractor) tokens(sp analyze.Span) (first, last int, ok bool) {
	first, last = x.tokenAt(sp.Start), x.tokenAt(sp.End-1)
	return first, last, first >= 0 && last >= 0
}

// maxReach is how many tokens apart a value and its trigger may be.
const maxReach = 12

// frameNear returns the kind of event of the trigger nearest to the
// tokens [first, last) in their sentence, within maxReach tokens, or "".
// Ties go to the trigger before.
func (x *extractor) frameNear(first, last int) string {
	s := x.d.Sentences[x.sentOf[first]]
	best, dist := "", maxReach+1
	for k := max(s.First, first-maxReach); k < min(s.Last, last+maxReach); k++ {
		if x.frames[k] == "" || k >= first && k < last {
			continue
		}
		d := first - k
		if k >= last {
			d = k - last + 1
		}
		if d < dist {
			best, dist = x.frames[k], d
		}
	}
	return best
}

// claim makes a claim stated by the words of span in sentence s.
func (x *extractor) claim(frame, slot, value string, span analyze.Span) Claim {
	s, _ := x.sentenceAt(span.Start)
	last := x.tokenAt(span.End-1) + 1
	return Claim{Frame: frame, Slot: slot, Value: value, Display: span.Text(x.d.Text), Entity: -1,
		Modality: x.d.ClaimModality(s, last), Attribution: x.speakers[s], Background: x.background[s], Sentence: s, Evidence: span}
}

// before reports whether a resolved date, month or year ends a month or
// more before published.
func before(t analyze.TimeExpr, published time.Time) bool {
	if !t.Resolved || published.IsZero() {
		return false
	}
	var end time.Time
	switch {
	case t.Kind == analyze.Date && len(t.Value) == len("2006-01-02"):
		d, err := time.Parse("2006-01-02", t.Value)
		if err != nil {
			return false
		}
		end = d.AddDate(0, 0, 1)
	case t.Kind == analyze.Month && len(t.Value) == len("2006-01"):
		m, err := time.Parse("2006-01", t.Value)
		if err != nil {
			return false
		}
		end = m.AddDate(0, 1, 0)
	case t.Kind == analyze.Year && len(t.Value) == len("2006"):
		y, err := time.Parse("2006", t.Value)
		if err != nil {
			return false
		}
		end = y.AddDate(1, 0, 0)
	default:
		return false
	}
	return published.Sub(end) >= 30*24*time.Hour
}
