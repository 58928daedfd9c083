package analyze

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/internal/testshared"
)

var (
	benchOnce  sync.Once
	benchTexts []string
	benchWords int
)

// loadBenchTexts reads real article text: the gold main text of the WCXB
// dev pages (about a million words of news and blog prose).
func loadBenchTexts(b *testing.B) {
	dir := testshared.Dir(b, "bench/extraction/wcxb-dev/ground-truth")
	benchOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			var g struct {
				GT struct {
					MainContent string `json:"main_content"`
				} `json:"ground_truth"`
			}
			if err := json.Unmarshal(raw, &g); err != nil {
				b.Fatal(err)
			}
			benchTexts = append(benchTexts, g.GT.MainContent)
			for _, t := range Tokenize(g.GT.MainContent) {
				if t.Kind == Word || t.Kind == Number {
					benchWords++
				}
			}
		}
	})
}

// BenchmarkAnalyze times the whole analyze stage on one core over real
// text and reports words per second (word and number tokens; punctuation
// is processed but not counted).
//
//	go test -run '^$' -bench Analyze -benchtime 3x ./analyze/
func BenchmarkAnalyze(b *testing.B) {
	loadBenchTexts(b)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range benchTexts {
			Analyze("x", extract.Article{Text: t}, Options{})
		}
	}
	b.ReportMetric(float64(b.N*benchWords)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTokenize times tokens and sentences alone.
func BenchmarkTokenize(b *testing.B) {
	loadBenchTexts(b)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range benchTexts {
			Sentences(t, Tokenize(t))
		}
	}
	b.ReportMetric(float64(b.N*benchWords)/b.Elapsed().Seconds(), "words/s")
}
