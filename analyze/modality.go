package analyze

import "strings"

// Modality says how a sentence presents what it claims. Several may hold;
// Primary picks the one that matters most for weighing a claim.
type Modality uint8

// Modality flags. A sentence with none of them is asserted.
const (
	Attributed  Modality = 1 << iota // "according to", "X said", "reportedly"
	Hedged                           // "likely", "may have", "could"
	Question                         // ends with a question mark
	Negated                          // "not", "never", "no"
	Conditional                      // future or conditional: "will", "would", "if"
)

// Primary is the modality reported for a claim: question, then negated,
// hedged, conditional, attributed; else "asserted".
func (m Modality) Primary() string {
	switch {
	case m&Question != 0:
		return "question"
	case m&Negated != 0:
		return "negated"
	case m&Hedged != 0:
		return "hedged"
	case m&Conditional != 0:
		return "conditional"
	case m&Attributed != 0:
		return "attributed"
	}
	return "asserted"
}

var (
	hedgeWords = setOf("likely", "unlikely", "may", "might", "could", "possibly", "perhaps", "probably",
		"allegedly", "apparently", "seemingly", "appear", "appears", "appeared", "seem", "seems", "seemed",
		"suggest", "suggests", "suggested", "suggesting", "potential", "potentially", "rumored",
		"rumoured", "speculated", "unclear", "unconfirmed", "purportedly", "presumably", "maybe")
	attributionWords = setOf("reportedly", "according", "citing", "cited", "sources")
	negationWords    = setOf("not", "n't", "no", "never", "neither", "nor", "none", "nobody", "nothing",
		"without", "denied", "denies", "deny")
	conditionalWords = setOf("will", "would", "shall", "'ll", "if", "unless", "should", "plans", "planned")
)

// sentenceModality classifies each sentence and counts hedge words.
func sentenceModality(text string, toks []Token, sents []Sentence) (mods []Modality, hedges int) {
	mods = make([]Modality, len(sents))
	for i, s := range sents {
		var n int
		mods[i], n = wordsModality(text, toks, s.First, s.Last)
		hedges += n
		if endsWithQuestion(text, toks, s) {
			mods[i] |= Question
		}
	}
	return mods, hedges
}

// ClaimModality is the modality of a claim stated by tokens up to last
// (exclusive) of sentence s: a hedge, a negation or a future only counts
// when it comes before the claim's words end ("may have lasted five
// hours", not "met for five hours, signalling a potential shift"); an
// attribution or a question mark anywhere in the sentence counts. The
// words of a quotation that ends before the claim are the speaker's, not
// the claim's: in "“A fair deal, not a perfect one,” union president
// Marta Okonkwo-Lind said", the title is not negated.
func (d *Doc) ClaimModality(s int, last int) Modality {
	sent := d.Sentences[s]
	end := min(max(last, sent.First), sent.Last)
	var before Modality
	from := d.clauseStart(sent, end)
	for _, q := range d.Quotes {
		if !q.Direct || end == from || q.Start < sent.Start || q.End > d.Tokens[end-1].Start {
			continue
		}
		k := from
		for k < end && d.Tokens[k].Start < q.Start {
			k++
		}
		m, _ := wordsModality(d.Text, d.Tokens, from, k)
		before |= m
		for from = k; from < end && d.Tokens[from].Start < q.End; from++ {
		}
	}
	m, _ := wordsModality(d.Text, d.Tokens, from, end)
	before |= m
	return before&(Hedged|Negated|Conditional) | d.Modality[s]&(Attributed|Question)
}

// clauseStart is the first token of the clause that token end-1 is in:
// after the last ", and", ", but", ", while" or ";" before it. A hedge of
// another clause is not the claim's: in "as a potential second
// administration looms, and the meeting between … Special Envoy Steve
// Witkoff …", the envoy is no potential one.
func (d *Doc) clauseStart(sent Sentence, end int) int {
	from := sent.First
	for k := sent.First; k+1 < end; k++ {
		switch t := d.Tokens[k].Text(d.Text); {
		case t == ";":
			from = k + 1
		case t == "," && clauseJoins[lowerAt(d.Text, d.Tokens, k+1)]:
			from = k + 2
		}
	}
	return min(from, end)
}

// clauseJoins begin a clause after a comma.
var clauseJoins = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "yet": true}

// wordsModality classifies the words of tokens [first, last) and counts
// their hedge words.
func wordsModality(text string, toks []Token, first, last int) (m Modality, hedges int) {
	for k := first; k < last; k++ {
		if toks[k].Kind != Word {
			continue
		}
		w := strings.ToLower(toks[k].Text(text))
		switch {
		case hedgeWords[w] && !monthMay(text, toks[k]):
			m |= Hedged
			hedges++
		case attributionWords[w] || isSpeechVerb(w):
			m |= Attributed
		case negationWords[w] || strings.HasSuffix(w, "n't"):
			m |= Negated
		case conditionalWords[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") ||
			w == "set" && k+1 < last && lowerAt(text, toks, k+1) == "to":
			m |= Conditional
		}
	}
	return m, hedges
}

// monthMay reports a "May" in capitals: the month or a name ("May
// Street"), which news does not begin a question or a wish with.
func monthMay(text string, t Token) bool {
	return t.Text(text) == "May"
}

func endsWithQuestion(text string, toks []Token, s Sentence) bool {
	for k := s.Last - 1; k >= s.First; k-- {
		t := toks[k].Text(text)
		if isCloser(t) {
			continue
		}
		return t == "?"
	}
	return false
}
