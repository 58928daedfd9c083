package analyze

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/testshared"
)

// TestQuantitiesMoscowTalks runs Quantities and TimeExprs over the
// founding corpus, as scraped: the meeting lasted four hours in one
// article and five in two others (and no other duration is found); the
// counts, the aid and the days are there.
func TestQuantitiesMoscowTalks(t *testing.T) {
	dir := testshared.Dir(t, "corpus/moscow-talks/articles")
	tests := []struct {
		article   string
		durations []string // every ISO duration found, in order
		has       []string // quantityString or timexString items that must be found
	}{
		{"000_645993730f1c100d", []string{"PT4H", "PT4H", "PT4H", "PT4H"},
			[]string{"four-hour duration 4 hour PT4H noun=meeting", "four-hour duration 4 hour PT4H noun=duration",
				"earlier this week relative ?", "2026 year 2026", "2022 year 2022"}},
		{"001_aca5c6c626599cad", nil,
			[]string{"Thursday weekday XXXX-WXX-4? wd=Thursday", "early summer part XXXX-SU? mod=START",
				"November 2024 month 2024-11", "2018 year 2018", "first ordinal 1 noun=overture"}},
		{"002_1099ac7830518c52", []string{"PT5H"},
			[]string{"$145 billion money 1.45e+11 USD noun=aid", "five-hour duration 5 hour PT5H noun=meeting",
				"four count 4 noun=documents", "27-point count 27 point noun=plan", "28-point count 28 point noun=plan"}},
		{"003_41b00f87d351d3ec", []string{"PT5H", "PT5H", "PT5H", "PT5H", "PT5H", "PT5H", "PT5H"},
			[]string{"5-Hour duration 5 hour PT5H noun=Meeting", "five-hour duration 5 hour PT5H noun=meeting",
				"Five. Hours duration 5 hour PT5H noun=Hours", "five-hour duration 5 hour PT5H noun=audience"}},
		{"004_1d3cd8edc6170222", nil, []string{"Tuesday weekday XXXX-WXX-2? wd=Tuesday"}},
	}
	for _, tt := range tests {
		raw, err := os.ReadFile(filepath.Join(dir, tt.article+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		toks := Tokenize(text)
		sents := Sentences(text, toks)
		var found, durations []string
		for _, q := range Quantities(text, toks, sents) {
			found = append(found, quantityString(text, q))
			if q.Kind == Duration {
				durations = append(durations, q.ISO)
			}
		}
		for _, x := range TimeExprs(text, toks, sents, time.Time{}) {
			found = append(found, timexString(text, x))
		}
		if !slices.Equal(durations, tt.durations) {
			t.Errorf("%s: durations %v, want %v", tt.article, durations, tt.durations)
		}
		for _, h := range tt.has {
			if !slices.Contains(found, h) {
				t.Errorf("%s: %q not found in\n  %s", tt.article, h, strings.Join(found, "\n  "))
			}
		}
	}
}
