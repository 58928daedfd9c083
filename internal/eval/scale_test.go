package eval

import (
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
)

func TestRunScale(t *testing.T) {
	texts := []string{
		"Dock workers in Norrvik walked out on Monday, shutting the port's container terminals for the first time in a decade of calm labour relations.",
		"A strong earthquake struck the mountain town of Velmar early on Sunday, damaging hundreds of homes and cutting the only road to the valley.",
	}
	var ins []cluster.Input
	var base []ScaleBase
	for i, tx := range texts {
		d := analyze.Analyze(string(rune('a'+i)), extract.Article{Text: tx}, analyze.Options{})
		in := cluster.Input{ID: d.ID, Doc: d, Entities: map[string]int{}}
		ins = append(ins, in)
		base = append(base, ScaleBase{Counts: cluster.Features(in), Sketch: cluster.NewSketch(tx)})
	}
	points := RunScale(base, cluster.NewDocFreq(ins), []int{20, 50}, time.Hour, cluster.Options{}, nil)
	if len(points) != 2 || points[0].Articles != 20 || points[1].Articles != 50 {
		t.Fatalf("points %+v, want two, at 20 and 50 articles", points)
	}
	if points[1].Copies != 5 {
		t.Errorf("%d copies found, want the 5 planted (one in ten)", points[1].Copies)
	}
	if points[1].AllIn <= 0 {
		t.Errorf("all-in cost %v, want the time of placing and splitting", points[1].AllIn)
	}
	if points[1].OpenArticles == 0 || points[1].OpenArticles > 50 {
		t.Errorf("%d open articles", points[1].OpenArticles)
	}
}
