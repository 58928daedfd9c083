package cluster

import (
	"reflect"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/extract"
)

// datedInputs analyses the test articles, article i published on day
// days[i] of March 2026 (0: undated).
func datedInputs(days []int) []Input {
	var ins []Input
	for i, day := range days {
		a := testArticles[i%len(testArticles)]
		art := extract.Article{Text: a.text}
		if day > 0 {
			art.Published = time.Date(2026, 3, day, 9+i, 0, 0, 0, time.UTC)
		}
		id := a.id + string(rune('0'+i/len(testArticles)))
		ins = append(ins, Input{ID: id, Doc: analyze.Analyze(id, art, analyze.Options{}), Entities: map[string]int{}})
	}
	return ins
}

func docsOf(ins []Input) []*analyze.Doc {
	docs := make([]*analyze.Doc, len(ins))
	for i, in := range ins {
		docs[i] = in.Doc
	}
	return docs
}

func TestNewBlocks(t *testing.T) {
	ins := datedInputs([]int{2, 0, 1, 3, 2, 1, 0, 5})
	got := NewBlocks(docsOf(ins), Options{WarmUp: 2})
	want := Blocks{Undated: []int{1, 6}, Dated: [][]int{{2, 5}, {0, 4}, {3}, {7}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks %+v, want %+v", got, want)
	}
	got = NewBlocks(docsOf(ins), Options{WarmUp: 3})
	want.Dated = [][]int{{2, 5, 0, 4}, {3}, {7}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("warm-up of 3: blocks %+v, want the first block to run to the end of its day, %+v", got, want)
	}
}

// A dated article is weighed by its block and those before it: adding
// later articles changes nothing of how the earlier ones are weighed, and
// the undated are weighed by all.
func TestPrepareAllCausal(t *testing.T) {
	days := []int{1, 1, 2, 0, 3, 3, 4, 4, 5, 6}
	opt := Options{WarmUp: 2}
	early := datedInputs(days[:6])
	all := datedInputs(days)
	pe := PrepareAll(early, NewBlocks(docsOf(early), opt), Serial)
	pa := PrepareAll(all, NewBlocks(docsOf(all), opt), Serial)
	for i := range early {
		if same := reflect.DeepEqual(pe[i], pa[i]); same != (days[i] > 0) {
			t.Errorf("article %d (day %d): the same weights with later articles added: %v", i, days[i], same)
		}
	}
	one := PrepareAll(all, Blocks{Dated: [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}}}, Serial)
	df := NewDocFreq(all)
	for i, in := range all {
		if want := df.Vector(in); !reflect.DeepEqual(one[i].Vector, want) {
			t.Errorf("one block: article %d weighed %v, want %v as by the whole batch", i, one[i].Vector, want)
		}
	}
}
