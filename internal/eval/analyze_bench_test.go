package eval

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/internal/testshared"
	prose "github.com/jdkato/prose/v2"
)

// benchArticles are the gold main texts of the first 100 WCXB dev pages:
// real news and blog prose.
func benchArticles(b *testing.B) (texts []string, words int) {
	pages, err := LoadPages(testshared.Dir(b, "bench/extraction/wcxb-dev"))
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range pages[:min(100, len(pages))] {
		texts = append(texts, p.Gold)
		words += len(strings.Fields(p.Gold))
	}
	return texts, words
}

// BenchmarkAnalyzeVsProse times, on one core and the same texts, the whole
// analyze stage (sentences, tagging, entities, quotes, quantities, times,
// modality) and jdkato/prose v2 reading the same articles (segmentation,
// tagging, entities). Words are counted with strings.Fields for both.
//
//	go test -run '^$' -bench AnalyzeVsProse -benchtime 1x ./internal/eval/
func BenchmarkAnalyzeVsProse(b *testing.B) {
	texts, words := benchArticles(b)
	if _, err := analyze.LoadTagger(); err != nil {
		b.Fatal(err)
	}
	b.Run("crosscheck", func(b *testing.B) {
		for b.Loop() {
			for _, t := range texts {
				analyze.Analyze("x", extract.Article{Text: t}, analyze.Options{})
			}
		}
		b.ReportMetric(float64(b.N*words)/b.Elapsed().Seconds(), "words/s")
	})
	b.Run("prose", func(b *testing.B) {
		for b.Loop() {
			for _, t := range texts {
				if _, err := prose.NewDocument(t); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.N*words)/b.Elapsed().Seconds(), "words/s")
	})
}
