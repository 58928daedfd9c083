// Command checkpoint measures what an ingest that goes on from a saved
// clustering state would keep: it weighs, names and places the articles
// of the inputs a day at a time, as analyze does, and after the
// last-but-one day writes the sizes of the placer's state
// (cluster.Checkpoint), of the document frequencies (cluster.Counter) and
// of the name groups (analyze.BlockResolver), encoded with encoding/gob,
// and how many articles a resume would need at hand:
//
//	go run ./internal/tools/checkpoint gva-all.jsonl
package main

import (
	"bytes"
	"context"
	"encoding/gob"
	"fmt"
	"os"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/internal/pipeline"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: checkpoint PATH...")
		os.Exit(2)
	}
	ctx := context.Background()
	res := pipeline.Extract(ctx, os.Args[1:], pipeline.Options{})
	docs, _ := pipeline.Analyze(ctx, res.Articles, pipeline.Options{}, analyze.Options{})
	var kept []*analyze.Doc
	var ids []string
	var arts []extract.Article
	for i, d := range docs {
		if d != nil {
			kept, ids, arts = append(kept, d), append(ids, res.Articles[i].Doc.ID), append(arts, res.Articles[i].Article)
		}
	}
	b := cluster.NewBlocks(kept, cluster.Options{})
	if len(b.Undated) > 0 || len(b.Dated) < 2 {
		fmt.Fprintf(os.Stderr, "checkpoint: %d undated articles and %d days: a resume needs dated articles over two days or more\n",
			len(b.Undated), len(b.Dated))
		os.Exit(1)
	}
	ins := cluster.Inputs(ids, arts, kept, analyze.ResolveBlocks(kept, b.All()))
	names := analyze.NewBlockResolver()
	c, p := cluster.NewCounter(), cluster.NewPlacer(cluster.Options{})
	ps, groups := make([]cluster.Prepared, len(ins)), make([][]int, len(kept))
	for _, blk := range b.Dated[:len(b.Dated)-1] {
		names.Add(kept, blk, groups)
		c.Prepare(ins, blk, cluster.Serial, ps)
		p.Place(ins, ps, blk)
	}
	start := time.Now()
	cp, closed := p.Checkpoint(ins)
	placer, counts, resolver := size(cp), size(c.State()), size(names.State())
	fmt.Printf("after day %d of %d (%d articles):\n", len(b.Dated)-1, len(b.Dated), len(ins)-len(b.Dated[len(b.Dated)-1]))
	fmt.Printf("  placer   %9d bytes: %d stories kept, %d closed for good, %d articles needed\n", placer, len(cp.Stories)-closedCount(cp), len(closed), len(cp.Needs()))
	fmt.Printf("  counter  %9d bytes\n  resolver %9d bytes\n  taken and encoded in %v\n", counts, resolver, time.Since(start).Round(time.Millisecond))
}

// closedCount counts the stories a checkpoint keeps only the number of.
func closedCount(c cluster.Checkpoint) int {
	n := 0
	for _, s := range c.Stories {
		if s.Retired && len(s.Members) == 0 {
			n++
		}
	}
	return n
}

func size(v any) int {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		fmt.Fprintln(os.Stderr, "checkpoint:", err)
		os.Exit(1)
	}
	return b.Len()
}
