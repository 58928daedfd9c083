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
	EventThreshold float64       // cosine to join an event; default 0.20
	StoryThreshold float64       // cosine for a new event to join a story; default 0.18
	Window         time.Duration // stories and events idle this long are closed; default 7 days
}

func (o Options) withDefaults() Options {
	if o.EventThreshold == 0 {
		o.EventThreshold = 0.20
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
// on the way.
func Cluster(ins []Input, df DocFreq, opt Options) Result {
	opt = opt.withDefaults()
	events, stories := newIndex(), newIndex()
	dups := NewDups()
	res := Result{DuplicateOf: map[string]string{}}
	for _, i := range placementOrder(ins) {
		in := ins[i]
		if of := dups.Add(in.ID, NewSketch(in.Doc.Text)); of != "" {
			res.DuplicateOf[in.ID] = of
		}
		v := df.weigh(features(in))
		query := v.top(queryKeys)
		t := in.Doc.Published
		e := events.best(v, query, opt.EventThreshold, t, opt.Window)
		if e < 0 {
			s := stories.best(v, query, opt.StoryThreshold, t, opt.Window)
			if s < 0 {
				s = stories.create()
			}
			e = events.create()
			events.groups[e].story = s
		}
		events.add(e, i, v, t)
		stories.add(events.groups[e].story, i, v, t)
	}
	res.Stories = collect(events, stories)
	return res
}

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
func collect(events, stories *index) []Story {
	out := make([]Story, len(stories.groups))
	for s, g := range stories.groups {
		out[s].Articles = g.members
	}
	for _, g := range events.groups {
		out[g.story].Events = append(out[g.story].Events, Event{Articles: g.members})
	}
	return out
}
