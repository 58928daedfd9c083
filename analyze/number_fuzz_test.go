package analyze

import (
	"math"
	"testing"
)

// FuzzNumber parses a number at every token of arbitrary text.
func FuzzNumber(f *testing.F) {
	for _, s := range []string{"27", "1,000.5", "twenty-seven", "one hundred and fifty", "a dozen",
		"half a million", "5-Hour", "3rd", "twenty-first", "2.5bn", "1,5", "9999999999999999999999",
		"one and a half", "100, 000, 000", "Five. Hours.", "$145 billion", "x-1-2-3", "a a a a", "and and"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		for i := range toks {
			n, ok := parseNumber(text, toks, i, len(toks))
			if !ok {
				continue
			}
			if n.End <= i || n.End > len(toks) {
				t.Fatalf("parseNumber(%q) at %d: end %d out of range", text, i, n.End)
			}
			if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) || n.Value < 0 {
				t.Fatalf("parseNumber(%q) at %d = %g", text, i, n.Value)
			}
		}
	})
}
