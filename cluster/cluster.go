package cluster

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
)

// Options tune Cluster. The zero value uses the defaults, tuned on the
// ECB+ train and dev topics (docs/quality.md).
type Options struct {
	StoryThreshold float64       // cosine to a story's centroid to join it; default 0.06
	EventThreshold float64       // cosine, inside a story, to join an event; default 0.10
	Window         time.Duration // stories idle this long are closed; default 60 days

	// WarmUp is how many dated articles the first dated block (Blocks)
	// holds at least, default 1,000: a store's first articles are weighed
	// together, not each by the handful before it, so that common words
	// weigh little from the start.
	WarmUp int
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
	if o.WarmUp == 0 {
		o.WarmUp = 1000
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
	Number   int   // in order of creation, across a Placer's resumes
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
// order of arrival did, and each story is split into events. Features are
// weighed as PrepareAll says.
func Cluster(ins []Input, opt Options) Result {
	docs := make([]*analyze.Doc, len(ins))
	for i, in := range ins {
		docs[i] = in.Doc
	}
	return ClusterPrepared(ins, PrepareAll(ins, NewBlocks(docs, opt), Serial), opt)
}

// Prepared is what placing an article needs: its weighted features and
// its text's sketch.
type Prepared struct {
	Vector Vector
	Sketch Sketch
}

// Prepare weighs an article's features and sketches its text.
func Prepare(in Input, df DocFreq) Prepared {
	return Prepared{Vector: df.Vector(in), Sketch: NewSketch(in.Doc.Text)}
}

// ClusterPrepared is Cluster over articles prepared before (PrepareAll).
func ClusterPrepared(ins []Input, ps []Prepared, opt Options) Result {
	p := NewPlacer(opt)
	p.Place(ins, ps, placementOrder(ins))
	return p.Finish(ins)
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
	meta  Meta
	t     time.Time
	story int
}

// Meta is what, besides its features, tells an article's event apart.
type Meta struct {
	Lang string // its language, "" if unknown: words only match within one
	Mode string // claims.Held or claims.Planned, as its lead reports its event; "" if neither
	Day  int    // the day its lead's event happened, 1 January of year 1 being day 1; 0 if unknown
}

// NewMeta is the meta of an article.
func NewMeta(in Input) Meta {
	m := Meta{Lang: in.Language, Mode: in.Mode}
	if t, err := time.Parse("2006-01-02", in.When); err == nil {
		m.Day = int(t.Unix()/86400) + 719163 // 1970-01-01 is day 719163
	}
	return m
}

// NewOnline returns an empty clusterer.
func NewOnline(opt Options) *Online {
	return &Online{opt: opt.withDefaults(), stories: newIndex()}
}

// sweepEvery is how often (in articles) idle stories are closed.
const sweepEvery = 1024

// Place puts article i, with vector v and meta m, published at t, into a story and returns its number. Articles must
// come in order of publish time (then id) for the result not to depend on
// input order.
func (o *Online) Place(i int, v Vector, m Meta, t time.Time) (story int) {
	s := o.stories.best(v, v.top(queryKeys), o.opt.StoryThreshold, t, o.opt.Window)
	if s < 0 {
		s = o.stories.create()
	}
	o.stories.add(s, i, v, t)
	o.open = append(o.open, placed{i, v, m, t, s})
	if o.placed++; o.placed%sweepEvery == 0 && !t.IsZero() {
		o.stories.sweep(t, o.opt.Window)
		o.settle(t)
	}
	return s
}

// eventIdle: in a story open for longer than the window, an event no
// article has joined for this long is settled — its articles leave the
// open set — so a story that never goes idle still keeps only the
// articles of its last window (see split).
const eventIdle = 7 * 24 * time.Hour

// settle splits into events the stories closed since the last sweep,
// and those whose oldest open article is older than the window; of the
// latter, the events idle for eventIdle are settled and the rest stay
// open.
func (o *Online) settle(now time.Time) {
	oldest := map[int]time.Time{}
	for _, p := range o.open {
		if _, ok := oldest[p.story]; !ok && !p.t.IsZero() {
			oldest[p.story] = p.t
		}
	}
	o.split(func(s int) bool {
		t, ok := oldest[s]
		return o.stories.groups[s].retired || ok && now.Sub(t) > o.opt.Window
	}, now)
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

// Pending splits every open story into events as Finish would, without
// settling anything, and returns how many events that makes: the work
// placing has put off until the stories close.
func (o *Online) Pending() (events int) {
	order, byStory := o.openByStory(func(int) bool { return true })
	for _, s := range order {
		events += len(splitEvents(o.at(byStory[s]), o.opt.EventThreshold))
	}
	return events
}

// openByStory lists the positions in the open set of the articles of the
// stories selected picks, by story, the stories in order of their first
// open article.
func (o *Online) openByStory(selected func(story int) bool) (order []int, byStory map[int][]int) {
	byStory = map[int][]int{}
	for k, p := range o.open {
		if !selected(p.story) {
			continue
		}
		if byStory[p.story] == nil {
			order = append(order, p.story)
		}
		byStory[p.story] = append(byStory[p.story], k)
	}
	return order, byStory
}

// at returns the open articles at the positions given.
func (o *Online) at(positions []int) []placed {
	arts := make([]placed, len(positions))
	for j, k := range positions {
		arts[j] = o.open[k]
	}
	return arts
}

// Finish closes every open story and splits it into events.
func (o *Online) Finish() { o.split(func(int) bool { return true }, time.Time{}) }

// split divides the open stories that selected picks into events and
// settles them: all of a closed story's events (or every event, when now
// is zero); of a story still open, those idle for eventIdle before now,
// and of the others their articles older than eventIdle, as an event of
// their own (a happening does not run for months; this keeps the open
// part of a story that never rests within the window, and splits such a
// story about once a window). The articles of settled
// events leave the open set and their vectors are let go.
func (o *Online) split(selected func(story int) bool, now time.Time) {
	order, byStory := o.openByStory(selected)
	settled := make([]bool, len(o.open))
	for _, s := range order {
		arts := o.at(byStory[s])
		all := now.IsZero() || o.stories.groups[s].retired
		for _, ev := range splitEvents(arts, o.opt.EventThreshold) {
			if !all && !idle(arts, ev, now) {
				ev = older(arts, ev, now.Add(-eventIdle))
			}
			if len(ev) == 0 {
				continue
			}
			ids := make([]int, len(ev))
			for j, a := range ev {
				ids[j] = arts[a].i
				settled[byStory[s][a]] = true
			}
			o.stories.groups[s].events = append(o.stories.groups[s].events, ids)
		}
	}
	kept := o.open[:0]
	for k, p := range o.open {
		if !settled[k] {
			kept = append(kept, p)
		}
	}
	clear(o.open[len(kept):])
	o.open = kept
}

// older returns the articles of the event (positions in arts) dated
// before cutoff.
func older(arts []placed, ev []int, cutoff time.Time) []int {
	var out []int
	for _, a := range ev {
		if !arts[a].t.IsZero() && arts[a].t.Before(cutoff) {
			out = append(out, a)
		}
	}
	return out
}

// idle reports whether no article of the event (positions in arts) is
// dated within eventIdle before now.
func idle(arts []placed, ev []int, now time.Time) bool {
	for _, a := range ev {
		if !arts[a].t.IsZero() && now.Sub(arts[a].t) <= eventIdle {
			return false
		}
	}
	return true
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
	byRank := ranking(order)
	var out []Story
	for n, g := range stories.groups {
		if len(g.members) > 0 {
			out = append(out, storyOf(g, n, byRank))
		}
	}
	return out
}

// ranking compares articles by their place in order.
func ranking(order []int) func(a, b int) int {
	rank := make([]int, len(order))
	for r, i := range order {
		rank[i] = r
	}
	return func(a, b int) int { return cmp.Compare(rank[a], rank[b]) }
}

// storyOf is group g, story number n, its articles and events in order.
func storyOf(g *group, n int, byRank func(a, b int) int) Story {
	s := Story{Number: n, Articles: slices.SortedFunc(slices.Values(g.members), byRank)}
	for _, e := range g.events {
		s.Events = append(s.Events, Event{Articles: slices.SortedFunc(slices.Values(e), byRank)})
	}
	slices.SortFunc(s.Events, func(a, b Event) int { return byRank(a.Articles[0], b.Articles[0]) })
	return s
}
