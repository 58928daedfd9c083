package analyze

import (
	"math"
	"testing"
)

// FuzzQuantities finds quantities in arbitrary text: spans inside the
// text and in order, Low <= High, ISO durations well formed.
func FuzzQuantities(f *testing.F) {
	for _, s := range []string{"held a four-hour meeting", "Putin’s 5-Hour Meeting", "Five. Hours.",
		"A staggering $145 billion in pledged U.S. aid", "four documents, including a 27-point plan",
		"more than four hours", "nearly 5 hours", "between 400 and 800", "$100 to $300",
		"from 2 to 3 days", "5-6 hours", "12%", "5.5 per cent", "€30m", "£2.5bn", "USD 5", "4-2",
		"an hour and a half", "half an hour", "tens of thousands of", "2024-25", "US$"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		end := 0
		for _, q := range Quantities(text, toks, Sentences(text, toks)) {
			if q.Start < end || q.Start >= q.End || q.End > len(text) {
				t.Fatalf("Quantities(%q): span %v out of order or range", text, q.Span)
			}
			end = q.End
			if q.Noun.Len() > 0 && (q.Noun.Start < 0 || q.Noun.End > len(text) || q.Noun.Start > q.Noun.End) {
				t.Fatalf("Quantities(%q): noun %v out of range", text, q.Noun)
			}
			if math.IsNaN(q.Low) || math.IsNaN(q.High) || q.Low > q.High || math.IsInf(q.Low, 0) {
				t.Fatalf("Quantities(%q): interval [%g, %g]", text, q.Low, q.High)
			}
			if q.Kind < Count || q.Kind > Ordinal {
				t.Fatalf("Quantities(%q): kind %d", text, q.Kind)
			}
			if q.ISO != "" && !validISODuration(q.ISO) {
				t.Fatalf("Quantities(%q): ISO %q", text, q.ISO)
			}
		}
	})
}

// validISODuration checks the durations Quantities writes: P, maybe T,
// a decimal number and one designator.
func validISODuration(s string) bool {
	if len(s) < 3 || s[0] != 'P' {
		return false
	}
	s = s[1:]
	timePart := s[0] == 'T'
	if timePart {
		s = s[1:]
	}
	if len(s) < 2 {
		return false
	}
	d := s[len(s)-1]
	if timePart != (d == 'H' || d == 'M' || d == 'S') || !timePart && d != 'D' && d != 'W' && d != 'M' && d != 'Y' {
		return false
	}
	dot := false
	for i, c := range []byte(s[:len(s)-1]) {
		switch {
		case c >= '0' && c <= '9':
		case c == '.' && !dot && i > 0 && i < len(s)-2:
			dot = true
		default:
			return false
		}
	}
	return true
}
