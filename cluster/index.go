package cluster

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"time"
)

// Sizes that keep the cost of placing an article flat: an article is
// looked up by its queryKeys heaviest features, a group is indexed under
// its indexKeys heaviest, and a group's centroid keeps at most
// maxCentroid features.
const (
	queryKeys   = 20
	indexKeys   = 30
	maxCentroid = 300
)

// group is a cluster being built: an event or a story.
type group struct {
	sum     vector // the sum of its members' vectors
	norm2   float64
	keys    []string // the features it is indexed under
	last    time.Time
	members []int
	story   int // for an event: its story
	retired bool
	listed  bool // in index.active
}

// index finds, for a new article, the groups that share its heaviest
// features — never every group — and the one whose centroid is closest.
type index struct {
	groups []*group
	active []int // the groups not retired, in order of creation
	post   map[string][]int
}

func newIndex() *index { return &index{post: map[string][]int{}} }

// sweep retires the groups idle for longer than window before now.
func (x *index) sweep(now time.Time, window time.Duration) {
	if window <= 0 || now.IsZero() {
		return
	}
	kept := x.active[:0]
	for _, g := range x.active {
		grp := x.groups[g]
		if !grp.retired && !grp.last.IsZero() && now.Sub(grp.last) > window {
			x.retire(g)
		}
		if grp.retired {
			grp.listed = false
			continue
		}
		kept = append(kept, g)
	}
	x.active = kept
}

// best returns the active group most similar to v, if its cosine is at
// least th, else -1. A group idle for longer than window before now is
// retired and no longer returned (window 0: never). Undated articles and
// groups are never compared by time.
func (x *index) best(v Vector, query []string, th float64, now time.Time, window time.Duration) int {
	best, bs := -1, th
	for _, g := range x.candidates(query) {
		grp := x.groups[g]
		if window > 0 && !now.IsZero() && !grp.last.IsZero() && now.Sub(grp.last) > window {
			x.retire(g)
			continue
		}
		if s := cosine(v, grp); s > bs || s == bs && best < 0 {
			best, bs = g, s
		}
	}
	return best
}

// candidates are the active groups indexed under any of the keys, in
// order of creation.
func (x *index) candidates(keys []string) []int {
	var out []int
	for _, k := range keys {
		out = append(out, x.post[k]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func cosine(v Vector, g *group) float64 {
	if g.norm2 == 0 {
		return 0
	}
	s := 0.0
	for _, e := range v {
		s += e.w * g.sum[e.key]
	}
	return s / math.Sqrt(g.norm2)
}

// create starts an empty group and returns its number.
func (x *index) create() int {
	x.groups = append(x.groups, &group{sum: vector{}, listed: true})
	x.active = append(x.active, len(x.groups)-1)
	return len(x.groups) - 1
}

// add puts article i, with vector v and time t, into group g.
func (x *index) add(g int, i int, v Vector, t time.Time) {
	grp := x.groups[g]
	if grp.retired {
		grp.retired = false
		if !grp.listed {
			grp.listed = true
			x.active = append(x.active, g)
		}
	}
	for _, e := range v {
		old := grp.sum[e.key]
		grp.sum[e.key] = old + e.w
	}
	if len(grp.sum) > 2*maxCentroid {
		prune(grp)
	}
	grp.norm2 = 0 // summed in key order, for the same bits every run
	for _, k := range slices.Sorted(maps.Keys(grp.sum)) {
		grp.norm2 += grp.sum[k] * grp.sum[k]
	}
	grp.members = append(grp.members, i)
	if t.After(grp.last) {
		grp.last = t
	}
	x.reindex(g)
}

// prune keeps the heaviest maxCentroid features of a centroid.
func prune(g *group) {
	keep := topKeys(g.sum, maxCentroid)
	sum := make(vector, len(keep))
	for _, k := range keep {
		sum[k] = g.sum[k]
	}
	g.sum = sum
}

// reindex files group g under its heaviest features.
func (x *index) reindex(g int) {
	grp := x.groups[g]
	for _, k := range grp.keys {
		x.post[k] = slices.DeleteFunc(x.post[k], func(h int) bool { return h == g })
		if len(x.post[k]) == 0 {
			delete(x.post, k)
		}
	}
	grp.keys = topKeys(grp.sum, indexKeys)
	for _, k := range grp.keys {
		x.post[k] = append(x.post[k], g)
	}
}

// retire removes an idle group from the index and frees its centroid; its
// members stay. A later member (an event's article joining its retired
// story) starts the centroid again.
func (x *index) retire(g int) {
	grp := x.groups[g]
	grp.sum, grp.norm2 = vector{}, 0
	x.reindex(g)
	grp.retired = true
}

// topKeys returns the n heaviest features of v, ties by name.
func topKeys(v vector, n int) []string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(v[b], v[a]), cmp.Compare(a, b)) })
	return keys[:min(n, len(keys))]
}
