// Package sqlite is the store over one SQLite file (modernc.org/sqlite,
// pure Go): WAL journal, full sync on commit, FTS5 for search, and the
// schema changed only by the ordered migrations embedded from
// migrations/.
package sqlite

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/store"
)

// DB is a store in one SQLite file.
type DB struct {
	db *sql.DB
}

var _ store.Store = (*DB)(nil)

// Open opens the store at path, creating it if need be, and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	dsn := "file:" + esc + "?_txlock=immediate" +
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("%w (database %s)", err, path)
	}
	return &DB{db: db}, nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// Hash is the key under which a text is stored once.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// timeFormat sorts as text in time order.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeFormat)
}

func parseTime(s string) time.Time {
	t, _ := time.Parse(timeFormat, s) // written by formatTime; "" is zero
	return t
}

// inTx runs f in one transaction and commits it; an error of either is
// told as what failed.
func (s *DB) inTx(ctx context.Context, what string, f func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", what, err)
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return fmt.Errorf("sqlite: %s: %w", what, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s: commit: %w", what, err)
	}
	return nil
}

// Put stores the articles in one transaction.
func (s *DB) Put(ctx context.Context, arts []store.Article) ([]store.Outcome, error) {
	out := make([]store.Outcome, len(arts))
	err := s.inTx(ctx, "put", func(tx *sql.Tx) error {
		now := time.Now()
		changed := false
		for i, a := range arts {
			var err error
			if out[i], err = put(ctx, tx, a, now); err != nil {
				return fmt.Errorf("%s: %w", a.Doc.ID, err)
			}
			changed = changed || out[i] != store.Kept
		}
		if changed {
			return bump(ctx, tx)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func put(ctx context.Context, tx *sql.Tx, a store.Article, now time.Time) (store.Outcome, error) {
	if a.Doc.ID == "" {
		return 0, errors.New("no id")
	}
	if a.Hash == "" {
		a.Hash = Hash(a.Extracted.Text)
	}
	var id string
	err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ? LIMIT 1`, a.Hash).Scan(&id)
	if err == nil {
		return store.Kept, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	row, err := encode(a)
	if err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `UPDATE articles SET hash=?, source=?, url=?, site=?, title=?, format=?, published=?,
		charset=?, notes=?, body=?, extracted=?, text=?, headline=?, dated=? WHERE id=?`, append(row[1:], a.Doc.ID)...)
	if err != nil {
		return 0, err
	}
	if n, _ := res.RowsAffected(); n > 0 {
		return store.Updated, nil
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO articles (id, hash, source, url, site, title, format, published,
		charset, notes, body, extracted, text, headline, dated, added) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		append(row, formatTime(now))...)
	return store.Added, err
}

// encode gives an article's columns, id to dated.
func encode(a store.Article) ([]any, error) {
	notes, err := json.Marshal(a.Doc.Notes)
	if err != nil {
		return nil, err
	}
	ex := a.Extracted
	text := ex.Text
	ex.Text = ""
	extracted, err := json.Marshal(ex)
	if err != nil {
		return nil, err
	}
	var body bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&body, gzip.BestSpeed)
	zw.Write(a.Doc.Body)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	d := a.Doc
	return []any{d.ID, a.Hash, d.Source, d.URL, d.Site, d.Title, int(d.Format), formatTime(d.Published),
		d.Charset, string(notes), body.Bytes(), string(extracted), text, a.Extracted.Title, formatTime(a.Extracted.Published)}, nil
}

const articleColumns = `id, hash, source, url, site, title, format, published, charset, notes, body, extracted, text, added`

// decode reads one row of articleColumns.
func decode(sc interface{ Scan(...any) error }) (store.Article, error) {
	var a store.Article
	var format int
	var published, notes, extracted, text, added string
	var body []byte
	d := &a.Doc
	if err := sc.Scan(&d.ID, &a.Hash, &d.Source, &d.URL, &d.Site, &d.Title, &format, &published, &d.Charset,
		&notes, &body, &extracted, &text, &added); err != nil {
		return a, err
	}
	d.Format, d.Published, a.Added = ingest.Format(format), parseTime(published), parseTime(added)
	if err := json.Unmarshal([]byte(notes), &d.Notes); err != nil {
		return a, fmt.Errorf("article %s: notes: %w", d.ID, err)
	}
	if err := json.Unmarshal([]byte(extracted), &a.Extracted); err != nil {
		return a, fmt.Errorf("article %s: extraction: %w", d.ID, err)
	}
	a.Extracted.Text = text
	if len(body) == 0 {
		return a, nil // not asked for
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return a, fmt.Errorf("article %s: body: %w", d.ID, err)
	}
	if d.Body, err = io.ReadAll(zr); err != nil {
		return a, fmt.Errorf("article %s: body: %w", d.ID, err)
	}
	return a, nil
}

// Has reports which of the ids are stored.
func (s *DB) Has(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, id := range ids {
		var one int
		err := s.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
		if err == nil {
			out[id] = true
		} else if !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("sqlite: has: %w", err)
		}
	}
	return out, nil
}

// Articles returns every stored article without its raw body, in id
// order.
func (s *DB) Articles(ctx context.Context) ([]store.Article, error) {
	noBody := strings.Replace(articleColumns, "body", "x'' AS body", 1)
	rows, err := s.db.QueryContext(ctx, `SELECT `+noBody+` FROM articles ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	defer rows.Close()
	var out []store.Article
	for rows.Next() {
		a, err := decode(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	return out, nil
}

// Article returns one article.
func (s *DB) Article(ctx context.Context, id string) (store.Article, error) {
	a, err := decode(s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("sqlite: article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	return a, nil
}

// Count returns how many articles are stored.
func (s *DB) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: count: %w", err)
	}
	return n, nil
}

// Check verifies the database file and the full-text index: nil when
// both are sound.
func (s *DB) Check(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("sqlite: check: %w", err)
	}
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return fmt.Errorf("sqlite: check: %w", err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	rows.Close()
	if len(problems) > 0 {
		return fmt.Errorf("sqlite: check: %s", strings.Join(problems, "; "))
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		return fmt.Errorf("sqlite: check: full-text index: %w", err)
	}
	return nil
}
