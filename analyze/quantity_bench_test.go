package analyze

import (
	"os"
	"testing"
	"time"
)

// benchNews reads testdata/bench-news.txt, tokenized, and counts its
// words (word and number tokens).
func benchNews(b *testing.B) (string, []Token, []Sentence, int) {
	raw, err := os.ReadFile("testdata/bench-news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	toks := Tokenize(text)
	words := 0
	for _, t := range toks {
		if t.Kind == Word || t.Kind == Number {
			words++
		}
	}
	return text, toks, Sentences(text, toks), words
}

// BenchmarkQuantities times Quantities alone over news text and reports
// words per second.
func BenchmarkQuantities(b *testing.B) {
	text, toks, sents, words := benchNews(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Quantities(text, toks, sents)
	}
	b.ReportMetric(float64(b.N*words)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTimeExprs times TimeExprs alone over news text and reports
// words per second.
func BenchmarkTimeExprs(b *testing.B) {
	text, toks, sents, words := benchNews(b)
	pub := time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		TimeExprs(text, toks, sents, pub)
	}
	b.ReportMetric(float64(b.N*words)/b.Elapsed().Seconds(), "words/s")
}
