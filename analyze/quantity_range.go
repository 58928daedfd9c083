package analyze

// readRange reads the second number of a range: "5 to 6", "between 400
// and 800", "$100 to $300", "four or five", "5 to 6 million". With
// afterUnit it reads a range whose first number has its own unit: "5% to
// 6%", "between two days and three days". After a verb of change ("rose
// from 5 to 6 percent") "from X to Y" is two values, not a range: the
// first takes the second's unit.
func (sc *qtyScanner) readRange(r *reading, afterUnit bool) {
	if r.high != r.low || r.reject || r.vague || r.end+1 >= sc.hi {
		return
	}
	if afterUnit && r.unitSpan.Len() == 0 || !afterUnit && r.unit.Kind != 0 {
		return
	}
	conn := string(sc.lower(r.end))
	if sc.word(r.end) == "–" {
		conn = "-"
	}
	before := string(sc.lower(r.start - 1))
	switch conn {
	case "-", "to", "or":
	case "and":
		if before != "between" {
			return
		}
	default:
		return
	}
	r2, ok := sc.secondNumber(r, afterUnit)
	if !ok {
		return
	}
	if conn == "to" && sc.change(r.start) {
		if r.unit.Kind == 0 && r.currency == "" {
			r.unit, r.currency = r2.unit, r2.currency
		}
		return
	}
	if sc.joinRange(r, &r2, conn == "-") && (before == "between" || before == "from") {
		r.rangeWord = sc.toks[r.start-1].Span
	}
}

// change reports a verb of change before the number at token k, maybe
// with "by" or "from" between: "rose 5% to 6%", "fell by 2 to 3",
// "rose from 5 to 6 percent".
func (sc *qtyScanner) change(k int) bool {
	p := k - 1
	if w := string(sc.lower(p)); w == "by" || w == "from" {
		p--
	}
	return p >= sc.lo && changeVerbs[string(sc.lower(p))]
}

// secondNumber reads the number after a range's connector.
func (sc *qtyScanner) secondNumber(r *reading, afterUnit bool) (reading, bool) {
	r2 := reading{start: r.end + 1}
	j, ok := sc.readCurrency(&r2, r.end+1)
	if !ok || r2.currency != "" && r2.currency != r.currency {
		return r2, false
	}
	num, ok := parseNumber(sc.text, sc.toks, j, sc.hi)
	if !ok || num.Ordinal || num.Spelled != r.num.Spelled && !num.Spelled && num.Value < 10 {
		return r2, false
	}
	r2.num, r2.low, r2.high, r2.end = num, num.Value, num.Value, num.End
	if !sc.readSuffix(&r2) || r2.reject || r2.high != r2.low {
		return r2, false
	}
	sc.readScale(&r2)
	sc.readUnit(&r2)
	if r2.reject || afterUnit && r2.unit != r.unit {
		return r2, false
	}
	return r2, true
}

// joinRange makes r the range from r to r2, sharing r2's scale and unit
// when r has none ("5 to 6 million", "from 2 to 3 days").
func (sc *qtyScanner) joinRange(r, r2 *reading, dash bool) bool {
	lo := r.low
	if raw := r2.num.Value; raw > 0 && r2.low > raw && r.low == r.num.Value && r.low*r2.low/raw < r2.low {
		lo = r.low * r2.low / raw
	}
	if r2.low <= lo {
		return false // "52 to 47" is a tally, "2024-25" a season
	}
	r.low, r.high, r.end = lo, r2.low, r2.end
	r.dashRange = dash && r2.unit.Kind == 0 && r2.currency == "" && r.currency == ""
	if r.currency == "" {
		r.currency = r2.currency
	}
	if r.unit.Kind == 0 {
		r.unit, r.unitSpan, r.hyphenUnit = r2.unit, r2.unitSpan, r2.hyphenUnit
	}
	return true
}

// readHedge reads a hedge just before the quantity: "more than", "about",
// "nearly", "up to" (see Quantity for the intervals).
func (sc *qtyScanner) readHedge(r *reading) {
	k := r.start - 1
	if k < sc.floor || k < sc.lo {
		return
	}
	for _, h := range hedgeLast[string(sc.lower(k))] {
		words := hedges[h].Words
		first := k - len(words) + 1
		if first < sc.floor || first < sc.lo || !sc.wordsAt(first, words) {
			continue
		}
		r.rule = hedges[h].Rule
		r.approx = Span{sc.toks[first].Start, sc.toks[k].End}
		return
	}
}

// wordsAt reports whether the tokens from k are words (lowercase).
func (sc *qtyScanner) wordsAt(k int, words []string) bool {
	for n, w := range words {
		if string(sc.lower(k+n)) != w {
			return false
		}
	}
	return true
}
