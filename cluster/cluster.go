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
	StoryThreshold float64       // cosine to a story's centroid to join it; default 0.06
	EventThreshold float64       // cosine, inside a story, to join an event; default 0.10
	Window         time.Duration // stories idle this long are closed; default 60 days
}

func (o Options) withDefaults() Options {
	if o.StoryThreshold == 0 {
		o.StoryThreshold = 0.06
	}
	if o.EventThreshold == 0 {
		o.EventThreshold = 0.10
	}
	if o.Window == 0 {
		o.Window = 60 * 24 * time.Hour
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
// id, whatever order they are given in. Each article joins the story
// whose centroid is closest if the cosine reaches StoryThreshold (found
// through an inverted index over the centroids' heaviest features, never
// by comparing with every story), else starts one. Near-duplicate copies
// are found on the way. Then the articles of the stories still open are
// moved to their nearest story (Refine), which undoes most of what the
// order of arrival did, and each story is split into events.
func Cluster(ins []Input, df DocFreq, opt Options) Result {
	o := NewOnline(opt)
	dups := NewDups(o.opt.Window)
	res := Result{DuplicateOf: map[string]string{}}
	for _, i := range placementOrder(ins) {
		in := ins[i]
		if of := dups.Add(in.ID, NewSketch(in.Doc.Text), in.Doc.Published); of != "" {
			res.DuplicateOf[in.ID] = of
		}
		o.Place(i, df.Vector(in), in.Language, in.Doc.Published)
	}
	o.Refine(refinePasses)
	o.Finish()
	res.Stories = collect(o.stories, placementOrder(ins))
	return res
}

// refinePasses is how many times a batch's articles are moved to their
// nearest story, and a story's to their nearest event, after the first
// placement.
const refinePasses = 3

// Online places articles one at a time into stories, each compared only
// with the stories an inverted index returns. A story idle for longer
// than the window is closed: it leaves the index, frees its centroid and
// is split into events, so memory and time per article depend on the
// articles of the window, not on all articles placed.
type Online struct {
	opt     Options
	stories *index
	placed  int
	open    []placed // the articles of open stories, in placement order
}

// placed is an article of an open story.
type placed struct {
	i     int
	v     Vector
	lang  string
	t     time.Time
	story int
}

// NewOnline returns an empty clusterer.
func NewOnline(opt Options) *Online {
	return &Online{opt: opt.withDefaults(), stories: newIndex()}
}

// sweepEvery is how often (in articles) idle stories are closed.
const sweepEvery = 1024

// Place puts article i, with vector v, in language lang ("" if unknown),
// published at t, into a story and returns its number. Articles must
// come in order of publish time (then id) for the result not to depend on
// input order.
func (o *Online) Place(i int, v Vector, lang string, t time.Time) (story int) {
	s := o.stories.best(v, v.top(queryKeys), o.opt.StoryThreshold, t, o.opt.Window)
	if s < 0 {
		s = o.stories.create()
	}
	o.stories.add(s, i, v, t)
	o.open = append(o.open, placed{i, v, lang, t, s})
	if o.placed++; o.placed%sweepEvery == 0 {
		o.stories.sweep(t, o.opt.Window)
		o.split(func(s int) bool { return o.stories.groups[s].retired })
	}
	return s
}

// Refine moves each article of the open stories to the story whose
// centroid (without the article) is nearest among the candidates the
// index returns, if it reaches StoryThreshold, passes times:
// single-pass placement depends on which articles came first, and this
// undoes most of that. Each pass decides every move against the
// centroids as they were at its start, then makes them, so no story
// snowballs within a pass.
func (o *Online) Refine(passes int) {
	for range passes {
		to := make([]int, len(o.open))
		moved := 0
		for k, p := range o.open {
			if o.stories.groups[p.story].retired {
				to[k] = p.story // closed: its articles stay
				continue
			}
			to[k] = o.stories.nearest(p.v, p.v.top(queryKeys), p.story, o.opt.StoryThreshold)
			if to[k] != p.story {
				moved++
			}
		}
		if moved == 0 {
			return
		}
		for k := range o.open {
			p := &o.open[k]
			if to[k] != p.story {
				o.stories.remove(p.story, p.i, p.v)
				o.stories.add(to[k], p.i, p.v, p.t)
				p.story = to[k]
			}
		}
	}
}

// Finish closes every open story and splits it into events.
func (o *Online) Finish() { o.split(func(int) bool { return true }) }

// split divides the open stories that closing says to close into events
// and lets go of their articles' vectors.
func (o *Online) split(closing func(story int) bool) {
	byStory := map[int][]placed{}
	var order []int
	kept := o.open[:0]
	for _, p := range o.open {
		if !closing(p.story) {
			kept = append(kept, p)
			continue
		}
		if byStory[p.story] == nil {
			order = append(order, p.story)
		}
		byStory[p.story] = append(byStory[p.story], p)
	}
	clear(o.open[len(kept):])
	o.open = kept
	for _, s := range order {
		o.stories.groups[s].events = splitEvents(byStory[s], o.opt.EventThreshold)
	}
}

// Window is how long an idle story stays open.
func (o *Online) Window() time.Duration { return o.opt.Window }

// Active counts the articles and stories still open.
func (o *Online) Active() (articles, stories int) { return len(o.open), len(o.stories.active) }

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

// collect lists the stories in order of creation, each with its events
// in order of their first article.
func collect(stories *index, order []int) []Story {
	rank := make([]int, len(order))
	for r, i := range order {
		rank[i] = r
	}
	byRank := func(a, b int) int { return cmp.Compare(rank[a], rank[b]) }
	var out []Story
	for _, g := range stories.groups {
		if len(g.members) == 0 {
			continue
		}
		s := Story{Articles: slices.SortedFunc(slices.Values(g.members), byRank)}
		for _, e := range g.events {
			s.Events = append(s.Events, Event{Articles: slices.SortedFunc(slices.Values(e), byRank)})
		}
		slices.SortFunc(s.Events, func(a, b Event) int { return byRank(a.Articles[0], b.Articles[0]) })
		out = append(out, s)
	}
	return out
}
