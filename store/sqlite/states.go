package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/gob"
	"errors"
	"fmt"
	"time"

	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/store"
)

// ClusterStates lists the saved clustering states, in day order.
func (s *DB) ClusterStates(ctx context.Context) ([]store.StateKey, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT day, digest FROM cluster_states ORDER BY day`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: cluster states: %w", err)
	}
	defer rows.Close()
	var out []store.StateKey
	for rows.Next() {
		var day, digest string
		if err := rows.Scan(&day, &digest); err != nil {
			return nil, fmt.Errorf("sqlite: cluster states: %w", err)
		}
		out = append(out, store.StateKey{Day: parseTime(day), Digest: digest})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: cluster states: %w", err)
	}
	return out, nil
}

// ClusterState returns the state saved at the start of day.
func (s *DB) ClusterState(ctx context.Context, day time.Time) (cluster.Saved, error) {
	var blob []byte
	err := s.db.QueryRowContext(ctx, `SELECT state FROM cluster_states WHERE day = ?`, formatTime(day)).Scan(&blob)
	if errors.Is(err, sql.ErrNoRows) {
		err = store.ErrNotFound
	}
	var st cluster.Saved
	if err == nil {
		err = gob.NewDecoder(bytes.NewReader(blob)).Decode(&st)
	}
	if err != nil {
		return st, fmt.Errorf("sqlite: cluster state of %s: %w", day.Format(time.DateOnly), err)
	}
	return st, nil
}

// SetClusterStates keeps these states and no others, in one transaction;
// a state stored already under its day and digest is not written again.
func (s *DB) SetClusterStates(ctx context.Context, states []cluster.Saved) error {
	have, err := s.ClusterStates(ctx)
	if err != nil {
		return err
	}
	stored := map[string]string{}
	for _, k := range have {
		stored[formatTime(k.Day)] = k.Digest
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: set cluster states: %w", err)
	}
	defer tx.Rollback()
	keep := map[string]bool{}
	for _, st := range states {
		day := formatTime(st.Day)
		keep[day] = true
		if d, ok := stored[day]; ok && d == st.Digest {
			continue
		}
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(st); err != nil {
			return fmt.Errorf("sqlite: set cluster states: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO cluster_states (day, digest, state) VALUES (?,?,?)`,
			day, st.Digest, buf.Bytes()); err != nil {
			return fmt.Errorf("sqlite: set cluster states: %w", err)
		}
	}
	for day := range stored {
		if keep[day] {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM cluster_states WHERE day = ?`, day); err != nil {
			return fmt.Errorf("sqlite: set cluster states: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: set cluster states: %w", err)
	}
	return nil
}
