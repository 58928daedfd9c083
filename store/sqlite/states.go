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

// SetClusterStates keeps the states keep names and adds those of add, in
// one transaction; it drops every other.
func (s *DB) SetClusterStates(ctx context.Context, keep []store.StateKey, add []cluster.Saved) error {
	return s.inTx(ctx, "set cluster states", func(tx *sql.Tx) error { return setStates(ctx, tx, keep, add) })
}

func setStates(ctx context.Context, tx *sql.Tx, keep []store.StateKey, add []cluster.Saved) error {
	kept := map[[2]string]bool{}
	for _, k := range keep {
		kept[[2]string{formatTime(k.Day), k.Digest}] = true
	}
	if err := dropAllBut(ctx, tx, "cluster_states", "day", kept); err != nil {
		return err
	}
	for _, st := range add {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(st); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO cluster_states (day, digest, state) VALUES (?,?,?)`,
			formatTime(st.Day), st.Digest, buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
