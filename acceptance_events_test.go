package crosscheck_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/testshared"
	"github.com/crosscheck/crosscheck/report"
)

// goldEvent is an events[] item of the founding corpus's gold.json.
type goldEvent struct {
	ID       string
	Articles []string
	Facts    []struct {
		Slot, Status string
		Values       []struct {
			Value    string
			Articles []string
		}
	}
	SingleSource []struct {
		What     string
		Articles []string
	} `json:"single_source"`
}

// TestMoscowTalksEvents checks the events items of gold.json: each gold
// event is exactly one of ours; its facts hold with their status, values
// and articles; each single-source detail is among ours, from its article.
func TestMoscowTalksEvents(t *testing.T) {
	dir := testshared.Dir(t, "corpus/moscow-talks")
	var gold struct{ Events []goldEvent }
	readJSON(t, filepath.Join(dir, "gold.json"), &gold)
	r := crosscheck.Analyze(context.Background(), []string{filepath.Join(dir, "articles")}, crosscheck.Options{})
	var ours []report.Event
	for _, s := range r.Stories {
		ours = append(ours, s.Events...)
	}
	for _, g := range gold.Events {
		t.Run(g.ID, func(t *testing.T) {
			i := slices.IndexFunc(ours, func(e report.Event) bool { return slices.Equal(e.Articles, g.Articles) })
			if i < 0 {
				t.Fatalf("no event with exactly the articles %v; ours: %v", g.Articles, eventArticles(ours))
			}
			checkFacts(t, ours[i], g)
			checkSingleSource(t, ours[i], g)
		})
	}
}

func eventArticles(evs []report.Event) [][]string {
	var out [][]string
	for _, e := range evs {
		out = append(out, e.Articles)
	}
	return out
}

func checkFacts(t *testing.T, ev report.Event, g goldEvent) {
	t.Helper()
	for _, gf := range g.Facts {
		i := slices.IndexFunc(ev.Facts, func(f report.Fact) bool { return f.Slot == gf.Slot })
		if i < 0 {
			t.Errorf("fact %s missing", gf.Slot)
			continue
		}
		f := ev.Facts[i]
		if f.Status != gf.Status {
			t.Errorf("fact %s is %s, want %s", gf.Slot, f.Status, gf.Status)
		}
		for _, gv := range gf.Values {
			j := slices.IndexFunc(f.Values, func(v report.FactValue) bool { return strings.EqualFold(v.Value, gv.Value) })
			switch {
			case j < 0:
				t.Errorf("fact %s has no value %q: %+v", gf.Slot, gv.Value, f.Values)
			case !slices.Equal(f.Values[j].Articles, gv.Articles):
				t.Errorf("fact %s value %q from %v, want %v", gf.Slot, gv.Value, f.Values[j].Articles, gv.Articles)
			}
		}
	}
}

// checkSingleSource finds each gold detail among the event's: one from its
// article whose sentence holds most of the detail's words.
func checkSingleSource(t *testing.T, ev report.Event, g goldEvent) {
	t.Helper()
	for _, gs := range g.SingleSource {
		found := slices.ContainsFunc(ev.SingleSource, func(d report.Detail) bool {
			return slices.Contains(gs.Articles, d.Article) && wordShare(gs.What, d.Text) >= 0.6
		})
		if !found {
			t.Errorf("single-source detail missing: %q in %v", gs.What, gs.Articles)
		}
	}
}

// wordShare is the share of the words of four letters or more of what
// that text holds, case and punctuation aside.
func wordShare(what, text string) float64 {
	fields := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	}
	have := map[string]bool{}
	for _, w := range fields(text) {
		have[w] = true
	}
	n, hit := 0, 0
	for _, w := range fields(what) {
		if len(w) < 4 {
			continue
		}
		n++
		if have[w] {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// TestMoscowTalksStretchRole: of gold.json's stretch descriptor
// conflicts, Witkoff's official status holds: the role conflict sets 004
// ("special envoy Steve Witkoff") and 002 ("U.S. Special Envoy Steve
// Witkoff", in a clause after "a potential second Trump administration
// looms, and", whose hedge is not its) against 003 ("not official
// diplomats, but … Steve Witkoff").
func TestMoscowTalksStretchRole(t *testing.T) {
	dir := testshared.Dir(t, "corpus/moscow-talks")
	r := crosscheck.Analyze(context.Background(), []string{filepath.Join(dir, "articles")}, crosscheck.Options{})
	sides := map[string][]string{}
	for _, s := range r.Stories {
		for _, c := range s.Conflicts {
			if c.Kind == "role" && strings.Contains(c.Summary, "Witkoff") {
				for _, v := range c.Sides {
					sides[v.Value] = v.Articles
				}
			}
		}
	}
	if !slices.Contains(sides["official"], "004_1d3cd8edc6170222") || !slices.Contains(sides["official"], "002_1099ac7830518c52") ||
		!slices.Contains(sides["unofficial"], "003_41b00f87d351d3ec") {
		t.Errorf("Witkoff's role conflict: %v, want 002 and 004 official against 003 unofficial", sides)
	}
}
