package cluster

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
)

// Blocks are the groups in which articles are weighed (PrepareAll) and
// their names joined (analyze.ResolveBlocks): a dated article is compared
// by what the articles of its block and the blocks before it say, never
// by later ones. So articles added later change nothing of how an earlier
// block is placed, and a store can place new articles after the old ones
// without placing the old ones again.
type Blocks struct {
	Undated []int   // the articles without a publish date, weighed by every article
	Dated   [][]int // the others a day (UTC) at a time, in time order; the first holds every article up to the day of the Options.WarmUp-th
}

// NewBlocks splits docs into blocks, each in placement order.
func NewBlocks(docs []*analyze.Doc, opt Options) Blocks {
	warmUp := opt.withDefaults().WarmUp
	var b Blocks
	var dated []int
	for i, d := range docs {
		if d.Published.IsZero() {
			b.Undated = append(b.Undated, i)
		} else {
			dated = append(dated, i)
		}
	}
	byID := func(a, c int) int { return strings.Compare(docs[a].ID, docs[c].ID) }
	slices.SortFunc(b.Undated, byID)
	slices.SortFunc(dated, func(a, c int) int { return cmp.Or(docs[a].Published.Compare(docs[c].Published), byID(a, c)) })
	day := func(i int) time.Time { return docs[i].Published.UTC().Truncate(24 * time.Hour) }
	for start := 0; start < len(dated); {
		end := start + 1
		if start == 0 {
			end = min(warmUp, len(dated))
		}
		for end < len(dated) && day(dated[end]).Equal(day(dated[end-1])) {
			end++
		}
		b.Dated = append(b.Dated, dated[start:end])
		start = end
	}
	return b
}

// All lists the blocks in order: the undated articles first, if any.
func (b Blocks) All() [][]int {
	if len(b.Undated) == 0 {
		return b.Dated
	}
	return append([][]int{b.Undated}, b.Dated...)
}

// Each runs f(i) for every i below n, in any order, perhaps at once: a
// caller with cores to spare spreads the work over them.
type Each func(n int, f func(i int))

// Serial is Each one after the other.
func Serial(n int, f func(i int)) {
	for i := range n {
		f(i)
	}
}

// PrepareAll weighs and sketches every article. A dated article's
// features are weighed by their document frequencies over the background,
// the undated articles and the dated ones of its block and the blocks
// before it; an undated article's over every article. The counting goes
// a chunk of articles at a time, so that only one chunk's counts are held.
func PrepareAll(ins []Input, b Blocks, each Each) []Prepared {
	ps := make([]Prepared, len(ins))
	c := NewCounter()
	c.addAll(ins, b.Undated, each)
	for _, blk := range b.Dated {
		c.Prepare(ins, blk, each, ps)
	}
	each(len(b.Undated), func(k int) { ps[b.Undated[k]] = Prepare(ins[b.Undated[k]], c.DocFreq) })
	return ps
}

// Counter weighs dated blocks one after the other, as PrepareAll does,
// and can be saved between blocks: its DocFreq is all it knows
// (encoding/gob writes it).
type Counter struct{ DocFreq }

// NewCounter returns a counter of the background alone.
func NewCounter() *Counter {
	return &Counter{DocFreq{N: background().N, DF: map[string]int{}}}
}

// ResumeCounter takes up a counter from a copy of its DocFreq.
func ResumeCounter(df DocFreq) *Counter { return &Counter{DocFreq{N: df.N, DF: maps.Clone(df.DF)}} }

// State returns a copy of what the counter knows.
func (c *Counter) State() DocFreq { return DocFreq{N: c.N, DF: maps.Clone(c.DF)} }

// Prepare counts the features of the articles at positions blk, then
// weighs and sketches each of them into ps.
func (c *Counter) Prepare(ins []Input, blk []int, each Each, ps []Prepared) {
	c.addAll(ins, blk, each)
	each(len(blk), func(k int) { ps[blk[k]] = Prepare(ins[blk[k]], c.DocFreq) })
}

// countChunk is how many articles' counts addAll holds at once.
const countChunk = 1024

// addAll adds the features of the articles at positions at.
func (c *Counter) addAll(ins []Input, at []int, each Each) {
	for start := 0; start < len(at); start += countChunk {
		chunk := at[start:min(len(at), start+countChunk)]
		counts := make([]Counts, len(chunk))
		each(len(chunk), func(k int) { counts[k] = Features(ins[chunk[k]]) })
		for _, fs := range counts {
			c.add(fs)
		}
	}
}

// add counts one article's features, a word first seen with its count
// in the background.
func (c *Counter) add(fs Counts) {
	bg := background()
	for k := range fs {
		if _, ok := c.DF[k]; !ok && strings.HasPrefix(k, "w:") {
			c.DF[k] = bg.DF[k[2:]]
		}
		c.DF[k]++
	}
	c.N++
}
