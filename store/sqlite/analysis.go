package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/report"
	"github.com/crosscheck/crosscheck/store"
)

// SetReport replaces the stored analysis with r, writing only the rows
// that differ from the stored ones (see syncTable); the version rises if any
// did.
func (s *DB) SetReport(ctx context.Context, r report.Report) error {
	return s.inTx(ctx, "set report", func(tx *sql.Tx) error {
		changed := 0
		for _, t := range reportTables(r) {
			n, err := syncTable(ctx, tx, t)
			if err != nil {
				return err
			}
			changed += n
		}
		if changed > 0 {
			return bump(ctx, tx)
		}
		return nil
	})
}

// reportTables lays r out in the tables of the analysis.
func reportTables(r report.Report) []table {
	stories := table{name: "stories", keys: []string{"id"},
		cols: []string{"title", "articles", "sources", "events", "conflicts", "first", "last", "body", "fingerprint"}}
	arts := map[string]report.Article{}
	for _, a := range r.Articles {
		arts[a.ID] = a
	}
	storyOf := map[string]string{}
	for _, st := range r.Stories {
		stories.rows = append(stories.rows, storyRow(st, arts, r.Fingerprints[st.ID]))
		for _, id := range st.Articles {
			storyOf[id] = st.ID
		}
	}
	analysed := table{name: "analysed", keys: []string{"id"}, cols: []string{"story", "body", "marks"}}
	marks := r.Marks()
	for _, a := range r.Articles {
		analysed.rows = append(analysed.rows, []any{a.ID, storyOf[a.ID], mustJSON(a), mustJSON(orEmpty(marks[a.ID]))})
	}
	entities := table{name: "entities", keys: []string{"id"}, cols: []string{"name", "type", "body"}}
	mentions := table{name: "entity_articles", keys: []string{"entity", "article"}}
	seen := map[[2]string]bool{}
	for _, en := range r.Entities {
		entities.rows = append(entities.rows, []any{en.ID, en.Name, en.Type, mustJSON(en)})
		for _, a := range en.Articles {
			if k := [2]string{en.ID, a}; !seen[k] {
				seen[k] = true
				mentions.rows = append(mentions.rows, []any{en.ID, a})
			}
		}
	}
	quotes := table{name: "quotes", keys: []string{"seq"}, cols: []string{"article", "body"}}
	for i, q := range r.Quotes {
		quotes.rows = append(quotes.rows, []any{i, q.Article, mustJSON(q)})
	}
	return []table{stories, analysed, entities, mentions, quotes}
}

// storyRow is a story's row: its summary columns, its body and its
// fingerprint.
func storyRow(st report.Story, arts map[string]report.Article, fingerprint string) []any {
	sites := map[string]bool{}
	var first, last time.Time
	for _, id := range st.Articles {
		a := arts[id]
		site := a.Site
		if site == "" {
			site = "article:" + id // an unknown outlet counts as its own
		}
		sites[site] = true
		if a.Published == nil {
			continue
		}
		t, err := time.Parse(time.RFC3339, *a.Published)
		if err != nil {
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	return []any{st.ID, st.Title, len(st.Articles), len(sites), len(st.Events), len(st.Conflicts),
		formatTime(first), formatTime(last), mustJSON(st), fingerprint}
}

// mustJSON encodes report data, which holds nothing JSON cannot encode.
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("sqlite: report data not encodable: %v", err))
	}
	return string(b)
}

// KnownStories returns the stored stories by fingerprint.
func (s *DB) KnownStories(ctx context.Context) (map[string]report.Story, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT fingerprint, body FROM stories WHERE fingerprint != ''`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: known stories: %w", err)
	}
	defer rows.Close()
	out := map[string]report.Story{}
	for rows.Next() {
		var fp, body string
		var st report.Story
		if err := rows.Scan(&fp, &body); err != nil {
			return nil, fmt.Errorf("sqlite: known stories: %w", err)
		}
		if err := json.Unmarshal([]byte(body), &st); err != nil {
			return nil, fmt.Errorf("sqlite: known stories: %s: %w", fp, err)
		}
		out[fp] = st
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: known stories: %w", err)
	}
	return out, nil
}

// Stories lists the stories of the stored analysis.
func (s *DB) Stories(ctx context.Context, q store.StoryQuery) ([]store.StorySummary, error) {
	order := map[store.StoryOrder]string{
		store.Newest:       `last DESC, id`,
		store.MostSources:  `sources DESC, articles DESC, last DESC, id`,
		store.MostDisputed: `conflicts DESC, last DESC, id`,
	}[q.Order]
	if order == "" {
		return nil, fmt.Errorf("sqlite: stories: unknown order %d", q.Order)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, articles, sources, events, conflicts, first, last FROM stories
		WHERE last >= ? ORDER BY `+order+` LIMIT ? OFFSET ?`, formatTime(q.Since), limit, max(q.Offset, 0))
	if err != nil {
		return nil, fmt.Errorf("sqlite: stories: %w", err)
	}
	defer rows.Close()
	var out []store.StorySummary
	for rows.Next() {
		var st store.StorySummary
		var first, last string
		if err := rows.Scan(&st.ID, &st.Title, &st.Articles, &st.Sources, &st.Events, &st.Conflicts, &first, &last); err != nil {
			return nil, fmt.Errorf("sqlite: stories: %w", err)
		}
		st.First, st.Last = parseTime(first), parseTime(last)
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: stories: %w", err)
	}
	return out, nil
}

// Story returns one story of the stored analysis.
func (s *DB) Story(ctx context.Context, id string) (report.Story, error) {
	var st report.Story
	err := s.getJSON(ctx, `SELECT body FROM stories WHERE id = ?`, id, &st)
	if err != nil {
		return st, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	return st, nil
}

// StoryReport returns one story as a report of its own: the story, its
// articles, the entities they mention and their quotations.
func (s *DB) StoryReport(ctx context.Context, id string) (report.Report, error) {
	r := report.Report{Version: report.Version, Failed: []report.Failure{}, Duplicates: []report.Duplicate{}}
	st, err := s.Story(ctx, id)
	if err != nil {
		return r, err
	}
	r.Stories = []report.Story{st}
	err = queryJSON(ctx, s.db, &r.Articles, `SELECT body FROM analysed WHERE story = ? ORDER BY id`, id)
	if err == nil {
		err = queryJSON(ctx, s.db, &r.Entities, `SELECT e.body FROM entities e WHERE e.id IN
			(SELECT ea.entity FROM entity_articles ea JOIN analysed an ON an.id = ea.article WHERE an.story = ?) ORDER BY e.id`, id)
	}
	if err == nil {
		err = queryJSON(ctx, s.db, &r.Quotes, `SELECT q.body FROM quotes q JOIN analysed an ON an.id = q.article
			WHERE an.story = ? ORDER BY q.seq`, id)
	}
	if err != nil {
		return r, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	return r.Trim(), nil
}

// Entity returns one entity of the stored analysis.
func (s *DB) Entity(ctx context.Context, id string) (report.Entity, error) {
	var en report.Entity
	if err := s.getJSON(ctx, `SELECT body FROM entities WHERE id = ?`, id, &en); err != nil {
		return en, fmt.Errorf("sqlite: entity %s: %w", id, err)
	}
	return en, nil
}

// Marks returns the evidence marks of an analysed article's text.
func (s *DB) Marks(ctx context.Context, article string) ([]report.Mark, error) {
	var m []report.Mark
	if err := s.getJSON(ctx, `SELECT marks FROM analysed WHERE id = ?`, article, &m); err != nil {
		return nil, fmt.Errorf("sqlite: marks of %s: %w", article, err)
	}
	return m, nil
}

// Version returns a number that every change of the stored articles or
// analysis raises.
func (s *DB) Version(ctx context.Context) (int64, error) {
	var v int64
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'version'`).Scan(&v); err != nil {
		return 0, fmt.Errorf("sqlite: version: %w", err)
	}
	return v, nil
}

// bump raises the version, inside the transaction of the change.
func bump(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `UPDATE meta SET value = value + 1 WHERE key = 'version'`)
	return err
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// StoryOf returns the id of the story an article is in.
func (s *DB) StoryOf(ctx context.Context, article string) (string, error) {
	var id string
	err := s.db.QueryRowContext(ctx, `SELECT story FROM analysed WHERE id = ?`, article).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		err = store.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("sqlite: story of %s: %w", article, err)
	}
	return id, nil
}

// queryJSON appends to *out each row's JSON body, decoded.
func queryJSON[T any](ctx context.Context, db *sql.DB, out *[]T, query string, args ...any) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	*out = []T{}
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return err
		}
		var v T
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			return err
		}
		*out = append(*out, v)
	}
	return rows.Err()
}

// Analysed returns the stored analysis of one article.
func (s *DB) Analysed(ctx context.Context, id string) (report.Article, error) {
	var a report.Article
	if err := s.getJSON(ctx, `SELECT body FROM analysed WHERE id = ?`, id, &a); err != nil {
		return a, fmt.Errorf("sqlite: analysed article %s: %w", id, err)
	}
	return a, nil
}

func (s *DB) getJSON(ctx context.Context, query, id string, v any) error {
	var body string
	err := s.db.QueryRowContext(ctx, query, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return store.ErrNotFound
	}
	if err != nil {
		return err
	}
	return json.Unmarshal([]byte(body), v)
}

// Search finds articles by words of their title and text, best first:
// FTS5's bm25, a title word counting five times a text word.
func (s *DB) Search(ctx context.Context, query string, limit, offset int) ([]store.Hit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, fmt.Errorf("sqlite: search %q: %w", query, store.ErrNoWords)
	}
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.headline, a.dated, COALESCE(an.story, ''),
			snippet(articles_fts, -1, char(2), char(3), '…', 16)
		FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
		LEFT JOIN analysed an ON an.id = a.id
		WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0), a.id LIMIT ? OFFSET ?`,
		match, limit, max(offset, 0))
	if err != nil {
		return nil, fmt.Errorf("sqlite: search %q: %w", query, err)
	}
	defer rows.Close()
	var out []store.Hit
	for rows.Next() {
		var h store.Hit
		var published string
		if err := rows.Scan(&h.ID, &h.Title, &published, &h.Story, &h.Snippet); err != nil {
			return nil, fmt.Errorf("sqlite: search %q: %w", query, err)
		}
		h.Published = parseTime(published)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: search %q: %w", query, err)
	}
	return out, nil
}

// ftsQuery turns words into an FTS5 query that every word must match:
// each word, or "quoted phrase", becomes one FTS5 string, so no input is
// read as query syntax.
func ftsQuery(q string) string {
	q = strings.Map(func(r rune) rune { // FTS5 strings end at NUL; no word holds a control character
		if r < 0x20 || r == 0x7f || r == utf8.RuneError {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
	var terms []string
	for i, part := range strings.Split(q, `"`) {
		if i%2 == 1 { // inside quotes: a phrase
			if f := strings.Fields(part); len(f) > 0 {
				terms = append(terms, quoteFTS(strings.Join(f, " ")))
			}
			continue
		}
		for _, w := range strings.Fields(part) {
			terms = append(terms, quoteFTS(w))
		}
	}
	return strings.Join(terms, " ")
}

func quoteFTS(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
