package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// table is what a table should hold: each row its key columns' values,
// then the other columns'.
type table struct {
	name       string
	keys, cols []string
	rows       [][]any
}

// syncTable makes t's table hold exactly t.rows: it writes the rows that are
// new or differ from the stored ones and deletes the rows that are gone,
// so that a report that changes a little writes a little. It returns how
// many rows it wrote or deleted.
func syncTable(ctx context.Context, tx *sql.Tx, t table) (int, error) {
	have, err := stored(ctx, tx, t)
	if err != nil {
		return 0, err
	}
	all := append(append([]string{}, t.keys...), t.cols...)
	ins, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO `+t.name+` (`+strings.Join(all, ", ")+
		`) VALUES (`+strings.TrimSuffix(strings.Repeat("?,", len(all)), ",")+`)`)
	if err != nil {
		return 0, err
	}
	defer ins.Close()
	n, nk := 0, len(t.keys)
	want := make(map[string]bool, len(t.rows))
	for _, r := range t.rows {
		k := joined(r[:nk])
		want[k] = true
		if old, ok := have[k]; ok && same(old.rest, r[nk:]) {
			continue
		}
		if _, err := ins.ExecContext(ctx, r...); err != nil {
			return n, fmt.Errorf("%s %v: %w", t.name, r[:nk], err)
		}
		n++
	}
	var where []string
	for _, k := range t.keys {
		where = append(where, k+" = ?")
	}
	for k, old := range have {
		if want[k] {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t.name+` WHERE `+strings.Join(where, " AND "), old.key...); err != nil {
			return n, fmt.Errorf("%s %v: %w", t.name, old.key, err)
		}
		n++
	}
	return n, nil
}

// storedRow is a row as stored: its key values and the other columns
// as text.
type storedRow struct {
	key  []any
	rest []string
}

// stored reads t's table, by encoded key.
func stored(ctx context.Context, tx *sql.Tx, t table) (map[string]storedRow, error) {
	all := append(append([]string{}, t.keys...), t.cols...)
	rows, err := tx.QueryContext(ctx, `SELECT `+strings.Join(all, ", ")+` FROM `+t.name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]storedRow{}
	vals := make([]any, len(all))
	ptrs := make([]any, len(all))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		key := append([]any{}, vals[:len(t.keys)]...)
		rest := make([]string, len(t.cols))
		for i, v := range vals[len(t.keys):] {
			rest[i] = normal(v)
		}
		out[joined(vals[:len(t.keys)])] = storedRow{key: key, rest: rest}
	}
	return out, rows.Err()
}

// joined writes key values as one string, each with its length, so that
// a value written and the same value read back join alike.
func joined(vals []any) string {
	var b strings.Builder
	for _, v := range vals {
		n := normal(v)
		b.WriteString(strconv.Itoa(len(n)))
		b.WriteByte(':')
		b.WriteString(n)
	}
	return b.String()
}

// same reports whether stored columns hold the values to write.
func same(stored []string, vals []any) bool {
	for i, v := range vals {
		if stored[i] != normal(v) {
			return false
		}
	}
	return true
}

// normal is a column value as text.
func normal(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case []byte:
		return string(v)
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	}
	return fmt.Sprint(v)
}
