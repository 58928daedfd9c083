package cluster

import (
	"math"
	"unicode"
	"unicode/utf8"
)

const (
	numHashes  = 128 // MinHash functions
	bands      = 32  // LSH bands of rows hashes: candidates from Jaccard ≈ 0.42
	rows       = numHashes / bands
	shingleLen = 5 // words a shingle
)

// Sketch is a MinHash signature of a text's word shingles: two sketches
// estimate the Jaccard similarity of the texts' shingle sets.
type Sketch struct {
	Mins     [numHashes]uint64
	Shingles int // distinct shingles, about
}

// NewSketch sketches a text: lower-cased words, shingles of five words.
// Punctuation, case and spacing do not matter, so a copy that differs only
// in typography or boilerplate removed upstream sketches alike.
func NewSketch(text string) Sketch {
	var s Sketch
	for i := range s.Mins {
		s.Mins[i] = math.MaxUint64
	}
	var window [shingleLen]uint64
	n := 0
	seen := 0
	forEachWord(text, func(h uint64) {
		window[n%shingleLen] = h
		n++
		if n < shingleLen {
			return
		}
		var sh uint64 = 0x9e3779b97f4a7c15
		for k := 0; k < shingleLen; k++ {
			sh = mix(sh ^ window[(n+k)%shingleLen])
		}
		seen++
		s.add(sh)
	})
	if n > 0 && n < shingleLen { // a text shorter than one shingle
		var sh uint64 = 0x9e3779b97f4a7c15
		for k := 0; k < n; k++ {
			sh = mix(sh ^ window[k])
		}
		seen++
		s.add(sh)
	}
	s.Shingles = seen
	return s
}

func (s *Sketch) add(sh uint64) {
	for i := range s.Mins {
		if v := mix(sh + uint64(i)*0x9e3779b97f4a7c15); v < s.Mins[i] {
			s.Mins[i] = v
		}
	}
}

// forEachWord calls f with a hash of each lower-cased word.
func forEachWord(text string, f func(uint64)) {
	var h uint64
	in := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				h, in = 14695981039346656037, true
			}
			h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
			continue
		}
		if in {
			f(h)
			in = false
		}
	}
	if in {
		f(h)
	}
}

// mix is SplitMix64's finaliser: a cheap, well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Jaccard estimates the Jaccard similarity of two sketched texts.
func (s Sketch) Jaccard(o Sketch) float64 {
	if s.Shingles == 0 || o.Shingles == 0 {
		return 0
	}
	same := 0
	for i := range s.Mins {
		if s.Mins[i] == o.Mins[i] {
			same++
		}
	}
	return float64(same) / numHashes
}

// Containment estimates how much of the shorter text the longer one
// holds: |A∩B| / min(|A|, |B|), from the Jaccard estimate and the sizes.
func (s Sketch) Containment(o Sketch) float64 {
	j := s.Jaccard(o)
	small := min(s.Shingles, o.Shingles)
	if small == 0 {
		return 0
	}
	inter := j * float64(s.Shingles+o.Shingles) / (1 + j)
	return min(1, inter/float64(small))
}

// bandKeys are the LSH keys of a sketch: one a band.
func (s Sketch) bandKeys() [bands]uint64 {
	var keys [bands]uint64
	for b := range keys {
		h := uint64(b) * 0x9e3779b97f4a7c15
		for r := 0; r < rows; r++ {
			h = mix(h ^ s.Mins[b*rows+r])
		}
		keys[b] = h
	}
	return keys
}
