package cluster

import "time"

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
//
// The buckets hold no pointers, so that the garbage collector has little
// to trace however many articles the window holds: each LSH bucket is a
// chain of links in one slice (head maps a band key to its newest link);
// the items that left the window let go of their sketch and are skipped
// until the next compaction rebuilds the chains from the items still in
// it.
type Dups struct {
	window time.Duration
	head   map[uint64]int // band key → its newest link, +1 (0: none)
	links  []dupLink
	items  []dupItem // in order of addition; dropped ones until compaction
	gone   int       // items dropped since the last compaction
	added  int
}

type dupLink struct {
	item int // position in items
	next int // the bucket's next older link, +1 (0: none)
}

type dupItem struct {
	id      string
	first   string  // the id of the first copy of its text
	firstNo int     // and its number in order of addition
	sketch  *Sketch // nil once it left the window
	t       time.Time
}

// NewDups returns an empty index over a time window.
func NewDups(window time.Duration) *Dups { return &Dups{window: window, head: map[uint64]int{}} }

// Add places an article published at t and returns the id of the first
// copy of the text it repeats, or "" when it is new. Articles must be
// added in a stable order (publish time, then id) for the result to be
// deterministic.
func (d *Dups) Add(id string, s Sketch, t time.Time) string {
	item := dupItem{id: id, first: id, firstNo: d.added, sketch: &s, t: t}
	keys := s.bandKeys()
	if s.Shingles >= dupMinShingles {
		for _, k := range keys {
			for l := d.head[k]; l != 0; l = d.links[l-1].next {
				c := &d.items[d.links[l-1].item]
				if c.sketch != nil && c.firstNo < item.firstNo && isCopy(s, *c.sketch) {
					item.first, item.firstNo = c.first, c.firstNo
				}
			}
		}
	}
	d.items = append(d.items, item)
	d.link(len(d.items)-1, keys)
	if d.added++; d.added%sweepEvery == 0 {
		d.sweep(t)
	}
	if item.first != id {
		return item.first
	}
	return ""
}

// link files item i under its band keys.
func (d *Dups) link(i int, keys [bands]uint64) {
	for _, k := range keys {
		d.links = append(d.links, dupLink{item: i, next: d.head[k]})
		d.head[k] = len(d.links)
	}
}

// sweep drops the articles older than the window before now, and
// compacts the index once half its items have been dropped.
func (d *Dups) sweep(now time.Time) {
	if d.window <= 0 || now.IsZero() {
		return
	}
	for i := range d.items {
		it := &d.items[i]
		if it.sketch != nil && !it.t.IsZero() && now.Sub(it.t) > d.window {
			it.sketch = nil
			d.gone++
		}
	}
	if 2*d.gone >= len(d.items) {
		d.compact()
	}
}

// compact keeps the items still in the window, in order, and rebuilds
// the chains over them.
func (d *Dups) compact() {
	kept := d.items[:0]
	for _, it := range d.items {
		if it.sketch != nil {
			kept = append(kept, it)
		}
	}
	clear(d.items[len(kept):])
	d.items = kept
	d.links = d.links[:0]
	clear(d.head)
	for i := range d.items {
		d.link(i, d.items[i].sketch.bandKeys())
	}
	d.gone = 0
}

func isCopy(a, b Sketch) bool {
	if b.Shingles < dupMinShingles {
		return false
	}
	return a.Jaccard(b) >= dupJaccard || a.Containment(b) >= dupContainment
}
