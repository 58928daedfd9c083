package cluster

import "math"

// sparse is a story's centroid: a sum of unit vectors kept as entries
// sorted by feature, with its squared length. Sorted entries make the
// cosine with an article (sorted too) one linear merge over contiguous
// memory instead of a map lookup per feature: with thousands of open
// stories the centroids do not fit in the caches, and a merge reads them
// in order.
type sparse struct {
	e     Vector
	norm2 float64
}

// add adds unit vector v in place, merging from the back.
func (s *sparse) add(v Vector) {
	n := len(s.e)
	s.e = append(s.e, v...) // room for every entry of v
	i, j, k := n-1, len(v)-1, len(s.e)-1
	for ; j >= 0; k-- {
		switch {
		case i >= 0 && s.e[i].key > v[j].key:
			s.e[k] = s.e[i]
			i--
		case i >= 0 && s.e[i].key == v[j].key:
			old, w := s.e[i].w, s.e[i].w+v[j].w
			s.norm2 += w*w - old*old
			s.e[k] = entry{v[j].key, w}
			i, j = i-1, j-1
		default:
			s.e[k] = v[j]
			s.norm2 += v[j].w * v[j].w
			j--
		}
	}
	if gap := k - i; gap > 0 { // features v shared with s left a gap
		copy(s.e[i+1:], s.e[k+1:])
		s.e = s.e[:len(s.e)-gap]
	}
}

// remove takes unit vector v out again; features pruned since are skipped.
func (s *sparse) remove(v Vector) {
	out, j := s.e[:0], 0
	for _, e := range s.e {
		for j < len(v) && v[j].key < e.key {
			j++
		}
		if j < len(v) && v[j].key == e.key {
			left := max(e.w-v[j].w, 0)
			s.norm2 += left*left - e.w*e.w
			if left == 0 {
				continue
			}
			e.w = left
		}
		out = append(out, e)
	}
	s.e = out
}

// dot is the dot product of v and the sum, by a merge of the two; when
// the sum is much longer than v, by seeking each of v's features in it.
func (s *sparse) dot(v Vector) float64 {
	d, i := 0.0, 0
	if len(s.e) > 16*len(v) {
		for _, x := range v {
			if i = s.seek(i, x.key); i == len(s.e) {
				break
			}
			if s.e[i].key == x.key {
				d += x.w * s.e[i].w
			}
		}
		return d
	}
	for _, x := range v {
		for i < len(s.e) && s.e[i].key < x.key {
			i++
		}
		if i == len(s.e) {
			break
		}
		if s.e[i].key == x.key {
			d += x.w * s.e[i].w
		}
	}
	return d
}

// seek returns the first position from i whose feature is not below k.
// It gallops (1, 2, 4, … ahead, then halves back): a big event's sum has
// thousands of entries and an article a few hundred, so most of the sum
// is skipped, while a neighbour costs one comparison.
func (s *sparse) seek(i int, k feature) int {
	if i == len(s.e) || s.e[i].key >= k {
		return i
	}
	lo, step := i+1, 1 // every entry before lo is below k
	for lo+step <= len(s.e) && s.e[lo+step-1].key < k {
		lo += step
		step *= 2
	}
	hi := min(lo+step-1, len(s.e))
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.e[m].key < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// weights calls f with each entry of v and the sum's weight of its
// feature (0 if it has none), in v's order.
func (s *sparse) weights(v Vector, f func(e entry, w float64)) {
	i := 0
	for _, x := range v {
		i = s.seek(i, x.key)
		w := 0.0
		if i < len(s.e) && s.e[i].key == x.key {
			w = s.e[i].w
		}
		f(x, w)
	}
}

// cosine is the cosine of unit vector v and the sum.
func (s *sparse) cosine(v Vector) float64 {
	if s.norm2 == 0 {
		return 0
	}
	return s.dot(v) / math.Sqrt(s.norm2)
}

// cosineWithout is the cosine of unit vector v and the sum with v taken
// out of it: |sum-v|² = |sum|² - 2 v·sum + 1.
func (s *sparse) cosineWithout(v Vector) float64 {
	d := s.dot(v)
	n2 := s.norm2 - 2*d + 1
	if n2 <= 1e-9 {
		return 0
	}
	return (d - 1) / math.Sqrt(n2)
}
