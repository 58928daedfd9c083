package claims

import (
	"strconv"

	"github.com/crosscheck/crosscheck/analyze"
)

// replacedWindow is how many tokens after a count its sentence may name
// the figure the count replaces.
const replacedWindow = 12

// replaced reads the figure that a count's sentence says the count
// replaces, after the count (whose last token is last): "four people
// were injured, not five as first reported", "instead of the eight
// initially reported", "12 dead, up from ten", "lowered to four from
// five". It returns that figure as a claim value ("5"), or "".
func (x *extractor) replaced(first, last int) string {
	end := x.d.Sentences[x.sentOf[last]].Last
	for k := last + 1; k < min(end, last+1+replacedWindow); k++ {
		var at int
		switch {
		case x.lower[k] == "not", x.is(k, "instead", "of"), x.is(k, "rather", "than"):
			at = k + 1
			if x.lower[k] != "not" {
				at++
			}
			if at < end && x.lower[at] == "the" {
				at++
			}
			if v, e, ok := analyze.Cardinal(x.d.Text, x.d.Tokens, at, end); ok && x.earlierReport(e, end) {
				return figure(v)
			}
		case x.lower[k] == "from" && (x.is(k-1, "up") || x.is(k-1, "down") || k <= last+2 && x.changedTo(first)):
			if v, e, ok := analyze.Cardinal(x.d.Text, x.d.Tokens, k+1, end); ok && !x.periodAfter(e, end) {
				return figure(v)
			}
		}
	}
	return ""
}

// earlier reports whether a count's sentence tells it as a first report
// since replaced: "initially" or "originally" and a report verb before
// the count, which starts at token first ("police initially reported that
// four people were wounded", "MPD originally reported that there were
// three victims"), but not "as initially reported", which confirms it.
func (x *extractor) earlier(first int) bool {
	start := x.d.Sentences[x.sentOf[first]].First
	for j := start; j < first; j++ {
		if x.lower[j] != "initially" && x.lower[j] != "originally" || j > start && x.lower[j-1] == "as" {
			continue
		}
		for k := j + 1; k < min(first, j+3); k++ {
			if reportVerbs[x.lower[k]] {
				return true
			}
		}
	}
	return false
}

// is reports whether the tokens from k are the words given.
func (x *extractor) is(k int, words ...string) bool {
	if k < 0 || k+len(words) > len(x.lower) {
		return false
	}
	for i, w := range words {
		if x.lower[k+i] != w {
			return false
		}
	}
	return true
}

// changedTo reports whether "to" comes right before the count that
// starts at token first, and a change verb a few words before that ("the
// toll was lowered to four", "raised the death toll to 12").
func (x *extractor) changedTo(first int) bool {
	if first < 2 || x.lower[first-1] != "to" {
		return false
	}
	start := x.d.Sentences[x.sentOf[first]].First
	for j := first - 2; j >= max(start, first-6); j-- {
		if changeVerbs[x.lower[j]] {
			return true
		}
		if x.d.Tokens[j].Kind == analyze.Punct {
			return false
		}
	}
	return false
}

// earlierReport reports whether the words from token k say a figure was
// reported before ("as first reported", "initially reported", ", as
// police earlier said"): a report verb within a few tokens, with "as" or
// a word of time before it.
func (x *extractor) earlierReport(k, end int) bool {
	cue := false
	for j := k; j < min(end, k+6); j++ {
		switch {
		case earlierWords[x.lower[j]]:
			cue = true
		case reportVerbs[x.lower[j]]:
			return cue
		}
	}
	return false
}

// periodAfter reports whether the words from token k name another period
// ("up from 250 last year"): a figure of then, which the count does not
// replace.
func (x *extractor) periodAfter(k, end int) bool {
	for j := k; j < min(end, k+3); j++ {
		if periodWords[x.lower[j]] {
			return true
		}
	}
	return false
}

// figure writes a count as a claim's value.
func figure(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

var (
	// changeVerbs change a figure to another.
	changeVerbs = set("lowered", "raised", "revised", "rose", "risen", "climbed", "increased", "decreased",
		"fell", "dropped", "corrected", "changed", "updated", "reduced", "grew", "jumped")
	// earlierWords say a report came before, or point back to one.
	earlierWords = set("as", "first", "initially", "originally", "earlier", "previously", "initial", "early")
	// periodWords name a period a figure was counted over.
	periodWords = set("last", "year", "years", "month", "months", "week", "weeks", "previous", "prior", "ago", "in", "during")
	// reportVerbs tell that a figure was given.
	reportVerbs = set("reported", "said", "stated", "announced", "believed", "thought", "feared", "reports",
		"given", "listed", "estimated")
)
