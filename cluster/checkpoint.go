package cluster

import (
	"fmt"
	"maps"
	"slices"
	"time"
)

// Checkpoint is a Placer's state between runs, in a form that outlives
// the process (encoding/gob writes it): articles are named by id, not by
// their position in one caller's inputs. Stories closed for good — idle
// past the window and split into events — are left out but keep their
// numbers, so that its size is that of the window, not of everything
// placed.
type Checkpoint struct {
	Opt     Options
	Placed  int
	Stories []StoryState // by number; a closed one empty but for its flags
	Active  []int
	Index   map[uint64][]int // feature → the stories filed under it, in filing order
	Open    []OpenArticle    // the articles of the open stories not yet settled, in placement order
	Dups    DupsState
}

// StoryState is one story of a Checkpoint.
type StoryState struct {
	Centroid []Weight
	Norm2    float64
	Keys     []uint64
	Last     time.Time
	Members  []string
	Events   [][]string
	Retired  bool
	Listed   bool
}

// Weight is one feature of a vector.
type Weight struct {
	Key uint64
	W   float64
}

// OpenArticle is an article of an open story that can still move.
type OpenArticle struct {
	ID     string
	Vector []Weight
	Meta   Meta
	T      time.Time
	Story  int
}

// DupsState is the near-duplicate index of a Checkpoint.
type DupsState struct {
	Window time.Duration
	Head   map[uint64]int
	Links  [][2]int // item, next
	Items  []DupItem
	Gone   int
	Added  int
}

// DupItem is one article of the near-duplicate index.
type DupItem struct {
	ID, First string
	FirstNo   int
	Sketch    *Sketch // nil once it left the window
	T         time.Time
	// Resketch: Sketch was left out to be made again from the article's
	// text (Saved does so: a sketch weighs more than the rest).
	Resketch bool
}

// Checkpoint saves the placer's state; ins are the inputs its articles
// were placed from. It returns with it every story closed for good that
// the placer holds (not those a checkpoint it was resumed from left out),
// which the checkpoint leaves out: the caller keeps them. A Placer may go
// on placing after it.
func (p *Placer) Checkpoint(ins []Input) (Checkpoint, []Story) {
	o := p.o
	c := Checkpoint{Opt: o.opt, Placed: o.placed, Active: slices.Clone(o.stories.active), Index: map[uint64][]int{},
		Dups: p.dups.state()}
	open := map[int]bool{}
	for _, a := range o.open {
		open[a.story] = true
		c.Open = append(c.Open, OpenArticle{ID: ins[a.i].ID, Vector: weights(a.v), Meta: a.meta, T: a.t, Story: a.story})
	}
	var closed []Story
	byRank := ranking(placementOrder(ins))
	for n, g := range o.stories.groups {
		if g.retired && !open[n] {
			c.Stories = append(c.Stories, StoryState{Retired: true, Listed: g.listed})
			if len(g.members) > 0 {
				closed = append(closed, storyOf(g, n, byRank))
			}
			continue
		}
		c.Stories = append(c.Stories, StoryState{Centroid: weights(g.e), Norm2: g.norm2, Keys: keys(g.keys), Last: g.last,
			Members: idsOf(ins, g.members), Events: eventIDs(ins, g.events), Retired: g.retired, Listed: g.listed})
	}
	for k, gs := range o.stories.post {
		c.Index[uint64(k)] = slices.Clone(gs)
	}
	return c, closed
}

// Needs lists the articles a resume needs among its inputs: those of the
// stories the checkpoint keeps.
func (c Checkpoint) Needs() []string {
	var ids []string
	for _, s := range c.Stories {
		ids = append(ids, s.Members...)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// Resume takes up a placer from a checkpoint; ins must hold every article
// c.Needs names (others may follow, to be placed). A checkpoint whose
// numbers do not hold together (a damaged store) is an error.
func Resume(c Checkpoint, ins []Input) (*Placer, error) {
	if err := c.check(); err != nil {
		return nil, err
	}
	at := make(map[string]int, len(ins))
	for i, in := range ins {
		at[in.ID] = i
	}
	pos := func(ids []string) ([]int, error) {
		out := make([]int, len(ids))
		for k, id := range ids {
			i, ok := at[id]
			if !ok {
				return nil, fmt.Errorf("cluster: resume: article %q of an open story is not among the inputs", id)
			}
			out[k] = i
		}
		return out, nil
	}
	o := &Online{opt: c.Opt, placed: c.Placed, stories: &index{active: slices.Clone(c.Active), post: postings{}}}
	for _, s := range c.Stories {
		g := &group{sparse: sparse{e: vector(s.Centroid), norm2: s.Norm2}, last: s.Last, retired: s.Retired, listed: s.Listed}
		for _, k := range s.Keys {
			g.keys = append(g.keys, feature(k))
		}
		var err error
		if g.members, err = pos(s.Members); err != nil {
			return nil, err
		}
		for _, ev := range s.Events {
			e, err := pos(ev)
			if err != nil {
				return nil, err
			}
			g.events = append(g.events, e)
		}
		o.stories.groups = append(o.stories.groups, g)
	}
	for k, gs := range c.Index {
		o.stories.post[feature(k)] = slices.Clone(gs)
	}
	for _, a := range c.Open {
		i, ok := at[a.ID]
		if !ok {
			return nil, fmt.Errorf("cluster: resume: open article %q is not among the inputs", a.ID)
		}
		o.open = append(o.open, placed{i: i, v: vector(a.Vector), meta: a.Meta, t: a.T, story: a.Story})
	}
	return &Placer{o: o, dups: dupsFrom(c.Dups), dup: map[string]string{}}, nil
}

// check reports a story, item or link number out of range.
func (c Checkpoint) check() error {
	stories := func(ns []int) bool {
		return !slices.ContainsFunc(ns, func(n int) bool { return n < 0 || n >= len(c.Stories) })
	}
	ok := stories(c.Active) && c.Placed >= 0
	for _, gs := range c.Index {
		ok = ok && stories(gs)
	}
	for _, a := range c.Open {
		ok = ok && stories([]int{a.Story})
	}
	for _, l := range c.Dups.Links {
		ok = ok && l[0] >= 0 && l[0] < len(c.Dups.Items) && l[1] >= 0 && l[1] <= len(c.Dups.Links)
	}
	for _, h := range c.Dups.Head {
		ok = ok && h > 0 && h <= len(c.Dups.Links)
	}
	if !ok {
		return fmt.Errorf("cluster: resume: the checkpoint is damaged (a number out of range)")
	}
	return nil
}

func (d *Dups) state() DupsState {
	s := DupsState{Window: d.window, Head: make(map[uint64]int, len(d.head)), Gone: d.gone, Added: d.added}
	maps.Copy(s.Head, d.head)
	for _, l := range d.links {
		s.Links = append(s.Links, [2]int{l.item, l.next})
	}
	for _, it := range d.items {
		s.Items = append(s.Items, DupItem{ID: it.id, First: it.first, FirstNo: it.firstNo, Sketch: it.sketch, T: it.t})
	}
	return s
}

func dupsFrom(s DupsState) *Dups {
	d := &Dups{window: s.Window, head: make(map[uint64]int, len(s.Head)), gone: s.Gone, added: s.Added}
	maps.Copy(d.head, s.Head)
	for _, l := range s.Links {
		d.links = append(d.links, dupLink{item: l[0], next: l[1]})
	}
	for _, it := range s.Items {
		d.items = append(d.items, dupItem{id: it.ID, first: it.First, firstNo: it.FirstNo, sketch: it.Sketch, t: it.T})
	}
	return d
}

func weights(v Vector) []Weight {
	out := make([]Weight, len(v))
	for k, e := range v {
		out[k] = Weight{uint64(e.key), e.w}
	}
	return out
}

func vector(ws []Weight) Vector {
	if ws == nil {
		return nil
	}
	v := make(Vector, len(ws))
	for k, w := range ws {
		v[k] = entry{feature(w.Key), w.W}
	}
	return v
}

func keys(fs []feature) []uint64 {
	out := make([]uint64, len(fs))
	for k, f := range fs {
		out[k] = uint64(f)
	}
	return out
}

func idsOf(ins []Input, at []int) []string {
	out := make([]string, len(at))
	for k, i := range at {
		out[k] = ins[i].ID
	}
	return out
}

func eventIDs(ins []Input, evs [][]int) [][]string {
	var out [][]string
	for _, e := range evs {
		out = append(out, idsOf(ins, e))
	}
	return out
}
