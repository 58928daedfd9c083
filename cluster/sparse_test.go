package cluster

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSparse checks the merged centroid against a plain map: the same
// sums, the same dot products, after adds and removes in any order.
func TestSparse(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	vec := func() Vector {
		var v Vector
		for k := range feature(40) {
			if rng.IntN(3) == 0 {
				v = append(v, entry{k, rng.Float64()})
			}
		}
		return v
	}
	var s sparse
	want := map[feature]float64{}
	var added []Vector
	for step := range 300 {
		v := vec()
		if step%3 == 2 && len(added) > 0 {
			v = added[0]
			added = added[1:]
			s.remove(v)
			for _, e := range v {
				if left := want[e.key] - e.w; left <= 1e-12 {
					delete(want, e.key)
				} else {
					want[e.key] = left
				}
			}
		} else {
			added = append(added, v)
			s.add(v)
			for _, e := range v {
				want[e.key] += e.w
			}
		}
		if !slices.IsSortedFunc(s.e, func(a, b entry) int { return int(a.key) - int(b.key) }) {
			t.Fatalf("step %d: entries not sorted", step)
		}
		n2 := 0.0
		for _, e := range s.e {
			if math.Abs(e.w-want[e.key]) > 1e-9 {
				t.Fatalf("step %d: feature %d weighs %v, want %v", step, e.key, e.w, want[e.key])
			}
			n2 += e.w * e.w
		}
		for k := range want {
			if !s.e.has(k) {
				t.Fatalf("step %d: feature %d missing", step, k)
			}
		}
		if math.Abs(n2-s.norm2) > 1e-6 {
			t.Fatalf("step %d: norm² %v, want %v", step, s.norm2, n2)
		}
		probe := vec()
		d := 0.0
		for _, e := range probe {
			d += e.w * want[e.key]
		}
		if math.Abs(d-s.dot(probe)) > 1e-9 {
			t.Fatalf("step %d: dot %v, want %v", step, s.dot(probe), d)
		}
	}
}

// TestDotGallops: the dot product with a sum much larger than the
// article (where seek gallops) equals the one computed entry by entry.
func TestDotGallops(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var s sparse
	for range 300 {
		s.add(randomVector(rng, 40, 5000))
	}
	for range 200 {
		v := randomVector(rng, 1+rng.IntN(60), 6000)
		want := 0.0
		for _, x := range v {
			for _, e := range s.e {
				if e.key == x.key {
					want += x.w * e.w
				}
			}
		}
		if got := s.dot(v); math.Abs(got-want) > 1e-9 {
			t.Fatalf("dot = %v, want %v", got, want)
		}
	}
}

// randomVector has n distinct features below max, sorted, with weights.
func randomVector(rng *rand.Rand, n, max int) Vector {
	seen := map[feature]bool{}
	var v Vector
	for len(v) < n {
		k := feature(rng.IntN(max))
		if !seen[k] {
			seen[k] = true
			v = append(v, entry{k, rng.Float64()})
		}
	}
	slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	return v
}
