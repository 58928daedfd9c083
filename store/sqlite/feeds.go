package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/crosscheck/crosscheck/store"
)

const feedColumns = `url, title, etag, last_modified, checked, failures, error`

func scanFeed(sc interface{ Scan(...any) error }) (store.Feed, error) {
	var f store.Feed
	var checked string
	err := sc.Scan(&f.URL, &f.Title, &f.Validators.ETag, &f.Validators.LastModified, &checked, &f.Failures, &f.Error)
	f.Checked = parseTime(checked)
	return f, err
}

// Feed returns what the store knows of a feed.
func (s *DB) Feed(ctx context.Context, url string) (store.Feed, error) {
	f, err := scanFeed(s.db.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url))
	if errors.Is(err, sql.ErrNoRows) {
		err = store.ErrNotFound
	}
	if err != nil {
		return f, fmt.Errorf("sqlite: feed %s: %w", url, err)
	}
	return f, nil
}

// Feeds returns every feed, by URL.
func (s *DB) Feeds(ctx context.Context) ([]store.Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY url`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: feeds: %w", err)
	}
	defer rows.Close()
	var out []store.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: feeds: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: feeds: %w", err)
	}
	return out, nil
}

// SetFeed stores what is known of a feed.
func (s *DB) SetFeed(ctx context.Context, f store.Feed) error {
	_, err := s.db.ExecContext(ctx, `INSERT OR REPLACE INTO feeds (`+feedColumns+`) VALUES (?,?,?,?,?,?,?)`,
		f.URL, f.Title, f.Validators.ETag, f.Validators.LastModified, formatTime(f.Checked), f.Failures, f.Error)
	if err != nil {
		return fmt.Errorf("sqlite: set feed %s: %w", f.URL, err)
	}
	return nil
}
