package analyze

import (
	"fmt"
	"sync"

	"github.com/crosscheck/crosscheck/analyze/internal/lexicon"
)

// The tagger's labels: O, then B- and I- for each type.
const (
	labelO   = 0
	nTypes   = 4
	nLabels  = 1 + 2*nTypes
	labelEnd = nLabels // the end-of-sentence column of the transition table
)

var nerTypes = [nTypes]string{"PER", "ORG", "LOC", "MISC"}

var labelNames = [nLabels]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// isInside reports whether label y is an I- label; its B- label is y-1.
func isInside(y int) bool { return y > 0 && y%2 == 0 }

// allowed reports whether label y may follow label prev in IOB2 (prev is
// nLabels at the start of a sentence).
func allowed(prev, y int) bool {
	return !isInside(y) || prev == y || prev == y-1
}

// labelIndex maps an IOB2 label to its index; unknown labels are O.
func labelIndex(l string) int {
	for i, n := range labelNames {
		if n == l {
			return i
		}
	}
	return labelO
}

// Tagger is a named-entity tagger: an averaged structured perceptron over
// hashed features with first-order Viterbi decoding, read-only once
// loaded and safe for concurrent use.
//
// It expects the words of one sentence tokenised as in CoNLL-2003 and the
// Penn Treebank: punctuation apart, the possessive 's apart ("Putin" "'s"),
// hyphenated words ("Trump-Putin", "D-VA") and abbreviations ("U.S.")
// whole. Curly quotes and apostrophes are read as straight ones; a
// possessive left attached ("Putin's") is read as its stem.
type Tagger struct {
	m     *model
	gaz   *nameLists
	cache map[string]int32 // word → index into vocab
	vocab []wordFacts      // the model's vocabulary, read
	vec   []int32          // per vocabulary word: its word-feature scores at each offset
}

// embeddedTagger reads the tagger embedded in crosscheck once.
var embeddedTagger = sync.OnceValues(func() (*Tagger, error) {
	return NewTagger(lexicon.NERModel())
})

// LoadTagger returns the tagger embedded in crosscheck, read once.
func LoadTagger() (*Tagger, error) { return embeddedTagger() }

// defaultTag returns a tagging session of the embedded tagger. The model
// is part of the binary, so failing to read it is a build fault, not an
// input error.
func defaultTag() TagFunc {
	t, err := LoadTagger()
	if err != nil {
		panic(err)
	}
	return t.Session()
}

// NewTagger reads a model written by TrainTagger's Tagger.MarshalBinary.
func NewTagger(data []byte) (*Tagger, error) {
	m, err := decodeModel(data)
	if err != nil {
		return nil, fmt.Errorf("analyze: read tagger model: %w", err)
	}
	return newTagger(m, loadGazetteer()), nil
}

func newTagger(m *model, g *nameLists) *Tagger {
	t := &Tagger{m: m, gaz: g}
	t.fillCache()
	return t
}

// Tag returns one IOB2 label a word (B-PER, I-PER, B-ORG, I-ORG, B-LOC,
// I-LOC, B-MISC, I-MISC or O), with the model's decisions repaired where
// news names are longer than those it learnt (see repairLabels).
func (t *Tagger) Tag(words []string) []string {
	return t.tag(words, newWordCache())
}

// Session returns a TagFunc for the sentences of one document. It keeps
// the scores of words the model does not know from one sentence to the
// next, which makes tagging a document faster; the labels are the same as
// Tag's. A session is not safe for concurrent use.
func (t *Tagger) Session() TagFunc {
	wc := newWordCache()
	return func(words []string) []string { return t.tag(words, wc) }
}

func (t *Tagger) tag(words []string, wc *wordCache) []string {
	out := make([]string, len(words))
	for i, y := range t.tagIndexes(words, wc) {
		out[i] = labelNames[y]
	}
	repairLabels(words, out)
	return out
}

func (t *Tagger) tagIndexes(words []string, wc *wordCache) []uint8 {
	s := t.newSentence(words, wc)
	em := make([]int32, len(words)*nLabels)
	t.emissions(s, em)
	return viterbi(em, len(words), t.m.trans)
}

// emissions fills em with each word's label scores.
func (t *Tagger) emissions(s *sentence, em []int32) {
	n := len(s.facts)
	for j := range n {
		v := t.typeVec(s, j)
		for k := -window; k <= window; k++ {
			if i := j - k; i >= 0 && i < n {
				addScores(em[i*nLabels:(i+1)*nLabels], v[(k+window)*nLabels:])
			}
		}
	}
	var rows [maxContextRows]uint64
	for i := range n {
		sc := em[i*nLabels : (i+1)*nLabels]
		for _, r := range s.contextRows(i, rows[:0]) {
			t.m.addRow(sc, r)
		}
	}
}

// typeVecLen is the size of a word's precomputed scores: a label score
// for each offset from the labelled word.
const typeVecLen = (2*window + 1) * nLabels

// typeVec returns word j's own feature scores at each offset.
func (t *Tagger) typeVec(s *sentence, j int) []int32 {
	if c := s.facts[j].vec; c >= 0 {
		return t.vec[c : c+typeVecLen]
	}
	c := -s.facts[j].vec - 1
	return s.extra[c : c+typeVecLen]
}

// fillTypeVec adds up a word's own feature scores at each offset.
func (t *Tagger) fillTypeVec(v []int32, tok *token) {
	var rows [maxTypeRows]uint64
	for k := -window; k <= window; k++ {
		sc := v[(k+window)*nLabels : (k+window+1)*nLabels]
		for _, r := range typeRows(tok, k, rows[:0]) {
			t.m.addRow(sc, r)
		}
	}
}

func addScores(dst, src []int32) {
	dst = dst[:nLabels:nLabels]
	src = src[:nLabels:nLabels]
	for y := range nLabels {
		dst[y] += src[y]
	}
}

// fillCache precomputes the word-feature scores of the model's vocabulary.
func (t *Tagger) fillCache() {
	t.cache = make(map[string]int32, len(t.m.vocab))
	t.vocab = make([]wordFacts, len(t.m.vocab))
	t.vec = make([]int32, len(t.m.vocab)*typeVecLen)
	for n, w := range t.m.vocab {
		tok := newToken(w, t.gaz)
		tok.facts.vec = int32(n * typeVecLen)
		t.fillTypeVec(t.vec[n*typeVecLen:(n+1)*typeVecLen], &tok)
		t.vocab[n] = tok.facts
		t.cache[w] = int32(n)
	}
}

// viterbi returns the best IOB2-valid label sequence: an I- label follows
// its own B- or I- label only.
func viterbi(em []int32, n int, trans *[nLabels + 1][nLabels + 1]int32) []uint8 {
	out := make([]uint8, n)
	if n == 0 {
		return out
	}
	back := make([]uint8, n*nLabels)
	var cur [nLabels]int32
	for y := range nLabels {
		cur[y] = trans[nLabels][y] + em[y]
		if isInside(y) {
			cur[y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		step(&cur, trans, em[i*nLabels:(i+1)*nLabels], back[i*nLabels:(i+1)*nLabels])
	}
	arg := 0
	for y := 1; y < nLabels; y++ {
		if cur[y]+trans[y][labelEnd] > cur[arg]+trans[arg][labelEnd] {
			arg = y
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = uint8(arg)
		arg = int(back[i*nLabels+arg])
	}
	return out
}

// step moves the Viterbi scores one word on, keeping them near zero.
func step(cur *[nLabels]int32, trans *[nLabels + 1][nLabels + 1]int32, em []int32, back []uint8) {
	em = em[:nLabels:nLabels]
	back = back[:nLabels:nLabels]
	var next [nLabels]int32
	for y := 0; y < nLabels; y++ {
		best, arg := cur[0]+trans[0][y], 0
		if isInside(y) {
			best, arg = cur[y-1]+trans[y-1][y], y-1
			if v := cur[y] + trans[y][y]; v > best {
				best, arg = v, y
			}
		} else {
			for p := 1; p < nLabels; p++ {
				if v := cur[p] + trans[p][y]; v > best {
					best, arg = v, p
				}
			}
		}
		next[y] = best + em[y]
		back[y] = uint8(arg)
	}
	top := next[0]
	for _, v := range next[1:] {
		top = max(top, v)
	}
	for y := range nLabels {
		cur[y] = next[y] - top
	}
}

const negInf = -1 << 28
