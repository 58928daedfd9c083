package analyze

import "time"

// numberAt reads an expression that starts with digits: a date
// ("2024-03-05", "05.03.2024", "3/5/2024", "5 March 2024"), a clock time
// ("10:30 a.m.") or a year ("2024", "the 1990s").
func (sc *timexScanner) numberAt(i int) int {
	s := sc.toks[i].Text(sc.text)
	if y, m, d, ok := numericDate(s); ok {
		return sc.add(i, i+1, Date, "", when{gran: granDay, year: y, month: m, day: d})
	}
	if end := sc.slashDate(i); end > i {
		return end
	}
	if end := sc.clock(i); end > i {
		return end
	}
	if end := sc.dayMonth(i); end > i {
		return end
	}
	if yearAt(sc.text, sc.toks, i, sc.lo, sc.hi) {
		return sc.add(i, i+1, Year, "", when{gran: granYear, year: atoi(s)})
	}
	if d := decade(s); d > 0 {
		return sc.add(i, i+1, Year, "", when{gran: granDecade, decade: d})
	}
	return i
}

// numericDate parses "2024-03-05" and "05.03.2024" (day first).
func numericDate(s string) (y, m, d int, ok bool) {
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-' && digitsOnly(s[:4]) && digitsOnly(s[5:7]) && digitsOnly(s[8:]):
		y, m, d = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:])
	case len(s) >= 8 && len(s) <= 10:
		a, b, c, ok := split3(s, '.')
		if !ok || len(c) != 4 || len(a) > 2 || len(b) > 2 {
			return 0, 0, 0, false
		}
		y, m, d = atoi(c), atoi(b), atoi(a)
	default:
		return 0, 0, 0, false
	}
	return y, m, d, y >= 1000 && validDate(y, m, d)
}

// split3 splits s into three runs of digits separated by sep.
func split3(s string, sep byte) (a, b, c string, ok bool) {
	i := indexByte(s, sep)
	if i < 1 {
		return "", "", "", false
	}
	j := indexByte(s[i+1:], sep)
	if j < 1 {
		return "", "", "", false
	}
	a, b, c = s[:i], s[i+1:i+1+j], s[i+2+j:]
	return a, b, c, digitsOnly(a) && digitsOnly(b) && digitsOnly(c)
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// atoi reads a short run of digits (at most 9).
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// decade reads "1990s" as 199; 0 if s is not a decade.
func decade(s string) int {
	if len(s) != 5 || s[4] != 's' || s[3] != '0' || !digitsOnly(s[:4]) {
		return 0
	}
	if y := atoi(s[:4]); y >= 1000 && y <= 2990 {
		return y / 10
	}
	return 0
}

// slashDate reads "3/5/2024": month first (US), unless the first number
// is over 12 ("25/12/2024").
func (sc *timexScanner) slashDate(i int) int {
	if i+4 >= sc.hi {
		return i
	}
	for k := i; k < i+4; k++ {
		if sc.toks[k].End != sc.toks[k+1].Start {
			return i
		}
	}
	a, b, c := sc.toks[i].Text(sc.text), sc.toks[i+2].Text(sc.text), sc.toks[i+4].Text(sc.text)
	if sc.toks[i+1].Text(sc.text) != "/" || sc.toks[i+3].Text(sc.text) != "/" ||
		!digitsOnly(a) || !digitsOnly(b) || !digitsOnly(c) || len(a) > 2 || len(b) > 2 || len(c) != 4 {
		return i
	}
	m, d, y := atoi(a), atoi(b), atoi(c)
	if m > 12 {
		m, d = d, m
	}
	if y < 1000 || !validDate(y, m, d) {
		return i
	}
	return sc.add(i, i+5, Date, "", when{gran: granDay, year: y, month: m, day: d})
}

// clock reads "10:30", "10:30 a.m.", "10 a.m.", "10am", "10.30am",
// "14:00 GMT", "9 p.m. local time".
func (sc *timexScanner) clock(i int) int {
	s := sc.toks[i].Text(sc.text)
	h, mi, end, ok := sc.clockDigits(i, s)
	if !ok {
		return i
	}
	mer, hasMer := -1, false
	if sfx := s[clockDigitsLen(s):]; sfx != "" && end == i+1 {
		var b lowerBuf
		mer, hasMer = meridiems[string(b.lower(sfx))]
		if !hasMer {
			return i
		}
	} else if v, ok := meridiems[string(sc.lower(end))]; ok {
		mer, hasMer, end = v, true, end+1
	}
	if hasMer {
		if h < 1 || h > 12 {
			return i
		}
		h = h%12 + mer
	} else if end == i+1 {
		return i // a bare number is no clock time
	}
	w := when{gran: granClock, clock: clockString(h, mi)}
	end, w.utc = sc.zone(end)
	return sc.add(i, end, Clock, "", w)
}

// clockDigits reads the hour and minutes at token i: "10", "10.30",
// "10:30" (three tokens), "10:30:15" (seconds dropped).
func (sc *timexScanner) clockDigits(i int, s string) (h, mi, end int, ok bool) {
	n := clockDigitsLen(s)
	digits := s[:n]
	if k := indexByte(digits, '.'); k > 0 {
		if len(digits)-k-1 != 2 {
			return 0, 0, 0, false
		}
		h, mi = atoi(digits[:k]), atoi(digits[k+1:])
	} else {
		if n == 0 || n > 2 {
			return 0, 0, 0, false
		}
		h = atoi(digits)
	}
	end = i + 1
	if n == len(s) && i+2 < sc.hi && sc.toks[i+1].Text(sc.text) == ":" && sc.toks[i].End == sc.toks[i+1].Start {
		m := sc.toks[i+2].Text(sc.text)
		if len(m) != 2 || !digitsOnly(m) || indexByte(digits, '.') > 0 {
			return 0, 0, 0, false
		}
		mi, end = atoi(m), i+3
		if end+1 < sc.hi && sc.toks[end].Text(sc.text) == ":" && digitsOnly(sc.toks[end+1].Text(sc.text)) {
			end += 2
		}
	}
	return h, mi, end, h <= 24 && mi <= 59
}

// clockDigitsLen is the length of the digits and dot at the start of s.
func clockDigitsLen(s string) int {
	n := 0
	for n < len(s) && (isDigitByte(s[n]) || s[n] == '.') {
		n++
	}
	return n
}

func clockString(h, m int) string {
	b := make([]byte, 0, 5)
	b = append2(b, h)
	b = append(b, ':')
	return string(append2(b, m))
}

// zone reads a time zone after a clock time: "GMT", "UTC", "ET",
// "local time", "Moscow time". It returns the token after it and whether
// the zone is UTC.
func (sc *timexScanner) zone(k int) (int, bool) {
	w := string(sc.lower(k))
	switch {
	case w == "":
	case clockZones[w] && isUpper(firstRune(sc.toks[k].Text(sc.text))):
		return k + 1, w == "gmt" || w == "utc" || w == "z"
	case string(sc.lower(k+1)) == "time" && (w == "local" || isUpper(firstRune(sc.toks[k].Text(sc.text)))):
		return k + 2, false
	}
	return k, false
}

// clockWordAt reports whether token k is "a.m.", "p.m.", "am", "pm" or
// "o'clock": the number before it is a clock time.
func clockWordAt(text string, toks []Token, k, hi int) bool {
	if k >= hi || k >= len(toks) {
		return false
	}
	if t := toks[k].Text(text); t == "o’clock" || t == "O’clock" {
		return true // not ASCII: lowerBuf does not read it
	}
	var b lowerBuf
	w := string(b.lower(toks[k].Text(text)))
	_, ok := meridiems[w]
	return ok || w == "o'clock"
}

// dayMonth reads "5 March", "5th March 2024", "5 Dec.", "the 5th of March"
// (from the number).
func (sc *timexScanner) dayMonth(i int) int {
	d := dayNumber(sc.toks[i].Text(sc.text))
	if d == 0 {
		return i
	}
	k := i + 1
	if string(sc.lower(k)) == "of" {
		k++
	}
	m, ok := monthAt(sc.text, sc.toks, k)
	if !ok || k >= sc.hi {
		return i
	}
	end, y := k+1, 0
	if yy := sc.yearNumber(end); yy > 0 {
		end, y = end+1, yy
	}
	return sc.date(i, end, y, m, d, "", i)
}

// dayNumber reads a day of the month: "5", "05", "5th", "2-3" (the
// first day of a span); 0 if s is none.
func dayNumber(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return 0
	}
	d := atoi(s[:n])
	rest := s[n:]
	switch {
	case rest == "":
	case ordinalSuffix(s[n-1], rest):
	case rest[0] == '-' && digitsOnly(rest[1:]) && len(rest) <= 3:
	default:
		return 0
	}
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// yearNumber returns the year written at token k ("2024"), or 0.
func (sc *timexScanner) yearNumber(k int) int {
	if k >= sc.hi || sc.toks[k].Kind != Number {
		return 0
	}
	s := sc.toks[k].Text(sc.text)
	if len(s) != 4 || !digitsOnly(s) {
		return 0
	}
	if y := atoi(s); y >= 1000 && y <= 2999 {
		return y
	}
	return 0
}

// date records a date over tokens [start, end), resolving a missing year
// against the publish date.
func (sc *timexScanner) date(start, end, y, m, d int, mod string, k int) int {
	if !validDate(y, m, d) {
		return start
	}
	if y == 0 {
		y = sc.dateYear(m, d, k)
	}
	w := when{gran: granDay, year: y, month: m, day: d}
	if y > 0 {
		w.weekday = isoWeekday(civil(y, m, d))
	}
	kind := Date
	if mod != "" {
		kind = Part
	}
	return sc.add(start, end, kind, mod, w)
}

// dateYear picks the year of a date written without one: the latest on or
// before a week after publication, or in a future sentence the first on or
// after the day before it. 0 without a publish date.
func (sc *timexScanner) dateYear(m, d, k int) int {
	if !sc.known {
		return 0
	}
	py := sc.pub.Year()
	if sc.future(k) {
		from := sc.pub.AddDate(0, 0, -1)
		for y := py - 1; y <= py+1; y++ {
			if validDate(y, m, d) && !civil(y, m, d).Before(from) {
				return y
			}
		}
		return 0
	}
	until := sc.pub.AddDate(0, 0, 7)
	for y := py + 1; y >= py-4; y-- {
		if validDate(y, m, d) && !civil(y, m, d).After(until) {
			return y
		}
	}
	return 0
}

// monthAt reports the month named by token k: a capitalised month name
// or abbreviation ("March", "Jan.", "Sept").
func monthAt(text string, toks []Token, k int) (int, bool) {
	if k < 0 || k >= len(toks) || toks[k].Kind != Word {
		return 0, false
	}
	s := toks[k].Text(text)
	if !isUpper(firstRune(s)) {
		return 0, false
	}
	var b lowerBuf
	tw, ok := timeWords[string(b.lower(s))]
	if !ok || tw.Kind != twMonth && tw.Kind != twMonthAbbr || streetNameAt(text, toks, k) {
		return 0, false // "May Street" is a street
	}
	return tw.N, true
}

// yearAt reports whether the number at token k (within [lo, hi)) is a
// year: four plain digits, 1900–2100, or 1000–2999 after a word such as
// "in", "since", "the" or "of". A plural noun or a unit after it makes it
// a count ("2000 troops") unless a strong year word comes before ("the
// 2024 elections"); so does a currency sign or a hedge before it ("about
// 2000", "$2024"). A model year ("a 2011 Nissan") and a street's block
// ("the 1800 block of") are no years.
func yearAt(text string, toks []Token, k, lo, hi int) bool {
	s := toks[k].Text(text)
	if len(s) != 4 || !digitsOnly(s) {
		return false
	}
	y := atoi(s)
	var b lowerBuf
	prev := ""
	if k-1 >= lo {
		prev = string(b.lower(toks[k-1].Text(text)))
		if currencySymbols[toks[k-1].Text(text)] != "" || yearHedge(prev) {
			return false
		}
	}
	if k+1 < hi && vehicleMakes[string(b.lower(toks[k+1].Text(text)))] {
		return false // a model year: "a 2011 Nissan Altima"
	}
	if k+2 < hi && string(b.lower(toks[k+1].Text(text))) == "block" && string(b.lower(toks[k+2].Text(text))) == "of" {
		return false // an address: "the 1800 block of Hewitt Avenue"
	}
	strong, weak := yearContext[prev], yearWeakContext[prev]
	if y < 1000 || y > 2999 || (y < 1900 || y > 2100) && !strong && !weak {
		return false
	}
	return strong || k+1 >= hi || !countedAfter(text, toks, k+1)
}

// vehicleMakes are the makers of cars and motorcycles whose name after
// a year makes it a model year ("a 2011 Nissan Altima", "the 2005 Chevy").
var vehicleMakes = setOf("acura", "audi", "bmw", "buick", "cadillac", "chevrolet", "chevy", "chrysler", "dodge",
	"fiat", "ford", "gmc", "harley", "harley-davidson", "honda", "hummer", "hyundai", "infiniti", "jaguar", "jeep",
	"kawasaki", "kia", "lexus", "mazda", "mercedes", "mercedes-benz", "mercury", "mini", "mitsubishi", "nissan",
	"oldsmobile", "peugeot", "pontiac", "porsche", "renault", "saab", "saturn", "scion", "skoda", "subaru", "suzuki",
	"tesla", "toyota", "volkswagen", "volvo", "vw", "yamaha")

// yearHedge reports a hedge word before a number that makes it an amount.
func yearHedge(w string) bool {
	switch w {
	case "to", "of", "under", "over", "around":
		return false
	}
	return hedgeLast[w] != nil
}

// countedAfter reports whether token k is a plural noun or a unit, which
// makes the number before it a count ("2000 people", "1500 km").
func countedAfter(text string, toks []Token, k int) bool {
	var b lowerBuf
	w := b.lower(toks[k].Text(text))
	if w == nil {
		return false
	}
	if _, ok := unitWords[string(w)]; ok || string(w) == "%" {
		return true
	}
	return toks[k].Kind == Word && !isUpper(firstRune(toks[k].Text(text))) && isPluralWord(w)
}

// month resolution -----------------------------------------------------------

// monthYear picks the year of a month written without one (see TimeExpr).
func (sc *timexScanner) monthYear(m, rel, k int) int {
	if !sc.known {
		return 0
	}
	py, pm := sc.pub.Year(), int(sc.pub.Month())
	switch rel {
	case relLast:
		return py - 1
	case relThis:
		return py
	case relNext:
		if m > pm {
			return py
		}
		return py + 1
	}
	if sc.future(k) {
		if m >= pm {
			return py
		}
		return py + 1
	}
	if m <= pm {
		return py
	}
	return py - 1
}

// weekdayDate places a weekday (1 Monday … 7 Sunday) near the publish
// date (see TimeExpr).
func (sc *timexScanner) weekdayDate(wd, rel, k int) time.Time {
	pwd := isoWeekday(sc.pub)
	var diff int
	switch rel {
	case relLast:
		diff = -((pwd-wd+6)%7 + 1)
	case relNext:
		diff = (wd-pwd+6)%7 + 1
	case relThis:
		diff = wd - pwd
	default:
		if sc.future(k) {
			diff = (wd - pwd + 7) % 7
		} else {
			diff = -((pwd - wd + 7) % 7)
		}
	}
	return sc.pub.AddDate(0, 0, diff)
}

// seasonYear places a season (1 spring … 4 winter) near the publish date
// (see TimeExpr). A season's year is the year of its first month.
func (sc *timexScanner) seasonYear(s, rel, k int) int {
	if !sc.known {
		return 0
	}
	py := sc.pub.Year()
	start := func(y int) time.Time { return civil(y, seasonStart[s], 1) }
	end := func(y int) time.Time { return start(y).AddDate(0, 3, 0) }
	switch rel {
	case relThis:
		if s == 4 && sc.pub.Month() <= 2 {
			return py - 1
		}
		return py
	case relNext:
		for y := py - 1; y <= py+1; y++ {
			if start(y).After(sc.pub) {
				return y
			}
		}
	case relLast:
		for y := py; y >= py-2; y-- {
			if !end(y).After(sc.pub) {
				return y
			}
		}
	default:
		if sc.future(k) {
			for y := py - 1; y <= py+1; y++ {
				if end(y).After(sc.pub) {
					return y
				}
			}
		}
		for y := py; y >= py-2; y-- {
			if !start(y).After(sc.pub) {
				return y
			}
		}
	}
	return 0
}
