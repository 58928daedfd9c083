package cluster

import (
	"slices"
	"time"
)

// Near-duplicate thresholds: the same text with small edits (Jaccard), or
// one text holding most of the other (containment: a copy with a paragraph
// cut or added).
const (
	dupJaccard     = 0.5
	dupContainment = 0.8
	dupMinShingles = 20 // shorter texts are too short to call copies
)

// Dups finds near-duplicate copies online: an LSH index over MinHash
// sketches returns the candidates, the sketches confirm them. Copies are
// looked for among the articles of the last window (0: all).
type Dups struct {
	window  time.Duration
	buckets map[uint64][]int
	items   []dupItem
	live    []int // items still in the buckets
	added   int
}

type dupItem struct {
	id     string
	sketch *Sketch // nil once the item left the window
	root   int     // the first copy of its group
	t      time.Time
}

// NewDups returns an empty index over a time window.
func NewDups(window time.Duration) *Dups { return &Dups{window: window, buckets: map[uint64][]int{}} }

// Add places an article published at t and returns the id of the first
// copy of the text it repeats, or "" when it is new. Articles must be
// added in a stable order (publish time, then id) for the result to be
// deterministic.
func (d *Dups) Add(id string, s Sketch, t time.Time) string {
	i := len(d.items)
	item := dupItem{id: id, sketch: &s, root: i, t: t}
	keys := s.bandKeys()
	if s.Shingles >= dupMinShingles {
		best := -1
		for _, k := range keys {
			for _, j := range d.buckets[k] {
				if (best < 0 || d.items[j].root < best) && isCopy(s, *d.items[j].sketch) {
					best = d.items[j].root
				}
			}
		}
		if best >= 0 {
			item.root = best
		}
	}
	d.items = append(d.items, item)
	d.live = append(d.live, i)
	for _, k := range keys {
		d.buckets[k] = append(d.buckets[k], i)
	}
	if d.added++; d.added%sweepEvery == 0 {
		d.sweep(t)
	}
	if item.root != i {
		return d.items[item.root].id
	}
	return ""
}

// sweep drops the sketches of articles older than the window before now.
func (d *Dups) sweep(now time.Time) {
	if d.window <= 0 || now.IsZero() {
		return
	}
	kept := d.live[:0]
	for _, i := range d.live {
		if t := d.items[i].t; !t.IsZero() && now.Sub(t) > d.window {
			d.drop(i)
			continue
		}
		kept = append(kept, i)
	}
	d.live = kept
}

// drop takes item i out of its buckets (only those: a sweep costs what
// leaves the window, not the whole index) and lets go of its sketch.
func (d *Dups) drop(i int) {
	for _, k := range d.items[i].sketch.bandKeys() {
		b := slices.DeleteFunc(d.buckets[k], func(j int) bool { return j == i })
		if len(b) == 0 {
			delete(d.buckets, k)
		} else {
			d.buckets[k] = b
		}
	}
	d.items[i].sketch = nil
}

func isCopy(a, b Sketch) bool {
	if b.Shingles < dupMinShingles {
		return false
	}
	return a.Jaccard(b) >= dupJaccard || a.Containment(b) >= dupContainment
}
