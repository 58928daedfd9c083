package analyze

import (
	"strings"
	"unicode"
)

// Sentence is a run of tokens ending at a sentence boundary or a paragraph
// break. Tokens are the indexes [First, Last) into the document's tokens.
type Sentence struct {
	Span
	First, Last int
}

// Sentences splits tokenized text into sentences: after . ! ? … (and the
// closing quotes or brackets that follow) when the next word starts a
// sentence, and at every line break. An abbreviation ends a sentence only
// before a typical sentence opener ("… in the U.S. The talks …"); a title
// ("Sen.") or an initial never does.
func Sentences(text string, toks []Token) []Sentence {
	var out []Sentence
	first := 0
	for k := 0; k < len(toks); k++ {
		end := k
		if !boundaryAfter(text, toks, &end) {
			continue
		}
		out = append(out, Sentence{Span{toks[first].Start, toks[end].End}, first, end + 1})
		first = end + 1
		k = end
	}
	if first < len(toks) {
		out = append(out, Sentence{Span{toks[first].Start, toks[len(toks)-1].End}, first, len(toks)})
	}
	return out
}

// boundaryAfter reports whether a sentence ends at token *k, moving *k
// over closing quotes and brackets that belong to the sentence.
func boundaryAfter(text string, toks []Token, k *int) bool {
	i := *k
	if i+1 >= len(toks) {
		*k = len(toks) - 1
		return true
	}
	if lineBreak(text, toks[i], toks[i+1]) {
		return true
	}
	t := toks[i].Text(text)
	switch {
	case t == "." || t == "!" || t == "?" || t == "…" || t == "...":
		for i+1 < len(toks) && closesAfter(text, toks[i], toks[i+1]) {
			i++
		}
		if i+1 >= len(toks) || lineBreak(text, toks[i], toks[i+1]) || startsSentence(text, toks, i+1) {
			*k = i
			return true
		}
	case strings.HasSuffix(t, ".") && toks[i].Kind == Word:
		word := strings.TrimSuffix(t, ".")
		if titleAbbreviations[word] || len([]rune(word)) == 1 {
			return false
		}
		if opener(toks[i+1].Text(text)) {
			return true
		}
	}
	return false
}

func lineBreak(text string, a, b Token) bool {
	return strings.ContainsRune(text[a.End:b.Start], '\n')
}

// closesAfter: b closes what a ends — a closing mark, and for the
// straight quotes, which open as well as close, one written against a.
func closesAfter(text string, a, b Token) bool {
	switch m := b.Text(text); {
	case lineBreak(text, a, b) || !isCloser(m):
		return false
	case m == "\"" || m == "'":
		return a.End == b.Start
	}
	return true
}

func isCloser(s string) bool {
	switch s {
	case "”", "\"", "’", "'", ")", "]", "»", "›":
		return true
	}
	return false
}

// startsSentence: the next token is a capitalised word, a number, or an
// opening quote or bracket.
func startsSentence(text string, toks []Token, i int) bool {
	t := toks[i].Text(text)
	r := firstRune(t)
	switch {
	case isUpper(r) || isDigit(r):
		return true
	case strings.ContainsRune("“\"‘'(«[¿¡—–-", r):
		return true
	}
	return unicode.IsLetter(r) && !unicode.IsLower(r) // scripts without case
}

// opener is a closed-class word that typically starts a sentence.
func opener(s string) bool { return sentenceOpeners[s] }

var sentenceOpeners = setOf("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On",
	"At", "But", "And", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "There",
	"However", "Meanwhile", "After", "Before", "While", "When", "If", "As", "For", "So", "Yet", "Still",
	"Also", "Some", "Many", "Most", "Officials", "According", "Despite", "Earlier", "Later", "Now",
	"Then", "Since", "Although", "Both", "Neither", "No", "Not", "What", "Why", "How", "Who", "Where")
