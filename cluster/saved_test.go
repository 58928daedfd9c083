package cluster

import (
	"maps"
	"reflect"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/extract"
)

// runOf is the run over the first n of ins.
func runOf(ins []Input, n int, opt Options) Run {
	r := Run{Opt: opt, Each: Serial}
	for _, in := range ins[:n] {
		r.IDs = append(r.IDs, in.ID)
		r.Arts = append(r.Arts, extract.Article{Title: in.Title, Language: in.Language, Text: in.Doc.Text, Published: in.Doc.Published})
		r.Docs = append(r.Docs, in.Doc)
	}
	r.Blocks = NewBlocks(r.Docs, opt)
	return r
}

// oneShot is what the pipeline does with a run's articles at once.
func oneShot(r Run) (map[int][][]string, map[string]string) {
	ins := Inputs(r.IDs, r.Arts, r.Docs, analyze.ResolveBlocks(r.Docs, r.Blocks.All()))
	res := ClusterPrepared(ins, PrepareAll(ins, r.Blocks, Serial), r.Opt)
	return named(ins, res.Stories, map[int][][]string{}), res.DuplicateOf
}

// Clustering a store's articles from a state saved when it held fewer
// of them — through encoding/gob — gives what clustering them all at
// once gives; so does clustering from nothing while saving, and going on
// from the state after the last block with nothing new.
func TestPlaceBlocksGoesOn(t *testing.T) {
	ins := manyInputs(2200)
	opt := Options{Window: 4 * 24 * time.Hour, WarmUp: 50}
	all := runOf(ins, len(ins), opt)
	want, copies := oneShot(all)
	check := func(name string, r Run, res Result) {
		t.Helper()
		ri := Inputs(r.IDs, r.Arts, r.Docs, make([][]int, len(r.IDs)))
		if got := named(ri, res.Stories, map[int][][]string{}); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d stories, want %d as clustered at once", name, len(got), len(want))
		}
		if !maps.Equal(res.DuplicateOf, copies) || len(copies) == 0 {
			t.Errorf("%s: copies %v, want %v", name, res.DuplicateOf, copies)
		}
	}

	fewer := runOf(ins, 1700, opt)
	n := len(fewer.Blocks.Dated)
	_, saved, err := PlaceBlocks(fewer, nil, []int{0, n - 1, n})
	if err != nil || len(saved) != 2 {
		t.Fatalf("PlaceBlocks saved %d states (%v), want 2: none before the first block", len(saved), err)
	}
	// The first 1,700 end within a day the others go on: the state after
	// the last block does not fit, the one before it does.
	digests, now := fewer.Digests("build 1"), all.Digests("build 1")
	for n, s := range saved {
		s = roundTrip(t, s)
		if fits := now[all.Start(s.Day)] == digests[fewer.Start(s.Day)]; fits != (n == 0) {
			t.Fatalf("the state of %s fits the store with more articles: %v, want %v", s.Day, fits, n == 0)
		}
		if n > 0 {
			continue
		}
		if len(s.Closed) == 0 || len(s.Placer.Needs()) > 1000 {
			t.Errorf("state of %s: %d stories closed, %d articles needed: the test needs stories closed and few needed",
				s.Day, len(s.Closed), len(s.Placer.Needs()))
		}
		res, _, err := PlaceBlocks(all, &s, nil)
		if err != nil {
			t.Fatal(err)
		}
		check("from "+s.Day.Format(time.DateOnly), all, res)
	}
	if fewer.Digests("build 2")[n] == digests[n] {
		t.Errorf("the digest does not name the build")
	}

	res, saved, err := PlaceBlocks(all, nil, []int{len(all.Blocks.Dated)})
	if err != nil {
		t.Fatal(err)
	}
	check("at once", all, res)
	s := roundTrip(t, saved[0])
	res, _, err = PlaceBlocks(all, &s, nil)
	if err != nil {
		t.Fatal(err)
	}
	check("from the end", all, res)
}

// A saved state naming articles the run lacks is refused.
func TestPlaceBlocksMissing(t *testing.T) {
	ins := manyInputs(200)
	opt := Options{Window: 4 * 24 * time.Hour, WarmUp: 50}
	all := runOf(ins, len(ins), opt)
	_, saved, err := PlaceBlocks(all, nil, []int{len(all.Blocks.Dated)})
	if err != nil {
		t.Fatal(err)
	}
	other := runOf(ins[1:], len(ins)-1, opt)
	if _, _, err := PlaceBlocks(other, &saved[0], nil); err == nil {
		t.Errorf("a state naming a missing article was taken up")
	}
}

// A saved state leaves its near-duplicate sketches out, and taking it up
// makes them again from the texts: the same as those of a placer that
// placed everything before the state.
func TestSavedSketchesMadeAgain(t *testing.T) {
	r := runOf(manyInputs(600), 600, Options{Window: 4 * 24 * time.Hour, WarmUp: 50})
	k := len(r.Blocks.Dated) - 1
	_, saved, err := PlaceBlocks(r, nil, []int{k})
	if err != nil {
		t.Fatal(err)
	}
	s := roundTrip(t, saved[0])
	left := 0
	for _, it := range s.Placer.Dups.Items {
		if it.Sketch != nil {
			t.Fatalf("the sketch of %s was saved", it.ID)
		}
		if it.Resketch {
			left++
		}
	}
	resumed, err := newStepper(r, &s, nil)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := newStepper(r, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for b := range k {
		whole.place(b)
	}
	if got, want := resumed.placer.dups.items, whole.placer.dups.items; left == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("%d sketches left out; the near-duplicate index taken up differs from the one placed", left)
	}
}
