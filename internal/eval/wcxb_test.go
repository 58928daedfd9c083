package eval

import (
	"context"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/testshared"
)

// extractFloor is the lowest F1 our extractor may score on wcxb-dev. It
// only ever rises.
const extractFloor = 0.95

// TestExtractQualityFloor scores our extractor on the WCXB dev pages.
func TestExtractQualityFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("scores 708 pages")
	}
	pages, err := LoadPages(testshared.Dir(t, "bench/extraction/wcxb-dev"))
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]PageScore, len(pages))
	pipeline.Each(context.Background(), 0, len(pages), func(i int) {
		text, err := Extractors["ours"](pages[i])
		if err != nil {
			text = ""
		}
		scores[i] = ScorePage(pages[i].Gold, text)
	})
	var tot ExtractTotals
	for _, s := range scores {
		tot.Add(s)
	}
	t.Log(tot)
	if tot.F1() < extractFloor {
		t.Errorf("extraction F1 %.4f fell below the floor %.4f", tot.F1(), extractFloor)
	}
}

var (
	benchOnce  sync.Once
	benchPages []Page
)

// BenchmarkExtract times each extractor over all wcxb-dev pages, one page
// at a time: pages/s is the throughput of one core.
//
//	go test -run '^$' -bench Extract -benchtime 1x ./internal/eval/
func BenchmarkExtract(b *testing.B) {
	dir := testshared.Dir(b, "bench/extraction/wcxb-dev")
	benchOnce.Do(func() {
		var err error
		if benchPages, err = LoadPages(dir); err != nil {
			b.Fatal(err)
		}
	})
	for _, name := range []string{"ours", "trafilatura", "readability"} {
		b.Run(name, func(b *testing.B) {
			x := Extractors[name]
			for b.Loop() {
				for _, p := range benchPages {
					x(p)
				}
			}
			b.ReportMetric(float64(b.N*len(benchPages))/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
