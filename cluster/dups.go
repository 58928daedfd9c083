package cluster

// Near-duplicate thresholds: the same text with small edits (Jaccard), or
// one text holding most of the other (containment: a copy with a paragraph
// cut or added).
const (
	dupJaccard     = 0.5
	dupContainment = 0.8
	dupMinShingles = 20 // shorter texts are too short to call copies
)

// Dups finds near-duplicate copies online: an LSH index over MinHash
// sketches returns the candidates, the sketches confirm them.
type Dups struct {
	buckets map[uint64][]int
	items   []dupItem
}

type dupItem struct {
	id     string
	sketch Sketch
	root   int // the first copy of its group
}

// NewDups returns an empty index.
func NewDups() *Dups { return &Dups{buckets: map[uint64][]int{}} }

// Add places an article and returns the id of the first copy of the text
// it repeats, or "" when it is new. Articles must be added in a stable
// order (publish time, then id) for the result to be deterministic.
func (d *Dups) Add(id string, s Sketch) string {
	i := len(d.items)
	item := dupItem{id: id, sketch: s, root: i}
	keys := s.bandKeys()
	if s.Shingles >= dupMinShingles {
		best := -1
		for _, k := range keys {
			for _, j := range d.buckets[k] {
				if (best < 0 || d.items[j].root < best) && isCopy(s, d.items[j].sketch) {
					best = d.items[j].root
				}
			}
		}
		if best >= 0 {
			item.root = best
		}
	}
	d.items = append(d.items, item)
	for _, k := range keys {
		d.buckets[k] = append(d.buckets[k], i)
	}
	if item.root != i {
		return d.items[item.root].id
	}
	return ""
}

func isCopy(a, b Sketch) bool {
	if b.Shingles < dupMinShingles {
		return false
	}
	return a.Jaccard(b) >= dupJaccard || a.Containment(b) >= dupContainment
}
