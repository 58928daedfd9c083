package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/store"
	"github.com/crosscheck/crosscheck/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a b?#%.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(ctx, []store.Article{storetest.Article("a", "T", "Some text here.", time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, _ := db.Count(ctx); n != 1 {
		t.Errorf("after reopening: %d articles, want 1", n)
	}
	if _, err := db.db.ExecContext(ctx, `PRAGMA user_version = 999`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, path); err == nil {
		t.Error("a database from a newer crosscheck opens")
	}
}

// FuzzSearch: no query, however odd, is read as FTS5 syntax: a search
// either runs or says the query has no words.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"strike", `"tram line"`, `a" OR b`, "NEAR(x y)", "*", "col:x", "-x", "^x", "\x00", "ü"} {
		f.Add(q)
	}
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Put(ctx, []store.Article{storetest.Article("a", "Strike", "Dock workers end the strike.", time.Time{})}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := db.Search(ctx, q, 5, 0); err != nil && !errors.Is(err, store.ErrNoWords) {
			t.Errorf("search %q: %v", q, err)
		}
	})
}

func TestCheck(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Put(ctx, []store.Article{storetest.Article("a", "Strike", "Dock workers end the strike.", time.Time{})}); err != nil {
		t.Fatal(err)
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("a sound store: %v", err)
	}
	// Break the index behind the triggers' back.
	if _, err := db.db.ExecContext(ctx, `INSERT INTO articles_fts (rowid, headline, text) VALUES (99, 'x', 'ghost')`); err != nil {
		t.Fatal(err)
	}
	if err := db.Check(ctx); err == nil {
		t.Error("a broken full-text index passes the check")
	}
}
