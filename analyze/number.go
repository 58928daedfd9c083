package analyze

import (
	"math"
	"strings"
)

// number is a value read from one or more tokens: "27", "1,000.5",
// "twenty-seven", "one hundred and fifty", "a dozen", "3rd", "first", or the
// number at the head of a token such as "5-Hour", "four-hour" or "5m".
type number struct {
	Value   float64
	End     int    // the token after the number (the number's last token + 1)
	Ordinal bool   // "first", "3rd", "twenty-first"
	Spelled bool   // written in words
	Suffix  string // the rest of the last token: "Hour" in "5-Hour", "m" in "5m", "25" in "2024-25"
	Hyphen  bool   // Suffix followed a hyphen ("5-Hour", "four-hour")
	Plain   bool   // digits only, no comma, decimal point or suffix ("2024")
}

// numKind is the role of a number word.
type numKind uint8

const (
	numUnit    numKind = iota + 1 // zero … nineteen
	numTen                        // twenty … ninety
	numHundred                    // hundred
	numScale                      // thousand, million, billion, trillion
	numDozen                      // dozen
	numOrdinal                    // first … nineteenth, twentieth … ninetieth, hundredth
	numHalf                       // half
)

// numWord is a number word's value and role.
type numWord struct {
	Value float64
	Kind  numKind
}

// numberWords are the English number words, lowercase.
var numberWords = func() map[string]numWord {
	m := map[string]numWord{"hundred": {100, numHundred}, "dozen": {12, numDozen}, "half": {0.5, numHalf},
		"thousand": {1e3, numScale}, "million": {1e6, numScale}, "billion": {1e9, numScale},
		"trillion": {1e12, numScale}, "hundredth": {100, numOrdinal}, "thousandth": {1e3, numOrdinal},
		"millionth": {1e6, numOrdinal}, "billionth": {1e9, numOrdinal}}
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	ordinals := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth"}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	tenths := []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for i, w := range units {
		m[w] = numWord{float64(i), numUnit}
	}
	for i, w := range ordinals[1:] {
		m[w] = numWord{float64(i + 1), numOrdinal}
	}
	for i := range tens {
		m[tens[i]] = numWord{float64(20 + 10*i), numTen}
		m[tenths[i]] = numWord{float64(20 + 10*i), numOrdinal}
	}
	return m
}()

// scaleSuffixes are short scale words written after digits or a currency
// amount: "5m", "£2.5bn", "3k", "$1 tn".
var scaleSuffixes = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
	"b": 1e9, "bn": 1e9, "bln": 1e9, "t": 1e12, "tn": 1e12, "trn": 1e12}

// maxNumber bounds the numbers the analysis keeps; anything larger is
// noise (serial numbers, fuzz) rather than a quantity.
const maxNumber = 1e15

// lowerBuf holds a token's ASCII lowercase for map look-ups without
// allocating: m[string(b)] does not copy.
type lowerBuf [32]byte

// lower returns s in ASCII lowercase, or nil when s is empty, longer than
// the buffer or not ASCII.
func (b *lowerBuf) lower(s string) []byte {
	if len(s) == 0 || len(s) > len(b) {
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b[:len(s)]
}

// wordShapes is a bit set of the shapes (first letter, last letter,
// length) of a word list: a quick test that a word is certainly not in
// the list, before lowercasing it for a map look-up. "the", "and", "of"
// have no number word's shape.
type wordShapes [(26*26*maxShapeLen + 63) / 64]uint64

const maxShapeLen = 16

// shapeIndex returns the bit of s's shape, case-insensitively; false when
// s is empty, too long or does not start and end with an ASCII letter.
func shapeIndex(s string) (int, bool) {
	n := len(s)
	if n == 0 || n >= maxShapeLen {
		return 0, false
	}
	f, l := s[0]|0x20-'a', s[n-1]|0x20-'a'
	if f >= 26 || l >= 26 {
		return 0, false
	}
	return (int(f)*26+int(l))*maxShapeLen + n, true
}

func shapesOf(words ...[]string) *wordShapes {
	var s wordShapes
	for _, list := range words {
		for _, w := range list {
			if i, ok := shapeIndex(w); ok {
				s[i/64] |= 1 << (i % 64)
			}
		}
	}
	return &s
}

// mayHave reports whether a word of w's shape is in the list (always true
// for words the shapes do not cover).
func (s *wordShapes) mayHave(w string) bool {
	i, ok := shapeIndex(w)
	return !ok || s[i/64]&(1<<(i%64)) != 0
}

// parseDigits reads the number at the start of s: digits, thousands
// groups ("1,000"), a decimal part ("1.5"), or a decimal comma before one
// or two final digits ("1,5"). It returns the value and the bytes read,
// 0 when s does not start with a digit.
func parseDigits(s string) (float64, int) {
	var mant float64
	i, frac, digits := 0, -1, 0
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			mant = mant*10 + float64(c-'0')
			digits++
			if frac >= 0 {
				frac++
			}
			i++
			continue
		case c == ',' && frac < 0 && digits > 0 && groupOf3(s[i+1:]):
			i++
			continue
		case (c == '.' || c == ',') && frac < 0 && digits > 0 && i+1 < len(s) && isDigitByte(s[i+1]):
			if c == ',' && !decimalComma(s[i+1:]) {
				break
			}
			frac = 0
			i++
			continue
		}
		break
	}
	if digits == 0 {
		return 0, 0
	}
	if frac > 0 {
		mant /= math.Pow10(frac)
	}
	return mant, i
}

// groupOf3 reports whether s starts with exactly three digits.
func groupOf3(s string) bool {
	return len(s) >= 3 && isDigitByte(s[0]) && isDigitByte(s[1]) && isDigitByte(s[2]) &&
		(len(s) == 3 || !isDigitByte(s[3]))
}

// decimalComma reports whether a comma before s is a decimal comma: one
// or two digits and then no more digits.
func decimalComma(s string) bool {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n == 1 || n == 2
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// ordinalSuffix reports whether s is the suffix of a written ordinal
// ("st", "nd", "rd", "th") that fits the digit before it.
func ordinalSuffix(last byte, s string) bool {
	switch {
	case strings.EqualFold(s, "st"):
		return last == '1'
	case strings.EqualFold(s, "nd"):
		return last == '2'
	case strings.EqualFold(s, "rd"):
		return last == '3'
	}
	return strings.EqualFold(s, "th")
}

// Cardinal reads the plain count that starts at token i of toks, using
// tokens up to hi (exclusive): "5", "five", "1,200", "twenty-one"; not an
// ordinal ("first") or a number joined to a word ("5-hour"). It returns
// the value and the token after the number.
func Cardinal(text string, toks []Token, i, hi int) (value float64, end int, ok bool) {
	n, ok := parseNumber(text, toks, i, hi)
	if !ok || n.Ordinal || n.Suffix != "" {
		return 0, 0, false
	}
	return n.Value, n.End, true
}

// parseNumber reads the number that starts at token i, using tokens up to
// hi (exclusive). Number words are case-insensitive.
func parseNumber(text string, toks []Token, i, hi int) (number, bool) {
	if i >= hi || i >= len(toks) {
		return number{}, false
	}
	t := toks[i]
	s := t.Text(text)
	if s == "" {
		return number{}, false
	}
	if isDigitByte(s[0]) {
		num, ok := digitNumber(s, i)
		if ok && num.Plain && num.Suffix == "" && len(s) <= 3 {
			num = spacedGroups(text, toks, num, hi)
		}
		return num, ok
	}
	if t.Kind != Word {
		return number{}, false
	}
	return spelledNumber(text, toks, i, hi)
}

// digitNumber reads a token that starts with a digit.
func digitNumber(s string, i int) (number, bool) {
	v, n := parseDigits(s)
	if n == 0 || !(v <= maxNumber) {
		return number{}, false
	}
	num := number{Value: v, End: i + 1, Suffix: s[n:]}
	switch {
	case num.Suffix == "":
		num.Plain = !strings.ContainsAny(s, ".,")
	case strings.HasPrefix(num.Suffix, "-"):
		num.Hyphen = true
		num.Suffix = num.Suffix[1:]
	case strings.HasPrefix(num.Suffix, "‑"): // a non-breaking hyphen
		num.Hyphen = true
		num.Suffix = num.Suffix[len("‑"):]
	case ordinalSuffix(s[n-1], num.Suffix):
		num.Ordinal = true
		num.Suffix = ""
	}
	return num, true
}

// spacedGroups reads on a number whose thousands separator is followed
// by a space ("100, 000 people", a typesetting slip): a group of three
// digits after ", " that starts with 0 is taken as the next three digits,
// since no item of a list starts with 0.
func spacedGroups(text string, toks []Token, num number, hi int) number {
	for k := num.End; k+1 < hi && k+1 < len(toks); k += 2 {
		comma, group := toks[k], toks[k+1]
		g := group.Text(text)
		if comma.Text(text) != "," || comma.Start != toks[k-1].End || group.Start != comma.End+1 ||
			len(g) != 3 || g[0] != '0' || !isDigitByte(g[1]) || !isDigitByte(g[2]) {
			break
		}
		v, _ := parseDigits(g)
		if num.Value*1000+v > maxNumber {
			break
		}
		num.Value = num.Value*1000 + v
		num.End, num.Plain = k+2, false
	}
	return num
}

// numPart is a piece of a spelled-out number: a token, or a part of a
// hyphenated token ("twenty", "seven" in "twenty-seven").
type numPart struct {
	tok        int
	start, end int // bytes in the text
	lastOfTok  bool
}

// maxNumParts bounds how many words a spelled-out number may have.
const maxNumParts = 12

// spelledNumber reads a number written in words from token i on.
func spelledNumber(text string, toks []Token, i, hi int) (number, bool) {
	var parts [maxNumParts]numPart
	n := splitNumParts(text, toks, i, hi, &parts)
	if n == 0 {
		return number{}, false
	}
	var r numReader
	r.text, r.parts = text, parts[:n]
	used := r.read()
	if used == 0 {
		return number{}, false
	}
	last := parts[used-1]
	num := number{Value: r.value(), End: last.tok + 1, Ordinal: r.ordinal, Spelled: true}
	if !last.lastOfTok {
		num.Hyphen = true
		num.Suffix = text[parts[used].start:toks[last.tok].End]
	}
	return num, true
}

// splitNumParts cuts tokens i… into words at hyphens while they might
// still belong to a number.
func splitNumParts(text string, toks []Token, i, hi int, parts *[maxNumParts]numPart) int {
	n := 0
	for k := i; k < hi && n < maxNumParts; k++ {
		t := toks[k]
		if t.Kind != Word {
			break
		}
		start, whole := t.Start, true
		for p := t.Start; p <= t.End && n < maxNumParts; p++ {
			if p < t.End && text[p] != '-' {
				continue
			}
			parts[n] = numPart{tok: k, start: start, end: p, lastOfTok: p == t.End}
			whole = whole && numberish(text[start:p])
			n++
			start = p + 1
		}
		if !whole || !parts[n-1].lastOfTok {
			break // the token is not only number words: the number ends in it
		}
	}
	return n
}

// numberish reports whether w is a number word or a word that joins them.
func numberish(w string) bool {
	var b lowerBuf
	l := b.lower(w)
	if _, ok := numberWords[string(l)]; ok {
		return true
	}
	return string(l) == "and" || string(l) == "a" || string(l) == "an"
}

// numReader reads number words in order: "one hundred and twenty-seven",
// "five million", "one and a half", "a dozen", "twenty-first".
type numReader struct {
	text    string
	parts   []numPart
	total   float64 // completed thousands, millions …
	cur     float64 // the group being read
	last    numKind
	first   numKind // the kind of the first number word, after any "a"
	ordinal bool
	buf     lowerBuf
}

func (r *numReader) value() float64 { return r.total + r.cur }

// word returns part k in lowercase ("" past the end).
func (r *numReader) word(k int) string {
	if k >= len(r.parts) {
		return ""
	}
	p := r.parts[k]
	return string(r.buf.lower(r.text[p.start:p.end]))
}

// lookup returns the number word at part k.
func (r *numReader) lookup(k int) (numWord, bool) {
	if k >= len(r.parts) {
		return numWord{}, false
	}
	p := r.parts[k]
	w, ok := numberWords[string(r.buf.lower(r.text[p.start:p.end]))]
	return w, ok
}

// read consumes parts and returns how many belong to the number.
func (r *numReader) read() int {
	used := 0
	for k := 0; k < len(r.parts); k++ {
		w, ok := r.lookup(k)
		if !ok {
			next := r.connector(k)
			if next == 0 {
				break
			}
			k += next - 1
			used = k + 1
			continue
		}
		if !r.add(w, k) {
			break
		}
		if used == 0 {
			r.first = w.Kind
		}
		used = k + 1
		if r.ordinal {
			break
		}
	}
	if used > 0 && r.last == 0 || r.first == numScale || r.first == numHundred || r.first == numDozen {
		return 0 // only connectors ("a", "and"), or a scale alone ("billion")
	}
	return used
}

// connector handles "a" ("a dozen", "a million") and "and" ("one hundred
// and five", "two and a half"); it returns the parts used, or 0.
func (r *numReader) connector(k int) int {
	switch r.word(k) {
	case "a", "an":
		if r.last == numHalf && r.scaleAt(k+1) {
			return 1 // "half a million"
		}
		if r.last != 0 {
			return 0
		}
		next, ok := r.lookup(k + 1)
		if ok && (next.Kind == numHundred || next.Kind == numScale || next.Kind == numDozen) {
			r.cur = 1
			r.last = numUnit
			return 1
		}
	case "and":
		if r.last == 0 {
			return 0
		}
		if (r.word(k+1) == "a" || r.word(k+1) == "an") && r.word(k+2) == "half" {
			r.cur += 0.5
			r.last = numHalf
			return 3
		}
		next, ok := r.lookup(k + 1)
		if ok && r.last == numHundred || ok && r.last == numScale && r.cur == 0 {
			if next.Kind == numUnit || next.Kind == numTen || next.Kind == numOrdinal && next.Value < 100 {
				return 1
			}
		}
	}
	return 0
}

// add takes one number word; false when it cannot continue the number.
func (r *numReader) add(w numWord, k int) bool {
	switch w.Kind {
	case numUnit:
		if r.last == numUnit || r.last == numHalf || r.last == numDozen || r.last == numTen && w.Value == 0 {
			return false
		}
		r.cur += w.Value
	case numTen:
		if r.last == numUnit || r.last == numTen || r.last == numHalf || r.last == numDozen {
			return false
		}
		r.cur += w.Value
	case numHundred:
		if r.cur >= 100 || r.last == numHundred || r.last == numHalf {
			return false
		}
		r.cur = orOne(r.cur) * 100
	case numScale:
		if r.last == numScale && r.cur == 0 {
			return false
		}
		r.total += orOne(r.cur) * w.Value
		r.cur = 0
	case numDozen:
		if r.last == numDozen {
			return false
		}
		r.cur = orOne(r.cur) * 12
	case numOrdinal:
		if r.last == numUnit || r.last == numOrdinal || r.last == numHalf || r.last == numDozen ||
			r.last == numTen && w.Value >= 10 {
			return false
		}
		if w.Value >= 100 {
			r.cur = orOne(r.cur) * w.Value
		} else {
			r.cur += w.Value
		}
		r.ordinal = true
	case numHalf:
		if r.last != 0 {
			return false
		}
		r.cur = 0.5
	}
	r.last = w.Kind
	return true
}

// orOne is v, or 1 when nothing was read yet ("hundred", "million").
func orOne(v float64) float64 {
	if v == 0 {
		return 1
	}
	return v
}

// scaleAt reports whether part k is a scale word or "dozen".
func (r *numReader) scaleAt(k int) bool {
	w, ok := r.lookup(k)
	return ok && (w.Kind == numScale || w.Kind == numDozen)
}
