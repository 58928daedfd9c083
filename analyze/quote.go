package analyze

import (
	"strings"
)

// Quote is a quotation: words in quotation marks (Direct), or the clause
// reported after "said that" or beside "according to".
type Quote struct {
	Span         // the quoted words, without the marks
	Direct  bool // in quotation marks
	Speaker Span // who said it, as written ("Ushakov", "Kremlin officials"); zero if unknown
	Mention int  // the speaker's name among Doc.Mentions; -1 if none
	Group   bool // the speaker is a group ("Kremlin officials"), not one person
	Verb    Span // the speech verb, zero for "according to" and continuations
}

// quoteMarks pairs opening and closing quotation marks.
var quoteMarks = map[string]string{"“": "”", "\"": "\"", "«": "»", "„": "“", "‘": "’", "‹": "›"}

// looseClosers close a curly opening mark when its paragraph has no
// curly closer: "“It was crazy," he said" mixes the two styles.
var looseClosers = map[string]string{"“": "\"", "„": "\""}

// quotedSpans finds the token ranges inside quotation marks, within one
// paragraph: [open, close] are the indexes of the marks.
func quotedSpans(text string, toks []Token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != Punct {
			continue
		}
		j, ok := closingMark(text, toks, i)
		if !ok {
			continue
		}
		if j > i+1 {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// closingMark returns the index of the mark that closes the quotation
// mark at token i, in its paragraph: its own closer, or, for a curly mark
// whose own closer never comes, the first straight one.
func closingMark(text string, toks []Token, i int) (int, bool) {
	open := toks[i].Text(text)
	closer, ok := quoteMarks[open]
	if !ok {
		return 0, false
	}
	loose := -1
	for j := i + 1; j < len(toks) && j-i < 400; j++ {
		if lineBreak(text, toks[j-1], toks[j]) {
			break
		}
		switch toks[j].Text(text) {
		case closer:
			return j, true
		case looseClosers[open]:
			if loose < 0 {
				loose = j
			}
		}
	}
	return loose, loose >= 0
}

// findQuotes returns direct quotations with their speakers, then reported
// speech. A quotation without a speaker of its own continues the one
// before it in the same paragraph ("“…,” Ushakov said. “Details …”").
func findQuotes(text string, toks []Token, sents []Sentence, ms []Mention) []Quote {
	var out []Quote
	for _, qs := range quotedSpans(text, toks) {
		open, close := qs[0], qs[1]
		inner := Span{toks[open+1].Start, toks[close-1].End}
		q := Quote{Span: inner, Direct: true, Mention: -1}
		attribute(&q, text, toks, sents, ms, open, close)
		if q.Speaker.Len() == 0 && len(out) > 0 {
			prev := out[len(out)-1]
			if prev.Direct && prev.Speaker.Len() > 0 && sameParagraph(text, prev.End, inner.Start) {
				q.Speaker, q.Mention, q.Group = prev.Speaker, prev.Mention, prev.Group
			}
		}
		if n := wordCount(toks, open+1, close); n < 3 || q.Speaker.Len() == 0 && n < 4 {
			continue // a scare quote or a title, not a quotation
		}
		out = append(out, q)
	}
	return append(out, reported(text, toks, sents, ms, out)...)
}

func wordCount(toks []Token, from, to int) int {
	n := 0
	for _, t := range toks[from:to] {
		if t.Kind == Word || t.Kind == Number {
			n++
		}
	}
	return n
}

func sameParagraph(text string, a, b int) bool {
	return a <= b && !strings.Contains(text[a:b], "\n")
}

// attribute finds the speaker after the quotation ("…,” Ushakov said",
// "…,” said Tatiana Stanovaya, a … analyst") or before it ("Ushakov said:
// “…”", "Kremlin officials described the talks as “…”").
func attribute(q *Quote, text string, toks []Token, sents []Sentence, ms []Mention, open, close int) {
	lo, hi := sentenceBounds(sents, open)
	_, hiClose := sentenceBounds(sents, close)
	hi = max(hi, hiClose)
	if s, v, ok := speakerAfter(text, toks, close+1, hi); ok {
		setSpeaker(q, text, ms, s, v)
		return
	}
	if s, v, ok := speakerBefore(text, toks, ms, lo, open); ok {
		setSpeaker(q, text, ms, s, v)
	}
}

// speakerAfter reads "[,] NAME VERB" or "[,] VERB NAME" after a closing
// quotation mark.
func speakerAfter(text string, toks []Token, k, hi int) (speaker, verb Span, ok bool) {
	for k < hi && isCloser(toks[k].Text(text)) {
		k++
	}
	if k < hi && toks[k].Text(text) == "," {
		k++
	}
	if k >= hi {
		return
	}
	if v := lowerAt(text, toks, k); isSpeechVerb(v) {
		// "said Tatiana Stanovaya, a … analyst"
		end := nounPhraseEnd(text, toks, k+1, hi)
		if end > k+1 {
			return Span{toks[k+1].Start, toks[end-1].End}, toks[k].Span, true
		}
		return
	}
	end := nounPhraseEnd(text, toks, k, hi)
	if end > k && end < hi && end-k <= 12 {
		if v := lowerAt(text, toks, end); isSpeechVerb(v) {
			return Span{toks[k].Start, toks[end-1].End}, toks[end].Span, true
		}
	}
	return
}

// speakerBefore reads "NAME VERB[:,]" or "NAME VERB … as" before an
// opening quotation mark in the same sentence.
func speakerBefore(text string, toks []Token, ms []Mention, lo, open int) (speaker, verb Span, ok bool) {
	for v := open - 1; v >= lo && open-v <= 8; v-- {
		if !isSpeechVerb(lowerAt(text, toks, v)) {
			continue
		}
		start := nounPhraseStart(text, toks, lo, v)
		if start < v {
			return Span{toks[start].Start, toks[v-1].End}, toks[v].Span, true
		}
		if from, to := apposedSubject(text, toks, ms, lo, v); to > from {
			return Span{toks[from].Start, toks[to-1].End}, toks[v].Span, true
		}
		return
	}
	return
}

// maxApposition bounds the words between the commas of an apposition.
const maxApposition = 25

// apposedSubject reads a sentence that opens with a noun phrase set off
// by an apposition right before speech verb v: "Marta Okonkwo-Lind, the
// union's former president, called the agreement …" or "Sen. Richard
// Blumenthal, D-Conn, said" (the phrase is the speaker), or "Sterling's
// mother, Quinetta McMillon, said …" and "His attorney, Joshua Polsky,
// said" (the apposition names the one the phrase describes). It returns
// the speaker's tokens [from, to), empty if the sentence is not so.
func apposedSubject(text string, toks []Token, ms []Mention, lo, v int) (from, to int) {
	if v-1 <= lo || toks[v-1].Text(text) != "," {
		return lo, lo
	}
	for c := lo + 1; c < v-1 && c-lo <= 8; c++ {
		if toks[c].Text(text) != "," {
			continue
		}
		if v-1-c > maxApposition || nounPhraseStart(text, toks, lo, c) != lo {
			return lo, lo
		}
		subject := Span{toks[lo].Start, toks[c-1].End}
		if isPerson(ms, Span{toks[c+1].Start, toks[v-2].End}) && (possessive(text, toks, lo, c) || !holdsPerson(ms, subject)) {
			return c + 1, v - 1 // the apposition names who the phrase describes
		}
		return lo, c
	}
	return lo, lo
}

// holdsPerson reports whether span sp holds a person's name.
func holdsPerson(ms []Mention, sp Span) bool {
	for _, m := range ms {
		if m.Type == Person && m.Start >= sp.Start && m.End <= sp.End {
			return true
		}
	}
	return false
}

// possessive reports a possessive among tokens [from, to): "Sterling's
// mother" is not Sterling.
func possessive(text string, toks []Token, from, to int) bool {
	for k := from; k < to; k++ {
		if w := toks[k].Text(text); w == "'s" || w == "’s" {
			return true
		}
	}
	return false
}

// isPerson reports whether span sp is the name of a person, as tagged.
func isPerson(ms []Mention, sp Span) bool {
	for _, m := range ms {
		if m.Span == sp {
			return m.Type == Person
		}
	}
	return false
}

// nounPhraseEnd returns the end of a speaker phrase starting at k: names,
// titles, determiners, possessives and a parenthesis ("Senate Intelligence
// Committee Chairman Sen. Mark Warner (D-VA)"), or a pronoun.
func nounPhraseEnd(text string, toks []Token, k, hi int) int {
	if k < hi && pronouns[lowerAt(text, toks, k)] {
		return k + 1
	}
	j := k
	for j < hi {
		w := toks[j].Text(text)
		lw := strings.ToLower(w)
		switch {
		case w == "(":
			if p := parenthesis(text, toks, j, hi); p.Len() > 0 {
				j = tokenEndingAt(toks, p.End) + 2
				continue
			}
			return j
		case isCapitalised(w) || isRole(w) || titleModifiers[lw] || determiners[lw] || lw == "'s" || lw == "’s":
			j++
		default:
			return j
		}
	}
	return j
}

// nounPhraseStart walks back from a speech verb over the speaker phrase.
func nounPhraseStart(text string, toks []Token, lo, v int) int {
	j := v
	for j > lo {
		w := toks[j-1].Text(text)
		lw := strings.ToLower(w)
		if pronouns[lw] && j == v {
			return j - 1
		}
		if w == ")" {
			k := j - 1
			for k > lo && toks[k-1].Text(text) != "(" {
				k--
			}
			if k == lo {
				break // no opening bracket in the sentence
			}
			j = k - 1
			continue
		}
		if isCapitalised(w) || isRole(w) || titleModifiers[lw] || determiners[lw] || lw == "'s" || lw == "’s" {
			j--
			continue
		}
		break
	}
	return j
}

var pronouns = setOf("he", "she", "they", "i", "we", "it")

var determiners = setOf("the", "a", "an", "its", "his", "her", "their", "our", "several", "some", "two",
	"three", "many", "other", "both")

func lowerAt(text string, toks []Token, k int) string {
	return strings.ToLower(toks[k].Text(text))
}

// setSpeaker records the speaker phrase and the name in it: the last
// person named, else any name (a group such as "Kremlin officials").
func setSpeaker(q *Quote, text string, ms []Mention, speaker, verb Span) {
	q.Speaker, q.Verb = speaker, verb
	best := -1
	for i, m := range ms {
		if !speaker.Contains(m.Span) {
			continue
		}
		if m.Type == Person || best < 0 || ms[best].Type != Person {
			best = i
		}
	}
	q.Mention = best
	last := strings.ToLower(lastWord(speaker.Text(text)))
	q.Group = (best < 0 || ms[best].Type != Person) && (groupNouns[last] || strings.HasSuffix(last, "s"))
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

var groupNouns = setOf("officials", "sources", "aides", "diplomats", "analysts", "experts", "critics",
	"officers", "leaders", "lawmakers", "negotiators", "envoys", "authorities", "people", "residents",
	"witnesses", "police", "government", "ministry", "kremlin", "white house", "spokespeople", "they")

// reported finds speech without quotation marks: "Ushakov said that both
// sides …", "… , according to the ministry". Sentences that already hold
// a direct quotation are skipped.
func reported(text string, toks []Token, sents []Sentence, ms []Mention, direct []Quote) []Quote {
	var out []Quote
	for _, s := range sents {
		if holdsQuote(direct, s.Span) {
			continue
		}
		if q, ok := saidThat(text, toks, s, ms); ok {
			out = append(out, q)
		} else if q, ok := accordingTo(text, toks, s, ms); ok {
			out = append(out, q)
		}
	}
	return out
}

func holdsQuote(qs []Quote, s Span) bool {
	for _, q := range qs {
		if s.Start <= q.Start && q.Start < s.End {
			return true
		}
	}
	return false
}

// saidThat: SPEAKER VERB [object] that CLAUSE.
func saidThat(text string, toks []Token, s Sentence, ms []Mention) (Quote, bool) {
	for v := s.First + 1; v < s.Last-2; v++ {
		if !isSpeechVerb(lowerAt(text, toks, v)) {
			continue
		}
		start := nounPhraseStart(text, toks, s.First, v)
		if start == v {
			continue
		}
		for k := v + 1; k < s.Last-1 && k-v <= 6; k++ {
			if lowerAt(text, toks, k) == "that" {
				clause := Span{toks[k+1].Start, trimEnd(text, toks, s)}
				if clause.Len() <= 0 {
					return Quote{}, false
				}
				q := Quote{Span: clause, Mention: -1}
				setSpeaker(&q, text, ms, Span{toks[start].Start, toks[v-1].End}, toks[v].Span)
				return q, q.Mention >= 0 || q.Group
			}
		}
	}
	return Quote{}, false
}

// accordingTo: "CLAUSE, according to SPEAKER." or "According to SPEAKER, CLAUSE."
func accordingTo(text string, toks []Token, s Sentence, ms []Mention) (Quote, bool) {
	for k := s.First; k < s.Last-2; k++ {
		if lowerAt(text, toks, k) != "according" || lowerAt(text, toks, k+1) != "to" {
			continue
		}
		end := nounPhraseEnd(text, toks, k+2, s.Last)
		if end == k+2 {
			return Quote{}, false
		}
		speaker := Span{toks[k+2].Start, toks[end-1].End}
		var clause Span
		if k == s.First && end < s.Last-1 && toks[end].Text(text) == "," {
			clause = Span{toks[end+1].Start, trimEnd(text, toks, s)}
		} else if k > s.First {
			last := k - 1
			if toks[last].Text(text) == "," {
				last--
			}
			if last >= s.First {
				clause = Span{s.Start, toks[last].End}
			}
		}
		if clause.Len() <= 0 {
			return Quote{}, false
		}
		q := Quote{Span: clause, Mention: -1}
		setSpeaker(&q, text, ms, speaker, Span{})
		return q, q.Mention >= 0 || q.Group
	}
	return Quote{}, false
}

// trimEnd is the end of a sentence without its final punctuation.
func trimEnd(text string, toks []Token, s Sentence) int {
	k := s.Last - 1
	for k > s.First && toks[k].Kind == Punct {
		k--
	}
	return toks[k].End
}
