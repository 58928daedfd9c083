package cluster

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"maps"
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/extract"
)

// Saved is a clustering's state at the start of a day, as a store keeps
// it to go on from there (PlaceBlocks) when articles of that day or later
// come: every dated article published before Day was placed, none after.
// encoding/gob writes it. Its placer's near-duplicate sketches are left
// out, to be made again from the texts (DupItem.Resketch).
type Saved struct {
	Day    time.Time // UTC midnight
	Digest string    // of what was placed: Digests
	Placer Checkpoint
	Counts DocFreq
	Names  analyze.BlockState
	Closed []SavedStory      // the stories closed for good, which Placer leaves out, by number
	Copies map[string]string // Result.DuplicateOf of the articles placed
}

// SavedStory is a story closed for good, its articles named by id.
type SavedStory struct {
	Number   int
	Articles []string
	Events   [][]string
}

// Run is what PlaceBlocks clusters: the analyses of a store's articles
// (IDs[i] is Docs[i]'s article, Arts[i] what was extracted of it), all
// dated, and their Blocks.
type Run struct {
	IDs    []string
	Arts   []extract.Article
	Docs   []*analyze.Doc
	Blocks Blocks
	Opt    Options
	Each   Each
}

// Digests returns the digest of what placing the first k dated blocks
// reads, for every k from 0 to len(r.Blocks.Dated): the program that
// places (salt), the options, and each article's id, publish time,
// title, language and text. A state saved before block k fits articles
// whose digests[k] is the saved one.
func (r Run) Digests(salt string) []string {
	h := sha256.New()
	fmt.Fprintf(h, "%q %+v\n", salt, r.Opt.withDefaults())
	out := []string{hex.EncodeToString(h.Sum(nil))}
	for _, blk := range r.Blocks.Dated {
		for _, i := range blk {
			d := r.Docs[i]
			for _, s := range []string{r.IDs[i], d.Published.UTC().Format(time.RFC3339Nano), r.Arts[i].Title, r.Arts[i].Language, d.Text} {
				writeString(h, s)
			}
		}
		out = append(out, hex.EncodeToString(h.Sum(nil)))
	}
	return out
}

// writeString writes s with its length, so that no two lists of strings
// write the same bytes.
func writeString(h hash.Hash, s string) {
	h.Write(binary.AppendUvarint(nil, uint64(len(s))))
	h.Write([]byte(s))
}

// Start returns the first dated block of articles published on or after
// day: where a state saved at day goes on.
func (r Run) Start(day time.Time) int {
	k, _ := slices.BinarySearchFunc(r.Blocks.Dated, day, func(blk []int, day time.Time) int {
		return dayOf(r.Docs[blk[0]]).Compare(day)
	})
	return k
}

// SaveDay is the day of a state saved before dated block k (0 < k ≤
// len(r.Blocks.Dated)): the block's day, or the day after the last block.
func (r Run) SaveDay(k int) time.Time {
	if k < len(r.Blocks.Dated) {
		return dayOf(r.Docs[r.Blocks.Dated[k][0]])
	}
	last := r.Blocks.Dated[k-1]
	return dayOf(r.Docs[last[len(last)-1]]).Add(24 * time.Hour)
}

// dayOf is the UTC day an article was published on.
func dayOf(d *analyze.Doc) time.Time { return d.Published.UTC().Truncate(24 * time.Hour) }

// PlaceBlocks clusters the run's dated blocks as Cluster would, going on
// from a saved state (nil: from nothing) whose digest the caller found
// to be that of the blocks before r.Start(from.Day). It saves the state
// before each dated block k in save (1 ≤ k ≤ len(r.Blocks.Dated); the
// last is the state after every block, dated the day after). Of the
// articles placed before the state it reads only those of the stories
// the state keeps open. The run must have no undated article: those are
// weighed by every article, so nothing can be saved before them.
func PlaceBlocks(r Run, from *Saved, save []int) (Result, []Saved, error) {
	if len(r.Blocks.Undated) > 0 {
		return Result{}, nil, fmt.Errorf("cluster: %d undated articles: a clustering with them cannot go on from a saved state", len(r.Blocks.Undated))
	}
	if r.Each == nil {
		r.Each = Serial
	}
	st, err := newStepper(r, from, save)
	if err != nil {
		return Result{}, nil, err
	}
	var saved []Saved
	for k := st.start; k <= len(r.Blocks.Dated); k++ {
		if slices.Contains(save, k) && k > 0 {
			saved = append(saved, st.save(k))
		}
		if k < len(r.Blocks.Dated) {
			st.place(k)
		}
	}
	return st.finish(), saved, nil
}

// stepper places a run's dated blocks one after the other.
type stepper struct {
	r       Run
	from    Saved
	start   int
	names   map[int]analyze.BlockState // before the blocks to save at
	ins     []Input                    // the articles of the open stories of from, then those of the blocks from start on
	at      map[int]int                // the run's positions → ins
	pos     map[string]int             // article id → the run's position
	counter *Counter
	placer  *Placer
	ps      []Prepared
}

// newStepper takes up from, or begins with nothing when it is nil. It
// joins the names of every block still to place at once: those are what
// the inputs are made of.
func newStepper(r Run, from *Saved, save []int) (*stepper, error) {
	st := &stepper{r: r, at: map[int]int{}, names: map[int]analyze.BlockState{}, pos: make(map[string]int, len(r.IDs))}
	for i, id := range r.IDs {
		st.pos[id] = i
	}
	names := analyze.NewBlockResolver()
	st.counter, st.placer = NewCounter(), NewPlacer(r.Opt)
	if from != nil {
		st.from, st.start = *from, r.Start(from.Day)
		names, st.counter = analyze.ResumeBlocks(from.Names), ResumeCounter(from.Counts)
	}
	groups := make([][]int, len(r.Docs))
	for k := st.start; k <= len(r.Blocks.Dated); k++ {
		if slices.Contains(save, k) {
			st.names[k] = names.State()
		}
		if k < len(r.Blocks.Dated) {
			names.Add(r.Docs, r.Blocks.Dated[k], groups)
		}
	}
	if err := st.inputs(groups); err != nil {
		return nil, err
	}
	st.ps = make([]Prepared, len(st.ins))
	if from != nil {
		var err error
		if st.placer, err = Resume(st.resketched(from.Placer), st.ins); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// inputs makes the inputs: of an article placed before the state, only
// what a resumed placer reads (its id and publish time).
func (st *stepper) inputs(groups [][]int) error {
	r := st.r
	if id, ok := missing(st.from, st.pos); ok {
		return fmt.Errorf("cluster: the saved state's article %q is not among the articles", id)
	}
	for _, id := range st.from.Placer.Needs() {
		i := st.pos[id]
		st.at[i] = len(st.ins)
		st.ins = append(st.ins, Input{ID: id, Doc: r.Docs[i]})
	}
	var todo []int
	for _, blk := range r.Blocks.Dated[st.start:] {
		todo = append(todo, blk...)
	}
	ids, arts, docs, gs := make([]string, len(todo)), make([]extract.Article, len(todo)), make([]*analyze.Doc, len(todo)), make([][]int, len(todo))
	for k, i := range todo {
		ids[k], arts[k], docs[k], gs[k] = r.IDs[i], r.Arts[i], r.Docs[i], groups[i]
		st.at[i] = len(st.ins) + k
	}
	st.ins = append(st.ins, Inputs(ids, arts, docs, gs)...)
	return nil
}

// missing returns an article a saved state names that is not at hand.
func missing(s Saved, pos map[string]int) (string, bool) {
	var ids []string
	for _, c := range s.Closed {
		ids = append(ids, c.Articles...)
	}
	for id, of := range s.Copies {
		ids = append(ids, id, of)
	}
	for _, it := range s.Placer.Dups.Items {
		if it.Resketch {
			ids = append(ids, it.ID)
		}
	}
	for _, id := range append(ids, s.Placer.Needs()...) {
		if _, ok := pos[id]; !ok {
			return id, true
		}
	}
	return "", false
}

// resketched returns c with the sketches a Saved left out made again
// from the articles' texts, on the run's workers.
func (st *stepper) resketched(c Checkpoint) Checkpoint {
	items := slices.Clone(c.Dups.Items)
	st.r.Each(len(items), func(k int) {
		if items[k].Resketch {
			sk := NewSketch(st.r.Docs[st.pos[items[k].ID]].Text)
			items[k].Sketch, items[k].Resketch = &sk, false
		}
	})
	c.Dups.Items = items
	return c
}

// place weighs and places dated block k.
func (st *stepper) place(k int) {
	blk := make([]int, len(st.r.Blocks.Dated[k]))
	for n, i := range st.r.Blocks.Dated[k] {
		blk[n] = st.at[i]
	}
	st.counter.Prepare(st.ins, blk, st.r.Each, st.ps)
	st.placer.Place(st.ins, st.ps, blk)
}

// save returns the state before dated block k.
func (st *stepper) save(k int) Saved {
	cp, closed := st.placer.Checkpoint(st.ins)
	for i, it := range cp.Dups.Items {
		if it.Sketch != nil {
			cp.Dups.Items[i].Sketch, cp.Dups.Items[i].Resketch = nil, true
		}
	}
	s := Saved{Day: st.r.SaveDay(k), Placer: cp, Counts: st.counter.State(), Names: st.names[k],
		Closed: slices.Clone(st.from.Closed), Copies: maps.Clone(st.from.Copies)}
	if s.Copies == nil {
		s.Copies = map[string]string{}
	}
	maps.Copy(s.Copies, st.placer.dup)
	for _, c := range closed {
		s.Closed = append(s.Closed, savedStory(c, st.ins))
	}
	slices.SortFunc(s.Closed, func(a, b SavedStory) int { return cmp.Compare(a.Number, b.Number) })
	return s
}

// savedStory names a story's articles by id.
func savedStory(s Story, ins []Input) SavedStory {
	out := SavedStory{Number: s.Number, Articles: idsOf(ins, s.Articles)}
	for _, e := range s.Events {
		out.Events = append(out.Events, idsOf(ins, e.Articles))
	}
	return out
}

// finish refines and splits the open stories and returns every story,
// the closed ones of the state with them, over the run's positions.
func (st *stepper) finish() Result {
	res := st.placer.Finish(st.ins)
	back := make([]int, len(st.ins))
	for i, k := range st.at {
		back[k] = i
	}
	run := func(at []int) []int {
		out := make([]int, len(at))
		for n, k := range at {
			out[n] = back[k]
		}
		return out
	}
	for s := range res.Stories {
		res.Stories[s].Articles = run(res.Stories[s].Articles)
		for e := range res.Stories[s].Events {
			res.Stories[s].Events[e].Articles = run(res.Stories[s].Events[e].Articles)
		}
	}
	for _, c := range st.from.Closed {
		res.Stories = append(res.Stories, closedStory(c, st.pos))
	}
	slices.SortFunc(res.Stories, func(a, b Story) int { return cmp.Compare(a.Number, b.Number) })
	maps.Copy(res.DuplicateOf, st.from.Copies)
	return res
}

// closedStory is a saved story over the run's positions.
func closedStory(c SavedStory, pos map[string]int) Story {
	of := func(ids []string) []int {
		out := make([]int, len(ids))
		for n, id := range ids {
			out[n] = pos[id]
		}
		return out
	}
	s := Story{Number: c.Number, Articles: of(c.Articles)}
	for _, e := range c.Events {
		s.Events = append(s.Events, Event{Articles: of(e)})
	}
	return s
}
