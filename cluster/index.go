package cluster

import (
	"cmp"
	"math"
	"slices"
	"strings"
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
	centre           // the sum of its members' vectors
	keys    []string // the features it is indexed under
	last    time.Time
	members []int
	events  [][]int // for a closed story: its events' members
	retired bool
	listed  bool // in index.active
}

// index finds, for a new article, the groups that share its heaviest
// features — never every group — and the one whose centroid is closest.
type index struct {
	groups []*group
	active []int // the groups not retired, in order of creation
	post   postings
	score  map[int]int // scratch for candidates, reused
}

func newIndex() *index { return &index{post: postings{}, score: map[int]int{}} }

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
		if s := grp.cosine(v); s > bs || s == bs && best < 0 {
			best, bs = g, s
		}
	}
	return best
}

// candidates are the maxCandidates groups indexed under the most of the
// keys (postings.best).
func (x *index) candidates(keys []string) []int { return x.post.best(keys, maxCandidates, x.score) }

// nearest returns the candidate group nearest to v if its cosine reaches
// th, or own — the group v is in, compared without v — when none is
// nearer; retired groups are not candidates.
func (x *index) nearest(v Vector, query []string, own int, th float64) int {
	best, bs := own, x.groups[own].cosineWithout(v)
	for _, g := range x.candidates(query) {
		if x.groups[g].retired || g == own {
			continue
		}
		if s := x.groups[g].cosine(v); s > bs && s >= th {
			best, bs = g, s
		}
	}
	return best
}

// remove takes article i, with vector v, out of group g.
func (x *index) remove(g int, i int, v Vector) {
	grp := x.groups[g]
	grp.remove(v)
	grp.members = slices.DeleteFunc(grp.members, func(m int) bool { return m == i })
	if len(grp.members) == 0 {
		grp.sum, grp.norm2 = vector{}, 0
	}
}

// create starts an empty group and returns its number.
func (x *index) create() int {
	x.groups = append(x.groups, &group{centre: centre{sum: vector{}}, listed: true})
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
	grp.add(v)
	if len(grp.sum) > 2*maxCentroid {
		prune(grp)
	}
	grp.members = append(grp.members, i)
	if t.After(grp.last) {
		grp.last = t
	}
	if n := len(grp.members); n <= 8 || n%8 == 0 {
		x.reindex(g) // a large group's heaviest features change slowly
	}
}

// prune keeps the heaviest maxCentroid features of a centroid.
func prune(g *group) {
	top := heaviest(g.sum, maxCentroid)
	g.sum = make(vector, len(top))
	g.norm2 = 0
	for _, e := range top { // a fixed order: the same bits every run
		g.sum[e.key] = e.w
		g.norm2 += e.w * e.w
	}
}

// reindex files group g under its heaviest features.
func (x *index) reindex(g int) {
	grp := x.groups[g]
	grp.keys = x.post.file(g, grp.keys, topKeys(grp.sum, indexKeys))
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
	top := heaviest(v, n)
	keys := make([]string, len(top))
	for i, e := range top {
		keys[i] = e.key
	}
	return keys
}

// heaviest returns the n heaviest features of v, heaviest first, ties by
// name. A few out of many are picked without sorting them all.
func heaviest(v vector, n int) []entry {
	before := func(a, b entry) int { return cmp.Or(cmp.Compare(b.w, a.w), strings.Compare(a.key, b.key)) }
	if 4*n >= len(v) {
		all := make([]entry, 0, len(v))
		for k, w := range v {
			all = append(all, entry{k, w})
		}
		slices.SortFunc(all, before)
		return all[:min(n, len(all))]
	}
	top := make([]entry, 0, n+1) // sorted, heaviest first
	for k, w := range v {
		e := entry{k, w}
		if len(top) == n && before(e, top[n-1]) >= 0 {
			continue
		}
		at, _ := slices.BinarySearchFunc(top, e, before)
		top = slices.Insert(top, at, e)
		if len(top) > n {
			top = top[:n]
		}
	}
	return top
}

// centre is a sum of unit vectors and its squared length: the centroid
// of a group or an event.
type centre struct {
	sum   vector
	norm2 float64
}

// add adds unit vector v.
func (c *centre) add(v Vector) {
	for _, e := range v { // v is sorted: the same sums in the same order every run
		old := c.sum[e.key]
		c.sum[e.key] = old + e.w
		c.norm2 += (old+e.w)*(old+e.w) - old*old
	}
}

// remove takes unit vector v out again; features pruned since are skipped.
func (c *centre) remove(v Vector) {
	for _, e := range v {
		old, ok := c.sum[e.key]
		if !ok {
			continue
		}
		left := max(old-e.w, 0)
		if left == 0 {
			delete(c.sum, e.key)
		} else {
			c.sum[e.key] = left
		}
		c.norm2 += left*left - old*old
	}
}

func (c *centre) dot(v Vector) float64 {
	d := 0.0
	for _, e := range v {
		d += e.w * c.sum[e.key]
	}
	return d
}

// cosine is the cosine of unit vector v and the centre.
func (c *centre) cosine(v Vector) float64 {
	if c.norm2 == 0 {
		return 0
	}
	return c.dot(v) / math.Sqrt(c.norm2)
}

// cosineWithout is the cosine of unit vector v and the centre with v
// taken out of it: |sum-v|² = |sum|² - 2 v·sum + 1.
func (c *centre) cosineWithout(v Vector) float64 {
	d := c.dot(v)
	n2 := c.norm2 - 2*d + 1
	if n2 <= 1e-9 {
		return 0
	}
	return (d - 1) / math.Sqrt(n2)
}

// postings lists, for each feature, the groups (or events) filed under it.
type postings map[string][]int

// file moves group g from the keys it was filed under to keys, and
// returns keys.
func (p postings) file(g int, old, keys []string) []string {
	for _, k := range old {
		p[k] = slices.DeleteFunc(p[k], func(h int) bool { return h == g })
		if len(p[k]) == 0 {
			delete(p, k)
		}
	}
	for _, k := range keys {
		p[k] = append(p[k], g)
	}
	return keys
}

// maxCandidates bounds the groups an article is compared with: those
// sharing the most of its heaviest features.
const maxCandidates = 16

// best returns at most n groups filed under any of the keys, those under
// the most keys (heavier keys first on ties), in order of creation. score
// is an empty map it may use, and leaves empty.
func (p postings) best(keys []string, n int, score map[int]int) []int {
	defer clear(score)
	for rank, k := range keys {
		for _, g := range p[k] {
			score[g] += 2*len(keys) - rank
		}
	}
	out := make([]int, 0, len(score))
	for g := range score {
		out = append(out, g)
	}
	if len(out) > n {
		slices.SortFunc(out, func(a, b int) int { return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(a, b)) })
		out = out[:n]
	}
	slices.Sort(out)
	return out
}
