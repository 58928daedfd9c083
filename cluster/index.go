package cluster

import (
	"cmp"
	"iter"
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
	sparse            // the sum of its members' vectors
	keys    []feature // the features it is indexed under
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
	score  scores // scratch for candidates, reused
}

func newIndex() *index { return &index{post: postings{}} }

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
func (x *index) best(v Vector, query []feature, th float64, now time.Time, window time.Duration) int {
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
func (x *index) candidates(keys []feature) []int { return x.post.best(keys, maxCandidates, &x.score) }

// nearest returns the candidate group nearest to v if its cosine reaches
// th, or own — the group v is in, compared without v — when none is
// nearer; retired groups are not candidates.
func (x *index) nearest(v Vector, query []feature, own int, th float64) int {
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
		grp.e, grp.norm2 = nil, 0
	}
}

// create starts an empty group and returns its number.
func (x *index) create() int {
	x.groups = append(x.groups, &group{listed: true})
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
	if len(grp.e) > 2*maxCentroid {
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
	top := heaviest(g.e.all, len(g.e), maxCentroid)
	slices.SortFunc(top, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	g.e = append(g.e[:0], top...)
	g.norm2 = 0
	for _, e := range top { // a fixed order: the same bits every run
		g.norm2 += e.w * e.w
	}
}

// reindex files group g under its heaviest features.
func (x *index) reindex(g int) {
	grp := x.groups[g]
	grp.keys = x.post.file(g, grp.keys, topKeys(grp.e.all, len(grp.e), indexKeys))
}

// retire removes an idle group from the index and frees its centroid; its
// members stay. A later member (an event's article joining its retired
// story) starts the centroid again.
func (x *index) retire(g int) {
	grp := x.groups[g]
	grp.e, grp.norm2 = nil, 0
	x.reindex(g)
	grp.retired = true
}

// topKeys returns the n heaviest features of v, ties by id.
func topKeys(v iter.Seq2[feature, float64], size, n int) []feature {
	top := heaviest(v, size, n)
	keys := make([]feature, len(top))
	for i, e := range top {
		keys[i] = e.key
	}
	return keys
}

// heaviest returns the n heaviest features of v, heaviest first, ties by
// id; size is how many features v yields. A few out of many are picked
// without sorting them all.
func heaviest(v iter.Seq2[feature, float64], size, n int) []entry {
	before := func(a, b entry) int { return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.key, b.key)) }
	if 4*n >= size {
		all := make([]entry, 0, size)
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

// postings lists, for each feature, the groups (or events) filed under it.
type postings map[feature][]int

// file moves group g from the keys it was filed under to keys, and
// returns keys.
func (p postings) file(g int, old, keys []feature) []feature {
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

// maxPostings bounds the groups read under one key: a feature hundreds of
// open groups are filed under tells none of them apart, and reading only
// the last filed (the groups most recently grown) keeps the cost of a
// look-up from growing with the number of open groups.
const maxPostings = 64

// best returns at most n groups filed under any of the keys, those under
// the most keys (heavier keys first on ties), in order of creation. Of a
// key's groups only the maxPostings last filed count. sc is scratch it
// may use, and leaves clean.
func (p postings) best(keys []feature, n int, sc *scores) []int {
	defer sc.reset()
	for rank, k := range keys {
		list := p[k]
		for _, g := range list[max(len(list)-maxPostings, 0):] {
			sc.add(g, 2*len(keys)-rank)
		}
	}
	before := func(a, b int) bool {
		return sc.of[a] > sc.of[b] || sc.of[a] == sc.of[b] && a < b
	}
	out := make([]int, 0, n+1) // the best so far, best first
	for _, g := range sc.touched {
		if len(out) == n && !before(g, out[n-1]) {
			continue
		}
		at := len(out)
		for at > 0 && before(g, out[at-1]) {
			at--
		}
		out = slices.Insert(out, at, g)
		if len(out) > n {
			out = out[:n]
		}
	}
	slices.Sort(out)
	return out
}

// scores sums a score per group: a slice indexed by group, not a map,
// since groups are numbered densely from 0; touched lists the groups
// scored, each once, so that a reset costs what the scoring did.
type scores struct {
	of      []int
	touched []int
}

func (sc *scores) add(g, n int) {
	if g >= len(sc.of) {
		sc.of = append(sc.of, make([]int, g+1-len(sc.of))...)
	}
	if sc.of[g] == 0 {
		sc.touched = append(sc.touched, g)
	}
	sc.of[g] += n
}

func (sc *scores) reset() {
	for _, g := range sc.touched {
		sc.of[g] = 0
	}
	sc.touched = sc.touched[:0]
}
