package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
)

// TestClusterEqualsSerial: clustering with the features made on the
// worker pool gives what cluster.Cluster gives, for any number of
// workers.
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
		docs = append(docs, analyze.Analyze(id, a, analyze.Options{}))
		ids, arts = append(ids, id), append(arts, a)
	}
	ins := cluster.Inputs(ids, arts, docs, analyze.Resolve(docs))
	want := cluster.Cluster(ins, cluster.NewDocFreq(ins), cluster.Options{})
	if len(want.Stories) < 2 {
		t.Fatalf("%d stories: the test needs several", len(want.Stories))
	}
	for _, w := range []int{1, 2, 7} {
		got := Cluster(context.Background(), ins, Options{Workers: w})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d workers: %+v, want %+v", w, got, want)
		}
	}
}
