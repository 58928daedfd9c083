package analyze

import (
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		value   float64
		ok      bool
		ordinal bool
		suffix  string // as written, after a hyphen or glued to the digits
		words   int    // tokens used
	}{
		{"27", 27, true, false, "", 1},
		{"1,000", 1000, true, false, "", 1},
		{"1,000.5", 1000.5, true, false, "", 1},
		{"100, 000 people", 100000, true, false, "", 3},
		{"1, 000, 000", 1000000, true, false, "", 5},
		{"5, 10, 100", 5, true, false, "", 1},
		{"100, 500", 100, true, false, "", 1},
		{"1.5", 1.5, true, false, "", 1},
		{"145", 145, true, false, "", 1},
		{"2,5", 2.5, true, false, "", 1},
		{"5-Hour", 5, true, false, "Hour", 1},
		{"5m", 5, true, false, "m", 1},
		{"2.5bn", 2.5, true, false, "bn", 1},
		{"3rd", 3, true, true, "", 1},
		{"21st", 21, true, true, "", 1},
		{"22nd", 22, true, true, "", 1},
		{"27th", 27, true, true, "", 1},
		{"zero", 0, true, false, "", 1},
		{"Five", 5, true, false, "", 1},
		{"FIVE", 5, true, false, "", 1},
		{"nineteen", 19, true, false, "", 1},
		{"ninety", 90, true, false, "", 1},
		{"twenty-seven", 27, true, false, "", 1},
		{"Twenty-Seven", 27, true, false, "", 1},
		{"twenty seven", 27, true, false, "", 2},
		{"four-hour", 4, true, false, "hour", 1},
		{"twenty-seven-year-old", 27, true, false, "year-old", 1},
		{"hundred", 0, false, false, "", 0},
		{"billion", 0, false, false, "", 0},
		{"a hundred", 100, true, false, "", 2},
		{"one hundred and fifty", 150, true, false, "", 4},
		{"two thousand five hundred", 2500, true, false, "", 4},
		{"five million", 5e6, true, false, "", 2},
		{"two and a half million", 2.5e6, true, false, "", 5},
		{"a dozen", 12, true, false, "", 2},
		{"two dozen", 24, true, false, "", 2},
		{"half", 0.5, true, false, "", 1},
		{"half a million", 5e5, true, false, "", 3},
		{"one and a half", 1.5, true, false, "", 4},
		{"first", 1, true, true, "", 1},
		{"Second", 2, true, true, "", 1},
		{"twenty-first", 21, true, true, "", 1},
		{"hundredth", 100, true, true, "", 1},
		{"five six", 5, true, false, "", 1},
		{"four and five", 4, true, false, "", 1},
		{"a", 0, false, false, "", 0},
		{"an apple", 0, false, false, "", 0},
		{"and", 0, false, false, "", 0},
		{"Trump-Putin", 0, false, false, "", 0},
		{"G7", 0, false, false, "", 0},
		{"", 0, false, false, "", 0},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		n, ok := parseNumber(tt.in, toks, 0, len(toks))
		if ok != tt.ok {
			t.Errorf("parseNumber(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if math.Abs(n.Value-tt.value) > 1e-9 || n.Ordinal != tt.ordinal || n.Suffix != tt.suffix || n.End != tt.words {
			t.Errorf("parseNumber(%q) = %g ordinal=%v suffix=%q end=%d, want %g %v %q %d",
				tt.in, n.Value, n.Ordinal, n.Suffix, n.End, tt.value, tt.ordinal, tt.suffix, tt.words)
		}
	}
}

func TestParseDigits(t *testing.T) {
	tests := []struct {
		in   string
		v    float64
		read int
	}{
		{"27", 27, 2}, {"1,000", 1000, 5}, {"1,000,000", 1e6, 9}, {"1,00", 1, 4}, {"1,5", 1.5, 3},
		{"12,345.67", 12345.67, 9}, {"3.", 3, 1}, {"1.2.3", 1.2, 3}, {"x", 0, 0}, {"007", 7, 3},
		{"1,0000", 1, 1},
	}
	for _, tt := range tests {
		v, n := parseDigits(tt.in)
		if math.Abs(v-tt.v) > 1e-9 || n != tt.read {
			t.Errorf("parseDigits(%q) = %g, %d; want %g, %d", tt.in, v, n, tt.v, tt.read)
		}
	}
}

func TestCardinal(t *testing.T) {
	tests := []struct {
		in    string
		value float64
		ok    bool
	}{
		{"five as first reported", 5, true},
		{"1,200 people", 1200, true},
		{"twenty-one", 21, true},
		{"first", 0, false},
		{"5-hour", 0, false},
		{"as", 0, false},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		v, _, ok := Cardinal(tt.in, toks, 0, len(toks))
		if ok != tt.ok || v != tt.value {
			t.Errorf("Cardinal(%q) = %g, %v; want %g, %v", tt.in, v, ok, tt.value, tt.ok)
		}
	}
}
