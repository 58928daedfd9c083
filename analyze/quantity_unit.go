package analyze

import "strings"

// readSuffix reads what is glued to the number's last token: a scale
// ("5m", "2.5bn"), a unit ("5km", "four-hour", "27-point"), the second
// number of a range ("5-6"), or a hedge ("30-plus", "50-odd"). It reports
// false when the token is not a quantity ("5G", "1990s", "10am",
// "2024-03-05").
func (sc *qtyScanner) readSuffix(r *reading) bool {
	suf := r.num.Suffix
	switch {
	case suf == "":
		return true
	case !r.num.Hyphen:
		return sc.gluedSuffix(r, suf)
	case isDigitByte(suf[0]):
		v, n := parseDigits(suf)
		if n != len(suf) || v <= r.low || r.num.Spelled {
			r.reject = n == len(suf) // a score or a season: not a range, not a quantity
			return n == len(suf)
		}
		r.high, r.dashRange = v, true
		return true
	}
	return sc.hyphenSuffix(r, suf)
}

// gluedSuffix reads letters glued to digits: "5m", "2.5bn", "5km", "90mins".
func (sc *qtyScanner) gluedSuffix(r *reading, suf string) bool {
	var b lowerBuf
	w := string(b.lower(suf))
	if v, ok := scaleSuffixes[w]; ok {
		switch {
		case r.currency != "" || sc.moneyAfter(r.end):
		case w == "m" && !sc.pluralAt(r.end):
			r.unit = unitWords["metres"] // "a 10m wall"
			return true
		case w == "k" && (suf != "k" || !sc.pluralAt(r.end)):
			return false // "2700K" is a colour temperature; "10k runners" is a count
		case w != "k" && w != "m" && w != "mn" && w != "mln":
			return false // "5b", "3t": not without a currency
		}
		r.low, r.high, r.scaled = r.low*v, r.high*v, true
		return true
	}
	if gluedUnits[w] {
		r.unit = unitWords[w]
		return true
	}
	return false
}

// moneyAfter reports whether a currency word or code follows token k
// ("30m euros", "5bn USD").
func (sc *qtyScanner) moneyAfter(k int) bool {
	if k >= sc.hi {
		return false
	}
	if currencyCodes[sc.toks[k].Text(sc.text)] != "" {
		return true
	}
	u, ok := unitWords[string(sc.lower(k))]
	return ok && u.Kind == Money
}

// pluralAt reports whether token k is a plural noun ("5m people").
func (sc *qtyScanner) pluralAt(k int) bool {
	return k < sc.hi && sc.toks[k].Kind == Word && isPluralWord(sc.lower(k))
}

// isPluralWord guesses whether a lowercase word is a plural noun.
func isPluralWord(w []byte) bool {
	n := len(w)
	if irregularPlurals[string(w)] {
		return true
	}
	if singularsInS[string(w)] {
		return false
	}
	if n < 4 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'':
		return false // "class", "bus", "analysis", "its'"
	}
	return !nounStops[string(w)]
}

// notHyphenUnits are words after "N-" that do not make a unit: "one-on-one",
// "two-thirds", "first-ever", "five-fold", "7-Eleven".
var notHyphenUnits = setOf("on", "in", "of", "to", "and", "or", "for", "by", "off", "up", "all", "nil",
	"ever", "fold", "way", "ways", "time", "times", "sided", "third", "thirds", "quarter", "quarters",
	"half", "halves", "fifth", "fifths", "tenth", "tenths", "love", "nothing", "zero", "something")

// hyphenSuffix reads a word after "N-": a unit ("hour", "point",
// "year-old"), a scale ("$5-million"), a hedge ("30-plus", "50-odd") or a
// counted thing ("12-member panel", "four-nation tour").
func (sc *qtyScanner) hyphenSuffix(r *reading, suf string) bool {
	head := firstPart(suf)
	rest := suf[len(head):]
	var b lowerBuf
	w := string(b.lower(head))
	if w == "" {
		return false
	}
	if nw, ok := numberWords[w]; ok {
		if nw.Kind != numScale || r.num.Spelled {
			return false
		}
		r.low, r.high = r.low*nw.Value, r.high*nw.Value
		return rest == ""
	}
	switch w {
	case "strong":
		r.hyphenUnit = true // "a 5,000-strong force": the force is counted
		return rest == ""
	case "plus":
		r.rule, r.approxText = hedgeAtLeast, head
		return rest == ""
	case "odd", "some":
		r.rule, r.approxText = hedgeAbout, head
		return rest == ""
	}
	if u, ok := unitWords[w]; ok {
		return sc.hyphenUnitWord(r, u, rest)
	}
	if w == "square" && rest != "" {
		u, ok := squareUnit(rest[1:])
		r.unit, r.hyphenUnit = u, true // "a 2,700-square-foot taproom"
		return ok
	}
	if notHyphenUnits[w] || !allLetters(head) || r.num.Spelled && r.low < 2 {
		return false
	}
	r.unit = unitInfo{Kind: Count, Name: lowerString(head)}
	r.hyphenUnit = true
	return true
}

// hyphenUnitWord sets a unit written after a hyphen, with "-old" for ages
// ("10-year-old") and "-long" ("a five-hour-long meeting").
func (sc *qtyScanner) hyphenUnitWord(r *reading, u unitInfo, rest string) bool {
	r.hyphenUnit = true
	if u.Kind == Money {
		r.currency = u.Name
		r.hyphenUnit = false
		return rest == ""
	}
	r.unit = u
	switch lowerString(rest) {
	case "":
	case "-old", "-olds":
		if u.Kind != Duration {
			return false
		}
		r.unit = unitInfo{Kind: Measure, Name: "age-" + u.Name}
	case "-long":
	default:
		return false
	}
	return true
}

// squareUnit is the area unit for "square" and a length unit word.
func squareUnit(s string) (unitInfo, bool) {
	var b lowerBuf
	u, ok := unitWords[string(b.lower(s))]
	if !ok || u.Kind != Measure {
		return unitInfo{}, false
	}
	switch u.Name {
	case "km", "m", "mile", "ft", "cm":
		return unitInfo{Kind: Measure, Name: "sq " + u.Name}, true
	}
	return unitInfo{}, false
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// readScale reads a scale word after digits: "145 billion", "1.5 million",
// "$5 bn".
func (sc *qtyScanner) readScale(r *reading) {
	if r.num.Spelled || r.unit.Kind != 0 || r.num.Suffix != "" && !r.dashRange || r.end >= sc.hi {
		return
	}
	w := string(sc.lower(r.end))
	if nw, ok := numberWords[w]; ok && (nw.Kind == numScale || nw.Kind == numHundred || nw.Kind == numDozen) {
		r.low, r.high, r.end, r.scaled = r.low*nw.Value, r.high*nw.Value, r.end+1, true
		return
	}
	if v, ok := scaleSuffixes[w]; ok && len(w) > 1 && (r.currency != "" || sc.moneyAfter(r.end+1)) {
		r.low, r.high, r.end, r.scaled = r.low*v, r.high*v, r.end+1, true
	}
}

// readUnit reads a unit or currency written after the number: "hours",
// "%", "per cent", "percentage points", "euros", "U.S. dollars", "EUR",
// "years old".
func (sc *qtyScanner) readUnit(r *reading) {
	if r.unit.Kind != 0 || r.end >= sc.hi {
		return
	}
	k := r.end
	w := string(sc.lower(k))
	if (w == "a" || w == "an") && r.num.Spelled && r.low == 0.5 {
		k++ // "half an hour"
		if k >= sc.hi {
			return
		}
		w = string(sc.lower(k))
	}
	next := string(sc.lower(k + 1))
	switch {
	case w == "%":
		sc.setUnit(r, unitWords["percent"], k, k+1)
	case w == "per" && next == "cent":
		sc.setUnit(r, unitWords["percent"], k, k+2)
	case (w == "percentage" || w == "basis") && (next == "point" || next == "points"):
		sc.setUnit(r, unitInfo{Kind: Percent, Name: w + " point"}, k, k+2)
	case dollarAdjectives[w] != "" && (next == "dollar" || next == "dollars"):
		sc.setCurrency(r, dollarAdjectives[w], k, k+2) // "U.S. dollars", "Canadian dollars"
	case currencyCodes[sc.toks[k].Text(sc.text)] != "":
		sc.setCurrency(r, currencyCodes[sc.toks[k].Text(sc.text)], k, k+1)
	case w == "square":
		if u, ok := squareUnit(sc.toks[min(k+1, len(sc.toks)-1)].Text(sc.text)); ok && k+1 < sc.hi {
			sc.setUnit(r, u, k, k+2) // "300 square kilometres"
		}
	case ageWord(w) != "":
		sc.setUnit(r, unitInfo{Kind: Measure, Name: "age-" + ageWord(w)}, k, k+1) // "an 11 year-old boy"
	default:
		u, ok := unitWords[w]
		if !ok {
			return
		}
		sc.wordUnit(r, u, w, k)
	}
}

// ageWord is the unit of an age written apart from its number
// ("year-old" in "an 11 year-old boy": "year"), "" for any other word.
func ageWord(w string) string {
	head, ok := strings.CutSuffix(w, "-old")
	if !ok {
		head, ok = strings.CutSuffix(w, "-olds")
	}
	if u, known := unitWords[head]; ok && known && u.Kind == Duration {
		return u.Name
	}
	return ""
}

// wordUnit sets a unit word at token k.
func (sc *qtyScanner) wordUnit(r *reading, u unitInfo, w string, k int) {
	next := string(sc.lower(k + 1))
	switch {
	case u.Kind == Money && (w == "pound" || w == "pounds") && r.currency == "" && (next == "of" || sc.weighed(r.start)):
		sc.setUnit(r, unitWords["lb"], k, k+1) // "five pounds of cocaine", "he weighed 130 pounds"
	case u.Kind == Money:
		sc.setCurrency(r, u.Name, k, k+1)
	case u.Kind == Duration && next == "ago":
		r.reject = true // a time expression: "two days ago"
	case u.Kind == Duration && next == "old":
		sc.setUnit(r, unitInfo{Kind: Measure, Name: "age-" + u.Name}, k, k+1)
		r.end++ // "six years old"
	default:
		sc.setUnit(r, u, k, k+1)
		sc.andAHalf(r)
	}
}

// weighed reports whether the words just before token k speak of a
// body's measures ("weighing", "5 feet 9 inches tall and"): pounds then
// weigh, they are no money.
func (sc *qtyScanner) weighed(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := string(sc.lower(j))
		if strings.HasPrefix(w, "weigh") || weightCues[w] {
			return true
		}
	}
	return false
}

var weightCues = setOf("tall", "feet", "foot", "inches", "inch", "lbs", "heavier", "lighter")

// andAHalf reads "and a half" after a unit: "an hour and a half".
func (sc *qtyScanner) andAHalf(r *reading) {
	if r.low != r.high || r.end+2 >= sc.hi || string(sc.lower(r.end)) != "and" {
		return
	}
	if a := string(sc.lower(r.end + 1)); a != "a" && a != "an" || string(sc.lower(r.end+2)) != "half" {
		return
	}
	r.low, r.high, r.end = r.low+0.5, r.high+0.5, r.end+3
}

// setUnit records unit u written on tokens [k, end).
func (sc *qtyScanner) setUnit(r *reading, u unitInfo, k, end int) {
	if r.currency != "" && u.Kind != Percent {
		return // "$5 hours" is nonsense; keep the money
	}
	r.unit = u
	r.unitSpan = Span{sc.toks[k].Start, sc.toks[end-1].End}
	r.end = end
}

// setCurrency records a currency written after the amount.
func (sc *qtyScanner) setCurrency(r *reading, code string, k, end int) {
	if r.currency != "" && r.currency != code {
		return
	}
	r.currency = code
	r.end = end
}

// emphaticUnit reads a unit set apart as its own sentence after a number
// that is one too: "Five. Hours."
func (sc *qtyScanner) emphaticUnit(r *reading) {
	k, u := r.end, r.end+1
	if r.unit.Kind != 0 || r.currency != "" || k != sc.hi-1 || sc.word(k) != "." || !sc.openingWord(r.start) ||
		u >= sc.after || u >= len(sc.toks) {
		return
	}
	info, ok := unitWords[string(sc.lower(u))]
	if !ok || info.Kind == Money || u+2 < sc.after || u+1 < sc.after && sc.toks[u+1].Text(sc.text) != "." {
		return
	}
	sc.setUnit(r, info, u, u+1)
}

// readRate reads a rate after the unit: "a year", "per day", "annually".
func (sc *qtyScanner) readRate(r *reading) {
	if r.end >= sc.hi || r.unit.Kind == 0 && r.currency == "" {
		return
	}
	w := string(sc.lower(r.end))
	switch w {
	case "annually", "yearly":
		r.rate, r.end = "/year", r.end+1
		return
	case "/":
		if !sc.adjacent(r.end - 1) {
			return
		}
	case "a", "an", "per", "each", "every":
	default:
		return
	}
	u, ok := unitWords[string(sc.lower(r.end+1))]
	if ok && u.Kind == Duration && u.Factor == 0 && r.end+1 < sc.hi {
		r.rate, r.end = "/"+u.Name, r.end+2
	}
}

// readTrailingHedge reads "or more", "or so", "or less", "or fewer",
// "or longer", "and counting" after the quantity.
func (sc *qtyScanner) readTrailingHedge(r *reading) {
	if r.end+1 >= sc.hi {
		return
	}
	w := string(sc.lower(r.end))
	next := string(sc.lower(r.end + 1))
	rule := hedgeRule(0)
	switch {
	case w == "or" && (next == "more" || next == "longer" || next == "above" || next == "higher"):
		rule = hedgeAtLeast
	case w == "or" && (next == "so" || next == "thereabouts"):
		rule = hedgeAbout
	case w == "or" && (next == "less" || next == "fewer" || next == "shorter" || next == "below"):
		rule = hedgeUpTo
	case w == "and" && next == "counting":
		rule = hedgeAtLeast
	default:
		return
	}
	r.rule = rule
	r.approxText = sc.text[sc.toks[r.end].Start:sc.toks[r.end+1].End]
	r.end += 2
}
