package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
)

var (
	// outcomeNouns are what talks may or may not produce.
	outcomeNouns = set("deal", "deals", "agreement", "agreements", "breakthrough", "breakthroughs", "accord",
		"progress", "ceasefire", "settlement", "treaty", "compromise")
	// dealVerbs say a deal was made.
	dealVerbs = set("reached", "struck", "signed", "sealed", "clinched", "secured", "concluded")
	// failVerbs, after "failed to", say it was not.
	failVerbs = set("reach", "agree", "produce", "yield", "secure", "strike", "achieve", "deliver", "make")
	// stallWords say talks ended without one.
	stallWords = set("fizzled", "fizzles", "stalled", "collapsed", "deadlocked", "stalemate", "deadlock", "impasse")
	// determiners and light modifiers that may stand between the words of
	// a pattern.
	fillers = set("a", "an", "the", "any", "immediate", "major", "real", "significant", "concrete", "final",
		"peace", "lasting", "firm", "formal", "new", "comprehensive", "tangible", "clear")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// outcomes makes outcome claims, "deal" or "no deal": "no immediate
// breakthrough", "the lack of a deal", "failed to reach an agreement",
// "talks stalled", "reached a deal". An outcome belongs to the nearest
// trigger's event other than a statement or the agreement it names, or
// to a meeting: a deal is what talks produce.
func (x *extractor) outcomes() []Claim {
	var out []Claim
	for _, s := range x.d.Sentences {
		for k := s.First; k < s.Last; k++ {
			end, value := x.outcomeAt(k, s.Last)
			if end < 0 {
				continue
			}
			span := analyze.Span{Start: x.d.Tokens[k].Start, End: x.d.Tokens[end-1].End}
			frame := x.frameNear(k, end)
			if frame == "" || frame == "statement" || frame == "agreement" {
				frame = "meeting"
			}
			c := x.claim(frame, "outcome", value, span)
			if value == "no deal" && !x.negatedBefore(s, k) {
				c.Modality &^= analyze.Negated // the negation is the outcome itself
			}
			out = append(out, c)
			k = end - 1
		}
	}
	return out
}

// outcomeAt matches an outcome pattern starting at token k and returns
// the token after it and the outcome, or -1.
func (x *extractor) outcomeAt(k, limit int) (int, string) {
	w := x.lower[k]
	switch {
	case w == "no" || w == "without":
		if e := x.nounAfter(k+1, limit); e > 0 {
			return e, "no deal"
		}
	case (w == "lack" || w == "absence") && k+1 < limit && x.lower[k+1] == "of":
		if e := x.nounAfter(k+2, limit); e > 0 {
			return e, "no deal"
		}
	case w == "failed" && k+2 < limit && x.lower[k+1] == "to" && failVerbs[x.lower[k+2]]:
		return k + 3, "no deal"
	case stallWords[w] && x.sentenceHas(k, "meeting"):
		return k + 1, "no deal"
	case dealVerbs[w]:
		if e := x.nounAfter(k+1, limit); e > 0 {
			return e, "deal"
		}
	}
	return -1, ""
}

// nounAfter returns the token after an outcome noun that follows k after
// at most three fillers, or -1.
func (x *extractor) nounAfter(k, limit int) int {
	for j := k; j < limit && j < k+4; j++ {
		if outcomeNouns[x.lower[j]] {
			return j + 1
		}
		if !fillers[x.lower[j]] {
			return -1
		}
	}
	return -1
}

// sentenceHas reports whether token k's sentence has a trigger of frame.
func (x *extractor) sentenceHas(k int, frame string) bool {
	s := x.d.Sentences[x.sentOf[k]]
	for j := s.First; j < s.Last; j++ {
		if x.frames[j] == frame {
			return true
		}
	}
	return false
}

// negatedBefore reports whether sentence s has a negation before token
// first ("did not end without a deal").
func (x *extractor) negatedBefore(s analyze.Sentence, first int) bool {
	for j := s.First; j < first; j++ {
		if negations[x.lower[j]] || strings.HasSuffix(x.lower[j], "n't") {
			return true
		}
	}
	return false
}

var negations = set("not", "n't", "no", "never", "neither", "nor", "none", "nobody", "nothing", "without",
	"denied", "denies", "deny", "isn't", "wasn't", "aren't", "weren't", "didn't", "doesn't", "don't")
