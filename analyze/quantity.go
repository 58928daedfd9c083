package analyze

import (
	"math"
	"strconv"
)

// QuantityKind says what a quantity measures.
type QuantityKind uint8

// The kinds of quantity.
const (
	Count    QuantityKind = iota + 1 // "four documents", "a 27-point plan"
	Money                            // "$145 billion", "30 million euros"
	Percent                          // "12%", "5.5 per cent", "3 percentage points"
	Duration                         // "five hours", "a four-hour meeting", "90 minutes"
	Measure                          // distance, weight, area, power, age: "300 km", "a 10-year-old"
	Ordinal                          // "first", "3rd", "the 28th round"
)

var quantityKindNames = [...]string{"", "count", "money", "percent", "duration", "measure", "ordinal"}

func (k QuantityKind) String() string {
	if int(k) < len(quantityKindNames) {
		return quantityKindNames[k]
	}
	return "QuantityKind(" + strconv.Itoa(int(k)) + ")"
}

// Quantity is a number with what it counts or measures.
//
// Low and High are the interval the text allows, in Unit (money in whole
// currency units, durations in the unit written: "90 minutes" is 90
// "minute"). An exact value has Low == High. Hedges and ranges widen it:
//
//	about, around, roughly, approximately, some, an estimated, circa X → [0.9X, 1.1X]
//	nearly, almost, close to, just under X                          → [0.9X, X]
//	more than, over, above, upwards of, in excess of X              → (X, +Inf)  LowOpen
//	just over, a little over X                                      → (X, 1.1X]  LowOpen
//	at least, no fewer than, a minimum of X; X or more              → [X, +Inf)
//	up to, as many as, no more than, at most X; X or less           → [0, X]
//	fewer than, less than, under, below X                           → [0, X)     HighOpen
//	X or so                                                         → [0.9X, 1.1X]
//	5-6, between 5 and 6, from 5 to 6, 5 to 6, five or six          → [5, 6]
//	dozens [24, 144), hundreds [200, 1000), thousands [2000, 1e6), millions [2e6, 1e9),
//	tens of thousands [2e4, 1e5), hundreds of thousands [2e5, 1e6)  HighOpen
//
// A hedge on a range applies to its ends: "about 5-6" is [4.5, 6.6].
// On one unit ("nearly an hour", "about a year", "almost one mile") the
// first two hedges spread by a quarter, not a tenth: [0.75X, 1.25X] and
// [0.75X, X]. Writers round 48 minutes to "close to an hour", not to
// "close to 50 minutes".
type Quantity struct {
	Span                  // the expression: "more than four hours", "$145 billion", "27-point"
	Kind     QuantityKind // what it measures
	Low      float64      // the least value allowed
	High     float64      // the most value allowed; +Inf when unbounded
	LowOpen  bool         // Low itself is excluded ("more than four hours")
	HighOpen bool         // High itself is excluded ("fewer than 100")
	Unit     string       // "hour", "percent", "USD", "EUR", "point", "km"; a rate adds "/year" ("USD/year")
	ISO      string       // a duration as ISO 8601 ("PT5H", "P3D", "P2W", "PT90M"), the value as written when hedged; "" for ranges, rates and other kinds
	Approx   string       // the hedge as written, lowercase ("more than", "about", "or more"); "" if none
	Noun     Span         // what it counts or measures: "meeting", "documents", "aid"; the unit word if nothing else; zero if unknown
}

// Exact reports whether the quantity is one value.
func (q Quantity) Exact() bool { return q.Low == q.High && !q.LowOpen && !q.HighOpen }

// Overlaps reports whether q and o can be the same amount: the same kind
// and unit (durations are compared in seconds) and intersecting intervals.
func (q Quantity) Overlaps(o Quantity) bool {
	if q.Kind != o.Kind {
		return false
	}
	lo1, hi1, lo2, hi2 := q.Low, q.High, o.Low, o.High
	if q.Kind == Duration {
		f1, ok1 := durationSeconds[q.Unit]
		f2, ok2 := durationSeconds[o.Unit]
		if !ok1 || !ok2 {
			return false
		}
		lo1, hi1, lo2, hi2 = lo1*f1, hi1*f1, lo2*f2, hi2*f2
	} else if q.Unit != o.Unit {
		return false
	}
	if hi1 < lo2 || hi2 < lo1 {
		return false
	}
	if hi1 == lo2 && (q.HighOpen || o.LowOpen) || hi2 == lo1 && (o.HighOpen || q.LowOpen) {
		return false
	}
	return true
}

// durationSeconds are the seconds in a duration unit; a month is 30 days
// and a year 365 days.
var durationSeconds = map[string]float64{"second": 1, "minute": 60, "hour": 3600, "day": 86400,
	"week": 7 * 86400, "month": 30 * 86400, "year": 365 * 86400}

// Quantities finds the quantities in tokenized text, sentence by
// sentence (the whole text is one sentence when sents is empty). Years,
// dates and clock times are left to TimeExprs; a number that is part of a
// name ("Boeing 737", "Route 66") is skipped outside headlines.
func Quantities(text string, toks []Token, sents []Sentence) []Quantity {
	sc := qtyScanner{text: text, toks: toks}
	if len(sents) == 0 {
		sc.sentence(0, len(toks), len(toks))
		return sc.out
	}
	for k, s := range sents {
		next := len(toks)
		if k+1 < len(sents) {
			next = sents[k+1].Last
		}
		sc.sentence(s.First, s.Last, next)
	}
	return sc.out
}

// qtyScanner finds quantities in one sentence at a time.
type qtyScanner struct {
	text   string
	toks   []Token
	lo, hi int // the sentence's tokens
	after  int // the end of the next sentence, for "Five. Hours."
	floor  int // the first token not used by an earlier quantity
	title  int // headline case: 0 unknown, 1 yes, 2 no
	cur    int // the token where the quantity being read starts
	buf    lowerBuf
	out    []Quantity
}

func (sc *qtyScanner) sentence(lo, hi, after int) {
	lo, hi = max(lo, 0), min(hi, len(sc.toks))
	if lo < sc.floor {
		lo = sc.floor // "Five. Hours." used the start of this sentence
	}
	sc.lo, sc.hi, sc.after, sc.title = lo, hi, max(after, hi), 0
	if lo >= hi {
		return
	}
	sc.floor = lo
	for i := lo; i < hi; {
		if end := sc.at(i); end > i {
			i = end
			sc.floor = end
			continue
		}
		i++
	}
}

// lower returns token k's ASCII lowercase for look-ups ("" out of range).
func (sc *qtyScanner) lower(k int) []byte {
	if k < 0 || k >= len(sc.toks) {
		return nil
	}
	return sc.buf.lower(sc.toks[k].Text(sc.text))
}

// word returns token k's text, "" out of the sentence.
func (sc *qtyScanner) word(k int) string {
	if k < sc.lo || k >= sc.hi {
		return ""
	}
	return sc.toks[k].Text(sc.text)
}

// adjacent reports whether tokens k and k+1 touch.
func (sc *qtyScanner) adjacent(k int) bool {
	return k+1 < len(sc.toks) && sc.toks[k].End == sc.toks[k+1].Start
}

// reading is a quantity being read.
type reading struct {
	start, end int // tokens [start, end)
	num        number
	low, high  float64
	currency   string
	unit       unitInfo
	unitSpan   Span // the unit's own tokens ("hours", "per cent"); zero when none or glued
	hyphenUnit bool // the unit is glued with a hyphen: "four-hour", "27-point"
	dashRange  bool // a range written with a hyphen or dash: "5-6", "5 – 6"
	rule       hedgeRule
	approx     Span   // a hedge before the number
	approxText string // a hedge after it or inside it: "or more", "plus"
	rangeWord  Span   // "between" or "from" before a range
	rate       string // "/year" in "$5 billion a year"
	vague      bool   // "hundreds of", "several thousand"
	scaled     bool   // a scale word or suffix multiplied the number: "2.1-3.06 billion"
	reject     bool   // not a quantity after all ("two days ago", "4-2")
}

// at reads a quantity starting at token i and returns the token after it,
// or i when there is none.
func (sc *qtyScanner) at(i int) int {
	t := sc.toks[i]
	s := t.Text(sc.text)
	switch {
	case t.Kind == Number && sc.calibre(i):
		return i
	case t.Kind == Number:
	case t.Kind == Word:
		if !sc.mayStart(i, s) {
			return i
		}
	case currencySymbols[s] == "":
		return i
	}
	sc.cur = i
	r := reading{start: i}
	j, ok := sc.readCurrency(&r, i)
	if !ok {
		return i
	}
	if !sc.readValue(&r, j) {
		return i
	}
	return sc.finish(&r)
}

// calibre reports whether the number at token i follows a point glued
// to it, with a space or an article before the point: "a .357", "a
// .38-caliber" (or, typed without the space, "a.38-caliber") name a
// gun's calibre, not a count.
func (sc *qtyScanner) calibre(i int) bool {
	if i == 0 {
		return false
	}
	p := sc.toks[i-1]
	if p.Text(sc.text) != "." || p.End != sc.toks[i].Start {
		return false
	}
	if i == 1 || sc.toks[i-2].End < p.Start {
		return true
	}
	w := string(sc.lower(i - 2))
	return w == "a" || w == "an" || w == "the"
}

// mayStart is a cheap test on the word at token i: could it begin a
// quantity? One map look-up for most words.
func (sc *qtyScanner) mayStart(i int, s string) bool {
	if upperASCII(s) && (currencyCodes[s] != "" || dollarPrefixes[s] != "") {
		return true
	}
	first := firstPart(s)
	if !qtyStartShapes.mayHave(first) {
		return false
	}
	w := sc.buf.lower(first)
	switch string(w) {
	case "":
		return false
	case "a", "an":
		return afterA[string(sc.lower(i+1))]
	}
	return qtyStartWords[string(w)]
}

// upperASCII reports whether s is short and all capitals ("USD", "US", "A").
func upperASCII(s string) bool {
	if len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// qtyStartWords are the lowercase words that may begin a quantity.
var qtyStartWords = func() map[string]bool {
	m := map[string]bool{"tens": true, "several": true}
	for w := range numberWords {
		m[w] = true
	}
	for w := range vagueNumbers {
		m[w] = true
	}
	return m
}()

var qtyStartShapes = shapesOf(lexiconWords(qtyStartWords), []string{"a", "an"})

// lexiconWords lists the words of a lexicon.
func lexiconWords[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

// afterA are the words after "a" or "an" that make a quantity: "a dozen",
// "a million", "an hour", "a few thousand", "a half".
var afterA = setOf("hundred", "thousand", "million", "billion", "trillion", "dozen", "few", "half",
	"minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century")

// firstPart is s up to its first hyphen.
func firstPart(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			return s[:i]
		}
	}
	return s
}

// readCurrency reads a currency sign or code before the amount and
// returns the token where the number should start.
func (sc *qtyScanner) readCurrency(r *reading, i int) (int, bool) {
	s := sc.toks[i].Text(sc.text)
	if code := dollarPrefixes[s]; code != "" && sc.adjacent(i) && sc.word(i+1) == "$" {
		r.currency = code
		return i + 2, i+2 < sc.hi
	}
	if code := currencySymbols[s]; code != "" {
		r.currency = code
		return i + 1, i+1 < sc.hi
	}
	if code := currencyCodes[s]; code != "" {
		if i+1 < sc.hi && sc.toks[i+1].Kind == Number {
			r.currency = code
			return i + 1, true
		}
		return i, false
	}
	return i, true
}

// readValue reads the number (or a vague amount) at token j and what is
// glued to it.
func (sc *qtyScanner) readValue(r *reading, j int) bool {
	num, ok := parseNumber(sc.text, sc.toks, j, sc.hi)
	if !ok {
		return sc.readWordAmount(r, j)
	}
	r.num, r.low, r.high, r.end = num, num.Value, num.Value, num.End
	if !num.Spelled && r.currency == "" && sc.notQuantity(j, num) {
		return false
	}
	if num.Ordinal {
		return ordinalSuffixOK(num) && !sc.perSecond(j, num)
	}
	if !sc.readSuffix(r) {
		return false
	}
	sc.readScale(r)
	return true
}

// ordinalSuffixOK: an ordinal may be glued to a superlative or a few
// nouns ("second-largest", "first-ever", "third-quarter") but not to
// others ("third-party", "first-hand", "second-rate").
func ordinalSuffixOK(num number) bool {
	if num.Suffix == "" {
		return true
	}
	var b lowerBuf
	w := string(b.lower(num.Suffix))
	n := len(w)
	return n > 3 && w[n-3:] == "est" || ordinalCompounds[w]
}

var ordinalCompounds = setOf("ever", "most", "least", "place", "placed", "round", "quarter", "half", "term",
	"generation", "century", "anniversary")

// perSecond reports "second" as a unit after "per", "a", "every", "each".
func (sc *qtyScanner) perSecond(j int, num number) bool {
	if num.Value != 2 || !num.Spelled {
		return false
	}
	switch string(sc.lower(j - 1)) {
	case "per", "a", "every", "each", "one", "split":
		return j-1 >= sc.lo
	}
	return false
}

// readWordAmount reads amounts without a number: "an hour", "dozens of",
// "tens of thousands", "several hundred".
func (sc *qtyScanner) readWordAmount(r *reading, j int) bool {
	w := string(sc.lower(j))
	switch w {
	case "a", "an":
		u, ok := unitWords[string(sc.lower(j+1))]
		if ok && u.Kind == Duration && u.ISO != 'S' && j+1 < sc.hi && !sc.frequency(j) {
			r.low, r.high, r.end = 1, 1, j+1
			return true
		}
		if w == "a" && string(sc.lower(j+1)) == "few" {
			return sc.severalScale(r, j+2, 2)
		}
		return false
	case "several":
		return sc.severalScale(r, j+1, 3)
	case "few":
		return false
	case "tens":
		if string(sc.lower(j+1)) == "of" {
			if v, ok := vagueNumbers[string(sc.lower(j+2))]; ok && v[0] >= 2e3 {
				r.low, r.high, r.end, r.vague = v[0]*10, v[0]*50, j+3, true
				return true
			}
		}
		return false
	}
	v, ok := vagueNumbers[w]
	if !ok || j+1 >= sc.hi {
		return false
	}
	r.low, r.high, r.end, r.vague = v[0], v[1], j+1, true
	if w == "hundreds" && string(sc.lower(j+1)) == "of" {
		if v2, ok := vagueNumbers[string(sc.lower(j+2))]; ok && v2[0] >= 2e3 {
			r.low, r.high, r.end = v2[0]*100, v2[0]*500, j+3
		}
	}
	return string(sc.lower(r.end)) == "of" || r.currency != ""
}

// severalScale reads "several hundred", "a few thousand": [k·S, 10·S).
func (sc *qtyScanner) severalScale(r *reading, j int, k float64) bool {
	w, ok := numberWords[string(sc.lower(j))]
	if !ok || w.Kind != numScale && w.Kind != numHundred || j >= sc.hi {
		return false
	}
	r.low, r.high, r.end, r.vague = k*w.Value, 10*w.Value, j+1, true
	return true
}

// frequency reports whether "a"/"an" at j is part of "once a day", "twice
// a week", "three times a year", or a rate after another number.
func (sc *qtyScanner) frequency(j int) bool {
	switch string(sc.lower(j - 1)) {
	case "once", "twice", "thrice", "times", "per", "each", "every":
		return true
	}
	return j > sc.lo && sc.toks[j-1].Kind == Number
}

// finish reads ranges, units, hedges and the noun after the value, and
// records the quantity. It returns the token after it, or r.start when
// the reading is not a quantity after all.
func (sc *qtyScanner) finish(r *reading) int {
	sc.readHedge(r)
	if !r.num.Ordinal {
		sc.readRange(r, false)
		sc.readUnit(r)
		sc.emphaticUnit(r)
		sc.readRange(r, true)
		sc.halfOf(r)
		if r.reject || r.dashRange && r.unit.Kind == 0 && r.currency == "" && !r.scaled {
			return r.start // "two days ago", a score "4-2", a season "2024-25"
		}
		if r.rule == 0 {
			sc.readTrailingHedge(r)
		}
		sc.readRate(r)
	}
	q := sc.quantity(r)
	if q.Kind == Count && q.Noun.Len() == 0 && !sc.keepBare(r) {
		return r.start
	}
	if !finiteQuantity(q) {
		return r.start
	}
	sc.out = append(sc.out, q)
	return r.end
}

// halfOf makes a bare "half" a percentage: "about half of users" is
// [45, 55] percent.
func (sc *qtyScanner) halfOf(r *reading) {
	if r.num.Spelled && r.num.Value == 0.5 && r.low == 0.5 && r.high == 0.5 && r.unit.Kind == 0 && r.currency == "" {
		r.unit = unitWords["percent"]
		r.low, r.high = 50, 50
	}
}

// keepBare reports whether a count without a noun is still worth keeping:
// digits ("the toll rose to 45") and hedged or vague amounts, but not a
// lone spelled-out number ("one of the most", "the two").
func (sc *qtyScanner) keepBare(r *reading) bool {
	return !r.num.Spelled || r.rule != 0 || r.vague || r.high != r.low
}

// finiteQuantity reports a sane interval: finite Low <= High, High
// finite and not absurdly large, or +Inf.
func finiteQuantity(q Quantity) bool {
	if math.IsNaN(q.Low) || math.IsNaN(q.High) || math.IsInf(q.Low, 0) || q.Low > q.High {
		return false
	}
	return q.High <= maxNumber*1e3 || math.IsInf(q.High, 1)
}

// quantity builds the result from a reading.
func (sc *qtyScanner) quantity(r *reading) Quantity {
	q := Quantity{Span: Span{sc.toks[r.start].Start, sc.toks[r.end-1].End}, Low: r.low, High: r.high}
	if r.rangeWord.Len() > 0 {
		q.Start = r.rangeWord.Start
	}
	switch {
	case r.approx.Len() > 0:
		q.Start = r.approx.Start
		q.Approx = lowerString(r.approx.Text(sc.text))
	case r.approxText != "":
		q.Approx = lowerString(r.approxText)
	}
	switch {
	case r.num.Ordinal:
		q.Kind = Ordinal
	case r.currency != "":
		q.Kind, q.Unit = Money, r.currency
	case r.unit.Kind != 0:
		q.Kind, q.Unit = r.unit.Kind, r.unit.Name
	default:
		q.Kind = Count
	}
	if f := r.unit.Factor; f != 0 && q.Kind == Duration {
		q.Low, q.High = q.Low*f, q.High*f
	}
	if q.Kind == Duration && q.Low == q.High && r.rate == "" {
		q.ISO = isoDuration(q.Low, r.unit.ISO)
	}
	q.Unit += r.rate
	q.Low, q.High = round12(q.Low), round12(q.High) // 33.2 × 1e9 is 3.32e10
	applyHedge(&q, r.rule, spread(r))
	q.HighOpen = q.HighOpen || r.vague && r.rule == 0
	q.Noun = sc.noun(r, q.Kind)
	return q
}

// spread is how far "about" or "nearly" widens the reading: a quarter for
// one unit ("nearly an hour"), else a tenth.
func spread(r *reading) float64 {
	if r.low == 1 && r.high == 1 && r.unit.Kind != 0 && r.currency == "" {
		return 0.25
	}
	return 0.1
}

// applyHedge widens the interval by the hedge's rule (see Quantity), by
// the spread given for "about" and "nearly".
func applyHedge(q *Quantity, rule hedgeRule, spread float64) {
	lo, hi := q.Low, q.High
	switch rule {
	case hedgeAbout:
		q.Low, q.High = round12((1-spread)*lo), round12((1+spread)*hi)
	case hedgeNearly:
		q.Low = round12((1 - spread) * lo)
	case hedgeOver:
		q.Low, q.High, q.LowOpen = hi, math.Inf(1), true
	case hedgeJustOver:
		q.Low, q.High, q.LowOpen = hi, round12(1.1*hi), true
	case hedgeAtLeast:
		q.High = math.Inf(1)
	case hedgeUpTo:
		q.Low = 0
	case hedgeUnder:
		q.Low, q.HighOpen = 0, true
	}
}

// round12 rounds v to 12 significant digits, so that 1.1 × 200 is 220.
func round12(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	p := math.Pow10(11 - int(math.Floor(math.Log10(math.Abs(v)))))
	if math.IsInf(p, 0) || math.IsInf(v*p, 0) || p == 0 {
		return v
	}
	return math.Round(v*p) / p
}

// isoDuration formats v units as an ISO 8601 duration: "PT5H", "P3D",
// "PT1.5H", "P6M".
func isoDuration(v float64, designator byte) string {
	if designator == 0 || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return ""
	}
	b := make([]byte, 0, 12)
	b = append(b, 'P')
	switch designator {
	case 'H', 'M', 'S':
		b = append(b, 'T')
	case 'N':
		designator = 'M'
	}
	b = strconv.AppendFloat(b, v, 'f', -1, 64)
	return string(append(b, designator))
}

// lowerString returns s in lowercase (ASCII only; other bytes unchanged).
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
