package cluster

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// Options tune Cluster. The zero value uses the defaults, tuned on the
// ECB+ train and dev topics (docs/quality.md).
type Options struct {
	EventThreshold float64       // cosine to join an event; default 0.22
	StoryThreshold float64       // cosine for a new event to join a story; default 0.10
	Window         time.Duration // stories and events idle this long are closed; default 7 days
}

func (o Options) withDefaults() Options {
	if o.EventThreshold == 0 {
		o.EventThreshold = 0.22
	}
	if o.StoryThreshold == 0 {
		o.StoryThreshold = 0.10
	}
	if o.Window == 0 {
		o.Window = 7 * 24 * time.Hour
	}
	return o
}

// Result is the grouping of a batch of articles.
type Result struct {
	Stories     []Story
	DuplicateOf map[string]string // article id → the first copy of its text
}

// Story is a set of articles about one topic, split into events.
type Story struct {
	Articles []int // indexes into the inputs, in placement order
	Events   []Event
}

// Event is one happening inside a story: its articles, in placement order.
type Event struct {
	Articles []int
}

// Cluster places the articles one by one, in order of publish time then
// id, whatever order they are given in. Each article joins the event
// whose centroid is closest if the cosine reaches EventThreshold (found
// through an inverted index over the centroids' heaviest features, never
// by comparing with every event); otherwise it starts an event, which
// joins the closest story or starts one. Near-duplicate copies are found
// on the way. Last, the articles of the events still open are moved to
// their nearest event (Refine), which undoes most of what the order of
// arrival did.
func Cluster(ins []Input, df DocFreq, opt Options) Result {
	o := NewOnline(opt)
	o.refinable = true
	dups := NewDups(o.opt.Window)
	res := Result{DuplicateOf: map[string]string{}}
	for _, i := range placementOrder(ins) {
		in := ins[i]
		if of := dups.Add(in.ID, NewSketch(in.Doc.Text), in.Doc.Published); of != "" {
			res.DuplicateOf[in.ID] = of
		}
		o.Place(i, df.Vector(in), in.Doc.Published)
	}
	o.Refine(refinePasses)
	res.Stories = collect(o.events, o.stories, placementOrder(ins))
	return res
}

// refinePasses is how many times a batch's articles are moved to their
// nearest event after the first placement.
const refinePasses = 3

// Online places articles one at a time, each compared only with the
// events and stories an inverted index returns. Events and stories idle
// for longer than the window are closed: they leave the index and free
// their centroids, so memory and time per article depend on the articles
// of the window, not on all articles placed.
type Online struct {
	opt             Options
	events, stories *index
	placed          int
	refinable       bool     // keep the articles of open events for Refine
	open            []placed // the articles of open events, when refinable
}

// placed is an article kept for Refine.
type placed struct {
	i     int
	v     Vector
	t     time.Time
	event int
}

// NewOnline returns an empty clusterer.
func NewOnline(opt Options) *Online {
	return &Online{opt: opt.withDefaults(), events: newIndex(), stories: newIndex()}
}

// sweepEvery is how often (in articles) idle groups are closed.
const sweepEvery = 1024

// Place puts article i, with vector v published at t, into an event and a
// story, and returns their numbers. Articles must come in order of
// publish time (then id) for the result not to depend on input order.
func (o *Online) Place(i int, v Vector, t time.Time) (event, story int) {
	query := v.top(queryKeys)
	e := o.events.best(v, query, o.opt.EventThreshold, t, o.opt.Window)
	if e < 0 {
		s := o.stories.best(v, query, o.opt.StoryThreshold, t, o.opt.Window)
		if s < 0 {
			s = o.stories.create()
		}
		e = o.events.create()
		o.events.groups[e].story = s
	}
	s := o.events.groups[e].story
	o.events.add(e, i, v, t)
	o.stories.add(s, i, v, t)
	if o.refinable {
		o.open = append(o.open, placed{i, v, t, e})
	}
	if o.placed++; o.placed%sweepEvery == 0 {
		o.events.sweep(t, o.opt.Window)
		o.stories.sweep(t, o.opt.Window)
		o.open = slices.DeleteFunc(o.open, func(p placed) bool { return o.events.groups[p.event].retired })
	}
	return e, s
}

// Refine moves each article of the open events to the event whose
// centroid (without the article) is nearest among the candidates the
// index returns, passes times: single-pass placement depends on which
// articles came first, and this undoes most of that. Each pass decides
// every move against the centroids as they were at its start, then makes
// them, so no event snowballs within a pass. Stories follow their events.
// Only a clusterer that keeps its open articles (Cluster's) has any to
// move; a long-running one keeps none, so its memory stays bounded.
func (o *Online) Refine(passes int) {
	for range passes {
		to := make([]int, len(o.open))
		moved := 0
		for k, p := range o.open {
			if o.events.groups[p.event].retired {
				to[k] = p.event // closed: its articles stay
				continue
			}
			to[k] = o.events.nearest(p.v, p.v.top(queryKeys), p.event)
			if to[k] != p.event {
				moved++
			}
		}
		if moved == 0 {
			return
		}
		for k := range o.open {
			p := &o.open[k]
			if to[k] != p.event {
				o.events.remove(p.event, p.i, p.v)
				o.events.add(to[k], p.i, p.v, p.t)
				p.event = to[k]
			}
		}
	}
}

// Window is how long an idle event or story stays open.
func (o *Online) Window() time.Duration { return o.opt.Window }

// Active counts the events and stories still open.
func (o *Online) Active() (events, stories int) { return len(o.events.active), len(o.stories.active) }

// placementOrder sorts the inputs by publish time, then id.
func placementOrder(ins []Input) []int {
	order := make([]int, len(ins))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(ins[a].Doc.Published.Compare(ins[b].Doc.Published), strings.Compare(ins[a].ID, ins[b].ID))
	})
	return order
}

// collect lists the stories in order of creation, each with its events.
func collect(events, stories *index, order []int) []Story {
	rank := make([]int, len(order))
	for r, i := range order {
		rank[i] = r
	}
	byRank := func(a, b int) int { return cmp.Compare(rank[a], rank[b]) }
	all := make([]Story, len(stories.groups))
	for _, g := range events.groups {
		if len(g.members) > 0 {
			s := &all[g.story]
			members := slices.Clone(g.members)
			slices.SortFunc(members, byRank) // Refine may have moved some
			s.Events = append(s.Events, Event{Articles: members})
			s.Articles = append(s.Articles, members...)
		}
	}
	var out []Story
	for _, s := range all {
		if len(s.Events) > 0 {
			slices.SortFunc(s.Articles, byRank)
			out = append(out, s)
		}
	}
	return out
}
