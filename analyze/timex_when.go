package analyze

import (
	"strconv"
	"time"
)

// gran is how precise a when is.
type gran uint8

const (
	granDay gran = iota + 1
	granWeek
	granWeekend
	granMonth
	granSeason
	granYear
	granDecade
	granClock // a time of day on an unknown day
)

// when is a place on the calendar, possibly partly unknown (0).
type when struct {
	gran             gran
	year, month, day int
	week             int // ISO week, with year the ISO year
	weekday          int // 1 Monday … 7 Sunday
	named            bool
	season           int // 1 spring … 4 winter
	decade           int // 199 for the 1990s
	dayPart          int // 1 morning … 4 night
	clock            string
	utc              bool
}

// value formats w TIMEX3-style (see TimeExpr) and reports whether it is
// resolved.
func (w when) value() (string, bool) {
	b, ok := w.appendCalendar(make([]byte, 0, 24))
	if b == nil {
		return "", false
	}
	return string(w.appendTime(b)), ok
}

// appendCalendar adds the calendar part of the value; nil when there is
// none (a relative expression without a publish date).
func (w when) appendCalendar(b []byte) ([]byte, bool) {
	switch w.gran {
	case granDay:
		return w.appendDay(b)
	case granWeek, granWeekend:
		if w.year == 0 {
			return nil, false
		}
		b = append(append4(b, w.year), "-W"...)
		b = append2(b, w.week)
		if w.gran == granWeekend {
			b = append(b, "-WE"...)
		}
		return b, true
	case granMonth:
		if w.month == 0 {
			return nil, false
		}
		return append2(append(appendYear(b, w.year), '-'), w.month), w.year > 0
	case granSeason:
		if w.season == 0 {
			return nil, false
		}
		return append(append(appendYear(b, w.year), '-'), seasonCodes[w.season]...), w.year > 0
	case granYear:
		if w.year == 0 {
			return nil, false
		}
		return append4(b, w.year), true
	case granDecade:
		return strconv.AppendInt(b, int64(w.decade), 10), true
	case granClock:
		return append(b, "XXXX-XX-XX"...), false
	}
	return nil, false
}

// appendDay adds a day: "2025-12-02", "XXXX-03-05", "XXXX-WXX-2".
func (w when) appendDay(b []byte) ([]byte, bool) {
	switch {
	case w.year > 0 && w.month > 0 && w.day > 0:
		return appendDate(b, w.year, w.month, w.day), true
	case w.month > 0 && w.day > 0:
		b = append2(append(b, "XXXX-"...), w.month)
		return append2(append(b, '-'), w.day), false
	case w.weekday > 0:
		return strconv.AppendInt(append(b, "XXXX-WXX-"...), int64(w.weekday), 10), false
	}
	return nil, false
}

// appendTime adds the clock time or part of the day.
func (w when) appendTime(b []byte) []byte {
	switch {
	case w.clock != "":
		b = append(b, 'T')
		b = append(b, w.clock...)
		if w.utc {
			b = append(b, 'Z')
		}
	case w.dayPart > 0:
		b = append(b, 'T')
		b = append(b, dayPartCodes[w.dayPart]...)
	}
	return b
}

func appendDate(b []byte, y, m, d int) []byte {
	b = append4(b, y)
	b = append(b, '-')
	b = append2(b, m)
	b = append(b, '-')
	return append2(b, d)
}

func appendYear(b []byte, y int) []byte {
	if y == 0 {
		return append(b, "XXXX"...)
	}
	return append4(b, y)
}

func append4(b []byte, n int) []byte {
	for d := 1000; d > 1 && n < d; d /= 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func append2(b []byte, n int) []byte {
	if n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// dayWhen is the day of t.
func dayWhen(t time.Time) when {
	y, m, d := t.Date()
	return when{gran: granDay, year: y, month: int(m), day: d, weekday: isoWeekday(t)}
}

// weekWhen is the ISO week of t.
func weekWhen(t time.Time) when {
	y, w := t.ISOWeek()
	return when{gran: granWeek, year: y, week: w}
}

func isoWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// validDate reports whether y-m-d is a day on the calendar (y may be 0:
// unknown, then February 29 is allowed).
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	yy := y
	if yy == 0 {
		yy = 2000 // a leap year
	}
	t := time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// civil returns y-m-d at UTC midnight.
func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// monthIndex counts months from year 0, for comparing months.
func monthIndex(y, m int) int { return y*12 + m - 1 }
