package crosscheck

import (
	"context"
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/testshared"
)

// TestSavedAnalysisRoundTrip: an analysis saved and read back is the
// analysis made, field by field, for the founding corpus and 300 ECB+
// articles: nothing is lost on the way (gob leaves out what it cannot
// see, such as unexported fields).
func TestSavedAnalysisRoundTrip(t *testing.T) {
	ctx := context.Background()
	res := pipeline.Extract(ctx, []string{testshared.Dir(t, "corpus/moscow-talks"),
		testshared.Dir(t, "bench/clustering/ecbplus-dev/input.jsonl")}, pipeline.Options{})
	arts := res.Articles[:min(len(res.Articles), 305)]
	as, fails := pipeline.Analyses(ctx, arts, pipeline.Options{}, nil)
	if len(fails) > 0 || len(arts) < 300 {
		t.Fatalf("%d articles, failures %v", len(arts), fails)
	}
	for i, a := range as {
		b, err := encodeAnalysis(a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeAnalysis(b, arts[i])
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, a) {
			t.Fatalf("the analysis of %s read back differs from the one made:\n got %+v\nwant %+v", arts[i].Doc.ID, got.Doc, a.Doc)
		}
	}
}

// FuzzDecodeAnalysis: a saved analysis that is not what encodeAnalysis
// wrote (a damaged store) gives an error, never a panic.
func FuzzDecodeAnalysis(f *testing.F) {
	x := pipeline.Extracted{Doc: ingest.Document{ID: "a"},
		Article: extract.Article{Title: "Talks end", Text: "The talks in Moscow lasted five hours, Ann Lee said on Tuesday."}}
	as, _ := pipeline.Analyses(context.Background(), []pipeline.Extracted{x}, pipeline.Options{}, nil)
	b, err := encodeAnalysis(as[0])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if a, err := decodeAnalysis(b, x); err == nil && a.Doc == nil {
			t.Fatal("no error and no analysis")
		}
	})
}
