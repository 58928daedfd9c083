package crosscheck_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/testshared"
	"github.com/crosscheck/crosscheck/report"
)

// goldArticle is the articles.<id> section of the founding corpus's gold.json.
type goldArticle struct {
	Title          string   `json:"title"`
	Byline         *string  `json:"byline"`
	Headings       []string `json:"headings"`
	Boilerplate    []string `json:"boilerplate"`
	DuplicateLines []string `json:"duplicate_lines"`
}

// TestMoscowTalksArticles runs the real pipeline on the founding corpus and
// checks every articles.* item of its gold.json.
func TestMoscowTalksArticles(t *testing.T) {
	dir := testshared.Dir(t, "corpus/moscow-talks")
	var gold struct {
		Articles map[string]goldArticle `json:"articles"`
	}
	readJSON(t, filepath.Join(dir, "gold.json"), &gold)

	r := crosscheck.Analyze(context.Background(), []string{filepath.Join(dir, "articles")}, crosscheck.Options{WithText: true})
	if len(r.Failed) > 0 {
		t.Fatalf("inputs failed: %+v", r.Failed)
	}
	got := map[string]report.Article{}
	for _, a := range r.Articles {
		got[a.ID] = a
	}
	if len(got) != len(gold.Articles) {
		t.Errorf("got %d articles, gold has %d", len(got), len(gold.Articles))
	}
	for id, g := range gold.Articles {
		t.Run(id, func(t *testing.T) {
			a, ok := got[id]
			if !ok {
				t.Fatalf("article %s missing", id)
			}
			raw, err := os.ReadFile(filepath.Join(dir, "articles", id+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a, g, string(raw))
		})
	}
}

func checkArticle(t *testing.T, a report.Article, g goldArticle, raw string) {
	t.Helper()
	if a.Title != g.Title {
		t.Errorf("title = %q, want %q", a.Title, g.Title)
	}
	if got, want := deref(a.Byline), deref(g.Byline); got != want {
		t.Errorf("byline = %q, want %q", got, want)
	}
	if !slices.Equal(a.Headings, g.Headings) && !(len(a.Headings) == 0 && len(g.Headings) == 0) {
		t.Errorf("headings = %q, want %q", a.Headings, g.Headings)
	}
	paras := strings.Split(a.Text, "\n\n")
	removed := map[string]int{}
	for _, r := range a.Removed {
		removed[strings.TrimSpace(r.Text)]++
	}
	for _, b := range g.Boilerplate {
		b = strings.TrimSpace(b)
		if removed[b] == 0 {
			t.Errorf("boilerplate not removed: %q", b)
		}
		if slices.Contains(paras, b) {
			t.Errorf("boilerplate left in the text: %q", b)
		}
	}
	for _, d := range g.DuplicateLines {
		d = strings.TrimSpace(d)
		n := count(paras, d)
		if a.Title == d {
			n++
		}
		if n != 1 {
			t.Errorf("repeated line kept %d times, want once: %q", n, d)
		}
	}
	// No body line lost: every line that is not boilerplate is the title,
	// a paragraph of the text, or the second copy of a repeated line.
	for _, l := range strings.Split(raw, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || slices.Contains(g.Boilerplate, l) || l == a.Title || slices.Contains(paras, l) {
			continue
		}
		if slices.Contains(g.DuplicateLines, l) && removed[l] > 0 {
			continue
		}
		t.Errorf("body line lost: %q", l)
	}
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
