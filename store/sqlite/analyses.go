package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/crosscheck/crosscheck/store"
)

// Analyses returns the saved analyses of the keys the store holds, by
// article id.
func (s *DB) Analyses(ctx context.Context, keys []store.AnalysisKey) (map[string][]byte, error) {
	want := make(map[store.AnalysisKey]bool, len(keys))
	for _, k := range keys {
		want[k] = true
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, digest, data FROM article_analyses`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: analyses: %w", err)
	}
	defer rows.Close()
	out := map[string][]byte{}
	for rows.Next() {
		var k store.AnalysisKey
		var data []byte
		if err := rows.Scan(&k.Article, &k.Digest, &data); err != nil {
			return nil, fmt.Errorf("sqlite: analyses: %w", err)
		}
		if want[k] {
			out[k.Article] = data
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: analyses: %w", err)
	}
	return out, nil
}

// SetAnalyses keeps the analyses keep names and adds those of add, in one
// transaction; it drops every other.
func (s *DB) SetAnalyses(ctx context.Context, keep []store.AnalysisKey, add []store.SavedAnalysis) error {
	return s.inTx(ctx, "set analyses", func(tx *sql.Tx) error { return setAnalyses(ctx, tx, keep, add) })
}

func setAnalyses(ctx context.Context, tx *sql.Tx, keep []store.AnalysisKey, add []store.SavedAnalysis) error {
	kept := make(map[[2]string]bool, len(keep))
	for _, k := range keep {
		kept[[2]string{k.Article, k.Digest}] = true
	}
	if err := dropAllBut(ctx, tx, "article_analyses", "id", kept); err != nil {
		return err
	}
	ins, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO article_analyses (id, digest, data) VALUES (?,?,?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, a := range add {
		if _, err := ins.ExecContext(ctx, a.Article, a.Digest, a.Data); err != nil {
			return err
		}
	}
	return nil
}

// dropAllBut deletes the rows of table, keyed by column key and with a
// digest, whose key and digest kept does not hold.
func dropAllBut(ctx context.Context, tx *sql.Tx, table, key string, kept map[[2]string]bool) error {
	rows, err := tx.QueryContext(ctx, `SELECT `+key+`, digest FROM `+table)
	if err != nil {
		return err
	}
	var drop []string
	for rows.Next() {
		var k [2]string
		if err := rows.Scan(&k[0], &k[1]); err != nil {
			rows.Close()
			return err
		}
		if !kept[k] {
			drop = append(drop, k[0])
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, k := range drop {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE `+key+` = ?`, k); err != nil {
			return err
		}
	}
	return nil
}
