package analyze

import (
	"testing"
	"time"
)

// FuzzTimeExprs finds time expressions in arbitrary text with a random
// publish date: spans inside the text and in order, values well formed,
// resolved values without X.
func FuzzTimeExprs(f *testing.F) {
	for _, s := range []string{"confirmed Thursday", "on Tuesday", "in early summer",
		"the U.S. election in November 2024", "since the 2018 Helsinki Summit", "set to expire in 2026",
		"March 5, 2024", "5 March 2024", "Jan. 5", "2024-03-05", "last November", "earlier this week",
		"two days ago", "late last year", "this weekend", "10:30 a.m.", "14:00 GMT", "Tuesday at noon",
		"9999 years ago", "the end of the year", "mid-2024", "25/12/2024", "05.03.2024", "the late 1990s"} {
		f.Add(s, int64(1764780000))
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var pub time.Time
		if sec != 0 {
			pub = time.Unix(sec, 0).UTC()
		}
		toks := Tokenize(text)
		end := 0
		for _, x := range TimeExprs(text, toks, Sentences(text, toks), pub) {
			if x.Start < end || x.Start >= x.End || x.End > len(text) {
				t.Fatalf("TimeExprs(%q): span %v out of order or range", text, x.Span)
			}
			end = x.End
			if x.Kind < Date || x.Kind > Part {
				t.Fatalf("TimeExprs(%q): kind %d", text, x.Kind)
			}
			if !validTimexValue(x.Value) || x.Value == "" && (x.Kind != Relative && x.Kind != Part || x.Resolved) {
				t.Fatalf("TimeExprs(%q, %v): %s value %q", text, pub, x.Kind, x.Value)
			}
			if x.Resolved && containsByte(x.Value, 'X') {
				t.Fatalf("TimeExprs(%q, %v): resolved value %q", text, pub, x.Value)
			}
			if x.Weekday != "" && !validWeekday(x.Weekday) {
				t.Fatalf("TimeExprs(%q): weekday %q", text, x.Weekday)
			}
		}
	})
}

func containsByte(s string, c byte) bool { return indexByte(s, c) >= 0 }

func validWeekday(s string) bool {
	for _, w := range weekdayNames[1:] {
		if s == w {
			return true
		}
	}
	return false
}

// validTimexValue checks the forms TimeExprs writes: a calendar part
// (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Www-WE, YYYY-SS, XXXX-WXX-d,
// XXXX-XX-XX, a decade such as 199) and an optional time (Thh:mm, Z, or a
// part of the day).
func validTimexValue(v string) bool {
	if v == "" {
		return true
	}
	date, tm := v, ""
	if i := indexByte(v, 'T'); i >= 0 {
		date, tm = v[:i], v[i+1:]
		if !validTimeOfDay(tm) {
			return false
		}
	}
	if len(date) == 3 && digitsOnly(date) {
		return true
	}
	if len(date) < 4 || !(digitsOnly(date[:4]) || date[:4] == "XXXX") {
		return false
	}
	rest := date[4:]
	switch {
	case rest == "":
		return date[:4] != "XXXX"
	case len(rest) == 3 && rest[0] == '-' && (isMonth(rest[1:]) || isSeason(rest[1:])):
	case len(rest) == 6 && rest[0] == '-' && isMonth(rest[1:3]) && rest[3] == '-' && isDay(rest[4:]):
	case len(rest) == 6 && rest == "-XX-XX":
	case len(rest) == 4 && rest[:2] == "-W" && isWeek(rest[2:]):
	case len(rest) == 7 && rest[:2] == "-W" && isWeek(rest[2:4]) && rest[4:] == "-WE":
	case len(rest) == 6 && rest[:5] == "-WXX-" && rest[5] >= '1' && rest[5] <= '7':
	default:
		return false
	}
	return true
}

func validTimeOfDay(s string) bool {
	switch s {
	case "MO", "AF", "EV", "NI":
		return true
	}
	if len(s) == 6 && s[5] == 'Z' {
		s = s[:5]
	}
	return len(s) == 5 && s[2] == ':' && digitsOnly(s[:2]) && digitsOnly(s[3:]) && atoi(s[:2]) <= 24 && atoi(s[3:]) <= 59
}

func isMonth(s string) bool {
	return s == "XX" || len(s) == 2 && digitsOnly(s) && atoi(s) >= 1 && atoi(s) <= 12
}

func isDay(s string) bool {
	return len(s) == 2 && digitsOnly(s) && atoi(s) >= 1 && atoi(s) <= 31
}

func isWeek(s string) bool {
	return len(s) == 2 && digitsOnly(s) && atoi(s) >= 1 && atoi(s) <= 53
}

func isSeason(s string) bool { return s == "SP" || s == "SU" || s == "FA" || s == "WI" }
