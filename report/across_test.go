package report

import (
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
)

// acrossInputs are three articles of one shooting, the first two
// published the same day by two outlets with two ages of one man, and a
// third that agrees with the first.
func acrossInputs() []Input {
	day := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	texts := []struct{ id, site, text string }{
		{"a", "gary.example", "John Smith, 23, of Gary was shot in Gary on Sunday, police said."},
		{"b", "lake.example", "Police charged John Smith, 24, of Gary with murder in Gary."},
		{"c", "post.example", "John Smith, 23, of Gary was charged with murder in Gary."},
	}
	var in []Input
	for _, x := range texts {
		a := extract.Article{Text: x.text, Site: x.site, Published: day}
		d := analyze.Analyze(x.id, a, analyze.Options{})
		in = append(in, Input{ID: x.id, Article: a, Doc: d, Claims: claims.Extract(d)})
	}
	return in
}

// One man's two ages clash though the clustering put the articles in two
// stories: each story lists the conflict, naming both stories, and each
// article counts it once.
func TestAcrossStories(t *testing.T) {
	in := acrossInputs()
	docs := []*analyze.Doc{in[0].Doc, in[1].Doc, in[2].Doc}
	two := cluster.Result{DuplicateOf: map[string]string{}, Stories: []cluster.Story{
		{Articles: []int{0, 2}, Events: []cluster.Event{{Articles: []int{0, 2}}}},
		{Articles: []int{1}, Events: []cluster.Event{{Articles: []int{1}}}},
	}}
	r := New(in, analyze.Resolve(docs), two, nil, nil, Options{})
	want := "Sources disagree on how old John Smith is: 23 (2) vs 24 (1)"
	for _, s := range r.Stories {
		if len(s.Conflicts) != 1 || s.Conflicts[0].Summary != want || len(s.Conflicts[0].Stories) != 2 {
			t.Fatalf("story %s: conflicts %+v, want %q across both stories", s.ID, s.Conflicts, want)
		}
	}
	for _, a := range r.Articles {
		if a.Signals.Conflicts != 1 {
			t.Errorf("article %s: %d conflicts, want 1", a.ID, a.Signals.Conflicts)
		}
	}

	// A story made before comes back with the conflicts it had across
	// stories; they are made anew from the inputs.
	stale := r.Stories[1]
	stale.Conflicts = []Conflict{{Kind: "numeric", Slot: "age", Summary: "stale", Stories: []string{"s:x", "s:y"}}}
	opt := Options{Salt: "test", Known: map[string]Story{}}
	again := New(in, analyze.Resolve(docs), two, nil, nil, opt)
	opt.Known[again.Fingerprints[stale.ID]] = stale
	again = New(in, analyze.Resolve(docs), two, nil, nil, opt)
	if c := again.Stories[1].Conflicts; len(c) != 1 || c[0].Summary != want {
		t.Errorf("known story: conflicts %+v, want %q", c, want)
	}

	// In one story the conflict is the story's own.
	one := cluster.Result{DuplicateOf: map[string]string{}, Stories: []cluster.Story{
		{Articles: []int{0, 1, 2}, Events: []cluster.Event{{Articles: []int{0, 1, 2}}}},
	}}
	r = New(in, analyze.Resolve(docs), one, nil, nil, Options{})
	if c := r.Stories[0].Conflicts; len(c) != 1 || c[0].Summary != want || c[0].Stories != nil {
		t.Errorf("one story: conflicts %+v, want %q of the story alone", c, want)
	}
}
