package analyze

// monthExpr reads an expression at month name i, starting at token start
// (a modifier before it, or i): "March 5", "Jan. 5, 2024", "November
// 2024", "November of 2024", "in November", "last November".
func (sc *timexScanner) monthExpr(start, i, rel int, mod string) int {
	m, ok := monthAt(sc.text, sc.toks, i)
	if !ok {
		return start
	}
	k := i + 1
	if d := sc.dayAt(k); d > 0 && rel == relBare {
		end, y := k+1, sc.yearNumber(k+1)
		switch {
		case y > 0:
			end++
		case sc.tokenIs(end, ",") && sc.yearNumber(end+1) > 0:
			y, end = sc.yearNumber(end+1), end+2
		}
		return sc.date(start, end, y, m, d, mod, start)
	}
	if y := sc.yearNumber(k); y > 0 {
		return sc.addMonth(start, k+1, y, m, mod)
	}
	if string(sc.lower(k)) == "of" && sc.yearNumber(k+1) > 0 {
		return sc.addMonth(start, k+2, sc.yearNumber(k+1), m, mod)
	}
	if rel == relBare && mod == "" && !sc.monthContext(i) {
		return start
	}
	return sc.addMonth(start, k, sc.monthYear(m, rel, start), m, mod)
}

func (sc *timexScanner) addMonth(start, end, y, m int, mod string) int {
	return sc.add(start, end, kindOr(Month, mod), mod, when{gran: granMonth, year: y, month: m})
}

// kindOr is Part for an expression with a modifier (early, mid, late), else k.
func kindOr(k TimeKind, mod string) TimeKind {
	if mod != "" {
		return Part
	}
	return k
}

// monthPreps before a bare month name make it a month: "in May", "since March".
var monthPreps = setOf("in", "since", "until", "till", "by", "from", "through", "during", "before",
	"after", "of", "between", "throughout", "early", "late", "mid")

// monthContext reports whether a month name standing alone (no day, no
// year) is a month: "May" and "March" need a preposition before them; the
// others must not look like a first name ("April Ryan").
func (sc *timexScanner) monthContext(i int) bool {
	s := sc.toks[i].Text(sc.text)
	tw, _ := sc.wordAt(i)
	prep := monthPreps[string(sc.lower(i-1))]
	switch {
	case tw.Kind == twMonthAbbr:
		return false
	case tw.N == 5 || tw.N == 3:
		return prep && (s == "May" || s == "March" || s == "MAY" || s == "MARCH")
	case prep:
		return true
	}
	return !(i+1 < sc.hi && sc.toks[i+1].Kind == Word && isUpper(firstRune(sc.toks[i+1].Text(sc.text))))
}

// dayAt returns the day of the month written at token k, or 0.
func (sc *timexScanner) dayAt(k int) int {
	if k >= sc.hi || sc.toks[k].Kind != Number {
		return 0
	}
	if sc.tokenIs(k+1, ":") {
		return 0 // "March 5 10:30" is rare; "5:30" is a clock time
	}
	return dayNumber(sc.toks[k].Text(sc.text))
}

func (sc *timexScanner) tokenIs(k int, s string) bool {
	return k >= sc.lo && k < sc.hi && sc.toks[k].Text(sc.text) == s
}

// weekdayExpr reads a weekday at token i: "Tuesday", "Tuesday night",
// "last Friday", "Tues., Dec. 2" (an abbreviation only before a date).
func (sc *timexScanner) weekdayExpr(start, i, rel int, mod string) int {
	tw, _ := sc.wordAt(i)
	if !isUpper(firstRune(sc.toks[i].Text(sc.text))) || weekdayNameBlock[string(sc.lower(i-1))] {
		return start
	}
	if i+1 < sc.hi && weekdayNameAfter[string(sc.lower(i+1))] && isUpper(firstRune(sc.toks[i+1].Text(sc.text))) {
		return start // "Sunday Times"
	}
	if tw.Kind == twWeekdayAbbr && !sc.dateFollows(i+1) {
		return start
	}
	end := i + 1
	w := when{gran: granDay, weekday: tw.N, named: true}
	if dp, ok := sc.wordAt(end); ok && dp.Kind == twDayPart {
		w.dayPart, end = dp.N, end+1
	}
	if sc.known {
		d := dayWhen(sc.weekdayDate(tw.N, rel, start))
		d.named, d.dayPart = true, w.dayPart
		w = d
	}
	return sc.add(start, end, Weekday, mod, w)
}

// dateFollows reports a date after token k (a comma may come first).
func (sc *timexScanner) dateFollows(k int) bool {
	if sc.tokenIs(k, ",") {
		k++
	}
	_, month := monthAt(sc.text, sc.toks, k)
	return k < sc.hi && (month || sc.dayAt(k) > 0)
}

// seasonExpr reads a season at token i: "summer 2024", "the summer of
// 2024", "in the spring", "last winter", "early summer".
func (sc *timexScanner) seasonExpr(start, i, rel int, mod string) int {
	tw, _ := sc.wordAt(i)
	k, y := i+1, sc.yearNumber(i+1)
	switch {
	case y > 0:
		k++
	case string(sc.lower(k)) == "of" && sc.yearNumber(k+1) > 0:
		y, k = sc.yearNumber(k+1), k+2
	case string(sc.lower(k)) == "of":
		return start // "the fall of Kabul", "the spring of discontent"
	case rel == relBare && mod == "" && !sc.seasonContext(i, tw.N == 3):
		return start
	default:
		y = sc.seasonYear(tw.N, rel, start)
	}
	return sc.add(start, k, kindOr(Season, mod), mod, when{gran: granSeason, year: y, season: tw.N})
}

// seasonPreps before a season word (or before "the" and a season word)
// make it a season: "in summer", "during the winter".
var seasonPreps = setOf("in", "during", "since", "until", "till", "by", "over", "through", "throughout",
	"before", "after", "this", "last", "next")

// seasonContext reports whether a bare season word is a season. "fall"
// needs "the" ("in the fall"), being a common verb.
func (sc *timexScanner) seasonContext(i int, fall bool) bool {
	prev := string(sc.lower(i - 1))
	if prev == "the" {
		return seasonPreps[string(sc.lower(i-2))]
	}
	return !fall && seasonPreps[prev]
}

// relDay reads "today", "yesterday", "tomorrow", "tonight", with a part
// of the day ("yesterday morning").
func (sc *timexScanner) relDay(i int, tw timeWord) int {
	if i > sc.lo && isUpper(firstRune(sc.toks[i].Text(sc.text))) && sc.toks[i-1].Kind == Word &&
		isUpper(firstRune(sc.toks[i-1].Text(sc.text))) && !titleCase(sc.text, sc.toks, sc.lo, sc.hi) {
		return i // a name: "USA Today", "Russia Today"
	}
	end := i + 1
	w := when{gran: granDay}
	if string(sc.lower(i)) == "tonight" {
		w.dayPart = 4
	} else if dp, ok := sc.wordAt(end); ok && dp.Kind == twDayPart {
		w.dayPart, end = dp.N, end+1
	}
	if sc.known {
		d := dayWhen(sc.pub.AddDate(0, 0, tw.N))
		d.dayPart = w.dayPart
		w = d
	}
	return sc.add(i, end, Relative, "", w)
}

// relMod reads what follows "last", "this", "next", "past" or "coming" at
// token i.
func (sc *timexScanner) relMod(start, i, rel int, mod string) int {
	tw, ok := sc.wordAt(i + 1)
	if !ok {
		return start
	}
	switch tw.Kind {
	case twWeekday:
		return sc.weekdayExpr(start, i+1, rel, mod)
	case twMonth:
		return sc.monthExpr(start, i+1, rel, mod)
	case twSeason:
		return sc.seasonExpr(start, i+1, rel, mod)
	case twPeriod:
		return sc.periodExpr(start, i+1, rel, mod, tw.N)
	case twDayPart:
		return sc.dayPartExpr(start, i+1, rel, tw.N)
	}
	return start
}

// relOffset is -1, 0 or 1 for last, this and next.
func relOffset(rel int) int {
	switch rel {
	case relLast:
		return -1
	case relNext:
		return 1
	}
	return 0
}

// periodExpr reads "week", "weekend", "month" or "year" (n 1–4) after
// last, this or next.
func (sc *timexScanner) periodExpr(start, k, rel int, mod string, n int) int {
	off := relOffset(rel)
	var w when
	switch n {
	case 1, 2:
		w.gran = granWeek
		if sc.known {
			w = weekWhen(sc.pub.AddDate(0, 0, 7*off))
		}
		if n == 2 {
			w.gran = granWeekend
		}
	case 3:
		w.gran = granMonth
		if sc.known {
			t := civil(sc.pub.Year(), int(sc.pub.Month())+off, 1)
			w.year, w.month = t.Year(), int(t.Month())
		}
	case 4:
		w.gran = granYear
		if sc.known {
			w.year = sc.pub.Year() + off
		}
	}
	return sc.add(start, k+1, kindOr(Relative, mod), mod, w)
}

// dayPartExpr reads "this morning", "this evening", "last night".
func (sc *timexScanner) dayPartExpr(start, k, rel, part int) int {
	off := 0
	switch {
	case rel == relThis:
	case rel == relLast && (part == 3 || part == 4):
		off = -1
	default:
		return start
	}
	w := when{gran: granDay, dayPart: part}
	if sc.known {
		w = dayWhen(sc.pub.AddDate(0, 0, off))
		w.dayPart = part
	}
	return sc.add(start, k+1, Relative, "", w)
}

// partMod reads an expression after "early", "mid", "late" (a part of a
// period) or "earlier", "later" ("earlier this week").
func (sc *timexScanner) partMod(i, n int) int {
	mod, k := partMods[n], i+1
	tw, ok := sc.wordAt(k)
	if n >= 4 {
		if ok && tw.Kind == twRelMod {
			return sc.relMod(i, k, tw.N, "")
		}
		return i
	}
	if !ok {
		return sc.partOfYear(i, k, mod)
	}
	switch tw.Kind {
	case twRelMod:
		return sc.relMod(i, k, tw.N, mod)
	case twMonth:
		return sc.monthExpr(i, k, relBare, mod)
	case twSeason:
		return sc.seasonExpr(i, k, relBare, mod)
	case twWeekday:
		return sc.weekdayExpr(i, k, relBare, mod)
	}
	return i
}

// partOfYear reads "early 2024", "late 1990s" from token k.
func (sc *timexScanner) partOfYear(start, k int, mod string) int {
	if y := sc.yearNumber(k); y > 0 {
		return sc.add(start, k+1, Part, mod, when{gran: granYear, year: y})
	}
	if k < sc.hi {
		if d := decade(sc.toks[k].Text(sc.text)); d > 0 {
			return sc.add(start, k+1, Part, mod, when{gran: granDecade, decade: d})
		}
	}
	return start
}

// ago reads "two days ago", "a week ago", "3 years ago" back from "ago"
// at token i.
func (sc *timexScanner) ago(i int) int {
	u, ok := unitWords[string(sc.lower(i-1))]
	if !ok || u.Kind != Duration || i-2 < sc.lo {
		return i
	}
	floor := sc.lo
	if n := len(sc.found); n > 0 {
		floor = max(floor, sc.found[n-1].end)
	}
	v, start := 0.0, -1
	if w := string(sc.lower(i - 2)); w == "a" || w == "an" {
		v, start = 1, i-2
	}
	for st := i - 2; start < 0 && st >= floor && st >= i-4; st-- {
		num, ok := parseNumber(sc.text, sc.toks, st, i-1)
		if ok && num.End == i-1 && num.Suffix == "" && !num.Ordinal && num.Value < 1e4 {
			v, start = num.Value, st
		}
	}
	if start < floor {
		return i
	}
	if u.Factor != 0 {
		v *= u.Factor
	}
	if years := v * durationSeconds[u.Name] / durationSeconds["year"]; years > 1000 {
		return i // "9,000 years ago" is history, not a date
	}
	return sc.add(start, i+1, Relative, "", sc.agoWhen(v, u))
}

// agoWhen is the day, week, month or year v units before publication.
func (sc *timexScanner) agoWhen(v float64, u unitInfo) when {
	var w when
	switch u.ISO {
	case 'S', 'M', 'H', 'D':
		w.gran = granDay
	case 'W':
		w.gran = granWeek
	case 'N':
		w.gran = granMonth
	default:
		w.gran = granYear
	}
	if !sc.known {
		return w
	}
	n := int(v)
	switch u.ISO {
	case 'S', 'M', 'H':
		return dayWhen(sc.pub.AddDate(0, 0, -int(v*durationSeconds[u.Name]/86400)))
	case 'D':
		return dayWhen(sc.pub.AddDate(0, 0, -n))
	case 'W':
		return weekWhen(sc.pub.AddDate(0, 0, -7*n))
	case 'N':
		t := civil(sc.pub.Year(), int(sc.pub.Month())-n, 1)
		return when{gran: granMonth, year: t.Year(), month: int(t.Month())}
	}
	return when{gran: granYear, year: sc.pub.Year() - n}
}

// middayPreps before "noon" or "midnight" make it a clock time.
var middayPreps = setOf("at", "by", "until", "till", "before", "after", "around", "about", "from",
	"past", "since", "shortly", "near", "approximately")

// midday reads "noon", "midday", "midnight" after a preposition.
func (sc *timexScanner) midday(i, hour int) int {
	if !middayPreps[string(sc.lower(i-1))] {
		return i
	}
	return sc.add(i, i+1, Clock, "", when{gran: granClock, clock: clockString(hour, 0)})
}

// theExpr reads expressions that start with "the": "the end of the year",
// "the beginning of March", "the weekend", "the late 1990s".
func (sc *timexScanner) theExpr(i int) int {
	k := i + 1
	switch string(sc.lower(k)) {
	case "end", "beginning", "start", "middle":
		if string(sc.lower(k+1)) != "of" {
			return i
		}
		return sc.boundary(i, k+2, boundaryMods[string(sc.lower(k))])
	case "weekend":
		return sc.add(i, k+1, Relative, "", sc.weekend(i))
	case "early", "mid", "late":
		if k+1 < sc.hi && decade(sc.toks[k+1].Text(sc.text)) > 0 {
			tw, _ := sc.wordAt(k)
			return sc.partOfYear(i, k+1, partMods[tw.N])
		}
	}
	return i
}

var boundaryMods = map[string]string{"end": "END", "beginning": "START", "start": "START", "middle": "MID"}

// boundary reads the period after "the end of" (mod END) and the like.
func (sc *timexScanner) boundary(start, k int, mod string) int {
	tw, ok := sc.wordAt(k)
	if !ok {
		return sc.partOfYear(start, k, mod)
	}
	switch tw.Kind {
	case twThe:
		next, ok := sc.wordAt(k + 1)
		switch {
		case ok && next.Kind == twPeriod && next.N != 2:
			return sc.periodExpr(start, k+1, relThis, mod, next.N)
		case ok && next.Kind == twSeason:
			return sc.seasonExpr(start, k+1, relBare, mod)
		}
	case twRelMod:
		return sc.relMod(start, k, tw.N, mod)
	case twMonth:
		return sc.monthExpr(start, k, relBare, mod)
	case twSeason:
		return sc.seasonExpr(start, k, relBare, mod)
	}
	return start
}

// weekend is "the weekend" at token k: the latest weekend in a past
// sentence, the coming one in a future sentence.
func (sc *timexScanner) weekend(k int) when {
	w := when{gran: granWeekend}
	if !sc.known {
		return w
	}
	t := sc.pub
	if wd := isoWeekday(t); wd < 6 && !sc.future(k) {
		t = t.AddDate(0, 0, -7)
	}
	w = weekWhen(t)
	w.gran = granWeekend
	return w
}

// midAt reads "mid-2024", "mid-November", "mid-summer", "mid-1990s".
func (sc *timexScanner) midAt(i int) int {
	s := sc.toks[i].Text(sc.text)
	if len(s) < 6 || s[0]|0x20 != 'm' || s[1] != 'i' || s[2] != 'd' || s[3] != '-' {
		return i
	}
	rest := s[4:]
	if y := atoi(rest); len(rest) == 4 && digitsOnly(rest) && y >= 1000 {
		return sc.add(i, i+1, Part, "MID", when{gran: granYear, year: y})
	}
	if d := decade(rest); d > 0 {
		return sc.add(i, i+1, Part, "MID", when{gran: granDecade, decade: d})
	}
	var b lowerBuf
	tw, ok := timeWords[string(b.lower(rest))]
	if !ok || tw.Kind != twMonth && tw.Kind != twSeason {
		return i
	}
	end, y := i+1, sc.yearNumber(i+1)
	if y > 0 {
		end++
	}
	w := when{gran: granMonth, year: y, month: tw.N}
	if tw.Kind == twSeason {
		w = when{gran: granSeason, year: y, season: tw.N}
		if y == 0 {
			w.year = sc.seasonYear(tw.N, relBare, i)
		}
	} else if y == 0 {
		w.year = sc.monthYear(tw.N, relBare, i)
	}
	return sc.add(i, end, Part, "MID", w)
}
