package analyze

// merge joins neighbouring expressions of one sentence that name one
// moment: a weekday and a date ("Tuesday, Dec. 2"), a day and a clock
// time ("Tuesday at 10:30 a.m.", "10 a.m. on Tuesday", "yesterday at
// noon").
func (sc *timexScanner) merge() {
	out := sc.found[:0]
	for _, e := range sc.found {
		if n := len(out); n > 0 && sc.joinable(out[n-1], e) {
			out[n-1] = join(out[n-1], e)
			continue
		}
		out = append(out, e)
	}
	sc.found = out
}

// joinable reports whether a and b (a first) name one moment.
func (sc *timexScanner) joinable(a, b texpr) bool {
	if !sc.smallGap(a.end, b.start) {
		return false
	}
	day := func(e texpr) bool { return e.when.gran == granDay && e.when.clock == "" }
	switch {
	case a.kind == Weekday && b.kind == Date && day(a) && day(b):
		return true
	case day(a) && b.kind == Clock && b.when.gran == granClock:
		return true
	case a.kind == Clock && a.when.gran == granClock && day(b):
		return true
	}
	return false
}

// smallGap reports whether only a comma, "at", "on" or "around" lie
// between tokens end and start.
func (sc *timexScanner) smallGap(end, start int) bool {
	if start-end > 2 {
		return false
	}
	for k := end; k < start; k++ {
		switch string(sc.lower(k)) {
		case ",", "at", "on", "around", "about":
		default:
			return false
		}
	}
	return true
}

// join makes one expression of a and b.
func join(a, b texpr) texpr {
	day, other := a, b
	if a.when.gran != granDay || b.kind == Date {
		day, other = b, a
	}
	w := day.when
	if other.when.clock != "" {
		w.clock, w.utc, w.dayPart = other.when.clock, other.when.utc, 0
	}
	if other.when.named {
		w.weekday, w.named = other.when.weekday, true
	}
	kind := day.kind
	if w.clock != "" {
		kind = Clock
	}
	return texpr{start: a.start, end: b.end, kind: kind, mod: day.mod, when: w}
}
