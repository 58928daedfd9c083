package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
)

// TestClusterEqualsSerial: clustering with the features made on the
// worker pool gives what cluster.Cluster gives, for any number of
// workers, with undated articles and dated ones in several blocks.
func TestClusterEqualsSerial(t *testing.T) {
	texts := []string{
		"Dock workers in Harwick walked out on Monday over pay. The strike closed the port for %d hours.",
		"The mayor of Lenbury, Ana Ruiz, met union leaders on Tuesday. The talks lasted %d hours without a deal.",
		"A fire destroyed %d homes in the village of Oakridge on Friday night, officials said.",
	}
	var docs []*analyze.Doc
	var ids []string
	var arts []extract.Article
	for i := range 30 {
		id := fmt.Sprintf("a%02d", i)
		a := extract.Article{Text: fmt.Sprintf(texts[i%3], 3+i%4)}
		if i%5 != 0 {
			a.Published = time.Date(2026, 3, 1+i/4, 12, 0, 0, 0, time.UTC)
		}
		docs = append(docs, analyze.Analyze(id, a, analyze.Options{}))
		ids, arts = append(ids, id), append(arts, a)
	}
	opt := cluster.Options{WarmUp: 5}
	blocks := cluster.NewBlocks(docs, opt)
	if len(blocks.Dated) < 3 || len(blocks.Undated) == 0 {
		t.Fatalf("blocks %+v: the test needs undated articles and several dated blocks", blocks)
	}
	ins := cluster.Inputs(ids, arts, docs, analyze.ResolveBlocks(docs, blocks.All()))
	want := cluster.Cluster(ins, opt)
	if len(want.Stories) < 2 {
		t.Fatalf("%d stories: the test needs several", len(want.Stories))
	}
	for _, w := range []int{1, 2, 7} {
		got := Cluster(context.Background(), ins, blocks, EachOf(context.Background(), Options{Workers: w}))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d workers: %+v, want %+v", w, got, want)
		}
	}
}
