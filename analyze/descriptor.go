package analyze

import (
	"sort"
	"strings"
)

// Descriptor is a phrase that says who or what an entity is: a title
// before the name ("Russian President"), an appositive after it ("CEO of
// the Russian Direct Investment Fund"), a relative clause ("who serves as
// the Kremlin’s senior foreign policy aide" → the part after "as"), or a
// parenthesis ("D-VA").
type Descriptor struct {
	Span
	Mention int // index into Doc.Mentions
}

// tokenAt returns the index of the token starting at byte offset pos, or -1.
func tokenAt(toks []Token, pos int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= pos })
	if i < len(toks) && toks[i].Start == pos {
		return i
	}
	return -1
}

// tokenEndingAt returns the index of the token ending at pos, or -1.
func tokenEndingAt(toks []Token, pos int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End >= pos })
	if i < len(toks) && toks[i].End == pos {
		return i
	}
	return -1
}

// findDescriptors sets each person mention's title and returns the
// descriptors of all mentions.
func findDescriptors(text string, toks []Token, sents []Sentence, ms []Mention) []Descriptor {
	var out []Descriptor
	for i := range ms {
		m := &ms[i]
		first, last := tokenAt(toks, m.Start), tokenEndingAt(toks, m.End)
		if first < 0 || last < 0 {
			continue
		}
		lo, hi := sentenceBounds(sents, first)
		if m.Type == Person {
			if t := titleBefore(text, toks, lo, first); t.Len() > 0 {
				m.Title = t
				out = append(out, Descriptor{t, i})
			}
		}
		d := appositiveAfter(text, toks, last+1, hi)
		if d.Len() > 0 && acronym(m.Text(text)) != d.Text(text) && !titledName(text, toks, ms, d) {
			out = append(out, Descriptor{d, i})
		}
	}
	return out
}

// titledName reports whether span d ends with a person's name right after
// a role ("Vladimir Putin, U.S. Special Envoy Steve Witkoff, and …"): the
// next item of a list, not a description of the name before it.
func titledName(text string, toks []Token, ms []Mention, d Span) bool {
	for _, m := range ms {
		if m.Type != Person || m.End != d.End || m.Start <= d.Start {
			continue
		}
		if k := tokenAt(toks, m.Start); k > 0 && isRole(toks[k-1].Text(text)) {
			return true
		}
	}
	return false
}

func sentenceBounds(sents []Sentence, tok int) (int, int) {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Last > tok })
	if i < len(sents) {
		return sents[i].First, sents[i].Last
	}
	return tok, tok + 1
}

// titleBefore returns the title right before a name: a run of up to seven
// tokens that ends with a role noun and holds only role nouns, title
// modifiers, capitalised words and possessives ("Donald Trump's
// son-in-law"). Honorifics (Mr., Dr.) are not titles.
func titleBefore(text string, toks []Token, lo, first int) Span {
	j := first - 1
	if j < lo || !isRole(toks[j].Text(text)) {
		return Span{}
	}
	start := j
	for k := j - 1; k >= lo && first-k <= 7; k-- {
		w := toks[k].Text(text)
		lw := strings.ToLower(w)
		switch {
		case lw == "the" || lw == "a" || lw == "an":
			return Span{toks[start].Start, toks[j].End} // "The erstwhile U.S. President": no article
		case isRole(w) || titleModifiers[lw] || isCapitalised(w):
		case lw == "'s" || lw == "’s":
			if k == lo {
				return Span{toks[start].Start, toks[j].End}
			}
		default:
			return Span{toks[start].Start, toks[j].End}
		}
		start = k
	}
	return Span{toks[start].Start, toks[j].End}
}

func isRole(w string) bool {
	lw := strings.ToLower(w)
	return roleNouns[lw] && !honorifics[lw]
}

func isCapitalised(w string) bool {
	r := firstRune(w)
	return isUpper(r)
}

// appositiveAfter returns the descriptor that follows a name: ", a/an/the
// … role …," or ", <role> of …," or ", who serves as …," or "(…)". It must
// hold a role noun, end at a comma, a period or a closing bracket, and be
// at most 16 tokens long.
func appositiveAfter(text string, toks []Token, next, hi int) Span {
	if next >= hi {
		return Span{}
	}
	switch toks[next].Text(text) {
	case "(":
		return parenthesis(text, toks, next, hi)
	case ",":
	default:
		return Span{}
	}
	start := next + 1
	if start >= hi {
		return Span{}
	}
	w := strings.ToLower(toks[start].Text(text))
	if w == "who" || w == "which" {
		start = afterCopula(text, toks, start+1, hi)
		if start < 0 {
			return Span{}
		}
	}
	hasRole := false
	for k := start; k < hi && k-start < 16; k++ {
		t := toks[k].Text(text)
		switch {
		case t == "," || t == "." || t == ")" || t == ";" || t == "—" || t == "–":
			if !hasRole || k == start {
				return Span{}
			}
			return Span{toks[start].Start, toks[k-1].End}
		case isRole(t):
			hasRole = true
		case k == start && !startsDescriptor(text, toks, k):
			return Span{}
		case isSpeechVerb(strings.ToLower(t)):
			return Span{}
		}
	}
	return Span{}
}

// startsDescriptor: an appositive begins with an article, a possessive
// name, a role, a title modifier or a capitalised word.
func startsDescriptor(text string, toks []Token, k int) bool {
	w := toks[k].Text(text)
	lw := strings.ToLower(w)
	switch {
	case lw == "a" || lw == "an" || lw == "the" || lw == "its" || lw == "his" || lw == "her" || lw == "their":
		return true
	case isRole(w) || titleModifiers[lw] || isCapitalised(w):
		return true
	}
	return false
}

// afterCopula skips "serves as", "is", "was", "has been", "served as" in a
// relative clause and returns the index after it, or -1.
func afterCopula(text string, toks []Token, k, hi int) int {
	for n := 0; k < hi && n < 3; n++ {
		switch strings.ToLower(toks[k].Text(text)) {
		case "is", "was", "serves", "served", "has", "had", "been", "works", "worked", "acts", "acted", "became":
			k++
		case "as":
			return k + 1
		default:
			if n == 0 {
				return -1
			}
			return k
		}
	}
	return k
}

// parenthesis returns "(D-VA)"'s inside when it is short and not a
// sentence.
func parenthesis(text string, toks []Token, open, hi int) Span {
	for k := open + 1; k < hi && k-open <= 6; k++ {
		if toks[k].Text(text) == ")" {
			if k == open+1 {
				return Span{}
			}
			return Span{toks[open+1].Start, toks[k-1].End}
		}
	}
	return Span{}
}
