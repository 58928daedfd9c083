package crosscheck_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/testshared"
	"github.com/crosscheck/crosscheck/report"
)

// TestMoscowTalksEntitiesAndQuotes checks the entities and quotes items of
// the founding corpus's gold.json: each gold entity under its canonical
// name and type with exactly its articles, each quote with its speaker.
func TestMoscowTalksEntitiesAndQuotes(t *testing.T) {
	dir := testshared.Dir(t, "corpus/moscow-talks")
	var gold struct {
		Entities []struct {
			Name, Type string
			Articles   []string
		}
		Quotes []struct {
			Speaker, Article, Starts string
		}
	}
	readJSON(t, filepath.Join(dir, "gold.json"), &gold)
	r := crosscheck.Analyze(context.Background(), []string{filepath.Join(dir, "articles")}, crosscheck.Options{})
	byName := map[string]report.Entity{}
	for _, e := range r.Entities {
		byName[e.Name] = e
	}
	for _, g := range gold.Entities {
		e, ok := byName[g.Name]
		switch {
		case !ok:
			t.Errorf("entity %q (%s) missing", g.Name, g.Type)
		case e.Type != g.Type:
			t.Errorf("entity %q is a %s, want %s", g.Name, e.Type, g.Type)
		case !slices.Equal(e.Articles, g.Articles):
			t.Errorf("entity %q in articles %v, want %v", g.Name, e.Articles, g.Articles)
		}
	}
	for _, g := range gold.Quotes {
		found := false
		for _, q := range r.Quotes {
			if q.Article == g.Article && strings.HasPrefix(q.Text, g.Starts) {
				found = true
				if q.SpeakerName != g.Speaker {
					t.Errorf("quote %q said by %q, want %q", g.Starts, q.SpeakerName, g.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("quote %q in %s missing", g.Starts, g.Article)
		}
	}
}
