package analyze

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"strings"

	"github.com/crosscheck/crosscheck/analyze/internal/gazetteer"
	"github.com/crosscheck/crosscheck/analyze/internal/lexicon"
)

// Gazetteer classes: a bit each in a word's or phrase's bits.
const (
	gazFirst   = iota // a given name
	gazName           // a given name or surname
	gazCity           // a city of 15,000 people or more
	gazCountry        // a country or one of its other names
	gazDemonym        // "Russian", "Britons"
	gazLower          // a common lower-case English word
	gazProper         // a capitalised word of the English dictionary
	gazPhrase         // the word starts a phrase of two or more words
)

var gazClasses = map[string]int{
	"first": gazFirst, "name": gazName, "city": gazCity, "country": gazCountry,
	"demonym": gazDemonym, "lower": gazLower, "proper": gazProper,
}

// nameLists holds name lists keyed by lower-cased words (digits as 0).
type nameLists struct {
	words   map[string]uint16 // word → class bits
	phrases map[uint64]uint16 // hash of two or more words → class bits
	maxLen  int               // words in the longest phrase
}

// loadGazetteer reads the embedded lists; a damaged list leaves it empty,
// which the tests catch.
func loadGazetteer() *nameLists {
	g := &nameLists{words: map[string]uint16{}, phrases: map[uint64]uint16{}}
	if zr, err := gzip.NewReader(bytes.NewReader(lexicon.NERGazetteer())); err == nil {
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			class, name, ok := strings.Cut(sc.Text(), "\t")
			if c, known := gazClasses[class]; ok && known {
				g.add(name, c)
			}
		}
	}
	for _, c := range gazetteer.Countries() {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			g.add(n, gazCountry)
		}
		for _, n := range c.Adjectives {
			g.add(n, gazDemonym)
		}
	}
	return g
}

// add puts a name of one or more space-separated words in class c.
func (g *nameLists) add(name string, c int) {
	words := strings.Fields(name)
	if len(words) == 0 {
		return
	}
	first := lowerDigits(words[0])
	if len(words) == 1 {
		g.words[first] |= 1 << c
		return
	}
	g.words[first] |= 1 << gazPhrase
	h := hashSeed
	for _, w := range words {
		h = hmix(h, hstr(hashSeed, lowerDigits(w)))
	}
	g.phrases[h] |= 1 << c
	g.maxLen = max(g.maxLen, len(words))
}

// wordBits returns the classes of a lower-cased word.
func (g *nameLists) wordBits(lower string) uint16 {
	return g.words[lower]
}

// phraseBits marks, for each word, the classes of the phrases that start
// there (low byte) or go on there (high byte).
func (g *nameLists) phraseBits(facts []wordFacts) []uint16 {
	out := make([]uint16, len(facts))
	for i := range facts {
		if facts[i].gaz&(1<<gazPhrase) == 0 {
			continue
		}
		h := hmix(hashSeed, facts[i].lowerHash)
		for j := i + 1; j < len(facts) && j-i < g.maxLen; j++ {
			h = hmix(h, facts[j].lowerHash)
			bits := g.phrases[h]
			if bits == 0 {
				continue
			}
			out[i] |= bits
			for k := i + 1; k <= j; k++ {
				out[k] |= bits << 8
			}
		}
	}
	return out
}
