package eval

import (
	"math"
	"testing"
)

func TestScoreVectors(t *testing.T) {
	// The benchmark README's test vectors use 3-token shingles.
	tests := []struct {
		gold, pred string
		want       PageScore
	}{
		{"a b c", "a b c", PageScore{1, 0, 0}},
		{"a b c d", "a b c", PageScore{0.5, 0, 0.5}},
		{"a b c", "a b c d", PageScore{0.5, 0.5, 0}},
		{"", "", PageScore{0, 0, 0}},
		{"a", "", PageScore{0, 0, 1}},
		{"", "a", PageScore{0, 1, 0}},
		{"a b c a b c", "a b c", PageScore{0.25, 0, 0.75}},
		{"a b c", "a b c a b c", PageScore{0.25, 0.75, 0}},
	}
	for _, tt := range tests {
		got := scoreShingles(shingles(tt.gold, 3), shingles(tt.pred, 3))
		if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
			t.Errorf("score(%q, %q) = %+v, want %+v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	got := wordRE.FindAllString("a b,cd:e(foo,bar) ", -1)
	want := []string{"a", "b", "cd", "e", "foo", "bar"}
	if len(got) != len(want) {
		t.Fatalf("tokens = %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("tokens = %q, want %q", got, want)
		}
	}
	if got := wordRE.FindAllString("Zürich ٣٤ naïve_x", -1); len(got) != 3 {
		t.Errorf("unicode tokens = %q", got)
	}
}

func TestTotals(t *testing.T) {
	var tot ExtractTotals
	tot.Add(ScorePage("a b c d e", "a b c d e")) // perfect
	tot.Add(ScorePage("a b c d e", ""))          // empty output: recall only
	if tot.Empty != 1 || !near(tot.P(), 1) || !near(tot.R(), 0.5) {
		t.Fatalf("totals = %+v P %v R %v", tot, tot.P(), tot.R())
	}
	if got := tot.String(); got != "extract F1 0.6667 P 1.0000 R 0.5000 pages 2" {
		t.Errorf("String() = %q", got)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
