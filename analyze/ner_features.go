package analyze

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are hashed: a template id and the strings it looks at hash to a
// row of the weight table, which holds one weight a label. A word's own
// features (typeRows) depend on the word and its offset from the word
// being labelled, so the tagger can add them up once per vocabulary word;
// the rest (contextRows) look at several words or the whole sentence.

const (
	window         = 2  // words looked at on each side
	maxTypeRows    = 48 // at most this many word features
	maxContextRows = 32 // at most this many context features
)

// Capitalisation classes of a word.
const (
	capNone   = iota // no letters
	capLower         // all lower case
	capInit          // upper then lower: "Moscow"
	capAll           // two or more letters, all upper: "NATO"
	capMixed         // "McDonald", "iPhone"
	capSingle        // one upper-case letter: "A"
)

// token is what the features read of one word.
type token struct {
	word  string // the word, quotes and dashes made ASCII
	lower string // lower case, digits as 0
	shape string // X for upper, x for lower, d for digits, others kept
	short string // shape with repeats collapsed
	facts wordFacts
}

// wordFacts is what the context features read of a word: no pointers, so
// a sentence's facts cost the garbage collector nothing.
type wordFacts struct {
	lowerHash, shortHash uint64
	vec                  int32 // its scores: ≥ 0 in Tagger.vec, < 0 at -vec-1 in sentence.extra (the session's wordCache)
	gaz                  uint16
	class                uint8
}

// sentence is a sentence read for feature extraction.
type sentence struct {
	facts   []wordFacts
	allCaps bool     // a headline in capitals
	phrase  []uint16 // per word: gazetteer phrases starting here (low byte) or going on (high byte)
	extra   []int32  // word-feature scores of words not in the cache
}

// newToken reads a word.
func newToken(w string, g *nameLists) token {
	w = nerNormalize(w)
	t := token{word: w}
	t.lower = lowerDigits(w)
	t.shape = wordShape(w)
	t.short = shortShape(t.shape)
	t.facts = wordFacts{
		lowerHash: hstr(hashSeed, t.lower),
		shortHash: hstr(hashSeed, t.short),
		gaz:       g.wordBits(t.lower),
		class:     capClass(w),
	}
	return t
}

// wordCache holds the scores of the words outside the model's vocabulary
// met so far by one tagging session (a document): names and words of
// other languages come back sentence after sentence.
type wordCache struct {
	index map[string]int32 // word → index into facts
	facts []wordFacts
	vec   []int32 // typeVecLen scores a word
}

func newWordCache() *wordCache { return &wordCache{index: map[string]int32{}} }

// newSentence reads the words of a sentence, taking each known word from
// the tagger's cache or the session's and scoring the others' own
// features.
func (t *Tagger) newSentence(words []string, wc *wordCache) *sentence {
	s := &sentence{facts: make([]wordFacts, len(words))}
	for i, w := range words {
		if c, ok := t.cache[w]; ok {
			s.facts[i] = t.vocab[c]
			continue
		}
		c, ok := wc.index[w]
		if !ok {
			tok := newToken(w, t.gaz)
			off := len(wc.vec)
			wc.vec = slices.Grow(wc.vec, typeVecLen)[:off+typeVecLen]
			clear(wc.vec[off:])
			t.fillTypeVec(wc.vec[off:], &tok)
			tok.facts.vec = -int32(off) - 1
			c = int32(len(wc.facts))
			wc.facts = append(wc.facts, tok.facts)
			wc.index[w] = c
		}
		s.facts[i] = wc.facts[c]
	}
	s.extra = wc.vec
	s.finish(t.gaz)
	return s
}

// finish sets the sentence-wide facts.
func (s *sentence) finish(g *nameLists) {
	s.allCaps = allCaps(s.facts)
	s.phrase = g.phraseBits(s.facts)
}

// allCaps reports whether a sentence is written in capitals, as headlines
// often are.
func allCaps(facts []wordFacts) bool {
	upper := 0
	for i := range facts {
		switch facts[i].class {
		case capLower, capInit, capMixed:
			return false
		case capAll:
			upper++
		}
	}
	return upper > 0
}

// nerNormalize makes curly quotes and long dashes ASCII and drops a
// possessive left attached to a name.
func nerNormalize(w string) string {
	if w == "``" || w == "''" {
		return `"`
	}
	w = taggerWord(w)
	if len(w) > 3 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
		w = w[:len(w)-2]
	}
	return w
}

// lowerDigits lower-cases w and writes every digit as 0.
func lowerDigits(w string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return unicode.ToLower(r)
	}, w)
}

// wordShape writes upper-case letters as X, lower-case as x, digits as d,
// keeping other characters; long words keep their first 6 and last 4.
func wordShape(w string) string {
	b := make([]byte, 0, len(w))
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			b = append(b, 'X')
		case unicode.IsLetter(r):
			b = append(b, 'x')
		case unicode.IsDigit(r):
			b = append(b, 'd')
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		default:
			b = append(b, '*')
		}
	}
	if len(b) > 10 {
		b = append(b[:6], b[len(b)-4:]...)
	}
	return string(b)
}

// shortShape collapses runs of one character: "Xxxxx" → "Xx".
func shortShape(shape string) string {
	b := make([]byte, 0, len(shape))
	for i := 0; i < len(shape); i++ {
		if i == 0 || shape[i] != shape[i-1] {
			b = append(b, shape[i])
		}
	}
	return string(b)
}

// capClass classifies the capitalisation of w.
func capClass(w string) uint8 {
	upper, lower, first := 0, 0, true
	firstUpper := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
			if first {
				firstUpper = true
			}
		case unicode.IsLetter(r):
			lower++
		default:
			continue
		}
		first = false
	}
	switch {
	case upper == 0 && lower == 0:
		return capNone
	case upper == 0:
		return capLower
	case lower == 0 && upper == 1:
		return capSingle
	case lower == 0:
		return capAll
	case upper == 1 && firstUpper:
		return capInit
	}
	return capMixed
}

// Hashing: FNV-1a over bytes, a multiply-xorshift to combine values.
const (
	hashSeed  uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
	mixFactor uint64 = 0x9E3779B97F4A7C15
)

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func hmix(h, x uint64) uint64 {
	h = (h ^ x) * mixFactor
	return h ^ h>>29
}

// feat hashes a template id with one value.
func feat(id int, x uint64) uint64 { return hmix(hmix(hashSeed, uint64(id)), x) }

// feat2 and feat3 hash a template id with two or three values.
func feat2(id int, x, y uint64) uint64    { return hmix(feat(id, x), y) }
func feat3(id int, x, y, z uint64) uint64 { return hmix(feat2(id, x, y), z) }

// Word feature templates; each offset from the labelled word has its own
// block of ids.
const (
	fWord = iota + 1
	fLower
	fPrefix
	fSuffix
	fShape
	fShort
	fClass
	fLength
	fGaz
	fPart
	fPartGaz
	fStem
	fFlags
	fTypeBlock = 16
)

// typeRows appends the hashes of word t's own features seen from offset k.
func typeRows(t *token, k int, out []uint64) []uint64 {
	base := (k + window) * fTypeBlock
	f := &t.facts
	out = append(out,
		feat(base+fLower, f.lowerHash),
		feat(base+fShort, f.shortHash),
		feat(base+fClass, uint64(f.class)))
	out = appendGaz(out, base+fGaz, f.gaz)
	if k < -1 || k > 1 {
		return out
	}
	out = append(out,
		feat(base+fWord, hstr(hashSeed, t.word)),
		feat(base+fSuffix, hstr(hashSeed, suffix(t.lower, 3))))
	if k != 0 {
		return out
	}
	return centreRows(t, base, out)
}

// centreRows appends the features only the labelled word itself has.
func centreRows(t *token, base int, out []uint64) []uint64 {
	for n := 1; n <= 4; n++ {
		if n <= len(t.lower) {
			out = append(out, feat2(base+fPrefix, uint64(n), hstr(hashSeed, t.lower[:n])))
		}
		if n != 3 && n <= len(t.lower) {
			out = append(out, feat2(base+fSuffix, uint64(n), hstr(hashSeed, suffix(t.lower, n))))
		}
	}
	out = append(out,
		feat(base+fShape, hstr(hashSeed, t.shape)),
		feat(base+fLength, uint64(min(len(t.lower), 12))),
		feat2(base+fFlags, uint64(t.facts.class), wordFlags(t.word)))
	if strings.HasSuffix(t.word, "'s") || strings.HasSuffix(t.word, "'S") {
		out = append(out, feat(base+fStem, hstr(hashSeed, t.lower[:len(t.lower)-2])))
	}
	return appendParts(t, base, out)
}

// appendParts adds the parts of a hyphenated word: "Trump-Putin".
func appendParts(t *token, base int, out []uint64) []uint64 {
	if !strings.Contains(t.lower, "-") || len(t.lower) < 3 {
		return out
	}
	parts := strings.Split(t.lower, "-")
	if len(parts) > 3 {
		return out
	}
	for _, p := range parts {
		if p == "" {
			continue
		}
		out = append(out, feat(base+fPart, hstr(hashSeed, p)))
	}
	return out
}

// appendGaz adds one feature a gazetteer bit.
func appendGaz(out []uint64, id int, bits uint16) []uint64 {
	for b := uint64(0); bits != 0; b++ {
		if bits&1 != 0 {
			out = append(out, feat(id, b))
		}
		bits >>= 1
	}
	return out
}

// wordFlags packs a few facts about the characters of w.
func wordFlags(w string) uint64 {
	var f uint64
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			f |= 1
		case c == '-':
			f |= 2
		case c == '.':
			f |= 4
		case c == '&' || c == '/':
			f |= 8
		}
	}
	return f
}

func suffix(s string, n int) string {
	if n >= len(s) {
		return s
	}
	return s[len(s)-n:]
}

// Context feature templates.
const (
	cBias = iota + 200
	cFirst
	cLast
	cCapsLower
	cCapsShort
	cBigramLeft
	cBigramRight
	cShape3
	cShapeLeft
	cShapeRight
	cClass3
	cLowerShape
	cShapeLower
	cPhrase
	cShortSent
	cSkip
)

var (
	startHash = hstr(hashSeed, "<s>")
	endHash   = hstr(hashSeed, "</s>")
)

// contextRows appends the hashes of the features of word i that look
// beyond the word.
func (s *sentence) contextRows(i int, out []uint64) []uint64 {
	t := &s.facts[i]
	pl, ps, pc := startHash, startHash, uint64(9)
	if i > 0 {
		p := &s.facts[i-1]
		pl, ps, pc = p.lowerHash, p.shortHash, uint64(p.class)
	}
	nl, ns, nc := endHash, endHash, uint64(9)
	if i+1 < len(s.facts) {
		n := &s.facts[i+1]
		nl, ns, nc = n.lowerHash, n.shortHash, uint64(n.class)
	}
	out = append(out,
		feat(cBias, 0),
		feat2(cBigramLeft, pl, t.lowerHash),
		feat2(cBigramRight, t.lowerHash, nl),
		feat3(cShape3, ps, t.shortHash, ns),
		feat2(cShapeLeft, ps, t.shortHash),
		feat2(cShapeRight, t.shortHash, ns),
		feat3(cClass3, pc, uint64(t.class), nc),
		feat2(cLowerShape, pl, t.shortHash),
		feat2(cShapeLower, t.shortHash, nl),
		feat2(cSkip, pl, nl))
	if i == 0 {
		out = append(out, feat(cFirst, t.shortHash), feat(cFirst, t.lowerHash))
	}
	if i == len(s.facts)-1 {
		out = append(out, feat(cLast, t.shortHash))
	}
	if s.allCaps {
		out = append(out, feat(cCapsLower, t.lowerHash), feat2(cCapsShort, t.shortHash, uint64(min(len(s.facts), 8))))
	}
	if len(s.facts) <= 4 {
		out = append(out, feat2(cShortSent, uint64(len(s.facts)), t.shortHash))
	}
	if p := s.phrase[i]; p != 0 {
		out = appendGaz(out, cPhrase, p)
	}
	return out
}
